package dev.proviso.testing.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Policy;
import dev.proviso.dsl.packs.PackTestPolicy;
import dev.proviso.dsl.packs.Packs;
import dev.proviso.model.PolicyTestDefinition;
import dev.proviso.testing.coverage.CoverageRecorder;
import dev.proviso.testing.runner.PolicyTestResult;
import dev.proviso.testing.runner.PolicyTestRunner;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Runs the {@code test} blocks of every pack shipped in proviso-dsl through the kit's runner, each
 * pack under {@code allow any for any} (see {@link PackTestPolicy}), and requires the blocks to
 * exercise every rule of the pack and both sides of each of its conditions.
 */
class ShippedPacksTest {

  @TestFactory
  Stream<DynamicContainer> shippedPack_testBlocks_passAndCoverEveryRule() {
    return Packs.SHIPPED.stream().map(ShippedPacksTest::pack);
  }

  private static DynamicContainer pack(String name) {
    Policy policy = Policy.from(PackTestPolicy.compile(name).modelOrThrow());
    CoverageRecorder coverage = new CoverageRecorder(policy);
    PolicyTestRunner runner = new PolicyTestRunner(policy, coverage.decider());
    Stream<DynamicTest> blocks =
        policy.model().tests().stream()
            .map(test -> DynamicTest.dynamicTest(test.name(), () -> run(runner, test)));
    DynamicTest covered =
        DynamicTest.dynamicTest(
            "every rule of the pack matched, every condition seen true and false",
            () -> {
              assertThat(policy.model().tests()).as("test blocks of pack " + name).isNotEmpty();
              assertThat(coverage.report().rules())
                  .filteredOn(r -> r.rule().id().startsWith("packs/" + name + ".policy:"))
                  .isNotEmpty()
                  .filteredOn(r -> !r.matched() || !r.missedBranches().isEmpty())
                  .extracting(
                      r ->
                          r.rule().id()
                              + (r.matched() ? " " : " never matched ")
                              + r.missedBranches())
                  .as("pack rules the test blocks leave unexercised")
                  .isEmpty();
            });
    return DynamicContainer.dynamicContainer(
        "pack " + name, Stream.concat(blocks, Stream.of(covered)));
  }

  private static void run(PolicyTestRunner runner, PolicyTestDefinition test) {
    PolicyTestResult result = runner.run(test);
    if (!result.passed()) {
      throw new AssertionFailedError(result.failureMessage());
    }
  }
}
