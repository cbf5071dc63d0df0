package dev.proviso.cli.report;

import dev.proviso.model.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a set of (category, purpose) uses compactly: a node whose whole subtree is in the set is
 * written once as {@code user.behavior (and below)}, and purposes with the same categories share a
 * line. One broad rule edit then reads as one line, not hundreds.
 */
final class UseSets {
  private UseSets() {}

  /**
   * @param uses {category, purpose} pairs
   * @param categories every category, parents before children
   * @param purposes every purpose, parents before children
   */
  static List<String> compact(List<String[]> uses, List<String> categories, List<String> purposes) {
    Map<String, Set<String>> byPurpose = new LinkedHashMap<>();
    for (String[] use : uses) {
      byPurpose.computeIfAbsent(use[1], p -> new LinkedHashSet<>()).add(use[0]);
    }
    Map<List<String>, Set<String>> purposesByCategories = new LinkedHashMap<>();
    byPurpose.forEach(
        (purpose, present) ->
            purposesByCategories
                .computeIfAbsent(subtrees(present, categories), k -> new LinkedHashSet<>())
                .add(purpose));
    List<String> lines = new ArrayList<>();
    purposesByCategories.forEach(
        (categoryText, purposeSet) ->
            lines.add(
                String.join(", ", categoryText)
                    + " for "
                    + String.join(", ", subtrees(purposeSet, purposes))));
    return lines;
  }

  /** The present nodes, with each whole subtree written as its root. */
  private static List<String> subtrees(Set<String> present, List<String> tree) {
    List<String> out = new ArrayList<>();
    List<String> covered = new ArrayList<>();
    for (String node : tree) {
      if (!present.contains(node)
          || covered.stream().anyMatch(c -> Paths.isSelfOrAncestor(c, node))) {
        continue;
      }
      List<String> below =
          tree.stream().filter(d -> !d.equals(node) && Paths.isSelfOrAncestor(node, d)).toList();
      if (!below.isEmpty() && present.containsAll(below)) {
        covered.add(node);
        out.add(node + " (and below)");
      } else {
        out.add(node);
      }
    }
    return out;
  }
}
