package dev.proviso;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a decision came out as it did: a header line ({@code DENY contact.email for marketing.email})
 * and one line per {@link Reason}, e.g.
 *
 * <pre>
 * DENY contact.email for marketing.email
 *   deny by gdpr.policy:5 (regime gdpr): require consent(marketing.email) to use ... — "..."
 *   condition consent(marketing.email) of gdpr.policy:5 could not be evaluated: consent store
 *   failed: timeout; failed closed (the deny applies)
 * </pre>
 */
public final class Explanation {
  private final String header;
  private final List<Reason> entries;

  Explanation(Outcome outcome, List<String> categories, String purpose, List<Reason> entries) {
    this.header = outcome + " " + String.join(", ", categories) + " for " + purpose;
    this.entries = List.copyOf(entries);
  }

  /** The structured reasons, in the order they were found. */
  public List<Reason> entries() {
    return entries;
  }

  /** Human-readable lines, e.g. {@code deny by shop.policy:14 (regime gdpr): ...}. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>(entries.size() + 1);
    lines.add(header);
    for (Reason reason : entries) {
      lines.add("  " + reason.line());
    }
    return lines;
  }

  @Override
  public String toString() {
    return String.join("\n", lines());
  }
}
