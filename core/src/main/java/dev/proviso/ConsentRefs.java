package dev.proviso;

import dev.proviso.consent.ConsentState;
import dev.proviso.model.Condition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The consents a rule's conditions mention, each once, in the order written: what a decision's
 * explanation lists after the rule, with the state this decision read ({@link
 * Reason.ConsentChecked}). Both decision paths derive those lines from these lists and the
 * decision's answers, so they list the same consents.
 */
final class ConsentRefs {
  private ConsentRefs() {}

  /** A consent by name: a declared consent's name, or a purpose path (purpose-keyed consent). */
  record Ref(String name, boolean declared) {}

  static final Ref[] NONE = new Ref[0];

  /** What one decision read about consents. */
  interface Reads {
    /** The state read for {@code ref} when it did not grant; null when GIVEN or not read. */
    ConsentState withheld(Ref ref);

    /** When the deciding event of a withheld declared consent took effect; else null. */
    Instant withheldAt(Ref ref);
  }

  /** The consents {@code rule} mentions that this decision read and that did not grant. */
  static void listWithheld(
      DecisionTables.Rule rule, Reads reads, Optional<String> category, List<Reason> into) {
    for (Ref ref : rule.consents) {
      ConsentState state = reads.withheld(ref);
      if (state != null) {
        into.add(
            new Reason.ConsentChecked(
                rule.id(),
                ref.name(),
                ref.declared(),
                state,
                Optional.ofNullable(reads.withheldAt(ref)),
                category));
      }
    }
  }

  static Ref[] of(Optional<Condition> when, Optional<Condition> unless) {
    List<Ref> refs = new ArrayList<>();
    when.ifPresent(c -> collect(c, refs));
    unless.ifPresent(c -> collect(c, refs));
    return refs.isEmpty() ? NONE : refs.toArray(Ref[]::new);
  }

  private static void collect(Condition c, List<Ref> refs) {
    if (c instanceof Condition.And and) {
      and.operands().forEach(o -> collect(o, refs));
    } else if (c instanceof Condition.Or or) {
      or.operands().forEach(o -> collect(o, refs));
    } else if (c instanceof Condition.Not not) {
      collect(not.operand(), refs);
    } else if (c instanceof Condition.ConsentGiven given) {
      add(new Ref(given.purpose(), false), refs);
    } else if (c instanceof Condition.ConsentKindGiven kind) {
      add(new Ref(kind.consent().name(), true), refs);
    }
  }

  private static void add(Ref ref, List<Ref> refs) {
    if (!refs.contains(ref)) {
      refs.add(ref);
    }
  }
}
