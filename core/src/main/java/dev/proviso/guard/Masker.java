package dev.proviso.guard;

/**
 * Masks a text value for a {@code mask(...)} obligation. The default keeps only what helps a person
 * recognise their own data: the first character and domain of an email address, the last two
 * characters of longer text.
 *
 * <pre>{@code
 * Masker.DEFAULT.mask("alice@example.com"); // "a***@example.com"
 * Masker.DEFAULT.mask("+44 7700 900123");   // "*************23"
 * Masker.DEFAULT.mask("Alice");             // "****"
 * }</pre>
 */
@FunctionalInterface
public interface Masker {

  /** The default masking described above. */
  Masker DEFAULT =
      value -> {
        int at = value.indexOf('@');
        if (at > 0 && at == value.lastIndexOf('@')) {
          return value.charAt(0) + "***" + value.substring(at);
        }
        if (value.length() >= 8) {
          return "*".repeat(value.length() - 2) + value.substring(value.length() - 2);
        }
        return "****";
      };

  /** The masked form of {@code value}; must not return the value itself. */
  String mask(String value);
}
