package dev.proviso.testing.assertions;

import dev.proviso.Decision;
import dev.proviso.Obligation;
import dev.proviso.Outcome;
import dev.proviso.Reason;
import dev.proviso.testing.runner.ObligationText;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Decision}. Every failure message shows the decision's explanation, so
 * the reader sees which rules (file:line) decided and why.
 *
 * <pre>{@code
 * assertThat(policy.decide(request, consents))
 *     .isAllowed()
 *     .isDecidedBy("shop.policy", 9)
 *     .hasObligation(new Obligation.Mask("contact.phone"));
 * }</pre>
 */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {
  /** What was asked, e.g. "contact.email for marketing.email ...", or null if unknown. */
  private final String question;

  DecisionAssert(Decision decision) {
    this(decision, null);
  }

  DecisionAssert(Decision decision, String question) {
    super(decision, DecisionAssert.class);
    this.question = question;
  }

  public DecisionAssert isAllowed() {
    return hasOutcome(Outcome.ALLOW);
  }

  public DecisionAssert isDenied() {
    return hasOutcome(Outcome.DENY);
  }

  /** The decision came out as {@code expected}. */
  public DecisionAssert hasOutcome(Outcome expected) {
    isNotNull();
    if (actual.outcome() != expected) {
      String verb = expected == Outcome.ALLOW ? "allow" : "deny";
      String head =
          question == null
              ? "Expecting the decision of " + policy() + " to be " + expected
              : "Expecting " + policy() + " to " + verb + "\n  " + question.replace("\n", "\n  ");
      failWithMessage("%s%nbut it was %s:%n%s", head, actual.outcome(), explanation());
    }
    return this;
  }

  /**
   * One of the deciding rules is at {@code file:line}; {@code file} may be the file name alone
   * ({@code "shop.policy"}) or a path ending in it.
   */
  public DecisionAssert isDecidedBy(String file, int line) {
    return isDecidedBy(file + ":" + line);
  }

  /** One of the deciding rules has this id ({@code file:line}, or a path ending in it). */
  public DecisionAssert isDecidedBy(String ruleId) {
    isNotNull();
    List<String> ids = actual.ruleIds();
    boolean found = ids.stream().anyMatch(id -> id.equals(ruleId) || id.endsWith("/" + ruleId));
    if (!found) {
      failWithMessage(
          "Expecting the %s decision to be made by the rule at %s%nbut %s%n%s",
          actual.outcome(),
          ruleId,
          ids.isEmpty() ? "no rule made it (default deny)" : "it was made by " + ids,
          explanation());
    }
    return this;
  }

  /** One of the deciding rules belongs to {@code regime} (e.g. {@code "gdpr"}). */
  public DecisionAssert isDecidedByRegime(String regime) {
    isNotNull();
    List<String> scopes =
        actual.explanation().entries().stream()
            .filter(Reason.RuleMatched.class::isInstance)
            .map(Reason.RuleMatched.class::cast)
            .filter(r -> actual.ruleIds().contains(r.ruleId()))
            .map(r -> r.regime().map(name -> "regime " + name).orElse("top level"))
            .distinct()
            .toList();
    if (!scopes.contains("regime " + regime)) {
      failWithMessage(
          "Expecting the %s decision to be made by a rule of regime %s%nbut %s%n%s",
          actual.outcome(),
          regime,
          scopes.isEmpty() ? "no rule made it (default deny)" : "it was made in " + scopes,
          explanation());
    }
    return this;
  }

  /** The decision carries this obligation (among possibly others). */
  public DecisionAssert hasObligation(Obligation obligation) {
    isNotNull();
    if (!actual.obligations().contains(obligation)) {
      failWithMessage(
          "Expecting the %s decision to carry the obligation %s%nbut it carries %s%n%s",
          actual.outcome(),
          ObligationText.of(obligation),
          ObligationText.list(actual.obligations()),
          explanation());
    }
    return this;
  }

  /** The decision carries no obligation. */
  public DecisionAssert hasNoObligations() {
    isNotNull();
    if (!actual.obligations().isEmpty()) {
      failWithMessage(
          "Expecting the %s decision to carry no obligations%nbut it carries %s%n%s",
          actual.outcome(), ObligationText.list(actual.obligations()), explanation());
    }
    return this;
  }

  /**
   * The explanation mentions {@code reason}, e.g. a rule's {@code because} text (ignoring case).
   */
  public DecisionAssert hasExplanationContaining(String reason) {
    isNotNull();
    if (!actual
        .explanation()
        .toString()
        .toLowerCase(Locale.ROOT)
        .contains(reason.toLowerCase(Locale.ROOT))) {
      failWithMessage(
          "Expecting the %s decision to be explained by \"%s\"%nbut the explanation does not"
              + " mention it:%n%s",
          actual.outcome(), reason, explanation());
    }
    return this;
  }

  /** An advisory rule matched with advice mentioning {@code text}; the outcome is unchanged. */
  public DecisionAssert hasAdviceContaining(String text) {
    isNotNull();
    if (actual.advice().stream().noneMatch(a -> a.contains(text))) {
      failWithMessage(
          "Expecting advice mentioning \"%s\"%nbut the decision's advice is %s%n%s",
          text, actual.advice(), explanation());
    }
    return this;
  }

  /** The decision carries no advice from advisory rules. */
  public DecisionAssert hasNoAdvice() {
    isNotNull();
    if (!actual.advice().isEmpty()) {
      failWithMessage(
          "Expecting no advice%nbut the decision carries %s%n%s", actual.advice(), explanation());
    }
    return this;
  }

  private String policy() {
    return "policy \"" + actual.policyName() + "\" v" + actual.policyVersion();
  }

  private String explanation() {
    return "  " + actual.explanation().toString().replace("\n", "\n  ");
  }
}
