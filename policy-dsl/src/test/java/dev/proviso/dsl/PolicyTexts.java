package dev.proviso.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** Random and mutated policy texts for the robustness tests. */
final class PolicyTexts {
  private PolicyTexts() {}

  static final Path SHOP_DIR = Path.of("src/test/resources/policies/shop");

  private static final List<String> VOCABULARY =
      List.of(
          "policy",
          "version",
          "import",
          "subject",
          "context",
          "event",
          "category",
          "purpose",
          "sensitive",
          "sensitive_pi",
          "provided",
          "observed",
          "derived",
          "regime",
          "applies",
          "when",
          "unless",
          "advisory",
          "allow",
          "deny",
          "require",
          "to",
          "use",
          "for",
          "with",
          "because",
          "any",
          "retain",
          "basis",
          "param",
          "after",
          "test",
          "given",
          "expect",
          "at",
          "until",
          "of",
          "and",
          "or",
          "not",
          "in",
          "true",
          "false",
          "==",
          "!=",
          "<",
          "<=",
          ">",
          ">=",
          "=",
          "+",
          "{",
          "}",
          "(",
          ")",
          "[",
          "]",
          ",",
          ":",
          ".",
          "\n",
          "\n",
          " ",
          "contact",
          "contact.email",
          "marketing",
          "marketing.email",
          "consent",
          "has",
          "elapsed",
          "opted_out",
          "mask",
          "audit",
          "notify",
          "not_before",
          "erasure",
          "24h",
          "10 years",
          "2 fortnights",
          "16",
          "0.5",
          "2026-01-01T00:00:00Z",
          "2026-13-01",
          "\"EU\"",
          "\"unterminated",
          "# comment\n",
          "%",
          "\\",
          "\t",
          "é",
          "\u0000",
          "list of text",
          "text",
          "number",
          "bool",
          "instant");

  static Map<String, String> shopSources() {
    Map<String, String> sources = new TreeMap<>();
    for (String name : List.of("shop.policy", "gdpr.policy", "ccpa.policy", "brand.policy")) {
      try {
        sources.put(name, Files.readString(SHOP_DIR.resolve(name), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  /** A sequence of language words, symbols and junk. */
  static String tokenSoup(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(1, 60);
    for (int i = 0; i < length; i++) {
      text.append(VOCABULARY.get(random.nextInt(VOCABULARY.size()))).append(' ');
    }
    return text.toString();
  }

  /** The text with one to four random edits: cut, duplicate, insert, swap lines, truncate. */
  static String mutate(String text, SplittableRandom random) {
    String result = text;
    int edits = random.nextInt(1, 5);
    for (int e = 0; e < edits && !result.isEmpty(); e++) {
      int at = random.nextInt(result.length());
      int end = Math.min(result.length(), at + random.nextInt(1, 40));
      result =
          switch (random.nextInt(6)) {
            case 0 -> result.substring(0, at) + result.substring(end);
            case 1 -> result.substring(0, end) + result.substring(at, end) + result.substring(end);
            case 2 ->
                result.substring(0, at)
                    + VOCABULARY.get(random.nextInt(VOCABULARY.size()))
                    + result.substring(at);
            case 3 -> swapLines(result, random);
            case 4 -> result.substring(0, at);
            default ->
                result.substring(0, at) + (char) random.nextInt(0, 0x3000) + result.substring(at);
          };
    }
    return result;
  }

  private static String swapLines(String text, SplittableRandom random) {
    String[] lines = text.split("\n", -1);
    int a = random.nextInt(lines.length);
    int b = random.nextInt(lines.length);
    String line = lines[a];
    lines[a] = lines[b];
    lines[b] = line;
    return String.join("\n", lines);
  }
}
