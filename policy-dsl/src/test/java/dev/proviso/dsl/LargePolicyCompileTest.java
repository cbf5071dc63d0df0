package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.model.PolicyModel;
import org.junit.jupiter.api.Test;

/**
 * Compiles a generated 10,000-rule policy and prints how long it took. The time is reported, not
 * asserted (a shared CI machine is no benchmark); {@code CompileBenchmark} in the benchmarks module
 * measures it properly with JMH.
 */
class LargePolicyCompileTest {

  @Test
  void compile_tenThousandRules_compilesWithoutDiagnostics() {
    String text = LargePolicies.withRules(10_000);
    PolicyCompiler.compileString("warmup.policy", LargePolicies.withRules(2_000));

    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    CompilationResult result = PolicyCompiler.compileString("large.policy", text);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;

    // Wall time suffers on a loaded machine; the thread's CPU time is the compiler's own cost.
    System.out.printf(
        "Compiled %d rules (%d KB of policy text) in %d ms wall, %d ms CPU%n",
        10_000, text.length() / 1024, millis, cpuMillis);
    // its regimes hold allows on purpose (to load the engine), which W409 warns about
    assertThat(result.diagnostics())
        .allMatch(d -> d.code() == dev.proviso.dsl.diagnostics.DiagnosticCode.W409);
    PolicyModel model = result.modelOrThrow();
    assertThat(model.rules()).hasSize(10_000);
    assertThat(model.categories()).hasSize(1_111);
    assertThat(model.regimes()).hasSize(10);
  }
}
