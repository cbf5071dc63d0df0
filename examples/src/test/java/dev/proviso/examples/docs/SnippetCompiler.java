package dev.proviso.examples.docs;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.dsl.resolve.InMemorySourceResolver;
import dev.proviso.examples.docs.MarkdownCodeBlocks.CodeBlock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compiles policy snippets of the docs so that diagnostics name the Markdown file and its line
 * numbers: the lines above the block are blank in the compiled text.
 */
final class SnippetCompiler {

  private static final String FRAGMENT_HEADER = "policy \"snippet\" version 1";
  private static final Pattern HEADER = Pattern.compile("policy\\s+\"[^\"]*\"\\s+version\\b");

  private SnippetCompiler() {}

  /** Compiles the block so that each of its lines keeps its line number in the Markdown file. */
  static CompilationResult compile(CodeBlock block, boolean withHeader) {
    String text = withHeader ? FRAGMENT_HEADER + padded(block) : padded(block);
    return PolicyCompiler.compileString(block.file(), text);
  }

  /**
   * Compiles {@code fragment} as a second file of the policy shown in {@code base}, so the names it
   * uses must be declared there (or in what base imports).
   */
  static CompilationResult compileAfter(CodeBlock base, CodeBlock fragment) {
    String baseName = base.location() + ".policy";
    return PolicyCompiler.compile(
        new InMemorySourceResolver(
            Map.of(baseName, padded(base), fragment.file(), padded(fragment))),
        List.of(baseName, fragment.file()));
  }

  /** Whether the block's first statement is a {@code policy "name" version N} header. */
  static boolean hasHeader(CodeBlock block) {
    return block
        .text()
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .findFirst()
        .filter(line -> HEADER.matcher(line).lookingAt())
        .isPresent();
  }

  /** The block's text after as many line ends as there are lines above it in its file. */
  private static String padded(CodeBlock block) {
    return "\n".repeat(block.line()) + block.text();
  }
}
