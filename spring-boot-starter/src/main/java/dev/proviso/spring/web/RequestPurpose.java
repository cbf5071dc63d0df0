package dev.proviso.spring.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opens a {@link dev.proviso.guard.PurposeScope} for the whole web request a controller method (or
 * every method of a controller) handles: the subject is the path variable or request parameter
 * named {@link #subject()}, resolved by the application's {@code SubjectResolver}. Guarded beans
 * without a {@code @SubjectId}, {@code PurposeScope.current()} and the response's serialisation
 * then all serve this subject and purpose; the scope closes when the request completes. A request
 * without the subject variable is answered 400 and the method does not run.
 *
 * <pre>{@code
 * @RestController
 * @RequestPurpose(value = "fulfilment", subject = "id")
 * class OrderController {
 *   @GetMapping("/customers/{id}/address")
 *   String address(@PathVariable("id") String id) {
 *     return PurposeScope.current().orElseThrow().purpose(); // "fulfilment"
 *   }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequestPurpose {
  /** The dotted purpose path, e.g. {@code marketing.email}. */
  String value();

  /** The path variable (or, failing that, request parameter) that holds the subject id. */
  String subject() default "id";
}
