package dev.proviso.analysis;

import dev.proviso.model.Condition;
import dev.proviso.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether an assignment of truth values to atoms can happen at all, for atoms that compare one
 * attribute with literals: {@code subject.age < 16} true and {@code subject.age < 18} false cannot
 * both hold, nor can {@code subject.region == "EU"} and {@code subject.region == "US-CA"}. This
 * lets the diff see that raising an age limit narrows a use instead of just changing it.
 */
final class Consistency {
  private Consistency() {}

  static boolean possible(Map<Atom, Boolean> assignment) {
    Map<String, Bounds> numbers = new HashMap<>();
    Map<String, Members> texts = new HashMap<>();
    for (Map.Entry<Atom, Boolean> entry : assignment.entrySet()) {
      if (!(entry.getKey() instanceof Atom.Test test)) {
        continue;
      }
      boolean holds = entry.getValue();
      Condition c = test.condition();
      if (c instanceof Condition.Compare cmp
          && cmp.left() instanceof Value.Attribute a
          && cmp.right() instanceof Value.Number n) {
        numbers
            .computeIfAbsent(a.toString(), k -> new Bounds())
            .add(cmp.operator(), n.value(), holds);
      } else if (c instanceof Condition.Compare cmp
          && cmp.operator() == Condition.Operator.EQ
          && cmp.left() instanceof Value.Attribute a
          && cmp.right() instanceof Value.Text t) {
        texts.computeIfAbsent(a.toString(), k -> new Members()).add(Set.of(t.value()), holds);
      } else if (c instanceof Condition.In in
          && in.value() instanceof Value.Attribute a
          && in.options() instanceof Value.ListLiteral list
          && list.elements().stream().allMatch(e -> e instanceof Value.Text)) {
        Set<String> options = new HashSet<>();
        list.elements().forEach(e -> options.add(((Value.Text) e).value()));
        texts.computeIfAbsent(a.toString(), k -> new Members()).add(options, holds);
      }
    }
    return numbers.values().stream().allMatch(Bounds::possible)
        && texts.values().stream().allMatch(Members::possible);
  }

  /** Constraints on one number: an interval with open or closed ends, minus excluded points. */
  private static final class Bounds {
    double low = Double.NEGATIVE_INFINITY;
    boolean lowOpen = true;
    double high = Double.POSITIVE_INFINITY;
    boolean highOpen = true;
    final List<Double> excluded = new ArrayList<>();

    void add(Condition.Operator operator, double value, boolean holds) {
      switch (operator) {
        case EQ -> {
          if (holds) {
            atLeast(value, false);
            atMost(value, false);
          } else {
            excluded.add(value);
          }
        }
        case LT -> {
          if (holds) {
            atMost(value, true);
          } else {
            atLeast(value, false);
          }
        }
        case GT -> {
          if (holds) {
            atLeast(value, true);
          } else {
            atMost(value, false);
          }
        }
        default -> {} // atoms are stored with ==, < or > only
      }
    }

    private void atLeast(double value, boolean open) {
      if (value > low || (value == low && open)) {
        low = value;
        lowOpen = open;
      }
    }

    private void atMost(double value, boolean open) {
      if (value < high || (value == high && open)) {
        high = value;
        highOpen = open;
      }
    }

    boolean possible() {
      if (low > high || (low == high && (lowOpen || highOpen))) {
        return false;
      }
      return low != high || !excluded.contains(low);
    }
  }

  /** Constraints on one text: it is in every required set and in no excluded one. */
  private static final class Members {
    Set<String> allowed; // null: any text
    final List<Set<String>> excluded = new ArrayList<>();

    void add(Set<String> options, boolean holds) {
      if (!holds) {
        excluded.add(options);
      } else if (allowed == null) {
        allowed = new HashSet<>(options);
      } else {
        allowed.retainAll(options);
      }
    }

    boolean possible() {
      if (allowed == null) {
        return true; // texts are unbounded: some value avoids every excluded set
      }
      return allowed.stream().anyMatch(v -> excluded.stream().noneMatch(s -> s.contains(v)));
    }
  }
}
