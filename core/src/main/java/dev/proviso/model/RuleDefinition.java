package dev.proviso.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resolved allow or deny rule. {@code require C to use X for P} arrives here as {@code deny X for
 * P unless C} with form {@link RuleForm#REQUIRE}.
 *
 * @param id stable id, {@code file:line} of the rule's first token (e.g. {@code shop.policy:14})
 * @param regime the enclosing regime's name, empty for a top-level rule (always in force)
 * @param when the rule matches only when this holds
 * @param unless the rule matches only when this does not hold
 * @param advisory a matching advisory rule never changes the outcome; it adds advice instead
 */
public record RuleDefinition(
    String id,
    Effect effect,
    RuleForm form,
    boolean advisory,
    Optional<String> regime,
    Selection categories,
    Selection purposes,
    Optional<Condition> when,
    Optional<Condition> unless,
    List<ObligationDefinition> obligations,
    Optional<String> because,
    SourceLocation location) {

  public RuleDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(purposes, "purposes");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(unless, "unless");
    obligations = List.copyOf(obligations);
    Objects.requireNonNull(because, "because");
    Objects.requireNonNull(location, "location");
  }

  /** True when the rule has neither {@code when} nor {@code unless}. */
  public boolean unconditional() {
    return when.isEmpty() && unless.isEmpty();
  }
}
