package dev.proviso;

import java.util.Collection;
import java.util.Optional;

/** Did-you-mean: the closest known name to a misspelled one, if it is close enough. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate with the smallest edit distance to {@code name}, if that distance is at most a
   * third of the name's length (at least 1, at most 3); ties go to the first candidate.
   *
   * <pre>{@code
   * Suggestions.closest("contact.emial", List.of("contact.email", "contact.phone"));
   * // Optional[contact.email]
   * }</pre>
   */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    int limit = Math.min(3, Math.max(1, name.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(name, candidate);
      if (distance < bestDistance && distance <= limit && !candidate.equals(name)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
