package dev.proviso.dsl.internal.syntax;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What to tell an author about a character the language does not know: habits from other languages
 * ({@code ;}, {@code &&}, {@code ||}) get the Proviso spelling, and a letter that only looks like
 * an ASCII one (a Cyrillic {@code а} pasted from a document) is named by code point.
 */
final class StrayCharacters {
  private StrayCharacters() {}

  /** Letters from other scripts that render like ASCII letters in most fonts. */
  private static final Map<Integer, Character> LOOK_ALIKES =
      Map.ofEntries(
          Map.entry(0x0430, 'a'),
          Map.entry(0x0435, 'e'),
          Map.entry(0x043E, 'o'),
          Map.entry(0x0440, 'p'),
          Map.entry(0x0441, 'c'),
          Map.entry(0x0443, 'y'),
          Map.entry(0x0445, 'x'),
          Map.entry(0x0456, 'i'),
          Map.entry(0x0458, 'j'),
          Map.entry(0x0455, 's'),
          Map.entry(0x04BB, 'h'),
          Map.entry(0x0501, 'd'),
          Map.entry(0x03BF, 'o'),
          Map.entry(0x03B1, 'a'),
          Map.entry(0x03BD, 'v'),
          Map.entry(0x0131, 'i'),
          Map.entry(0x2013, '-'),
          Map.entry(0x2212, '-'));

  /** The code point and Unicode name, e.g. {@code U+0430 CYRILLIC SMALL LETTER A}. */
  static String codePoint(int c) {
    String name = Character.getName(c);
    return String.format(Locale.ROOT, "U+%04X", c) + (name == null ? "" : " " + name);
  }

  /** A character outside printable ASCII gets its code point in the message. */
  static String describe(String text) {
    int c = text.codePointAt(0);
    return c < 0x20 || c > 0x7E ? "'" + text + "' (" + codePoint(c) + ")" : "'" + text + "'";
  }

  /** Help for the stray character {@code text}, where one more specific than the default fits. */
  static Optional<String> help(String text) {
    int c = text.codePointAt(0);
    Character ascii = LOOK_ALIKES.get(c);
    if (ascii != null) {
      return Optional.of(
          "it looks like '" + ascii + "' but is not; retype it as the ASCII '" + ascii + "'");
    }
    return switch (text) {
      case ";" -> Optional.of("a statement ends at the end of its line; remove the ';'");
      case "&" -> Optional.of("write 'and' to combine conditions, not '&&'");
      case "|" -> Optional.of("write 'or' to combine conditions, not '||'");
      case "!" -> Optional.of("write 'not' to negate a condition; '!=' compares");
      default -> Optional.empty();
    };
  }
}
