package dev.proviso.guard;

import dev.proviso.Obligation;
import dev.proviso.model.BuiltInName;
import dev.proviso.model.MaskMethod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of obligation handlers a guard uses: the built-in handler of each kind, replaced by
 * any handler the application registers for that kind. Discharges every obligation of an allowed
 * decision, or refuses the use.
 */
final class Obligations {
  private final Map<String, ObligationHandler> handlers;

  private Obligations(Map<String, ObligationHandler> handlers) {
    this.handlers = Map.copyOf(handlers);
  }

  static Obligations of(List<ObligationHandler> registered, Notifier notifier, boolean pseudonyms) {
    Map<String, ObligationHandler> table = new HashMap<>();
    for (ObligationHandler builtIn : builtIns(notifier, pseudonyms)) {
      table.put(builtIn.kind(), builtIn);
    }
    for (ObligationHandler handler : registered) {
      table.put(handler.kind(), handler);
    }
    return new Obligations(table);
  }

  private static List<ObligationHandler> builtIns(Notifier notifier, boolean pseudonyms) {
    return List.of(
        ObligationHandler.of(
            BuiltInName.MASK.spelling(),
            (o, use) -> {
              Obligation.Mask mask = (Obligation.Mask) o;
              FieldAction action = maskAction(mask, use);
              if (action == FieldAction.HASH && !pseudonyms && use.shapesValues()) {
                throw use.refusal(
                    o.kind(),
                    "mask by hash needs the guard's key; configure"
                        + " Guard.builder(...).pseudonymizer(new SubjectPseudonymizer(key))");
              }
              use.restrict(mask.category(), action);
            }),
        ObligationHandler.of(
            BuiltInName.PSEUDONYMIZE.spelling(),
            (o, use) -> {
              if (!pseudonyms && use.shapesValues()) {
                throw use.refusal(
                    o.kind(),
                    "the guard has no pseudonymizer; configure"
                        + " Guard.builder(...).pseudonymizer(new SubjectPseudonymizer(key))");
              }
              use.restrict(((Obligation.Pseudonymize) o).category(), FieldAction.PSEUDONYMIZE);
            }),
        ObligationHandler.of(
            BuiltInName.NOT_BEFORE.spelling(),
            (o, use) -> {
              if (((Obligation.NotBefore) o).at().isAfter(use.at())) {
                use.withhold();
              }
            }),
        // The audit tag travels in the decision's obligations into the record (DecisionEvent).
        ObligationHandler.of(BuiltInName.AUDIT.spelling(), (o, use) -> use.record()),
        ObligationHandler.of(
            BuiltInName.NOTIFY.spelling(),
            (o, use) -> {
              if (notifier == null) {
                throw use.refusal(
                    o.kind(),
                    "the guard has no notifier; configure Guard.builder(...).notifier(...)");
              }
              Obligation.Notify notify = (Obligation.Notify) o;
              notifier.notify(use.subject(), notify.message(), notify.channel());
            }));
  }

  /** The field action of a mask's method; a method this guard does not know refuses the use. */
  private static FieldAction maskAction(Obligation.Mask mask, ObligationContext use) {
    if (mask.method().isEmpty()) {
      return FieldAction.MASK;
    }
    String name = mask.method().get();
    MaskMethod method =
        MaskMethod.named(name)
            .orElseThrow(
                () ->
                    use.refusal(
                        mask.kind(),
                        "the guard knows no mask method '"
                            + name
                            + "' (known: "
                            + String.join(", ", MaskMethod.spellings())
                            + ")"));
    return switch (method) {
      case PARTIAL -> FieldAction.MASK;
      case TRUNCATE -> FieldAction.TRUNCATE;
      case HASH -> FieldAction.HASH;
      case REDACT -> FieldAction.REDACT;
    };
  }

  /**
   * Runs the handler of every obligation of {@code use}'s allowed decision. {@code not_before} goes
   * first: a use that must wait discharges nothing else.
   */
  void discharge(ObligationContext use) {
    List<Obligation> obligations = use.decision().obligations();
    for (Obligation obligation : obligations) {
      if (obligation instanceof Obligation.NotBefore) {
        run(obligation, use);
      }
    }
    if (!use.withheld()) {
      for (Obligation obligation : obligations) {
        if (!(obligation instanceof Obligation.NotBefore)) {
          run(obligation, use);
        }
      }
    }
    use.settleWithheld();
  }

  private void run(Obligation obligation, ObligationContext use) {
    ObligationHandler handler = handlers.get(obligation.kind());
    if (handler == null) {
      throw use.refusal(
          obligation.kind(),
          "no handler discharges it; register one with"
              + " Guard.builder(...).obligation(ObligationHandler.of(\""
              + obligation.kind()
              + "\", ...))");
    }
    try {
      handler.discharge(obligation, use);
    } catch (UndischargedObligationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw use.refusal(
          obligation.kind(), "its handler failed (" + e.getClass().getSimpleName() + ")", e);
    }
  }
}
