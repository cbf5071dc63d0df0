package dev.proviso.model;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code retain financial.invoice for legal.tax_records 10 years after event.invoice_issued}: a
 * legal reason to keep data after an erasure request, restricted to {@code purpose} until {@code
 * event + period}.
 */
public record RetentionDefinition(
    String id,
    Optional<String> regime,
    Selection categories,
    String purpose,
    PolicyDuration period,
    String event,
    Optional<String> because,
    SourceLocation location) {

  public RetentionDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(because, "because");
    Objects.requireNonNull(location, "location");
  }
}
