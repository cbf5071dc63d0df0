package dev.proviso.cli.input;

import dev.proviso.cli.CliException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Instants on the command line: {@code 2026-01-01T00:00:00Z}, or a date meaning its UTC start. */
final class Instants {
  private Instants() {}

  static Instant parse(String where, String raw) {
    try {
      return Instant.parse(raw);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException again) {
        throw CliException.usage(
            where
                + ": expected an instant such as 2026-01-01T00:00:00Z or a date such as 2026-01-01");
      }
    }
  }
}
