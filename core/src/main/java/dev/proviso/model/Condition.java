package dev.proviso.model;

import java.util.List;
import java.util.Objects;

/**
 * A boolean condition over the subject, the context, events, consent and opt-outs. The language has
 * no loops and no user functions, so every condition can be analysed exhaustively.
 */
public sealed interface Condition {

  record And(List<Condition> operands) implements Condition {
    public And {
      operands = List.copyOf(operands);
    }
  }

  record Or(List<Condition> operands) implements Condition {
    public Or {
      operands = List.copyOf(operands);
    }
  }

  record Not(Condition operand) implements Condition {
    public Not {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** {@code left op right}, e.g. {@code subject.age < 16}, {@code elapsed(event.x) >= 24h}. */
  record Compare(Value left, Operator operator, Value right) implements Condition {
    public Compare {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(right, "right");
    }
  }

  /** {@code value in [a, b]}, or {@code "x" in subject.tags} for a list attribute. */
  record In(Value value, Value options) implements Condition {
    public In {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(options, "options");
    }
  }

  /** {@code has(context.offer)}: the attribute is present in the request. */
  record Has(Value.Attribute attribute) implements Condition {
    public Has {
      Objects.requireNonNull(attribute, "attribute");
    }
  }

  /** {@code consent(marketing.email)}: the subject's consent for that purpose is GIVEN. */
  record ConsentGiven(String purpose) implements Condition {
    public ConsentGiven {
      Objects.requireNonNull(purpose, "purpose");
    }
  }

  /**
   * {@code consent(newsletter)} naming a declared {@link ConsentDefinition}: the subject's consent
   * of that kind is GIVEN, given by whom the declaration requires and not older than its validity.
   */
  record ConsentKindGiven(ConsentDefinition consent) implements Condition {
    public ConsentKindGiven {
      Objects.requireNonNull(consent, "consent");
    }
  }

  /** {@code opted_out(sale_or_share)}: the subject has opted out under that name. */
  record OptedOut(String name) implements Condition {
    public OptedOut {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * {@code basis(contract, legal_obligation)}: a lawful basis of one of these kinds that the policy
   * declares covers the request's purpose and every requested category, and, for a consent basis,
   * its consent is given (see {@link BasisDefinition}). With no basis declared it is false.
   */
  record BasisHolds(List<LawfulBasis> bases) implements Condition {
    public BasisHolds {
      bases = List.copyOf(bases);
      if (bases.isEmpty()) {
        throw new IllegalArgumentException("basis() names at least one lawful basis");
      }
    }
  }

  /** A bool-valued attribute or literal used as a condition, e.g. {@code subject.identified}. */
  record IsTrue(Value value) implements Condition {
    public IsTrue {
      Objects.requireNonNull(value, "value");
    }
  }

  /** Comparison operators. */
  enum Operator {
    EQ("=="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }
}
