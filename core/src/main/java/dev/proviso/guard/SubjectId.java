package dev.proviso.guard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the repository-method parameter that names the data subject: a {@link String} id (resolved
 * to a {@link dev.proviso.Subject} by the guard's subject resolver) or a {@code Subject}. Without
 * it, the subject of the open {@link PurposeScope} is used.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface SubjectId {}
