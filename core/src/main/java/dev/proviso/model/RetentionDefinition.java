package dev.proviso.model;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code retain financial.invoice for legal.tax_records 10 years after event.invoice_issued [when
 * C]}: a legal reason to keep data after an erasure request, restricted to {@code purpose} until
 * {@code event + period}, and only while {@code when} holds (a condition that cannot be evaluated
 * keeps nothing: a retention opens a use, and errors never grant).
 */
public record RetentionDefinition(
    String id,
    Optional<String> regime,
    Selection categories,
    String purpose,
    PolicyDuration period,
    String event,
    Optional<Condition> when,
    Optional<String> because,
    SourceLocation location) {

  public RetentionDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(because, "because");
    Objects.requireNonNull(location, "location");
  }

  /** An unconditional retention. */
  public RetentionDefinition(
      String id,
      Optional<String> regime,
      Selection categories,
      String purpose,
      PolicyDuration period,
      String event,
      Optional<String> because,
      SourceLocation location) {
    this(id, regime, categories, purpose, period, event, Optional.empty(), because, location);
  }
}
