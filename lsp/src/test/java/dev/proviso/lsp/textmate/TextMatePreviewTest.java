package dev.proviso.lsp.textmate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Renders the example shop policy as the TextMate grammar colours it, with VS Code's Dark+ colours
 * per scope, to {@code target/textmate-preview/shop.html}; {@code docs/editor.md} tells how the
 * picture of it in {@code docs/images/} is taken with headless Chromium. Nothing is drawn by hand:
 * every colour comes from a token the grammar produced.
 */
class TextMatePreviewTest {

  static final Path PREVIEW = Path.of("target/textmate-preview/shop.html");

  /** Dark+ colours by scope prefix; the longest prefix of a token's innermost scope wins. */
  static final Map<String, String> DARK_PLUS =
      Map.ofEntries(
          Map.entry("comment", "#6A9955"),
          Map.entry("string", "#CE9178"),
          Map.entry("constant.numeric", "#B5CEA8"),
          Map.entry("constant.language", "#569CD6"),
          Map.entry("keyword", "#569CD6"),
          Map.entry("keyword.control", "#C586C0"),
          Map.entry("keyword.operator", "#D4D4D4"),
          Map.entry("storage", "#569CD6"),
          Map.entry("support.function", "#DCDCAA"),
          Map.entry("support.type", "#4EC9B0"),
          Map.entry("entity.name.type", "#4EC9B0"),
          Map.entry("entity.name.function", "#DCDCAA"),
          Map.entry("entity.name.namespace", "#4EC9B0"),
          Map.entry("variable", "#9CDCFE"),
          Map.entry("variable.language", "#569CD6"),
          Map.entry("punctuation", "#D4D4D4"));

  static final String FOREGROUND = "#D4D4D4";

  /** The part of the shop policy the picture shows: header, declarations and rules. */
  static final int LINES = 37;

  @Test
  void preview_shopPolicy_coloursEachTokenByItsScopeAndKeepsTheText() throws IOException {
    String text =
        String.join(
                "\n",
                Files.readAllLines(TextMateGrammarTest.EXAMPLES.resolve("shop.policy"))
                    .subList(0, LINES))
            + "\n";
    List<TextMateTokenizer.Token> tokens =
        new TextMateTokenizer(Files.readString(TextMateGrammarTest.GRAMMAR)).tokenize(text);

    String html = html(text, tokens);
    Files.createDirectories(PREVIEW.getParent());
    Files.writeString(PREVIEW, html);

    assertThat(html)
        .contains("<span style=\"color:#C586C0\">allow</span>")
        .contains("<span style=\"color:#6A9955\"># The acme shop")
        .contains("<span style=\"color:#4EC9B0\">contact</span>");
    String shown =
        html.replaceAll("<[^>]+>", "")
            .replace("&lt;", "<")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
    assertThat(shown).as("every character of the policy, in order").isEqualTo(text);
  }

  static String colour(List<String> scopes) {
    String scope = scopes.get(scopes.size() - 1);
    String best = "";
    for (String prefix : DARK_PLUS.keySet()) {
      if ((scope.equals(prefix) || scope.startsWith(prefix + "."))
          && prefix.length() > best.length()) {
        best = prefix;
      }
    }
    return best.isEmpty() ? FOREGROUND : DARK_PLUS.get(best);
  }

  private static String html(String text, List<TextMateTokenizer.Token> tokens) {
    String[] lines = text.split("\n", -1);
    StringBuilder out =
        new StringBuilder(
            "<!doctype html><meta charset=\"utf-8\"><body style=\"margin:0;background:#1E1E1E\">"
                + "<pre style=\"margin:0;padding:12px 16px;color:"
                + FOREGROUND
                + ";font:14px/20px 'DejaVu Sans Mono',monospace\">");
    int t = 0;
    for (int l = 0; l < lines.length; l++) {
      String line = lines[l];
      int at = 0;
      while (t < tokens.size() && tokens.get(t).line() == l) {
        TextMateTokenizer.Token token = tokens.get(t++);
        out.append(escape(line.substring(at, token.start())));
        out.append("<span style=\"color:").append(colour(token.scopes())).append("\">");
        out.append(escape(line.substring(token.start(), token.end()))).append("</span>");
        at = token.end();
      }
      out.append(escape(line.substring(at)));
      if (l < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.append("</pre></body>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
