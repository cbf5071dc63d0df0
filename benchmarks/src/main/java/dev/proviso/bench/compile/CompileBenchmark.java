package dev.proviso.bench.compile;

import dev.proviso.Policy;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.LargePolicies;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.model.PolicyModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long a policy author waits: compiling a generated policy of 1,000 and 10,000 rules (parse,
 * imports, names, types, rule analysis, lints, lowering), and then building the engine's decision
 * tables from the model. Quality bar: 10,000 rules well under a second.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CompileBenchmark -f 1 -wi 3 -i 5 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompileBenchmark {

  @Param({"1000", "10000"})
  public int rules;

  private String text;
  private PolicyModel model;

  @Setup
  public void generate() {
    text = LargePolicies.withRules(rules);
    CompilationResult result = PolicyCompiler.compileString("large.policy", text);
    // Warnings (lints such as W409 on the generator's regime allows) are part of the work timed;
    // only errors would make the numbers meaningless.
    if (result.hasErrors()) {
      throw new IllegalStateException(
          "the generated policy must compile without errors:\n" + result.render());
    }
    model = result.modelOrThrow();
  }

  @Benchmark
  public CompilationResult compileText() {
    return PolicyCompiler.compileString("large.policy", text);
  }

  @Benchmark
  public Policy buildDecisionTables() {
    return Policy.from(model);
  }

  /** What the author waits for end to end: text to a policy ready to decide (target < 0.5 s). */
  @Benchmark
  public Policy textToPolicy() {
    return Policy.from(PolicyCompiler.compileString("large.policy", text).modelOrThrow());
  }
}
