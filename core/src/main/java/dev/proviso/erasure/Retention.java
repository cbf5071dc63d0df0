package dev.proviso.erasure;

import java.time.Instant;
import java.util.Objects;

/**
 * Why and until when an item is kept after an erasure request.
 *
 * @param ruleId the retention rule's id ({@code file:line})
 * @param purpose the only purpose the item may still be used for
 * @param because the rule's {@code because}, or a generated reason naming the rule
 * @param until when the retention ends and the sweep erases the item
 */
public record Retention(String ruleId, String purpose, String because, Instant until) {
  public Retention {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(because, "because");
    Objects.requireNonNull(until, "until");
  }
}
