package dev.proviso;

import dev.proviso.DecisionTables.Candidates;
import dev.proviso.DecisionTables.Rule;
import dev.proviso.consent.ConsentView;
import dev.proviso.engine.CompiledCondition;
import dev.proviso.engine.Tri;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The hot path: per (purpose, category) cell, evaluates the candidate rules into two bit masks
 * (which relevant regimes apply, which candidates matched) and returns the decision cached for that
 * key, or the decision preallocated for a cell without conditions. It allocates nothing once warm,
 * takes no lock, and returns {@code null} (general path) for anything unusual: an error, a
 * not_before, a restricted subject, a handle of another policy, more than 64 candidates.
 */
final class FastPath {
  static final Join[] NO_JOINS = new Join[0];
  private static final Entry[] NO_ENTRIES = new Entry[0];
  private static final int MAX_ENTRIES = 32;
  private static final int MAX_JOINS = 16;

  /** A cached decision per key; immutable, so racy publication is safe. */
  record Entry(long applies, long matched, Decision decision) {}

  /** A multi-category decision joined from {@code left} (the owner) and {@code other}. */
  record Join(Decision other, Decision joined) {}

  /** What a fast-path decision is made of: its categories' keyed parts and the deciding rules. */
  record Basis(Part[] parts, int[] denies, int[] allows, int[] advice, boolean allowed) {}

  /** Which subject-only regimes apply (bit = regime id) or cannot be evaluated, per subject. */
  record RegimeMemo(FastPath owner, long applies, long errors) {}

  /** One category's evaluation: the cell and its key. */
  record Part(Cell cell, long applies, long matched) {}

  /** The candidate rules of one (purpose, category): denies, then advisories, then allows. */
  static final class Cell {
    final int purpose;
    final int category;
    final Rule[] rules;
    final int denyEnd;
    final int adviceEnd;
    final int[] scopeBit; // per rule: its regime's bit in the applies mask, -1 for top level
    final CompiledCondition[] regimeConditions; // per relevant regime; null: always applies
    final long[] memoBit; // per relevant regime: its bit in RegimeMemo, 0 when not memoised
    final int[] regimes;
    final boolean slowOnly;
    Decision fixed; // set once at construction when no candidate has a condition
    volatile Entry[] entries = NO_ENTRIES;

    Cell(DecisionTables tables, int purpose, int category) {
      this.purpose = purpose;
      this.category = category;
      Candidates c = tables.candidates(purpose, category);
      int[] order =
          IntStream.concat(
                  IntStream.concat(Arrays.stream(c.denies()), Arrays.stream(c.advisories())),
                  Arrays.stream(c.allows()))
              .toArray();
      rules = Arrays.stream(order).mapToObj(i -> tables.rules[i]).toArray(Rule[]::new);
      denyEnd = c.denies().length;
      adviceEnd = denyEnd + c.advisories().length;
      regimes = c.regimes();
      regimeConditions = new CompiledCondition[regimes.length];
      memoBit = new long[regimes.length];
      for (int i = 0; i < regimes.length; i++) {
        DecisionTables.Regime regime = tables.regimes[regimes[i]];
        regimeConditions[i] = regime.appliesWhen();
        boolean memoised = regime.subjectOnly() && regime.appliesWhen() != null && regimes[i] < 64;
        memoBit[i] = memoised ? 1L << regimes[i] : 0;
      }
      scopeBit = new int[rules.length];
      boolean notBefore = false;
      for (int i = 0; i < rules.length; i++) {
        int regime = rules[i].regime;
        scopeBit[i] = regime < 0 ? -1 : indexOf(regimes, regime);
        notBefore |= rules[i].allow() && rules[i].notBefore.length > 0;
      }
      slowOnly = notBefore || rules.length > 64 || regimes.length > 64;
    }

    boolean unconditional() {
      return !slowOnly
          && Arrays.stream(rules).allMatch(r -> r.when == null && r.unless == null)
          && Arrays.stream(regimeConditions).allMatch(c -> c == null);
    }

    Decision cached(long applies, long matched) {
      for (Entry e : entries) {
        if (e.applies == applies && e.matched == matched) {
          return e.decision;
        }
      }
      return null;
    }

    void cache(long applies, long matched, Decision decision) {
      Entry[] old = entries;
      if (old.length < MAX_ENTRIES) {
        Entry[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = new Entry(applies, matched, decision);
        entries = grown;
      }
    }

    private static int indexOf(int[] array, int value) {
      for (int i = 0; i < array.length; i++) {
        if (array[i] == value) {
          return i;
        }
      }
      throw new IllegalStateException("regime " + value + " is not relevant to this cell");
    }
  }

  private final Policy policy;
  private final DecisionTables tables;
  private final Cell[] cells;
  private final int categoryCount;

  FastPath(Policy policy, DecisionTables tables, int purposeCount, int categoryCount) {
    this.policy = policy;
    this.tables = tables;
    this.categoryCount = categoryCount;
    this.cells = new Cell[purposeCount * categoryCount];
    for (int p = 0; p < purposeCount; p++) {
      for (int c = 0; c < categoryCount; c++) {
        Cell cell = new Cell(tables, p, c);
        if (cell.unconditional()) {
          long applies = cell.regimes.length == 64 ? -1L : (1L << cell.regimes.length) - 1;
          long matched = cell.rules.length == 64 ? -1L : (1L << cell.rules.length) - 1;
          if (cell.denyEnd > 0) { // allows are not evaluated once a deny matched
            matched &= (1L << cell.adviceEnd) - 1;
          }
          cell.fixed = build(cell, applies, matched);
        }
        cells[p * categoryCount + c] = cell;
      }
    }
  }

  /** The decision, or null when the general path must decide. Never allocates once warm. */
  Decision decide(Request request, ConsentView consents) {
    Purpose purpose = request.purpose();
    if (purpose.owner() != policy) {
      return null;
    }
    try {
      if (consents.erasureRequested(request.subject().id(), request.at())) {
        return null;
      }
    } catch (RuntimeException e) {
      return null;
    }
    List<Category> categories = request.categories();
    Decision result = null;
    for (int i = 0, n = categories.size(); i < n; i++) {
      Category category = categories.get(i);
      if (category.owner() != policy) {
        return null;
      }
      Decision d = decide(cells[purpose.id() * categoryCount + category.id()], request, consents);
      if (d == null) {
        return null;
      }
      result = result == null ? d : join(result, d);
    }
    return result;
  }

  private Decision decide(Cell cell, Request request, ConsentView consents) {
    if (cell.fixed != null) {
      return cell.fixed;
    }
    if (cell.slowOnly) {
      return null;
    }
    long applies = 0;
    CompiledCondition[] regimeConditions = cell.regimeConditions;
    RegimeMemo memo = null;
    for (int i = 0; i < regimeConditions.length; i++) {
      long memoBit = cell.memoBit[i];
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
      int bit = scopeBit[i];
      if (bit >= 0 && (applies & (1L << bit)) == 0) {
        continue;
      }
      int value = match(rules[i], request, consents);
      if (value == Tri.ERROR) {
        return null;
      }
      if (value == Tri.TRUE) {
        matched |= 1L << i;
        denied |= i < cell.denyEnd;
      }
    }
    Decision d = cell.cached(applies, matched);
    if (d == null) {
      d = build(cell, applies, matched);
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
    Part[] parts = concat(left.basis.parts(), right.basis.parts());
    Decision joined = decision(basis(parts));
    Join[] old = left.joins;
    if (old.length < MAX_JOINS) {
      Join[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = new Join(right, joined);
      left.joins = grown;
    }
    return joined;
  }

  // ---- building decisions for a key (cache misses only; allocation is fine here) ----

  private Decision build(Cell cell, long applies, long matched) {
    return decision(basis(new Part[] {new Part(cell, applies, matched)}));
  }

  private Basis basis(Part[] parts) {
    Set<Integer> denies = new TreeSet<>();
    Set<Integer> allows = new TreeSet<>();
    Set<Integer> advice = new TreeSet<>();
    boolean allowed = true;
    for (Part part : parts) {
      boolean denied = false;
      boolean allowMatched = false;
      for (int i = 0; i < part.cell.rules.length; i++) {
        if ((part.matched & (1L << i)) != 0) {
          int rule = part.cell.rules[i].index;
          if (i < part.cell.denyEnd) {
            denies.add(rule);
            denied = true;
          } else if (i < part.cell.adviceEnd) {
            advice.add(rule);
          } else {
            allows.add(rule);
            allowMatched = true;
          }
        }
      }
      allowed &= !denied && allowMatched;
    }
    return new Basis(parts, ints(denies), ints(allows), ints(advice), allowed);
  }

  private Decision decision(Basis basis) {
    Outcome outcome = basis.allowed() ? Outcome.ALLOW : Outcome.DENY;
    Set<Obligation> obligations = new LinkedHashSet<>();
    if (basis.allowed()) {
      for (int r : basis.allows()) {
        obligations.addAll(tables.rules[r].obligations);
      }
    }
    List<String> advice = new ArrayList<>();
    for (int r : basis.advice()) {
      advice.add(tables.rules[r].advice());
    }
    int[] deciding = basis.allowed() ? basis.allows() : basis.denies();
    List<String> ruleIds = Arrays.stream(deciding).mapToObj(r -> tables.rules[r].id()).toList();
    return new Decision(
        policy,
        outcome,
        List.copyOf(obligations),
        ruleIds,
        advice,
        () -> explain(outcome, basis),
        basis);
  }

  private Explanation explain(Outcome outcome, Basis basis) {
    Part[] parts = basis.parts();
    boolean multi = parts.length > 1;
    List<String> paths = new ArrayList<>();
    List<Reason> reasons = new ArrayList<>();
    for (Part part : parts) {
      String path = policy.categories().get(part.cell.category).path();
      paths.add(path);
      Optional<String> label = multi ? Optional.of(path) : Optional.empty();
      boolean ruled = false;
      for (int i = 0; i < part.cell.rules.length; i++) {
        if ((part.matched & (1L << i)) != 0) {
          reasons.add(part.cell.rules[i].matched(label));
          ruled |= i < part.cell.denyEnd || i >= part.cell.adviceEnd;
        }
      }
      if (!ruled) {
        List<String> scopes = new ArrayList<>();
        scopes.add("top level");
        for (int i = 0; i < part.cell.regimes.length; i++) {
          if ((part.applies & (1L << i)) != 0) {
            scopes.add("regime " + tables.regimes[part.cell.regimes[i]].name());
          }
        }
        String purpose = policy.purposes().get(part.cell.purpose).path();
        reasons.add(new Reason.NoAllow(label, purpose, scopes));
      }
    }
    String purpose = policy.purposes().get(parts[0].cell.purpose).path();
    return new Explanation(outcome, paths, purpose, reasons);
  }

  private static int[] ints(Set<Integer> set) {
    return set.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Part[] concat(Part[] a, Part[] b) {
    Part[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
