package dev.proviso.erasure;

import dev.proviso.model.Coverage;
import dev.proviso.model.Effect;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.RetentionDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, per held item, whether a retention rule still in force keeps it. A rule is in force for
 * an item of category c when its categories cover c (the rule's path is c or an ancestor; {@code
 * any} covers all) and {@code period} added to the item's event instant lies after now. When
 * several are in force, the one ending last keeps the item.
 *
 * <p>Two deliberate choices: an item whose system does not report the rule's event instant is
 * erased (we never keep data without a proven legal reason; the plan notes it); and every retention
 * counts as applicable whatever its regime, since regime conditions need the subject's attributes,
 * which an erasure request does not carry.
 *
 * <p>A planner belongs to one policy version; {@link #replan} applies it to an item retained under
 * an earlier one (see the method for what a longer period does).
 *
 * <pre>{@code
 * RetentionPlanner planner = RetentionPlanner.of(policy.model());
 * }</pre>
 */
public final class RetentionPlanner {
  private final String policyVersion;
  private final List<RetentionDefinition> retentions;
  private final RegimeApplicability regimes;
  private final RetentionConditions conditions;

  /** Whether a regime applies to a subject; retentions outside any regime always apply. */
  @FunctionalInterface
  public interface RegimeApplicability {
    /** Every regime applies to everyone: the default, see the class comment. */
    RegimeApplicability ALL = (subjectId, regime) -> true;

    boolean applies(String subjectId, String regime);
  }

  /**
   * Whether a conditional retention's {@code when} holds for a subject's item at an instant: empty
   * when it cannot be evaluated. A planner gets this from its {@link RegimeApplicability} when that
   * implements it too ({@link PolicyRegimes} does); otherwise conditions are unknown and a
   * conditional retention keeps nothing (the plan notes why): we never keep data without a proven
   * legal reason.
   */
  @FunctionalInterface
  public interface RetentionConditions {
    Optional<Boolean> holds(
        String subjectId, RetentionDefinition retention, Map<String, Instant> events, Instant now);
  }

  private static final RetentionConditions UNKNOWN = (id, r, events, now) -> Optional.empty();

  /** A planner of an unnamed policy version treating every retention as applicable. */
  public RetentionPlanner(List<RetentionDefinition> retentions) {
    this("", retentions, RegimeApplicability.ALL);
  }

  /**
   * A planner that skips retentions of regimes that do not apply to the subject, as decided by
   * {@code regimes} (e.g. from the customer's region in your directory).
   */
  public RetentionPlanner(List<RetentionDefinition> retentions, RegimeApplicability regimes) {
    this("", retentions, regimes);
  }

  /**
   * A planner for one policy version, recorded in every retention it decides; a planner of another
   * version re-plans those retentions ({@link #replan}).
   */
  public RetentionPlanner(
      String policyVersion, List<RetentionDefinition> retentions, RegimeApplicability regimes) {
    this.policyVersion = Objects.requireNonNull(policyVersion, "policyVersion");
    this.retentions = List.copyOf(retentions);
    this.regimes = Objects.requireNonNull(regimes, "regimes");
    this.conditions = regimes instanceof RetentionConditions c ? c : UNKNOWN;
  }

  public static RetentionPlanner of(PolicyModel model) {
    return of(model, RegimeApplicability.ALL);
  }

  public static RetentionPlanner of(PolicyModel model, RegimeApplicability regimes) {
    return new RetentionPlanner(versionOf(model), model.retentions(), regimes);
  }

  /**
   * A policy's version as retentions record it: {@code name@version#hash}, with the first twelve
   * hex digits of the content hash, so an edit that forgets to bump the version still counts.
   */
  public static String versionOf(PolicyModel model) {
    String hash = model.contentHash();
    return model.name()
        + "@"
        + model.version()
        + "#"
        + hash.substring(0, Math.min(12, hash.length()));
  }

  /** The policy version this planner records. */
  public String policyVersion() {
    return policyVersion;
  }

  /** The plan for one item of {@code subjectId} at {@code now}. */
  public PlannedItem plan(String subjectId, HeldItem item, Instant now) {
    StringBuilder note = new StringBuilder();
    Optional<Retention> keep = keep(subjectId, item.category(), item.events(), now, note);
    return new PlannedItem(
        item.key(), item.category(), keep, keep.isPresent() ? "" : note.toString(), item.events());
  }

  /**
   * Plans a retained item again under this planner's version, at {@code now}. The result keeps the
   * item under the rule of this version that keeps it longest, but never past its current {@code
   * until}: a shorter period takes effect at once (the item is erased when the new end has passed),
   * a longer one does not extend it, because the receipt already told the customer when it is
   * erased and the request is their latest word. When no rule of this version keeps it, the result
   * is to erase it, with a note saying why. An item journaled without event instants cannot be
   * planned again and is returned unchanged.
   */
  public PlannedItem replan(String subjectId, PlannedItem item, Instant now) {
    Retention current = item.retention().orElse(null);
    if (current == null || item.events().isEmpty()) {
      return item;
    }
    StringBuilder note = new StringBuilder();
    Optional<Retention> fresh = keep(subjectId, item.category(), item.events(), now, note);
    if (fresh.isEmpty()) {
      String why =
          "policy "
              + policyVersion
              + " keeps it no longer"
              + (note.length() == 0 ? "" : " (" + note + ")");
      return new PlannedItem(item.key(), item.category(), Optional.empty(), why, item.events());
    }
    Retention next = fresh.get();
    if (next.until().isAfter(current.until())) {
      next = next.until(current.until());
    }
    return new PlannedItem(item.key(), item.category(), Optional.of(next), "", item.events());
  }

  private Optional<Retention> keep(
      String subjectId,
      String category,
      Map<String, Instant> events,
      Instant now,
      StringBuilder note) {
    Retention keep = null;
    for (RetentionDefinition r : retentions) {
      if (!covers(r, category)
          || !r.regime().map(g -> regimes.applies(subjectId, g)).orElse(true)) {
        continue;
      }
      String event = eventName(r.event());
      Instant happened = events.get(event);
      if (happened == null) {
        note.append(note.length() == 0 ? "" : "; ")
            .append("rule ")
            .append(r.id())
            .append(" would keep it, but the system reports no event.")
            .append(event);
        continue;
      }
      if (r.when().isPresent()) {
        Optional<Boolean> holds = conditions.holds(subjectId, r, events, now);
        if (holds.isEmpty()) {
          note.append(note.length() == 0 ? "" : "; ")
              .append("rule ")
              .append(r.id())
              .append(" would keep it, but its condition could not be evaluated");
          continue;
        }
        if (!holds.get()) {
          continue;
        }
      }
      Instant until = r.period().addTo(happened);
      if (until.isAfter(now) && (keep == null || until.isAfter(keep.until()))) {
        keep =
            new Retention(
                r.id(), r.purpose(), because(r), until, policyVersion, r.regime().orElse(""));
      }
    }
    return Optional.ofNullable(keep);
  }

  /** A retention keeps what lies at or below what it names, as an allow grants (rule 2). */
  private static boolean covers(RetentionDefinition r, String category) {
    return Coverage.covers(Effect.ALLOW, r.categories(), category);
  }

  private static String eventName(String event) {
    return event.startsWith("event.") ? event.substring("event.".length()) : event;
  }

  private static String because(RetentionDefinition r) {
    return r.because()
        .orElse(
            "kept for "
                + r.purpose()
                + " for "
                + r.period()
                + " after event."
                + eventName(r.event())
                + (r.regime().map(g -> " (" + g + ")").orElse("")));
  }
}
