package dev.proviso.dsl.internal.check;

import dev.proviso.model.PolicyDuration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads duration and instant literals as written. Durations: {@code 90s 15m 24h 30d} or an amount
 * and a unit word ({@code 1 week}, {@code 2 weeks}, {@code 6 months}, {@code 10 years}; also
 * seconds, minutes, hours, days). Instants: ISO-8601 in UTC ({@code 2026-01-01T00:00:00Z}), or a
 * date ({@code 2026-01-01}) meaning midnight UTC.
 */
public final class Literals {
  private Literals() {}

  /** A value, or what is wrong with the text and, when there is one, help specific to it. */
  public record Parsed<T>(Optional<T> value, String problem, Optional<String> help) {
    static <T> Parsed<T> ok(T value) {
      return new Parsed<>(Optional.of(value), "", Optional.empty());
    }

    static <T> Parsed<T> bad(String problem) {
      return new Parsed<>(Optional.empty(), problem, Optional.empty());
    }

    static <T> Parsed<T> bad(String problem, String help) {
      return new Parsed<>(Optional.empty(), problem, Optional.of(help));
    }
  }

  private static final Pattern DURATION = Pattern.compile("([0-9]+)\\s*([a-zA-Z_]+)");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private static final Map<String, ChronoUnit> UNITS =
      Map.ofEntries(
          Map.entry("s", ChronoUnit.SECONDS),
          Map.entry("second", ChronoUnit.SECONDS),
          Map.entry("seconds", ChronoUnit.SECONDS),
          Map.entry("m", ChronoUnit.MINUTES),
          Map.entry("minute", ChronoUnit.MINUTES),
          Map.entry("minutes", ChronoUnit.MINUTES),
          Map.entry("h", ChronoUnit.HOURS),
          Map.entry("hour", ChronoUnit.HOURS),
          Map.entry("hours", ChronoUnit.HOURS),
          Map.entry("d", ChronoUnit.DAYS),
          Map.entry("day", ChronoUnit.DAYS),
          Map.entry("days", ChronoUnit.DAYS),
          Map.entry("week", ChronoUnit.WEEKS),
          Map.entry("weeks", ChronoUnit.WEEKS),
          Map.entry("month", ChronoUnit.MONTHS),
          Map.entry("months", ChronoUnit.MONTHS),
          Map.entry("year", ChronoUnit.YEARS),
          Map.entry("years", ChronoUnit.YEARS));

  /** Every unit word a duration may be written with, and its unit (for editors' completion). */
  public static Map<String, ChronoUnit> units() {
    return UNITS;
  }

  public static final String DURATION_HELP =
      "write a duration as 90s, 15m, 24h, 30d, 2 weeks, 6 months or 10 years";

  public static final String INSTANT_HELP =
      "write an instant in UTC as 2026-01-01T00:00:00Z, or a date such as 2026-01-01 (midnight"
          + " UTC)";

  public static Parsed<PolicyDuration> duration(String raw) {
    Matcher m = DURATION.matcher(raw);
    if (!m.matches()) {
      return Parsed.bad("'" + raw + "' is not a duration");
    }
    String written = m.group(2);
    if (written.equals("M")) {
      // Units are case-insensitive, but 'M' means minutes to some readers and months to others.
      String amount = m.group(1);
      return Parsed.bad(
          "'M' in '" + raw + "' could mean minutes or months",
          "write "
              + amount
              + "m or "
              + amount
              + " minutes for minutes, "
              + amount
              + " months for"
              + " months");
    }
    ChronoUnit unit = UNITS.get(written.toLowerCase(Locale.ROOT));
    if (unit == null) {
      String problem = "'" + written + "' is not a unit of time in '" + raw + "'";
      return dev.proviso.Suggestions.closest(written.toLowerCase(Locale.ROOT), UNITS.keySet())
          .filter(u -> u.length() > 1)
          .map(
              u ->
                  Parsed.<PolicyDuration>bad(
                      problem, "did you mean '" + m.group(1) + " " + u + "'?"))
          .orElseGet(() -> Parsed.bad(problem));
    }
    try {
      PolicyDuration duration = new PolicyDuration(Long.parseLong(m.group(1)), unit);
      duration.approximateSeconds(); // rejects amounts too large to compare
      return Parsed.ok(duration);
    } catch (NumberFormatException | ArithmeticException e) {
      return Parsed.bad("the duration '" + raw + "' is too long");
    }
  }

  public static Parsed<Instant> instant(String raw) {
    try {
      if (DATE.matcher(raw).matches()) {
        return Parsed.ok(LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      return Parsed.ok(Instant.parse(raw.toUpperCase(Locale.ROOT)));
    } catch (DateTimeParseException e) {
      return Parsed.bad("'" + raw + "' is not a valid instant");
    }
  }
}
