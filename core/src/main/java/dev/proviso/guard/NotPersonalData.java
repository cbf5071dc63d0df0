package dev.proviso.guard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says a property holds no personal data (an order id, a timestamp, a technical flag), so guards
 * pass it through unchanged. On a class it says this of every property of the class that carries no
 * {@link DataCategory}, and of every property whose type is the class. Without it, what nobody
 * classified is not shared ({@link UnannotatedFields#DROP}).
 *
 * <pre>{@code
 * record Order(
 *     @NotPersonalData String orderId,
 *     @DataCategory("contact.email") String email) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE})
public @interface NotPersonalData {}
