package dev.proviso.dsl.internal.taxonomy;

import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.PurposeDefinition;
import java.util.List;
import java.util.Optional;

/**
 * An importable taxonomy: data categories, purposes (data uses) and kinds of data subject, each a
 * tree of dotted names, ready to merge into a policy's declarations.
 *
 * @param name the name it is imported by, e.g. {@code fideslang}
 * @param categories parents before children, with inherited sensitive flags
 * @param purposes parents before children
 * @param subjectKinds kinds of data subject (customer, employee, ...)
 */
public record Taxonomy(
    String name,
    List<CategoryDefinition> categories,
    List<PurposeDefinition> purposes,
    List<SubjectKind> subjectKinds) {

  public Taxonomy {
    categories = List.copyOf(categories);
    purposes = List.copyOf(purposes);
    subjectKinds = List.copyOf(subjectKinds);
  }

  /** A kind of data subject, e.g. {@code customer} or {@code job_applicant}. */
  public record SubjectKind(String key, String name, Optional<String> description) {}
}
