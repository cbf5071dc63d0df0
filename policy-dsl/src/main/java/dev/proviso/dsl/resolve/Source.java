package dev.proviso.dsl.resolve;

import java.util.Objects;

/**
 * A policy source: the name diagnostics and rule ids show (e.g. {@code gdpr.policy}), its text and
 * its {@link SourceOrigin origin}. The display name also identifies the source when detecting
 * import cycles.
 *
 * <pre>{@code
 * Source file = new Source("shop.policy", text); // a policy file
 * Source pack = new Source(new SourceOrigin.Pack("gdpr"), text); // shows as pack:gdpr
 * }</pre>
 */
public record Source(String displayName, String text, SourceOrigin origin) {
  public Source {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
  }

  /** A policy file shown as {@code displayName}. */
  public Source(String displayName, String text) {
    this(displayName, text, new SourceOrigin.File(displayName));
  }

  /** A source shown under its origin's display name. */
  public Source(SourceOrigin origin, String text) {
    this(origin.displayName(), text, origin);
  }
}
