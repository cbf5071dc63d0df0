package dev.proviso;

import dev.proviso.DecisionTables.Rule;
import dev.proviso.consent.ConsentView;
import dev.proviso.engine.CompiledCondition;
import dev.proviso.engine.CompiledValue;
import dev.proviso.engine.Tri;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The hot path: per (purpose, category) cell, evaluates the candidate rules into two bit masks
 * (which relevant regimes apply, which candidates matched) and returns the decision cached for that
 * key, or the decision preallocated for a cell without conditions. It allocates nothing once warm,
 * takes no lock, and returns {@code null} (general path) for anything unusual: an error, a
 * restricted subject, a handle of another policy, more than 63 candidates that no text attribute
 * splits ({@link CellIndex}); the general path then decides with this decision's consent answers
 * ({@link DecisionAnswers}), so no store question is asked twice. A not_before instant costs one
 * small decision per request.
 */
final class FastPath {
  static final Join[] NO_JOINS = new Join[0];
  private static final int MAX_JOINS = 16;

  /** A multi-category decision joined from {@code left} (the owner) and {@code other}. */
  record Join(Decision other, Decision joined) {}

  /** Which subject-only regimes apply (bit = regime id) or cannot be evaluated, per subject. */
  record RegimeMemo(FastPath owner, long applies, long errors) {}

  private final Policy policy;
  private final DecisionTables tables;
  private final KeyedDecisions keyed;
  private final AtomicReferenceArray<FastCell> cells;
  private final int categoryCount;

  FastPath(Policy policy, DecisionTables tables, int purposeCount, int categoryCount) {
    this.policy = policy;
    this.tables = tables;
    this.keyed = new KeyedDecisions(policy, tables);
    this.categoryCount = categoryCount;
    this.cells = new AtomicReferenceArray<>(purposeCount * categoryCount);
  }

  /**
   * The cell of (purpose, category), built on first use: a policy with 10,000 rules over a thousand
   * categories has hundreds of thousands of cells, most never asked about, so building them all up
   * front made compiling slow and allocated hundreds of megabytes. A cell is immutable once
   * published (its fixed decision is set before it is stored); two threads racing to build the same
   * cell build equal ones and either may win.
   */
  private FastCell cell(int purpose, int category) {
    int index = purpose * categoryCount + category;
    FastCell cell = cells.get(index);
    if (cell == null) {
      cell =
          FastCell.prepared(tables, keyed, purpose, category, tables.candidates(purpose, category));
      cells.set(index, cell);
    }
    return cell;
  }

  /**
   * Whether deciding {@code request} here may ask the consent view a question (so the decision
   * needs its {@link DecisionAnswers}); true when unsure (a handle of another policy).
   */
  boolean asksStore(Request request) {
    Purpose purpose = request.purpose();
    if (purpose.owner() != policy) {
      return true;
    }
    List<Category> categories = request.categories();
    for (int i = 0, n = categories.size(); i < n; i++) {
      Category category = categories.get(i);
      if (category.owner() != policy || cell(purpose.id(), category.id()).asksStore) {
        return true;
      }
    }
    return false;
  }

  /**
   * The decision for a subject known not to be restricted, or null when the general path must
   * decide. Never allocates once warm.
   */
  Decision decide(Request request, ConsentView consents) {
    Purpose purpose = request.purpose();
    if (purpose.owner() != policy) {
      return null;
    }
    List<Category> categories = request.categories();
    Decision result = null;
    for (int i = 0, n = categories.size(); i < n; i++) {
      Category category = categories.get(i);
      if (category.owner() != policy) {
        return null;
      }
      Decision d = decide(cell(purpose.id(), category.id()), request, consents);
      if (d == null) {
        return null;
      }
      result = result == null ? d : join(result, d);
    }
    if (consents instanceof DecisionAnswers answers) {
      result = keyed.withConsents(result, answers); // lists the consents that did not grant
    }
    if (result.allowed() && result.basis.notBefore()) {
      return keyed.withNotBefore(result, request);
    }
    return result;
  }

  /** Whether every not_before value is an instant for this request (else the allow fails). */
  private static boolean instants(CompiledValue[] values, Request request) {
    for (CompiledValue value : values) {
      if (!(value.get(request, null) instanceof Instant)) {
        return false;
      }
    }
    return true;
  }

  private Decision decide(FastCell cell, Request request, ConsentView consents) {
    if (cell.index != null) {
      cell = cell.index.cell(request);
      if (cell == null) {
        return null;
      }
    }
    if (cell.fixed != null) {
      return cell.fixed;
    }
    if (cell.slowOnly) {
      return null;
    }
    long applies = 0;
    CompiledCondition[] regimeConditions = cell.regimeConditions;
    RegimeMemo memo = null;
    // An accessor-backed subject is another record on every call: nothing is kept on it.
    boolean memoise = !request.subject().accessorBacked();
    for (int i = 0; i < regimeConditions.length; i++) {
      long memoBit = memoise ? cell.memoBit[i] : 0;
      int value;
      if (memoBit != 0) {
        if (memo == null) {
          memo = memo(request);
        }
        value = (memo.errors & memoBit) != 0 ? Tri.ERROR : Tri.of((memo.applies & memoBit) != 0);
      } else if (regimeConditions[i] == null) {
        value = Tri.TRUE;
      } else {
        value = regimeConditions[i].eval(request, consents, null);
      }
      if (value == Tri.ERROR) {
        return null;
      }
      if (value == Tri.TRUE) {
        applies |= 1L << i;
      }
    }
    Rule[] rules = cell.rules;
    int[] scopeBit = cell.scopeBit;
    long matched = 0;
    boolean denied = false;
    for (int i = 0; i < rules.length; i++) {
      if (i == cell.adviceEnd && denied) {
        break; // allows need not be evaluated once a deny matched
      }
      if (i == cell.allowEnd && (matched >>> cell.adviceEnd) == 0) {
        break; // oblige rules add obligations to an allowed use only
      }
      int bit = scopeBit[i];
      if (bit >= 0 && (applies & (1L << bit)) == 0) {
        continue;
      }
      int value = match(rules[i], request, consents);
      if (value == Tri.ERROR) {
        return null;
      }
      if (value == Tri.TRUE) {
        if (cell.notBefore
            && rules[i].carriesObligations()
            && !instants(rules[i].notBefore, request)) {
          return null; // the allow does not match, or the use is refused: the general path says
        }
        matched |= 1L << i;
        denied |= i < cell.denyEnd;
      }
    }
    Decision d = cell.cached(applies, matched);
    if (d == null) {
      d = keyed.build(cell, applies, matched);
      cell.cache(applies, matched, d);
    }
    return d;
  }

  /** The subject's memo for this policy, computed on first use (one allocation per subject). */
  private RegimeMemo memo(Request request) {
    Subject subject = request.subject();
    if (subject.regimeMemo instanceof RegimeMemo m && m.owner == this) {
      return m;
    }
    long applies = 0;
    long errors = 0;
    DecisionTables.Regime[] regimes = tables.regimes;
    for (int r = 0; r < regimes.length && r < 64; r++) {
      if (regimes[r].subjectOnly() && regimes[r].appliesWhen() != null) {
        int value = regimes[r].appliesWhen().eval(request, ConsentView.NONE, null);
        applies |= value == Tri.TRUE ? 1L << r : 0;
        errors |= value == Tri.ERROR ? 1L << r : 0;
      }
    }
    RegimeMemo m = new RegimeMemo(this, applies, errors);
    subject.regimeMemo = m;
    return m;
  }

  private static int match(Rule rule, Request request, ConsentView consents) {
    int value = rule.when == null ? Tri.TRUE : rule.when.eval(request, consents, null);
    if (value != Tri.FALSE && rule.unless != null) {
      value = Tri.and(value, Tri.not(rule.unless.eval(request, consents, null)));
    }
    return value;
  }

  private Decision join(Decision left, Decision right) {
    for (Join j : left.joins) {
      if (j.other() == right) {
        return j.joined();
      }
    }
    Decision joined = keyed.join(left, right);
    Join[] old = left.joins;
    if (old.length < MAX_JOINS) {
      Join[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = new Join(right, joined);
      left.joins = grown;
    }
    return joined;
  }
}
