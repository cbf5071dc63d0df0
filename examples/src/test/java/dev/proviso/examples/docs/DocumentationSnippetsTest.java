package dev.proviso.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.examples.docs.MarkdownCodeBlocks.CodeBlock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Every policy snippet in {@code README.md} and {@code docs/*.md} compiles, so a reader who copies
 * one gets what the page promises. One dynamic test per block, named {@code file.md:line}.
 *
 * <p>The convention (also in {@code docs/README.md}), by the tag after the opening backticks:
 *
 * <ul>
 *   <li>{@code policy}: a complete policy file. It must compile with no errors (warnings are fine).
 *       It may import packs and the fideslang taxonomy, not other files.
 *   <li>{@code policy-fragment}: statements lifted out of a larger policy, which declares the names
 *       they use. It is compiled under a generated {@code policy} header (unless it has one) and
 *       must report nothing but unknown names ({@code P101}–{@code P108}), imported files that are
 *       not there ({@code P121}) and warnings: syntax, types, literals and rule analysis are
 *       checked.
 *   <li>{@code policy-fragment continues}: a fragment that uses the names of the page's main
 *       example. It is compiled as a second file of the first policy block with a header on its
 *       page, so every name must resolve: only missing imported files ({@code P121}) are allowed.
 *   <li>{@code policy-error CODE...}: a policy broken on purpose. It must report every code listed
 *       after the tag, or, with none listed, the code in the heading of its section (as in {@code
 *       docs/diagnostics.md}, where each section is one code).
 *   <li>{@code file=PATH} after any tag (also {@code java}): the block is a copy of that file of
 *       this repository: every line of the block appears in it, in order.
 *   <li>{@code java}: not compiled, but every class it constructs or calls a method on by name
 *       ({@code new X(...)}, {@code X.method(...)}) must exist, with that public method.
 *   <li>anything else ({@code java}, {@code sh}, {@code text}, untagged output): not compiled.
 *       Grammar outlines with placeholders ({@code allow CATEGORIES for PURPOSES}) stay untagged or
 *       {@code text}. An untagged block that starts with a {@code policy "..."} header fails: tag
 *       it.
 * </ul>
 *
 * <p>Diagnostics carry the Markdown file's name and line numbers: the snippet is compiled with the
 * lines above it blanked out.
 */
class DocumentationSnippetsTest {

  private static final Pattern CODE = Pattern.compile("\\b([PW]\\d{3})\\b");
  private static final Set<String> FRAGMENT_TOLERATES =
      Set.of("P101", "P102", "P103", "P104", "P105", "P106", "P107", "P108", "P121");

  private static final Path ROOT = repositoryRoot();
  private static final List<CodeBlock> BLOCKS =
      documents().stream()
          .flatMap(file -> MarkdownCodeBlocks.read(ROOT, file).stream())
          .collect(Collectors.toUnmodifiableList());

  @TestFactory
  Stream<DynamicTest> policySnippets_compileAsTheirTagPromises() {
    return blocks(block -> block.tag().startsWith("policy"), "", DocumentationSnippetsTest::check);
  }

  @TestFactory
  Stream<DynamicTest> copiedSnippets_matchTheFilesTheyCopy() {
    return blocks(
        block -> copiedFile(block).isPresent(),
        " copies its file",
        block -> assertCopyOf(block, copiedFile(block).orElseThrow()));
  }

  @TestFactory
  Stream<DynamicTest> javaSnippets_nameClassesAndMethodsThatExist() {
    JavaSnippetNames names =
        JavaSnippetNames.forModules(
            ROOT, "core", "jackson", "jdbc", "analysis", "sql", "spark", "policy-dsl", "testing");
    return blocks(
        block -> block.tag().equals("java"),
        " names real API",
        block ->
            assertThat(names.problems(block.text()))
                .as("%s (%s) names what does not exist", block.location(), block.heading())
                .isEmpty());
  }

  /** One test per selected block, named {@code file.md:line} plus {@code suffix}, sourced there. */
  private static Stream<DynamicTest> blocks(
      Predicate<CodeBlock> selected, String suffix, ThrowingConsumer<CodeBlock> check) {
    return BLOCKS.stream()
        .filter(selected)
        .map(
            block ->
                DynamicTest.dynamicTest(
                    block.location() + suffix,
                    ROOT.resolve(block.file()).toUri().resolve("?line=" + block.line()),
                    () -> check.accept(block)));
  }

  @Test
  void documentation_hasPolicySnippetsOfEveryKind() {
    assertThat(BLOCKS)
        .extracting(CodeBlock::tag)
        .as("tags of the code blocks in %s", documents())
        .contains("policy", "policy-fragment", "policy-error");
  }

  @Test
  void untaggedBlocks_startingWithAPolicyHeader_areTagged() {
    List<String> untagged =
        BLOCKS.stream()
            .filter(block -> block.tag().isEmpty() && SnippetCompiler.hasHeader(block))
            .map(CodeBlock::location)
            .toList();
    assertThat(untagged)
        .as("policy snippets without a tag (use ```policy, ```policy-fragment or ```policy-error)")
        .isEmpty();
  }

  private static void check(CodeBlock block) {
    switch (block.tag()) {
      case "policy" -> {
        CompilationResult result = SnippetCompiler.compile(block, false);
        assertThat(result.hasErrors()).as(failure(block, "does not compile", result)).isFalse();
      }
      case "policy-fragment" -> {
        boolean continues = block.arguments().contains("continues");
        CompilationResult result =
            continues
                ? SnippetCompiler.compileAfter(base(block), block)
                : SnippetCompiler.compile(block, !SnippetCompiler.hasHeader(block));
        Set<String> tolerated = continues ? Set.of("P121") : FRAGMENT_TOLERATES;
        List<String> unexpected =
            result.diagnostics().stream()
                .filter(Diagnostic::isError)
                .map(d -> d.code().name())
                .filter(code -> !tolerated.contains(code))
                .toList();
        assertThat(unexpected).as(failure(block, "has unexpected errors", result)).isEmpty();
      }
      case "policy-error" -> {
        List<String> expected = expectedCodes(block);
        CompilationResult result = SnippetCompiler.compile(block, false);
        assertThat(result.diagnostics())
            .extracting(d -> d.code().name())
            .as(failure(block, "should report " + expected, result))
            .containsAll(expected);
      }
      default ->
          throw new AssertionError(
              block.location()
                  + ": unknown tag '"
                  + block.tag()
                  + "' (use policy, policy-fragment or policy-error)");
    }
  }

  /** The first policy block with a header on the page of a {@code continues} fragment. */
  private static CodeBlock base(CodeBlock fragment) {
    return BLOCKS.stream()
        .filter(block -> block.file().equals(fragment.file()) && block.line() < fragment.line())
        .filter(block -> block.tag().startsWith("policy") && SnippetCompiler.hasHeader(block))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    fragment.location()
                        + ": a 'continues' fragment needs a policy with a header above it"));
  }

  private static List<String> expectedCodes(CodeBlock block) {
    List<String> listed =
        block.arguments().stream().filter(word -> CODE.matcher(word).matches()).toList();
    if (!listed.isEmpty()) {
      return listed;
    }
    Matcher code = CODE.matcher(block.heading());
    if (!code.find()) {
      throw new AssertionError(
          block.location()
              + ": a policy-error block names the diagnostic it shows (```policy-error P101),"
              + " or sits in a section whose heading does");
    }
    return List.of(code.group(1));
  }

  private static String failure(CodeBlock block, String what, CompilationResult result) {
    return block.location() + " (" + block.heading() + ") " + what + ":\n" + result.render();
  }

  /** The {@code file=PATH} argument of a block that shows a file of this repository. */
  private static Optional<String> copiedFile(CodeBlock block) {
    return block.arguments().stream()
        .filter(word -> word.startsWith("file="))
        .map(word -> word.substring("file=".length()))
        .findFirst();
  }

  /** Every line of the block appears in the file, in order (the file may have more). */
  private static void assertCopyOf(CodeBlock block, String file) throws IOException {
    List<String> fileLines = Files.readAllLines(ROOT.resolve(file));
    int next = 0;
    for (String line : block.text().lines().toList()) {
      int found = fileLines.subList(next, fileLines.size()).indexOf(line);
      assertThat(found)
          .as("%s: line not found in %s (in this order): %s", block.location(), file, line)
          .isNotNegative();
      next += found + 1;
    }
  }

  /** {@code README.md} and every {@code docs/*.md}, relative to the repository root, sorted. */
  private static List<String> documents() {
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      return Stream.concat(
              Stream.of("README.md"),
              docs.map(p -> "docs/" + p.getFileName())
                  .filter(name -> name.endsWith(".md"))
                  .sorted())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The directory holding {@code mvnw}, from Surefire's {@code basedir} or the working directory.
   */
  static Path repositoryRoot() {
    Path dir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve("mvnw")) && Files.isDirectory(d.resolve("docs"))) {
        return d;
      }
    }
    throw new IllegalStateException(
        "no repository root (a directory with mvnw and docs/) above " + dir);
  }
}
