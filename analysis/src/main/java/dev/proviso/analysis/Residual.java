package dev.proviso.analysis;

import dev.proviso.model.Condition;
import dev.proviso.model.ObligationDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The exact condition, with the subject unknown, under which using {@code categories} for {@code
 * purpose} is allowed, kept in the engine's three-valued (Kleene) logic so that errors never grant:
 * a condition that cannot be evaluated (missing attribute) is ERROR, which makes an allow not match
 * and a deny match, exactly as {@code Policy.decide} does.
 *
 * <p>The use is allowed exactly when the subject is not restricted by an erasure request (or a
 * retention is in force: {@link #retentionMayApply()}) and, for every category part, no deny clause
 * may match and some allow clause surely matches. A deny clause's regime applies when its condition
 * is not FALSE (TRUE or ERROR), an allow clause's only when it is TRUE (semantics rule 1: an
 * erroring regime applies for its denies only); a clause matches when {@code when and not unless}
 * is TRUE (allow) or not FALSE (deny).
 *
 * <pre>{@code
 * Residual r = new CellAnalyzer(model).exactResidual(List.of("contact.email"), "marketing.email");
 * r.parts().get(0).allows().size(); // the allow rules that can grant
 * }</pre>
 *
 * @param categories the requested categories
 * @param purpose the purpose
 * @param declared false when a category or the purpose is not declared: never allowed
 * @param parts one per category
 * @param retentionMayApply true when a retention covers one of the categories for the purpose, so
 *     an erased subject may still be allowed depending on an event
 */
public record Residual(
    List<String> categories,
    String purpose,
    boolean declared,
    List<Part> parts,
    boolean retentionMayApply) {

  public Residual {
    categories = List.copyOf(categories);
    parts = List.copyOf(parts);
  }

  /** What the rules covering one category say. */
  public record Part(String category, List<Clause> allows, List<Clause> denies) {
    public Part {
      allows = List.copyOf(allows);
      denies = List.copyOf(denies);
    }
  }

  /**
   * One non-advisory rule covering the category and purpose.
   *
   * @param ruleId the rule's id
   * @param regime the applicability condition of its regime, if it has one
   * @param when its {@code when}, if any
   * @param unless its {@code unless}, if any
   * @param notBefore true when it is an allow with a {@code not_before} obligation, which depends
   *     on an event
   * @param obligations what the rule requires where it matches (allows only; empty for a deny)
   */
  public record Clause(
      String ruleId,
      Optional<Condition> regime,
      Optional<Condition> when,
      Optional<Condition> unless,
      boolean notBefore,
      List<ObligationDefinition> obligations) {
    public Clause {
      obligations = List.copyOf(obligations);
    }
  }
}
