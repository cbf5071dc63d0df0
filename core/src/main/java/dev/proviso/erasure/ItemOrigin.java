package dev.proviso.erasure;

import dev.proviso.model.Provenance;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one held item came from, as the system that holds it knows it: the customer gave it, it was
 * observed, or a model inferred it (from what, by which model, when). It overrides the provenance
 * the policy declares on the item's category, which access reports show otherwise.
 *
 * <pre>{@code
 * ItemOrigin score = ItemOrigin.inferred("your purchases", "affluence model v2", at);
 * }</pre>
 *
 * @param source what the item was derived or collected from, in words a customer understands
 * @param method the model or process that produced it (inferred items), or the way it was observed
 * @param at when it was collected or inferred
 */
public record ItemOrigin(
    Provenance provenance, Optional<String> source, Optional<String> method, Optional<Instant> at) {

  public ItemOrigin {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(at, "at");
  }

  /** Inferred by {@code model} from {@code source} at {@code at}. */
  public static ItemOrigin inferred(String source, String model, Instant at) {
    return new ItemOrigin(
        Provenance.DERIVED, Optional.of(source), Optional.of(model), Optional.of(at));
  }

  /** Observed from {@code source} (e.g. "your visits to our website") at {@code at}. */
  public static ItemOrigin observed(String source, Instant at) {
    return new ItemOrigin(
        Provenance.OBSERVED, Optional.of(source), Optional.empty(), Optional.of(at));
  }

  /** Given by the customer through {@code source} (e.g. "the sign-up form") at {@code at}. */
  public static ItemOrigin provided(String source, Instant at) {
    return new ItemOrigin(
        Provenance.PROVIDED, Optional.of(source), Optional.empty(), Optional.of(at));
  }
}
