package dev.proviso.testing.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The policy a test class (or one test method or parameter) is about: its files, as classpath
 * resources ({@code policies/shop.policy}) or file paths ({@code src/main/policies/shop.policy}),
 * compiled together into one policy once per test class. Registers {@link ProvisoExtension}, which
 * injects {@code Policy}, {@code PolicyModel} and {@link PolicyTestSuite} parameters. The policy's
 * {@code test} blocks run from a {@link ProvisoTests} method, or with none written when the class
 * implements {@link PolicyTestBlocks}.
 *
 * <pre>{@code
 * @ProvisoPolicy("policies/shop.policy")
 * class ShopPolicyTest {
 *   @ProvisoTests
 *   Stream<DynamicTest> policyTests(PolicyTestSuite suite) {
 *     return suite.dynamicTests(); // one test per `test` block of the policy
 *   }
 *
 *   @Test
 *   void childrenGetNoMarketing(Policy policy) {
 *     assertThat(policy).forSubject("c-1", Map.of("region", "EU", "age", 12))
 *         .denies("contact.email").forPurpose("marketing.email");
 *   }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PARAMETER})
@ExtendWith(ProvisoExtension.class)
public @interface ProvisoPolicy {

  /**
   * The policy's files: classpath resources first, else paths relative to the working directory.
   */
  String[] value();

  /**
   * Fail the suite's final "rule coverage" test when fewer rules than this ratio (0.0 to 1.0)
   * matched in the policy's tests; 0 disables the check.
   */
  double minRuleCoverage() default 0;

  /** The same for {@code when}/{@code unless} branches seen; 0 disables the check. */
  double minBranchCoverage() default 0;
}
