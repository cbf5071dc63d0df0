package dev.proviso.dsl.tooling;

import java.util.Optional;

/**
 * A built-in function, obligation or test fact of the language, as an editor offers it.
 *
 * @param signature as the author writes it, e.g. {@code consent(purpose) -> bool}
 * @param argument what a bare name argument names ({@code consent(marketing)} names a purpose)
 * @param example a use that compiles
 */
public record BuiltInFunction(
    String name, Place place, String signature, Optional<SymbolKind> argument, String example) {

  /** Where a built-in may be written. */
  public enum Place {
    CONDITION("condition"),
    OBLIGATION("obligation, after 'with'"),
    TEST_FACT("test fact, after 'given'");

    private final String label;

    Place(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
