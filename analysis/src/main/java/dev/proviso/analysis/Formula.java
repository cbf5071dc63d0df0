package dev.proviso.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A propositional formula over {@link Atom}s, always in negation normal form (negation only on
 * atoms) and simplified as it is built: constants fold, nesting flattens, duplicates, complements
 * and absorbed operands disappear. Used as the residual condition of a use.
 *
 * <pre>{@code
 * Formula f = Formula.and(List.of(Formula.atom(consent), Formula.not(Formula.atom(under16))));
 * f.render(); // consent(marketing.email) and subject.age >= 16
 * }</pre>
 */
public sealed interface Formula {

  Formula TRUE = Constant.TRUE;
  Formula FALSE = Constant.FALSE;

  /** A truth value known without any fact. */
  enum Constant implements Formula {
    TRUE,
    FALSE
  }

  /** An atom, possibly negated. */
  record Literal(Atom atom, boolean positive) implements Formula {}

  record And(List<Formula> operands) implements Formula {
    public And {
      operands = List.copyOf(operands);
    }
  }

  record Or(List<Formula> operands) implements Formula {
    public Or {
      operands = List.copyOf(operands);
    }
  }

  static Formula atom(Atom atom) {
    return new Literal(atom, true);
  }

  static Formula of(boolean value) {
    return value ? TRUE : FALSE;
  }

  static Formula not(Formula formula) {
    if (formula instanceof Constant c) {
      return c == Constant.TRUE ? FALSE : TRUE;
    }
    if (formula instanceof Literal l) {
      return new Literal(l.atom(), !l.positive());
    }
    if (formula instanceof And and) {
      return or(and.operands().stream().map(Formula::not).toList());
    }
    return and(((Or) formula).operands().stream().map(Formula::not).toList());
  }

  static Formula and(Formula a, Formula b) {
    return and(List.of(a, b));
  }

  static Formula or(Formula a, Formula b) {
    return or(List.of(a, b));
  }

  static Formula and(List<Formula> operands) {
    return junction(operands, true);
  }

  static Formula or(List<Formula> operands) {
    return junction(operands, false);
  }

  /** Builds an And ({@code conjunction}) or an Or, simplified. */
  private static Formula junction(List<Formula> operands, boolean conjunction) {
    Formula unit = of(conjunction);
    Formula zero = of(!conjunction);
    Set<Formula> flat = new LinkedHashSet<>();
    for (Formula operand : operands) {
      List<Formula> parts =
          conjunction && operand instanceof And a
              ? a.operands()
              : !conjunction && operand instanceof Or o ? o.operands() : List.of(operand);
      for (Formula part : parts) {
        if (part == zero) {
          return zero;
        }
        if (part != unit) {
          flat.add(part);
        }
      }
    }
    for (Formula part : flat) {
      if (part instanceof Literal l && flat.contains(new Literal(l.atom(), !l.positive()))) {
        return zero;
      }
    }
    List<Formula> kept = new ArrayList<>();
    for (Formula part : flat) {
      if (!absorbed(part, flat, conjunction)) {
        kept.add(part);
      }
    }
    if (kept.isEmpty()) {
      return unit;
    }
    if (kept.size() == 1) {
      return kept.get(0);
    }
    return conjunction ? new And(kept) : new Or(kept);
  }

  /** {@code a and (a or b)} is {@code a}; {@code a or (a and b)} is {@code a}. */
  private static boolean absorbed(Formula part, Set<Formula> siblings, boolean conjunction) {
    List<Formula> inner =
        conjunction && part instanceof Or o
            ? o.operands()
            : !conjunction && part instanceof And a ? a.operands() : null;
    if (inner == null) {
      return false;
    }
    for (Formula sibling : siblings) {
      if (sibling == part) {
        continue;
      }
      List<Formula> siblingParts =
          conjunction && sibling instanceof Or o
              ? o.operands()
              : !conjunction && sibling instanceof And a ? a.operands() : List.of(sibling);
      if (inner.containsAll(siblingParts) && !siblingParts.equals(inner)) {
        return true;
      }
    }
    return false;
  }

  /** Replaces atoms; {@code replacement} returns null to keep an atom as it is. */
  default Formula substitute(Function<Atom, Formula> replacement) {
    if (this instanceof Literal l) {
      Formula value = replacement.apply(l.atom());
      return value == null ? this : l.positive() ? value : not(value);
    }
    if (this instanceof And and) {
      return and(and.operands().stream().map(f -> f.substitute(replacement)).toList());
    }
    if (this instanceof Or or) {
      return or(or.operands().stream().map(f -> f.substitute(replacement)).toList());
    }
    return this;
  }

  /** The value under a complete assignment of its atoms. */
  default boolean evaluate(Map<Atom, Boolean> assignment) {
    if (this instanceof Constant c) {
      return c == Constant.TRUE;
    }
    if (this instanceof Literal l) {
      return assignment.get(l.atom()) == l.positive();
    }
    if (this instanceof And and) {
      return and.operands().stream().allMatch(f -> f.evaluate(assignment));
    }
    return ((Or) this).operands().stream().anyMatch(f -> f.evaluate(assignment));
  }

  /** Every atom, in order of first appearance. */
  default Set<Atom> atoms() {
    Set<Atom> atoms = new LinkedHashSet<>();
    collectAtoms(this, atoms);
    return atoms;
  }

  private static void collectAtoms(Formula formula, Set<Atom> atoms) {
    if (formula instanceof Literal l) {
      atoms.add(l.atom());
    } else if (formula instanceof And and) {
      and.operands().forEach(f -> collectAtoms(f, atoms));
    } else if (formula instanceof Or or) {
      or.operands().forEach(f -> collectAtoms(f, atoms));
    }
  }

  /** Policy syntax, e.g. {@code subject.age >= 16 and (consent(p) or has(context.offer))}. */
  default String render() {
    if (this instanceof Constant c) {
      return c == Constant.TRUE ? "true" : "false";
    }
    if (this instanceof Literal l) {
      return l.positive() ? l.atom().text() : l.atom().negatedText();
    }
    if (this instanceof And and) {
      return and.operands().stream()
          .map(f -> f instanceof Or ? "(" + f.render() + ")" : f.render())
          .collect(Collectors.joining(" and "));
    }
    return ((Or) this).operands().stream().map(Formula::render).collect(Collectors.joining(" or "));
  }
}
