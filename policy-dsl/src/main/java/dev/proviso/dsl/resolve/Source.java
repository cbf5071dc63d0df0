package dev.proviso.dsl.resolve;

import java.util.Objects;

/**
 * A policy source: the name diagnostics and rule ids show (e.g. {@code gdpr.policy}) and its text.
 * The display name also identifies the source when detecting import cycles.
 */
public record Source(String displayName, String text) {
  public Source {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(text, "text");
  }
}
