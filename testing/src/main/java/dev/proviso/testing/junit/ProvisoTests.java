package dev.proviso.testing.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestFactory;

/**
 * Marks the method that turns the policy's {@code test} blocks into dynamic tests: a {@link
 * TestFactory} taking a {@link PolicyTestSuite} and returning {@code suite.dynamicTests()}.
 *
 * <pre>{@code
 * @ProvisoTests
 * Stream<DynamicTest> policyTests(PolicyTestSuite suite) {
 *   return suite.dynamicTests();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestFactory
public @interface ProvisoTests {}
