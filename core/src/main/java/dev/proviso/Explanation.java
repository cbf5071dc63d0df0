package dev.proviso;

import java.util.List;

/** Why a decision came out as it did, one line per reason. */
public final class Explanation {
  private Explanation() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  /** Human-readable lines, e.g. {@code deny by shop.policy:14 (gdpr): no marketing under 16}. */
  public List<String> lines() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  @Override
  public String toString() {
    return String.join("\n", lines());
  }
}
