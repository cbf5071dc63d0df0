package dev.proviso;

import java.util.Optional;

/**
 * Thrown when code looks up a category, purpose or attribute the policy does not declare. It is
 * thrown at lookup, never at decision time.
 */
public final class UnknownNameException extends IllegalArgumentException {
  private final String kind;
  private final String name;
  private final Optional<String> suggestion;

  public UnknownNameException(String kind, String name, Optional<String> suggestion) {
    super(
        "unknown "
            + kind
            + " '"
            + name
            + "'"
            + suggestion.map(s -> "; did you mean '" + s + "'?").orElse(""));
    this.kind = kind;
    this.name = name;
    this.suggestion = suggestion;
  }

  /** What was looked up: "data category", "purpose", "attribute". */
  public String kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public Optional<String> suggestion() {
    return suggestion;
  }
}
