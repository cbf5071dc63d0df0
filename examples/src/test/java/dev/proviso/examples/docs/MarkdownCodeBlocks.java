package dev.proviso.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fenced code blocks of a Markdown file, with the line of the opening fence and the
 * nearest heading above it. Fences may be indented (inside list items); their indentation is
 * removed from the block's lines, so the text is what a reader copies.
 */
final class MarkdownCodeBlocks {

  /** One fenced block: {@code info} is everything after the opening backticks, trimmed. */
  record CodeBlock(String file, int line, String info, String text, String heading) {

    /** The first word of the info string: {@code policy}, {@code java}, ... or empty. */
    String tag() {
      return info.isEmpty() ? "" : info.split("\\s+")[0];
    }

    /** The words after the tag. */
    List<String> arguments() {
      String[] words = info.split("\\s+");
      return words.length < 2 ? List.of() : List.of(words).subList(1, words.length);
    }

    String location() {
      return file + ":" + line;
    }
  }

  private static final Pattern FENCE = Pattern.compile("^( *)(```+)\\s*(.*)$");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");

  private MarkdownCodeBlocks() {}

  /** The blocks of {@code root.resolve(file)}, named by {@code file} (a path relative to root). */
  static List<CodeBlock> read(Path root, String file) {
    try {
      return parse(file, Files.readAllLines(root.resolve(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<CodeBlock> parse(String file, List<String> lines) {
    List<CodeBlock> blocks = new ArrayList<>();
    String heading = "";
    for (int i = 0; i < lines.size(); i++) {
      Matcher heads = HEADING.matcher(lines.get(i));
      if (heads.matches()) {
        heading = heads.group(1).trim();
        continue;
      }
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      int indent = open.group(1).length();
      String fence = open.group(2);
      StringBuilder text = new StringBuilder();
      int j = i + 1;
      while (j < lines.size() && !isClosing(lines.get(j), fence)) {
        text.append(unindent(lines.get(j), indent)).append('\n');
        j++;
      }
      if (j == lines.size()) {
        throw new IllegalStateException(file + ":" + (i + 1) + ": code block is never closed");
      }
      blocks.add(new CodeBlock(file, i + 1, open.group(3).trim(), text.toString(), heading));
      i = j;
    }
    return List.copyOf(blocks);
  }

  private static boolean isClosing(String line, String fence) {
    String trimmed = line.strip();
    return trimmed.startsWith(fence) && trimmed.chars().allMatch(c -> c == '`');
  }

  private static String unindent(String line, int indent) {
    int n = 0;
    while (n < indent && n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return line.substring(n);
  }
}
