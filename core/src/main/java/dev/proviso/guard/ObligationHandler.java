package dev.proviso.guard;

import dev.proviso.Obligation;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Discharges one kind of obligation ({@link Obligation#kind()}: {@code mask}, {@code audit}, or a
 * kind of your own) for a use a guard is about to let through. Every guard runs the handler of each
 * obligation of an allowed decision before it hands data out; an obligation with no handler, or a
 * handler that throws, turns the use into a refusal ({@link UndischargedObligationException}).
 *
 * <p>Built-in handlers: {@code mask} and {@code pseudonymize} restrict the values of their
 * category, {@code not_before} withholds the use until its instant, {@code audit} records the
 * decision before the data is handed out, {@code notify} hands the message to the guard's {@link
 * Notifier}. A handler registered for a kind replaces the built-in one.
 *
 * <pre>{@code
 * ObligationHandler notify =
 *     ObligationHandler.of("notify", (obligation, use) -> use.record()); // your notifier here
 * Guard guarded = Guard.builder(() -> policy).decisionLog(log).obligation(notify).build();
 * }</pre>
 */
public interface ObligationHandler {

  /** The kind this handler discharges, as written in a policy. */
  String kind();

  /**
   * Discharges {@code obligation} for {@code use}, or throws to refuse the use. Obligations are
   * data ({@link Obligation} records), so a new argument of a kind reaches the handler unchanged.
   */
  void discharge(Obligation obligation, ObligationContext use);

  /** A handler for {@code kind} from a lambda. */
  static ObligationHandler of(String kind, BiConsumer<Obligation, ObligationContext> discharge) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(discharge, "discharge");
    return new ObligationHandler() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public void discharge(Obligation obligation, ObligationContext use) {
        discharge.accept(obligation, use);
      }
    };
  }
}
