package dev.proviso;

import dev.proviso.DecisionTables.Candidates;
import dev.proviso.engine.CompiledValue;
import dev.proviso.engine.ConditionCompiler;
import dev.proviso.model.Condition;
import dev.proviso.model.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cell with more candidates than the fast path's masks hold, split by one text attribute: when
 * most of its rules are guarded by {@code attribute == "v"} (or {@code attribute in ["v", ...]}),
 * alone or as an operand of a top-level {@code and}, a request whose attribute is the text {@code
 * s} can match only the unguarded rules and those guarded by {@code s}; every other rule's
 * condition is FALSE (FALSE dominates {@code and}, and a FALSE {@code when} leaves {@code unless}
 * unasked). So the cell decides as the sub-cell of those rules, found by one hash lookup, with the
 * cell's relevant regimes kept so the explanation is the general path's. A request whose attribute
 * is missing or not text goes to the general path.
 */
final class CellIndex {
  private final CompiledValue attribute;
  private final Map<String, Candidates> byValue; // immutable after construction
  private final Candidates otherwise; // the unguarded rules only
  private final Map<String, FastCell> cells = new ConcurrentHashMap<>();
  private final DecisionTables tables;
  private final KeyedDecisions keyed;
  private final int purpose;
  private final int category;
  private volatile FastCell otherwiseCell;

  private CellIndex(
      DecisionTables tables,
      KeyedDecisions keyed,
      int purpose,
      int category,
      CompiledValue attribute,
      Map<String, Candidates> byValue,
      Candidates otherwise) {
    this.tables = tables;
    this.keyed = keyed;
    this.purpose = purpose;
    this.category = category;
    this.attribute = attribute;
    this.byValue = byValue;
    this.otherwise = otherwise;
  }

  /**
   * The index of a cell, or empty when no one attribute guards more than half of its candidates (an
   * index would not shrink it enough to matter).
   */
  static Optional<CellIndex> of(
      DecisionTables tables, KeyedDecisions keyed, int purpose, int category, Candidates c) {
    Map<Value.Attribute, Integer> counts = new HashMap<>();
    int total = 0;
    for (int[] list : List.of(c.denies(), c.advisories(), c.allows(), c.obliges())) {
      for (int rule : list) {
        total++;
        guard(tables.rules[rule]).ifPresent(g -> counts.merge(g.attribute(), 1, Integer::sum));
      }
    }
    Optional<Value.Attribute> best =
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    if (best.isEmpty() || counts.get(best.get()) * 2 <= total) {
      return Optional.empty();
    }
    Value.Attribute key = best.get();
    Map<String, Lists> values = new LinkedHashMap<>();
    Lists unguarded = new Lists();
    // Values are collected first so an unguarded rule lands in every value's lists.
    for (int[] list : List.of(c.denies(), c.advisories(), c.allows(), c.obliges())) {
      for (int rule : list) {
        guard(tables.rules[rule])
            .filter(g -> g.attribute().equals(key))
            .ifPresent(g -> g.values().forEach(v -> values.computeIfAbsent(v, x -> new Lists())));
      }
    }
    split(tables, c.denies(), key, values, unguarded, 0);
    split(tables, c.advisories(), key, values, unguarded, 1);
    split(tables, c.allows(), key, values, unguarded, 2);
    split(tables, c.obliges(), key, values, unguarded, 3);
    Map<String, Candidates> byValue = new HashMap<>();
    values.forEach((v, lists) -> byValue.put(v, lists.candidates(c.regimes())));
    return Optional.of(
        new CellIndex(
            tables,
            keyed,
            purpose,
            category,
            ConditionCompiler.compile(key),
            Map.copyOf(byValue),
            unguarded.candidates(c.regimes())));
  }

  /** The sub-cell for this request, or null when the attribute is not text (general path). */
  FastCell cell(Request request) {
    if (!(attribute.get(request, null) instanceof String value)) {
      return null;
    }
    FastCell cell = cells.get(value);
    if (cell != null) {
      return cell;
    }
    Candidates candidates = byValue.get(value);
    if (candidates == null) {
      FastCell other = otherwiseCell;
      if (other == null) {
        other = FastCell.prepared(tables, keyed, purpose, category, otherwise);
        otherwiseCell = other;
      }
      return other;
    }
    return cells.computeIfAbsent(
        value, v -> FastCell.prepared(tables, keyed, purpose, category, candidates));
  }

  /** The attribute and texts a rule's {@code when} requires, if it requires one. */
  record Guard(Value.Attribute attribute, List<String> values) {}

  static Optional<Guard> guard(DecisionTables.Rule rule) {
    return rule.definition.when().flatMap(CellIndex::guard);
  }

  private static Optional<Guard> guard(Condition when) {
    if (when instanceof Condition.And and) {
      return and.operands().stream().map(CellIndex::guard).flatMap(Optional::stream).findFirst();
    }
    if (when instanceof Condition.Compare compare
        && compare.operator() == Condition.Operator.EQ
        && compare.left() instanceof Value.Attribute a
        && compare.right() instanceof Value.Text t) {
      return Optional.of(new Guard(a, List.of(t.value())));
    }
    if (when instanceof Condition.In in
        && in.value() instanceof Value.Attribute a
        && in.options() instanceof Value.ListLiteral list
        && !list.elements().isEmpty()
        && list.elements().stream().allMatch(e -> e instanceof Value.Text)) {
      return Optional.of(
          new Guard(a, list.elements().stream().map(e -> ((Value.Text) e).value()).toList()));
    }
    return Optional.empty();
  }

  /**
   * Files each rule under the values its guard on {@code key} accepts, or, unguarded, under every
   * value and the rest; source order is kept within each kind. Every value is already in {@code
   * values}.
   */
  private static void split(
      DecisionTables tables,
      int[] rules,
      Value.Attribute key,
      Map<String, Lists> values,
      Lists unguarded,
      int kind) {
    for (int rule : rules) {
      Optional<Guard> g = guard(tables.rules[rule]).filter(x -> x.attribute().equals(key));
      if (g.isPresent()) {
        for (String v : g.get().values()) {
          values.get(v).add(kind, rule);
        }
      } else {
        unguarded.add(kind, rule);
        values.values().forEach(l -> l.add(kind, rule));
      }
    }
  }

  /** Growing candidate lists (denies, advisories, allows, obliges) of one sub-cell. */
  private static final class Lists {
    private final List<List<Integer>> kinds =
        List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

    void add(int kind, int rule) {
      List<Integer> list = kinds.get(kind);
      if (list.isEmpty() || list.get(list.size() - 1) != rule) {
        list.add(rule);
      }
    }

    Candidates candidates(int[] regimes) {
      return new Candidates(
          ints(0), ints(2), ints(1), ints(3), Arrays.copyOf(regimes, regimes.length));
    }

    private int[] ints(int kind) {
      return kinds.get(kind).stream().mapToInt(Integer::intValue).toArray();
    }
  }
}
