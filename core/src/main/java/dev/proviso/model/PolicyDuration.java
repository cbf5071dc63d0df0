package dev.proviso.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A duration as written in a policy: {@code 90s}, {@code 24h}, {@code 30d}, {@code 2 weeks}, {@code
 * 10 years}. Months and years are calendar amounts (added in UTC), so {@code 10 years after
 * event.invoice_issued} ends on the same calendar day ten years later.
 *
 * @param amount a non-negative amount
 * @param unit one of SECONDS, MINUTES, HOURS, DAYS, WEEKS, MONTHS, YEARS
 */
public record PolicyDuration(long amount, ChronoUnit unit) implements Comparable<PolicyDuration> {

  public PolicyDuration {
    Objects.requireNonNull(unit, "unit");
    if (amount < 0) {
      throw new IllegalArgumentException("duration must not be negative: " + amount);
    }
    switch (unit) {
      case SECONDS, MINUTES, HOURS, DAYS, WEEKS, MONTHS, YEARS -> {}
      default -> throw new IllegalArgumentException("unsupported duration unit: " + unit);
    }
  }

  /** True for units of fixed length (seconds up to weeks). */
  public boolean isExact() {
    return unit != ChronoUnit.MONTHS && unit != ChronoUnit.YEARS;
  }

  /** The length in seconds; months and years use their average length (for ordering only). */
  public long approximateSeconds() {
    return Math.multiplyExact(amount, unit.getDuration().getSeconds());
  }

  /** {@code instant + this}, with months and years added on the UTC calendar. */
  public Instant addTo(Instant instant) {
    if (isExact()) {
      return instant.plusSeconds(approximateSeconds());
    }
    return instant.atOffset(ZoneOffset.UTC).plus(amount, unit).toInstant();
  }

  @Override
  public int compareTo(PolicyDuration other) {
    return Long.compare(approximateSeconds(), other.approximateSeconds());
  }

  /** The canonical spelling used by the formatter: {@code 90s 15m 24h 30d 2 weeks 10 years}. */
  @Override
  public String toString() {
    return switch (unit) {
      case SECONDS -> amount + "s";
      case MINUTES -> amount + "m";
      case HOURS -> amount + "h";
      case DAYS -> amount + "d";
      case WEEKS -> amount + (amount == 1 ? " week" : " weeks");
      case MONTHS -> amount + (amount == 1 ? " month" : " months");
      case YEARS -> amount + (amount == 1 ? " year" : " years");
      default -> throw new IllegalStateException(unit.toString());
    };
  }
}
