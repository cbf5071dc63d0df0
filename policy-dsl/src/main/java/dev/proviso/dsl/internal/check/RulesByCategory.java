package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.model.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules indexed by the categories they name, so "which rules cover all of this category" looks at a
 * handful of rules instead of all of them: compiling 10,000 rules stays linear.
 */
final class RulesByCategory {

  private final Map<String, List<ScopedRule>> byCategory = new HashMap<>();
  private final List<ScopedRule> anyCategory = new ArrayList<>();
  private final Map<ScopedRule, Integer> order = new IdentityHashMap<>();

  RulesByCategory(List<ScopedRule> rules) {
    for (ScopedRule rule : rules) {
      order.put(rule, order.size());
      if (rule.rule().categories().any()) {
        anyCategory.add(rule);
      }
      for (Name name : rule.rule().categories().names()) {
        byCategory.computeIfAbsent(name.path(), k -> new ArrayList<>()).add(rule);
      }
    }
  }

  /** Rules naming {@code any}, or {@code category} or one of its ancestors; in source order. */
  List<ScopedRule> covering(String category) {
    List<ScopedRule> found = new ArrayList<>(anyCategory);
    for (String p = category; p != null; p = Paths.parent(p).orElse(null)) {
      found.addAll(byCategory.getOrDefault(p, List.of()));
    }
    found.sort((a, b) -> Integer.compare(order.get(a), order.get(b)));
    return found;
  }

  /** Rules naming {@code any} category. */
  List<ScopedRule> coveringAny() {
    return anyCategory;
  }
}
