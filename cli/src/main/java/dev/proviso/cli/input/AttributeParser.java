package dev.proviso.cli.input;

import dev.proviso.Suggestions;
import dev.proviso.cli.CliException;
import dev.proviso.model.AttributeDefinition;
import dev.proviso.model.AttributeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses {@code region=EU,age=30,tags=[a,b]} into attribute values typed by the policy's
 * declarations: {@code number} becomes a Double, {@code bool} a Boolean, {@code instant} an
 * Instant, {@code list of text} a List of String, {@code text} stays a String.
 */
public final class AttributeParser {
  private AttributeParser() {}

  /**
   * @param option the option's name for messages, e.g. {@code --subject}
   * @param kind the attribute kind for messages, e.g. {@code subject}
   */
  public static Map<String, Object> parse(
      String option, String kind, List<String> arguments, List<AttributeDefinition> declared) {
    Map<String, AttributeDefinition> byName = new LinkedHashMap<>();
    declared.forEach(d -> byName.put(d.name(), d));
    Map<String, Object> values = new LinkedHashMap<>();
    for (String argument : arguments) {
      for (String pair : splitTopLevel(argument)) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw CliException.usage(
              option + " " + pair + ": expected NAME=VALUE, e.g. " + option + " region=EU,age=30");
        }
        String name = stripPrefix(pair.substring(0, eq).strip(), kind);
        String raw = pair.substring(eq + 1).strip();
        AttributeDefinition definition = byName.get(name);
        if (definition == null) {
          throw CliException.usage(unknown(option, kind, name, byName.keySet()));
        }
        values.put(name, Values.parse(option + " " + pair, definition.type(), raw));
      }
    }
    return values;
  }

  private static String unknown(String option, String kind, String name, Set<String> known) {
    String hint =
        Suggestions.closest(name, known)
            .map(s -> "; did you mean '" + s + "'?")
            .orElse(
                known.isEmpty()
                    ? "; the policy declares no " + kind + " attributes"
                    : "; declared: " + known.stream().sorted().collect(Collectors.joining(", ")));
    return option + ": unknown " + kind + " attribute '" + name + "'" + hint;
  }

  /** {@code subject.age=30} is accepted as {@code age=30}. */
  private static String stripPrefix(String name, String kind) {
    return name.startsWith(kind + ".") ? name.substring(kind.length() + 1) : name;
  }

  /** Splits on commas outside {@code [...]} and outside double quotes. */
  static List<String> splitTopLevel(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    StringBuilder current = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '[') {
        depth++;
      } else if (!quoted && c == ']') {
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        parts.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    parts.add(current.toString());
    parts.removeIf(String::isBlank);
    return parts;
  }

  /** Typed value parsing shared by attributes and lists. */
  static final class Values {
    private Values() {}

    static Object parse(String where, AttributeType type, String raw) {
      switch (type) {
        case NUMBER -> {
          try {
            return Double.parseDouble(raw);
          } catch (NumberFormatException e) {
            throw mismatch(where, "a number, e.g. 30");
          }
        }
        case BOOL -> {
          if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(raw);
          }
          throw mismatch(where, "true or false");
        }
        case INSTANT -> {
          return Instants.parse(where, raw);
        }
        case TEXT_LIST -> {
          String body =
              raw.startsWith("[") && raw.endsWith("]") ? raw.substring(1, raw.length() - 1) : raw;
          return splitTopLevel(body).stream().map(s -> unquote(s.strip())).toList();
        }
        default -> {
          return unquote(raw);
        }
      }
    }

    private static String unquote(String raw) {
      return raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")
          ? raw.substring(1, raw.length() - 1)
          : raw;
    }

    private static CliException mismatch(String where, String expected) {
      return CliException.usage(where + ": expected " + expected);
    }
  }
}
