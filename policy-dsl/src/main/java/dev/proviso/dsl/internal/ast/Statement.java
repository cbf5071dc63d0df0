package dev.proviso.dsl.internal.ast;

import dev.proviso.model.RuleForm;
import dev.proviso.model.Value;
import java.util.List;
import java.util.Optional;

/** A top-level statement of a policy file. */
public sealed interface Statement {

  Loc loc();

  /** {@code policy "acme-shop" version 3}. */
  record Header(Expr.Text name, String version, Loc loc) implements Statement {}

  /** {@code import "gdpr.policy"}; {@code kind} is reserved for {@code import pack "gdpr"}. */
  record Import(Optional<String> kind, Expr.Text path, Loc loc) implements Statement {}

  /** {@code subject { region: text, age: number }} or {@code context { ... }}. */
  record Attributes(Value.Scope scope, List<AttributeDecl> attributes, Loc loc)
      implements Statement {
    public Attributes {
      attributes = List.copyOf(attributes);
    }
  }

  /** {@code category contact provided { email, phone }}. */
  record Category(CategoryNode root, Loc loc) implements Statement {}

  /** {@code purpose marketing { email, retargeting }}. */
  record Purpose(PurposeNode root, Loc loc) implements Statement {}

  /**
   * {@code consent newsletter for marketing.email valid 24 months explicit given by guardian}: a
   * consent declared by name.
   */
  record Consent(
      Name name,
      List<Name> purposes,
      Optional<Expr.DurationLiteral> validity,
      boolean explicit,
      Optional<Name> givenBy,
      Loc loc)
      implements Statement {
    public Consent {
      purposes = List.copyOf(purposes);
    }
  }

  /** {@code regime gdpr applies when COND { rules }}. */
  record Regime(Name name, Optional<Expr> appliesWhen, List<RegimeItem> items, Loc loc)
      implements Statement {
    public Regime {
      items = List.copyOf(items);
    }
  }

  /**
   * An allow, deny, require or oblige rule (top level or in a regime). {@code name} is the stable
   * id written as {@code allow[name] ...}; without it the rule's id is its {@code file:line}.
   */
  record Rule(
      Optional<Name> name,
      boolean advisory,
      RuleForm form,
      SelectionNode categories,
      SelectionNode purposes,
      Optional<Expr> required,
      Optional<Expr> when,
      Optional<Expr> unless,
      List<Expr.Call> obligations,
      Optional<Expr.Text> because,
      Loc loc)
      implements Statement, RegimeItem {
    public Rule {
      obligations = List.copyOf(obligations);
    }

    /** The same rule without its name, to compare what two rules say. */
    public Rule unnamed() {
      return new Rule(
          Optional.empty(),
          advisory,
          form,
          categories,
          purposes,
          required,
          when,
          unless,
          obligations,
          because,
          loc);
    }
  }

  /**
   * {@code retain financial.invoice for legal.tax_records 10 years after event.invoice_issued}; the
   * period is a literal or a parameter ({@code param.invoice_retention}), exactly one of the two;
   * optionally {@code when C}: kept only while the condition holds.
   */
  record Retain(
      Optional<Name> name,
      SelectionNode categories,
      Name purpose,
      Optional<Expr.DurationLiteral> period,
      Optional<Name> periodParam,
      Name event,
      Optional<Expr> when,
      Optional<Expr.Text> because,
      Loc loc)
      implements Statement, RegimeItem {}

  /**
   * {@code basis legitimate_interests for analytics}, {@code basis consent(marketing.email) for
   * marketing.email}, {@code basis contract to use user.contact for essential.service}: the lawful
   * basis (GDPR Art. 6(1)) the policy relies on for those uses. {@code consent} is the {@code
   * consent(...)} call of a consent basis; {@code categories} is empty when not limited.
   */
  record Basis(
      Name basis,
      Optional<Expr.Call> consent,
      Optional<SelectionNode> categories,
      SelectionNode purposes,
      Optional<Expr.Text> because,
      Loc loc)
      implements Statement {}

  /** {@code param invoice_retention = 10 years}: a period a pack sets and a policy may override. */
  record Param(Name name, Expr.DurationLiteral value, Optional<Expr.Text> because, Loc loc)
      implements Statement {}

  /** {@code test "name" [at T] { steps }}. */
  record Test(Expr.Text name, Optional<Expr.InstantLiteral> at, List<TestStepNode> steps, Loc loc)
      implements Statement {
    public Test {
      steps = List.copyOf(steps);
    }
  }

  /** What a regime body holds. */
  sealed interface RegimeItem permits Rule, Retain {
    Loc loc();

    /** The stable name written in brackets after the keyword, if any. */
    Optional<Name> name();
  }

  /** {@code age: number}; the type is kept as written and resolved by the checker. */
  record AttributeDecl(Name name, String type, Loc loc) {}

  /** A category and its flags and children. */
  record CategoryNode(Name name, List<CategoryFlag> flags, List<CategoryNode> children, Loc loc) {
    public CategoryNode {
      flags = List.copyOf(flags);
      children = List.copyOf(children);
    }
  }

  enum CategoryFlag {
    SENSITIVE,
    /** CCPA sensitive personal information (§1798.140(ae)); {@code SENSITIVE} is GDPR Art. 9. */
    SENSITIVE_PI,
    PROVIDED,
    OBSERVED,
    DERIVED;

    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the flag is a provenance (provided, observed, derived), not a sensitivity. */
    public boolean provenance() {
      return this != SENSITIVE && this != SENSITIVE_PI;
    }
  }

  record PurposeNode(Name name, List<PurposeNode> children, Loc loc) {
    public PurposeNode {
      children = List.copyOf(children);
    }
  }
}
