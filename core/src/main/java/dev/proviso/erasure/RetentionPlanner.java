package dev.proviso.erasure;

import dev.proviso.model.Coverage;
import dev.proviso.model.Effect;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.RetentionDefinition;
import java.time.Instant;
import java.util.List;
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
 * <pre>{@code
 * RetentionPlanner planner = RetentionPlanner.of(policy.model());
 * }</pre>
 */
public final class RetentionPlanner {
  private final List<RetentionDefinition> retentions;
  private final RegimeApplicability regimes;

  /** Whether a regime applies to a subject; retentions outside any regime always apply. */
  @FunctionalInterface
  public interface RegimeApplicability {
    /** Every regime applies to everyone: the default, see the class comment. */
    RegimeApplicability ALL = (subjectId, regime) -> true;

    boolean applies(String subjectId, String regime);
  }

  /** A planner treating every retention as applicable. */
  public RetentionPlanner(List<RetentionDefinition> retentions) {
    this(retentions, RegimeApplicability.ALL);
  }

  /**
   * A planner that skips retentions of regimes that do not apply to the subject, as decided by
   * {@code regimes} (e.g. from the customer's region in your directory).
   */
  public RetentionPlanner(List<RetentionDefinition> retentions, RegimeApplicability regimes) {
    this.retentions = List.copyOf(retentions);
    this.regimes = Objects.requireNonNull(regimes, "regimes");
  }

  public static RetentionPlanner of(PolicyModel model) {
    return new RetentionPlanner(model.retentions());
  }

  /** The plan for one item of {@code subjectId} at {@code now}. */
  public PlannedItem plan(String subjectId, HeldItem item, Instant now) {
    Retention keep = null;
    StringBuilder note = new StringBuilder();
    for (RetentionDefinition r : retentions) {
      if (!covers(r, item.category())
          || !r.regime().map(g -> regimes.applies(subjectId, g)).orElse(true)) {
        continue;
      }
      String event = eventName(r.event());
      Instant happened = item.events().get(event);
      if (happened == null) {
        note.append(note.length() == 0 ? "" : "; ")
            .append("rule ")
            .append(r.id())
            .append(" would keep it, but the system reports no event.")
            .append(event);
        continue;
      }
      Instant until = r.period().addTo(happened);
      if (until.isAfter(now) && (keep == null || until.isAfter(keep.until()))) {
        keep = new Retention(r.id(), r.purpose(), because(r), until);
      }
    }
    String why = keep == null ? note.toString() : "";
    return new PlannedItem(item.key(), item.category(), Optional.ofNullable(keep), why);
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
