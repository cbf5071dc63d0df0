package dev.proviso.lsp.features;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the author is typing at the cursor, read from the text before it: the partial name (maybe
 * dotted), and the last keyword or punctuation before the list of names it belongs to. Works on
 * text that does not parse, which is the normal state of a document being typed.
 *
 * @param partial the dotted name being typed, possibly empty
 * @param scope {@code subject}, {@code context} or {@code event} when typing after such a dot
 * @param anchor the word or symbol that decides what may come here ({@code for}, {@code (}, ...)
 * @param function for an anchor {@code (}, the function name before it
 * @param afterNumber true when the previous token is a bare number (a duration unit may follow)
 * @param afterName true when a complete name precedes with no comma (a keyword comes next)
 * @param block the keyword that opened the innermost open brace ({@code test}, {@code regime},
 *     ...), empty at the top level
 */
record CompletionContext(
    String partial,
    String scope,
    String anchor,
    String function,
    boolean afterNumber,
    boolean afterName,
    String block) {

  private static final java.util.Set<String> BLOCKS =
      java.util.Set.of("test", "regime", "category", "purpose", "subject", "context");

  private static final Pattern TOKEN =
      Pattern.compile(
          "#[^\\n]*|\"(?:[^\"\\\\\\n]|\\\\.)*\"?|\\d+(?:\\.\\d+)?[A-Za-z_]*"
              + "|[A-Za-z_][A-Za-z_0-9]*(?:\\s*\\.\\s*[A-Za-z_][A-Za-z_0-9]*)*\\.?"
              + "|==|!=|<=|>=|\\S");
  private static final Pattern PARTIAL = Pattern.compile("[A-Za-z_0-9.]*$");
  private static final Pattern SCOPED =
      Pattern.compile("^(subject|context|event)\\.([A-Za-z_0-9.]*)$");

  static CompletionContext of(String before) {
    Matcher p = PARTIAL.matcher(before);
    String partial = p.find() ? p.group() : "";
    Matcher scoped = SCOPED.matcher(partial);
    if (scoped.matches()) {
      return new CompletionContext(scoped.group(2), scoped.group(1), "", "", false, false, "");
    }
    List<String> tokens = new ArrayList<>();
    java.util.Deque<String> blocks = new java.util.ArrayDeque<>();
    String opener = "";
    Matcher t = TOKEN.matcher(before.substring(0, before.length() - partial.length()));
    while (t.find()) {
      String token = t.group();
      if (token.startsWith("#")) {
        continue;
      }
      tokens.add(token);
      if (BLOCKS.contains(token)) {
        opener = token;
      } else if (token.equals("{")) {
        blocks.push(opener);
        opener = "";
      } else if (token.equals("}") && !blocks.isEmpty()) {
        blocks.pop();
      }
    }
    String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    boolean afterNumber = last.matches("\\d+(\\.\\d+)?");
    boolean afterName = !last.isEmpty() && isName(last);
    // Skip back over the names and commas of the list being written, to the word that opens it.
    int i = tokens.size() - 1;
    while (i >= 0 && (tokens.get(i).equals(",") || isName(tokens.get(i)))) {
      i--;
    }
    String anchor = i >= 0 ? tokens.get(i) : "";
    String function = anchor.equals("(") && i > 0 ? tokens.get(i - 1) : "";
    if (anchor.equals("allow") || anchor.equals("deny")) {
      // 'expect allow contact' and 'allow contact' both list categories.
      anchor = "allow";
    }
    String block = blocks.isEmpty() ? "" : blocks.peek();
    return new CompletionContext(partial, "", anchor, function, afterNumber, afterName, block);
  }

  /** True when the end of {@code line} is inside a quoted text or a comment. */
  static boolean insideTextOrComment(String line) {
    boolean text = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (text && c == '\\') {
        i++;
      } else if (c == '"') {
        text = !text;
      } else if (c == '#' && !text) {
        return true;
      }
    }
    return text;
  }

  private static boolean isName(String token) {
    return Character.isLetter(token.charAt(0)) || token.charAt(0) == '_'
        ? !Keywords.ALL.contains(token)
        : false;
  }
}
