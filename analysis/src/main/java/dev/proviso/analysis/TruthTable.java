package dev.proviso.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Propositional reasoning by enumerating assignments, skipping those that cannot happen (see {@link
 * Consistency}: comparisons of one attribute with literals). Exact for unconditional rules and for
 * comparisons with literals; other atoms (consent, events, attribute-to-attribute comparisons) are
 * treated as independent. Formulas with more than {@value #MAX_ATOMS} atoms fall back to comparing
 * their simplified structure.
 */
public final class TruthTable {
  static final int MAX_ATOMS = 16;

  private TruthTable() {}

  public static boolean isTrue(Formula f) {
    return f == Formula.TRUE || (enumerable(f) && all(f, f.atoms()));
  }

  public static boolean isFalse(Formula f) {
    return f == Formula.FALSE || (enumerable(f) && all(Formula.not(f), f.atoms()));
  }

  public static boolean equivalent(Formula a, Formula b) {
    return implies(a, b) && implies(b, a);
  }

  /** Whether every assignment that makes {@code a} true makes {@code b} true. */
  public static boolean implies(Formula a, Formula b) {
    Set<Atom> atoms = new LinkedHashSet<>(a.atoms());
    atoms.addAll(b.atoms());
    if (atoms.size() > MAX_ATOMS) {
      return a.equals(b) || b == Formula.TRUE || a == Formula.FALSE;
    }
    return all(Formula.or(Formula.not(a), b), atoms);
  }

  private static boolean enumerable(Formula f) {
    return f.atoms().size() <= MAX_ATOMS;
  }

  private static boolean all(Formula f, Set<Atom> atomSet) {
    List<Atom> atoms = new ArrayList<>(atomSet);
    Map<Atom, Boolean> assignment = new HashMap<>();
    for (long bits = 0; bits < (1L << atoms.size()); bits++) {
      for (int i = 0; i < atoms.size(); i++) {
        assignment.put(atoms.get(i), ((bits >> i) & 1) == 1);
      }
      if (Consistency.possible(assignment) && !f.evaluate(assignment)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Drops operands the others already imply (in an {@code and}) or that imply the others (in an
   * {@code or}): {@code subject.age >= 16 and subject.age >= 18} becomes {@code subject.age >= 18}.
   */
  public static Formula tidy(Formula f) {
    boolean conjunction = f instanceof Formula.And;
    if (!conjunction && !(f instanceof Formula.Or)) {
      return f;
    }
    List<Formula> operands =
        new ArrayList<>(
            (conjunction ? ((Formula.And) f).operands() : ((Formula.Or) f).operands())
                .stream().map(TruthTable::tidy).toList());
    for (int i = operands.size() - 1; i >= 0 && operands.size() > 1; i--) {
      List<Formula> others = new ArrayList<>(operands);
      Formula operand = others.remove(i);
      boolean redundant =
          conjunction
              ? implies(Formula.and(others), operand)
              : implies(operand, Formula.or(others));
      if (redundant) {
        operands.remove(i);
      }
    }
    return conjunction ? Formula.and(operands) : Formula.or(operands);
  }
}
