package dev.proviso.guard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The purpose a repository method (or every method of a type) serves. A method annotation wins over
 * the type's; without either, the purpose of the open {@link PurposeScope} is used.
 *
 * <pre>{@code
 * @UsedFor("fulfilment")
 * interface CustomerRepository {
 *   Customer find(@SubjectId String id);
 *
 *   @UsedFor(value = "marketing.email", categories = "contact.email")
 *   String emailFor(@SubjectId String id);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface UsedFor {
  /**
   * The dotted purpose path, e.g. {@code marketing.email}; empty to serve the open scope's purpose
   * (for a method that only declares its {@link #categories()}).
   */
  String value() default "";

  /**
   * The categories the method reads. When given, every one must be allowed before the call runs;
   * when empty, they are taken from the annotated properties of the result type.
   */
  String[] categories() default {};
}
