package dev.proviso;

import dev.proviso.DecisionTables.Candidates;
import dev.proviso.DecisionTables.Rule;
import dev.proviso.engine.CompiledCondition;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The fast path's view of one (purpose, category): its candidate rules (denies, then advisories,
 * then allows, then oblige rules), the regimes they belong to, and the decisions cached per key.
 */
final class FastCell {
  private static final Entry[] NO_ENTRIES = new Entry[0];
  private static final int MAX_ENTRIES = 32;

  /** A cached decision per key; immutable, so racy publication is safe. */
  record Entry(long applies, long matched, Decision decision) {}

  final int purpose;
  final int category;
  final Rule[] rules;
  final int denyEnd;
  final int adviceEnd;
  final int allowEnd; // rules from here on are oblige rules
  final int[] scopeBit; // per rule: its regime's bit in the applies mask, -1 for top level
  final CompiledCondition[] regimeConditions; // per relevant regime; null: always applies
  final long[] memoBit; // per relevant regime: its bit in RegimeMemo, 0 when not memoised
  final int[] regimes;
  final boolean slowOnly;
  final boolean notBefore; // an allow or oblige rule here has not_before: evaluated per request
  final boolean asksStore; // a condition here asks the consent view: needs the decision's answers
  Decision fixed; // set once at construction when no candidate has a condition
  volatile Entry[] entries = NO_ENTRIES;

  /** Set when the cell has more candidates than a mask holds and one text attribute splits it. */
  final CellIndex index;

  /** The cell of (purpose, category) with its fixed decision set when it has one. */
  static FastCell prepared(
      DecisionTables tables, KeyedDecisions keyed, int purpose, int category, Candidates c) {
    FastCell cell = new FastCell(tables, keyed, purpose, category, c);
    if (cell.unconditional()) {
      long applies = (1L << cell.regimes.length) - 1;
      long matched = (1L << cell.rules.length) - 1;
      if (cell.denyEnd > 0) { // allows are not evaluated once a deny matched
        matched &= (1L << cell.adviceEnd) - 1;
      } else if (cell.allowEnd == cell.adviceEnd) { // nor oblige rules when nothing allows
        matched &= (1L << cell.allowEnd) - 1;
      }
      cell.fixed = keyed.build(cell, applies, matched);
    }
    return cell;
  }

  private FastCell(
      DecisionTables tables, KeyedDecisions keyed, int purpose, int category, Candidates c) {
    this.purpose = purpose;
    this.category = category;
    int[] order =
        IntStream.concat(
                IntStream.concat(
                    IntStream.concat(Arrays.stream(c.denies()), Arrays.stream(c.advisories())),
                    Arrays.stream(c.allows())),
                Arrays.stream(c.obliges()))
            .toArray();
    rules = Arrays.stream(order).mapToObj(i -> tables.rules[i]).toArray(Rule[]::new);
    denyEnd = c.denies().length;
    adviceEnd = denyEnd + c.advisories().length;
    allowEnd = adviceEnd + c.allows().length;
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
    boolean anyNotBefore = false;
    for (int i = 0; i < rules.length; i++) {
      int regime = rules[i].regime;
      scopeBit[i] = regime < 0 ? -1 : indexOf(regimes, regime);
      anyNotBefore |= rules[i].carriesObligations() && rules[i].notBefore.length > 0;
    }
    notBefore = anyNotBefore;
    asksStore =
        Arrays.stream(rules).anyMatch(r -> r.asksStore)
            || Arrays.stream(regimes).anyMatch(r -> tables.regimes[r].asksStore());
    boolean tooMany = rules.length > 63 || regimes.length > 63; // bits of a long
    index =
        tooMany && regimes.length <= 63
            ? CellIndex.of(tables, keyed, purpose, category, c).orElse(null)
            : null;
    slowOnly = tooMany && index == null;
  }

  boolean unconditional() {
    return rules.length <= 63
        && regimes.length <= 63
        && !notBefore
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
