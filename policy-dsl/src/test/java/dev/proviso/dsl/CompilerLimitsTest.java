package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Hard limits instead of crashes: deep nesting is refused before any recursion (also on a 256 KB
 * thread stack), huge sources are an error, and long and/or chains and lists compile in linear
 * time. The figures printed here are the ones quoted in docs/reliability.md.
 */
class CompilerLimitsTest {
  private static final String HEADER =
      "policy \"x\" version 1\nsubject { region: text }\ncategory a\npurpose b\n";

  private static CompilationResult compile(String text) {
    return PolicyCompiler.compileString("x.policy", text);
  }

  private static String parens(int depth) {
    return HEADER
        + "deny a for b when "
        + "(".repeat(depth)
        + "subject.region == \"EU\""
        + ")".repeat(depth)
        + "\nallow a for b\n";
  }

  private static String categoryBlocks(int depth) {
    StringBuilder text = new StringBuilder("policy \"x\" version 1\ncategory c0");
    for (int i = 1; i < depth; i++) {
      text.append(" { c").append(i);
    }
    text.append(" }".repeat(depth - 1)).append("\npurpose b\nallow c0 for b\n");
    return text.toString();
  }

  private static boolean tooDeep(CompilationResult result) {
    return result.model().isEmpty()
        && result.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.P007);
  }

  @Test
  void compile_parenthesesAtTheDocumentedLimit_compiles() {
    // 99 parentheses plus the rule's own nesting stay within the limit of 100
    assertThat(compile(parens(99)).hasErrors()).isFalse();
  }

  @Test
  void compile_parenthesesJustOverTheLimit_isP007NotAccepted() {
    for (int depth : new int[] {101, 150, 300}) {
      assertThat(tooDeep(compile(parens(depth)))).as("depth %d", depth).isTrue();
    }
  }

  @Test
  void compile_absurdParenthesesAndCategoryBlocks_reportP007WithoutOverflowing() {
    for (String text :
        new String[] {
          parens(1_250),
          parens(100_000),
          categoryBlocks(102),
          categoryBlocks(5_000),
          HEADER + "allow a for b when " + "not ".repeat(200_000) + "true\n",
          HEADER + "allow a for b when subject.region in " + "[".repeat(50_000) + "\n"
        }) {
      assertThat(tooDeep(compile(text))).isTrue();
    }
  }

  @Test
  void compile_categoryBlocksWithinTheLimit_compile() {
    assertThat(compile(categoryBlocks(60)).hasErrors()).isFalse();
  }

  @Test
  void compile_deepInputsOnA256KbStack_neverThrow() throws InterruptedException {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> allRefused = new AtomicReference<>(false);
    Thread small =
        new Thread(
            null,
            () -> {
              try {
                boolean refused = true;
                for (int depth : new int[] {60, 101, 1_250, 20_000}) {
                  CompilationResult result = compile(parens(depth));
                  refused &= depth <= 100 ? !result.hasErrors() : tooDeep(result);
                }
                refused &= tooDeep(compile(categoryBlocks(5_000)));
                allRefused.set(refused);
              } catch (Throwable t) {
                thrown.set(t);
              }
            },
            "small-stack",
            256 * 1024);
    small.start();
    small.join();

    assertThat(thrown.get()).isNull();
    assertThat(allRefused.get()).isTrue();
  }

  @Test
  void compile_hundredThousandTermOrAndAndChains_compileInUnderASecondEach() {
    for (String op : new String[] {" or ", " and "}) {
      StringBuilder chain = new StringBuilder("subject.region == \"R0\"");
      for (int i = 1; i < 100_000; i++) {
        chain.append(op).append("subject.region == \"R").append(i).append('"');
      }
      String text = HEADER + "deny a for b when " + chain + "\nallow a for b\n";
      assertCompilesInUnderASecondOfCpu(text, "100,000-term '" + op.strip() + "' chain");
    }
  }

  @Test
  void compile_hundredThousandElementList_compilesInUnderASecond() {
    StringBuilder list = new StringBuilder("[\"R0\"");
    for (int i = 1; i < 100_000; i++) {
      list.append(", \"R").append(i).append('"');
    }
    String text = HEADER + "deny a for b when subject.region in " + list + "]\nallow a for b\n";
    assertCompilesInUnderASecondOfCpu(text, "100,000-element list");
  }

  /**
   * Compiles {@code text} warm and checks the thread's CPU time: wall time on a shared two-core
   * machine measures the neighbours; quadratic behaviour took 48 s here before.
   */
  private static void assertCompilesInUnderASecondOfCpu(String text, String what) {
    compile(text); // warm up the parser and checker
    var threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    CompilationResult result = compile(text);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    System.out.printf(
        "CompilerLimitsTest: %s compiled in %d ms wall, %d ms CPU%n", what, millis, cpuMillis);

    assertThat(result.hasErrors()).as(what).isFalse();
    assertThat(cpuMillis).as(what).isLessThan(1_000);
  }

  @Test
  void compile_sourceOverTheSizeLimit_isP007AndReadsNothingFurther() {
    String huge = HEADER + ("# " + "x".repeat(1_000) + "\n").repeat(4_300);

    CompilationResult result = compile(huge);

    assertThat(result.model()).isEmpty();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("over the compiler's limit of 4194304 characters"));
  }

  @Test
  void compile_importsTogetherOverTheTotalLimit_isP007() {
    String big = ("# " + "x".repeat(1_000) + "\n").repeat(4_000) + "deny a for b\n";
    java.util.Map<String, String> sources = new java.util.TreeMap<>();
    StringBuilder root = new StringBuilder(HEADER);
    for (int i = 0; i < 5; i++) {
      sources.put("part" + i + ".policy", big);
      root.append("import \"part").append(i).append(".policy\"\n");
    }
    sources.put("x.policy", root.toString());

    CompilationResult result = PolicyCompiler.compileSources("x.policy", sources);

    assertThat(result.model()).isEmpty();
    assertThat(result.diagnostics())
        .anyMatch(d -> d.code() == DiagnosticCode.P007 && d.message().contains("in all"));
  }
}
