package dev.proviso.jdbc;

import dev.proviso.erasure.PlannedItem;
import dev.proviso.erasure.Retention;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The text form of a journal entry's items, as stored by {@link JdbcErasureJournal}: one line per
 * item, ten tab-separated fields {@code key, category, note, rule, purpose, because, until,
 * policyVersion, basis, events} (rule to basis empty when the item is erased, not retained; events
 * as {@code name=instant} joined by spaces). Lines of seven fields, written before policy versions
 * were journaled, still read (no version, no basis, no events). A backslash, tab or newline inside
 * a field is written {@code \\}, {@code \t}, {@code \n}. A text format keeps proviso-jdbc free of a
 * JSON library; the journal is the only reader.
 */
final class PlannedItemsCodec {
  private static final int FIELDS = 10;
  private static final int LEGACY_FIELDS = 7;

  private PlannedItemsCodec() {}

  static String encode(List<PlannedItem> items) {
    StringBuilder out = new StringBuilder();
    for (PlannedItem i : items) {
      if (out.length() > 0) {
        out.append('\n');
      }
      Optional<Retention> r = i.retention();
      appendFields(
          out,
          i.key(),
          i.category(),
          i.note(),
          r.map(Retention::ruleId).orElse(""),
          r.map(Retention::purpose).orElse(""),
          r.map(Retention::because).orElse(""),
          r.map(x -> x.until().toString()).orElse(""),
          r.map(Retention::policyVersion).orElse(""),
          r.map(Retention::basis).orElse(""),
          events(i.events()));
    }
    return out.toString();
  }

  static List<PlannedItem> decode(String text) {
    List<PlannedItem> items = new ArrayList<>();
    if (text.isEmpty()) {
      return items;
    }
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      List<String> f = fields(line);
      if (f.size() != FIELDS && f.size() != LEGACY_FIELDS) {
        throw corrupt(number, "expected " + FIELDS + " fields, found " + f.size());
      }
      boolean legacy = f.size() == LEGACY_FIELDS;
      Optional<Retention> retention;
      Map<String, Instant> events;
      try {
        retention =
            f.get(3).isEmpty()
                ? Optional.empty()
                : Optional.of(
                    new Retention(
                        f.get(3),
                        f.get(4),
                        f.get(5),
                        Instant.parse(f.get(6)),
                        legacy ? "" : f.get(7),
                        legacy ? "" : f.get(8)));
        events = legacy ? Map.of() : events(f.get(9), number);
      } catch (DateTimeParseException e) {
        throw corrupt(number, "malformed instant");
      }
      items.add(new PlannedItem(f.get(0), f.get(1), retention, f.get(2), events));
    }
    return items;
  }

  private static String events(Map<String, Instant> events) {
    StringJoiner out = new StringJoiner(" ");
    new TreeMap<>(events).forEach((name, at) -> out.add(name + "=" + at));
    return out.toString();
  }

  private static Map<String, Instant> events(String text, int line) {
    Map<String, Instant> events = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return events;
    }
    for (String pair : text.split(" ")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw corrupt(line, "malformed event");
      }
      events.put(pair.substring(0, eq), Instant.parse(pair.substring(eq + 1)));
    }
    return events;
  }

  private static void appendFields(StringBuilder out, String... fields) {
    for (int n = 0; n < fields.length; n++) {
      if (n > 0) {
        out.append('\t');
      }
      for (char c : fields[n].toCharArray()) {
        switch (c) {
          case '\\' -> out.append("\\\\");
          case '\t' -> out.append("\\t");
          case '\n' -> out.append("\\n");
          default -> out.append(c);
        }
      }
    }
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int n = 0; n < line.length(); n++) {
      char c = line.charAt(n);
      if (c == '\t') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\\' && n + 1 < line.length()) {
        char next = line.charAt(++n);
        field.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static IllegalStateException corrupt(int line, String why) {
    return new IllegalStateException("corrupt erasure journal items, line " + line + ": " + why);
  }
}
