package dev.proviso.analysis;

import dev.proviso.model.Paths;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The categories × purposes table of a policy for what is known of one subject: each use allowed,
 * denied, or allowed under a residual condition over what is not known.
 *
 * <pre>{@code
 * Matrix m = Matrix.build(new CellAnalyzer(model), facts, List.of("contact"), List.of());
 * m.use("contact.email", "marketing.email").describe(); // allow when consent(marketing.email)
 * }</pre>
 */
public record Matrix(List<String> categories, List<String> purposes, Map<String, Use> uses) {

  public Matrix {
    categories = List.copyOf(categories);
    purposes = List.copyOf(purposes);
    uses = Collections.unmodifiableMap(new LinkedHashMap<>(uses));
  }

  /**
   * @param categoryRoots only these categories and their descendants (all when empty)
   * @param purposeRoots only these purposes and their descendants (all when empty)
   */
  public static Matrix build(
      CellAnalyzer analyzer, Facts facts, List<String> categoryRoots, List<String> purposeRoots) {
    List<String> categories = within(analyzer.categories(), categoryRoots);
    List<String> purposes = within(analyzer.purposes(), purposeRoots);
    Map<String, Use> uses = new LinkedHashMap<>();
    for (String category : categories) {
      for (String purpose : purposes) {
        uses.put(key(category, purpose), analyzer.use(category, purpose, facts, facts::evaluate));
      }
    }
    return new Matrix(categories, purposes, uses);
  }

  public Use use(String category, String purpose) {
    return uses.get(key(category, purpose));
  }

  private static String key(String category, String purpose) {
    return category + " for " + purpose;
  }

  private static List<String> within(List<String> paths, List<String> roots) {
    if (roots.isEmpty()) {
      return paths;
    }
    return paths.stream()
        .filter(p -> roots.stream().anyMatch(root -> Paths.isSelfOrAncestor(root, p)))
        .toList();
  }
}
