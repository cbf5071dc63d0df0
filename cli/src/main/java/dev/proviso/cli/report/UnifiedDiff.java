package dev.proviso.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u}, three lines of context) between two texts, for {@code proviso
 * fmt -d}. Lines are matched by a longest common subsequence of the part between the common prefix
 * and suffix; past a few million line pairs it falls back to replacing that part whole, which is
 * still a correct patch.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  private static final long MAX_CELLS = 4_000_000L;

  private UnifiedDiff() {}

  /** The diff with {@code --- a/NAME} and {@code +++ b/NAME} headers; empty when equal. */
  public static String of(String name, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    List<Edit> edits = edits(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- a/").append(name).append('\n');
    out.append("+++ b/").append(name).append('\n');
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).kind == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < edits.size()) {
        if (edits.get(end).kind != ' ') {
          lastChange = end;
        } else if (end - lastChange > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      end = Math.min(edits.size(), lastChange + CONTEXT + 1);
      hunk(out, edits.subList(start, end));
      i = end;
    }
    return out.toString();
  }

  private record Edit(char kind, String line, int oldLine, int newLine) {}

  private static void hunk(StringBuilder out, List<Edit> hunk) {
    int oldStart = 0;
    int newStart = 0;
    int oldCount = 0;
    int newCount = 0;
    for (Edit e : hunk) {
      if (e.kind != '+') {
        oldStart = oldStart == 0 ? e.oldLine : oldStart;
        oldCount++;
      }
      if (e.kind != '-') {
        newStart = newStart == 0 ? e.newLine : newStart;
        newCount++;
      }
    }
    out.append("@@ -")
        .append(range(oldStart, oldCount, hunk.get(0).oldLine))
        .append(" +")
        .append(range(newStart, newCount, hunk.get(0).newLine))
        .append(" @@\n");
    for (Edit e : hunk) {
      out.append(e.kind).append(e.line).append('\n');
    }
  }

  /** {@code start,count}; an empty side names the line before it, as diff does. */
  private static String range(int start, int count, int firstLine) {
    return count == 0 ? (firstLine - 1) + ",0" : start + "," + count;
  }

  private static List<Edit> edits(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < prefix; i++) {
      edits.add(new Edit(' ', a.get(i), i + 1, i + 1));
    }
    middle(
        a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), prefix, edits);
    for (int i = 0; i < suffix; i++) {
      int oldIndex = a.size() - suffix + i;
      int newIndex = b.size() - suffix + i;
      edits.add(new Edit(' ', a.get(oldIndex), oldIndex + 1, newIndex + 1));
    }
    return edits;
  }

  private static void middle(List<String> a, List<String> b, int offset, List<Edit> edits) {
    int n = a.size();
    int m = b.size();
    if ((long) n * m > MAX_CELLS) {
      for (int i = 0; i < n; i++) {
        edits.add(new Edit('-', a.get(i), offset + i + 1, offset + 1));
      }
      for (int j = 0; j < m; j++) {
        edits.add(new Edit('+', b.get(j), offset + n + 1, offset + j + 1));
      }
      return;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        edits.add(new Edit(' ', a.get(i), offset + i + 1, offset + j + 1));
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        edits.add(new Edit('-', a.get(i), offset + i + 1, offset + j + 1)); // removals first
        i++;
      } else {
        edits.add(new Edit('+', b.get(j), offset + i + 1, offset + j + 1));
        j++;
      }
    }
  }
}
