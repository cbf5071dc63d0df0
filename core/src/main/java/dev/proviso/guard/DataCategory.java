package dev.proviso.guard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The data category a field, record component or getter holds. Guards decide each annotated
 * property against the policy and keep, mask, pseudonymize or remove its value.
 *
 * <pre>{@code
 * record Customer(
 *     @DataCategory("contact.email") String email,
 *     @DataCategory("contact.phone") String phone) {}
 * }</pre>
 *
 * <p>Named {@code DataCategory}, not {@code Data}, so it never clashes with Lombok.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface DataCategory {
  /** The dotted category path, e.g. {@code contact.email}. */
  String value();
}
