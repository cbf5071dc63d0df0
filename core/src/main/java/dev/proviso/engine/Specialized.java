package dev.proviso.engine;

import dev.proviso.Request;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.Condition.Operator;

/**
 * Hot-path forms of the commonest conditions ({@code subject.region == "EU"}, {@code subject.region
 * in ["EU", "EEA"]}, {@code subject.age < 16}): one attribute lookup and a direct test, no nested
 * virtual calls. They give exactly the general node's value; when explaining ({@code errors} given)
 * they delegate to it for the messages.
 */
final class Specialized {
  private Specialized() {}

  /** {@code attribute == "text"} or {@code !=}. */
  static final class TextEquals extends CompiledCondition {
    private final CompiledValue.Attribute attribute;
    private final String text;
    private final boolean equal;
    private final CompiledCondition general;

    TextEquals(
        CompiledValue.Attribute attribute, String text, Operator op, CompiledCondition general) {
      super(general.text());
      this.attribute = attribute;
      this.text = text.intern(); // values written as Java literals then compare by identity
      this.equal = op == Operator.EQ;
      this.general = general;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      if (errors != null) {
        return general.eval(request, consents, errors);
      }
      Object value = attribute.lookup(request);
      return value instanceof String s ? Tri.of(s.equals(text) == equal) : Tri.ERROR;
    }
  }

  /**
   * {@code attribute in ["a", "b"]} with at least one text option; from {@link TextSet#THRESHOLD}
   * options on a hash lookup, not a scan (the packs test regions against some 250 codes).
   */
  static final class TextIn extends CompiledCondition {
    private final CompiledValue.Attribute attribute;
    private final String[] options;
    private final TextSet set;
    private final CompiledCondition general;

    TextIn(CompiledValue.Attribute attribute, String[] options, CompiledCondition general) {
      super(general.text());
      this.attribute = attribute;
      this.options = new String[options.length];
      for (int i = 0; i < options.length; i++) {
        this.options[i] = options[i].intern();
      }
      this.set = options.length >= TextSet.THRESHOLD ? TextSet.of(options) : null;
      this.general = general;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      if (errors != null) {
        return general.eval(request, consents, errors);
      }
      if (!(attribute.lookup(request) instanceof String s)) {
        return Tri.ERROR;
      }
      if (set != null) {
        return Tri.of(set.contains(s));
      }
      for (String option : options) {
        if (s.equals(option)) {
          return Tri.TRUE;
        }
      }
      return Tri.FALSE;
    }
  }

  /** {@code attribute op number}. */
  static final class NumberCompare extends CompiledCondition {
    private final CompiledValue.Attribute attribute;
    private final Operator op;
    private final double number;
    private final CompiledCondition general;

    NumberCompare(
        CompiledValue.Attribute attribute, Operator op, double number, CompiledCondition general) {
      super(general.text());
      this.attribute = attribute;
      this.op = op;
      this.number = number;
      this.general = general;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      if (errors != null) {
        return general.eval(request, consents, errors);
      }
      double x = attribute.number(request);
      if (Double.isNaN(x)) { // missing, not a number, or NaN itself: the boxed value tells
        if (!(attribute.lookup(request) instanceof Double)) {
          return Tri.ERROR;
        }
      }
      return Tri.of(
          switch (op) {
            case EQ -> x == number;
            case NE -> x != number;
            case LT -> x < number;
            case LE -> x <= number;
            case GT -> x > number;
            case GE -> x >= number;
          });
    }
  }
}
