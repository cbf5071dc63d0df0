package dev.proviso.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a {@code mask(category, method)} obligation hides a value. The compiler accepts only these
 * spellings; a guard refuses a use whose mask names a method it does not know (a model built in
 * code can name anything), so an unknown method never lets a value through unmasked.
 *
 * <pre>{@code
 * MaskMethod.named("redact"); // Optional[REDACT]
 * MaskMethod.spellings();     // [partial, truncate, hash, redact]
 * }</pre>
 */
public enum MaskMethod {
  /** The default: keep only what helps a person recognise their own data ({@code a***@x.com}). */
  PARTIAL("partial"),
  /** Keep the first few characters, e.g. the outward part of a postcode ({@code SW1A…}). */
  TRUNCATE("truncate"),
  /** A keyed hash of the value: equal values stay equal (for joins), nothing else is shown. */
  HASH("hash"),
  /** The value is replaced by a fixed marker; not even its length is shown. */
  REDACT("redact");

  private final String spelling;

  MaskMethod(String spelling) {
    this.spelling = spelling;
  }

  /** The method as written in a policy, e.g. {@code redact}. */
  public String spelling() {
    return spelling;
  }

  /** The method spelled {@code name}, if there is one. */
  public static Optional<MaskMethod> named(String name) {
    return Arrays.stream(values()).filter(m -> m.spelling.equals(name)).findFirst();
  }

  /** Every spelling, in declaration order. */
  public static List<String> spellings() {
    return Arrays.stream(values()).map(MaskMethod::spelling).toList();
  }
}
