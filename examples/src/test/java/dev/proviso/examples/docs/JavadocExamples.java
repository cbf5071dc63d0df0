package dev.proviso.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the {@code <pre>{@code ...}</pre>} examples from the Javadoc of the public types of some
 * modules, with the file and line of the example's first line. The leading {@code *} of each line
 * is removed, so the text is what a reader of the rendered Javadoc copies.
 */
final class JavadocExamples {

  /** One example: {@code file} relative to the repository root, {@code line} of its first line. */
  record Example(String file, int line, String code) {
    String location() {
      return file + ":" + line;
    }
  }

  private static final Pattern JAVADOC = Pattern.compile("/\\*\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern EXAMPLE =
      Pattern.compile("<pre>\\{@code\\n(.*?)}</pre>", Pattern.DOTALL);
  private static final Pattern MARGIN = Pattern.compile("(?m)^\\s*\\* ?");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "(?m)^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*"
              + "(?:class|interface|record|enum|@interface)\\b");

  private JavadocExamples() {}

  /** Every example in the public types under {@code module/src/main/java}, in path order. */
  static List<Example> read(Path root, String... modules) {
    List<Example> examples = new ArrayList<>();
    for (String module : modules) {
      try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String text = Files.readString(file);
          if (PUBLIC_TYPE.matcher(text).find()) {
            examples.addAll(inFile(root.relativize(file).toString().replace('\\', '/'), text));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(examples);
  }

  static List<Example> inFile(String name, String text) {
    List<Example> examples = new ArrayList<>();
    for (Matcher doc = JAVADOC.matcher(text); doc.find(); ) {
      for (Matcher example = EXAMPLE.matcher(doc.group()); example.find(); ) {
        int start = doc.start() + example.start(1);
        int line = (int) text.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
        String code = MARGIN.matcher(example.group(1)).replaceAll("").stripTrailing();
        examples.add(new Example(name, line, code));
      }
    }
    return examples;
  }
}
