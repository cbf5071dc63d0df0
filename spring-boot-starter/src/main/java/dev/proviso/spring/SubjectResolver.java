package dev.proviso.spring;

import dev.proviso.Subject;

/**
 * Turns a subject id into the subject the policy decides about, with the attributes its conditions
 * read (region, age...). The default knows only the id; declare a bean to replace it.
 */
@FunctionalInterface
public interface SubjectResolver {
  Subject resolve(String subjectId);
}
