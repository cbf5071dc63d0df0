package dev.proviso.testing.junit;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Implement it in a {@link ProvisoPolicy} test class to run the policy's {@code test} blocks
 * without writing the factory method yourself: Jupiter runs this interface's default {@link
 * ProvisoTests} method, one dynamic test per block.
 *
 * <pre>{@code
 * @ProvisoPolicy("policies/shop/shop.policy")
 * class ShopPolicyTest implements PolicyTestBlocks {
 *   @Test
 *   void childrenGetNoMarketing(Policy policy) { ... }   // Java tests as usual, if any
 * }
 * }</pre>
 */
public interface PolicyTestBlocks {

  /** The policy's {@code test} blocks, named after them, then the coverage check if configured. */
  @ProvisoTests
  default Stream<DynamicTest> policyTests(PolicyTestSuite suite) {
    return suite.dynamicTests();
  }
}
