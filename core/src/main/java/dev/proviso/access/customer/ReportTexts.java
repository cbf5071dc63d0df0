package dev.proviso.access.customer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The words of the customer's report in one language: the shipped English and German texts, under
 * the application's own labels and texts, which win.
 *
 * <p>Keys the application may set (in a {@link ResourceBundle} of its own or a map):
 *
 * <ul>
 *   <li>{@code category.<path>}, {@code purpose.<path>}, {@code system.<name>}, {@code
 *       regime.<name>}, {@code optout.<name>}, {@code source.<name>}: display names (without one,
 *       the last part of the name, spelled out: {@code postal_address} reads "Postal address");
 *   <li>{@code category.<path>.description}, {@code purpose.<path>.description}: descriptions
 *       (without one, the policy's own, e.g. fideslang's, in English reports);
 *   <li>{@code because.<rule id>}: the reason a rule gives, in this language (without one, the
 *       rule's {@code because});
 *   <li>{@code rights.text}, {@code contact.text} and any key of the shipped {@code
 *       messages.properties}: the texts themselves ({@link MessageFormat} patterns).
 * </ul>
 *
 * <pre>{@code
 * ReportTexts texts = ReportTexts.of(Locale.GERMAN)
 *     .with(Map.of("system.crm", "Kundenkonto", "contact.text", "datenschutz@acme.example"));
 * }</pre>
 */
public final class ReportTexts {
  private static final String BASE = "messages";

  private final Locale locale;
  private final List<Map<String, String>> layers; // first wins

  private ReportTexts(Locale locale, List<Map<String, String>> layers) {
    this.locale = locale;
    this.layers = List.copyOf(layers);
  }

  /**
   * The shipped texts for {@code locale} (German for {@code de}, English otherwise); the JVM's
   * default locale never changes the choice.
   */
  public static ReportTexts of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    List<Map<String, String>> layers = new ArrayList<>();
    if (!locale.getCountry().isEmpty()) {
      shipped(BASE + "_" + locale.getLanguage() + "_" + locale.getCountry()).ifPresent(layers::add);
    }
    if (!locale.getLanguage().isEmpty()) {
      shipped(BASE + "_" + locale.getLanguage()).ifPresent(layers::add);
    }
    layers.add(shipped(BASE).orElseThrow(() -> new IllegalStateException("missing " + BASE)));
    return new ReportTexts(locale, layers);
  }

  /** These texts under the application's {@code texts}, which win over the shipped ones. */
  public ReportTexts with(Map<String, String> texts) {
    List<Map<String, String>> layers = new ArrayList<>();
    layers.add(Map.copyOf(texts));
    layers.addAll(this.layers);
    return new ReportTexts(locale, layers);
  }

  /** These texts under every key of the application's {@code bundle}. */
  public ReportTexts with(ResourceBundle bundle) {
    Map<String, String> texts = new HashMap<>();
    for (String key : bundle.keySet()) {
      texts.put(key, bundle.getString(key));
    }
    return with(texts);
  }

  public Locale locale() {
    return locale;
  }

  /** True when the language is English, the language policies' descriptions are written in. */
  boolean english() {
    return locale.getLanguage().isEmpty() || locale.getLanguage().equals("en");
  }

  /** The text for {@code key} with {@code args} filled in; a missing key is a packaging bug. */
  public String message(String key, Object... args) {
    String pattern =
        find(key).orElseThrow(() -> new IllegalArgumentException("no report text '" + key + "'"));
    return new MessageFormat(pattern, locale).format(args);
  }

  /**
   * The display name of a category, purpose, system, regime, opt-out or consent source. Without
   * one, a purpose reads as its whole path ({@code marketing.email}: "Marketing email", so it is
   * not confused with the category {@code contact.email}), anything else as its last part.
   */
  public String label(String kind, String name) {
    return find(kind + "." + name)
        .orElseGet(() -> spelledOut(kind.equals("purpose") ? name.replace('.', ' ') : name));
  }

  /** The application's text for {@code key}, or empty. */
  Optional<String> find(String key) {
    for (Map<String, String> layer : layers) {
      String v = layer.get(key);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** {@code contact.postal_address} reads "Postal address". */
  static String spelledOut(String name) {
    String last = name.substring(name.lastIndexOf('.') + 1).replace('_', ' ').replace('-', ' ');
    if (last.isEmpty()) {
      return name;
    }
    return Character.toUpperCase(last.charAt(0)) + last.substring(1);
  }

  private static Optional<Map<String, String>> shipped(String name) {
    try (InputStream in = ReportTexts.class.getResourceAsStream(name + ".properties")) {
      if (in == null) {
        return Optional.empty();
      }
      PropertyResourceBundle bundle = new PropertyResourceBundle(in); // UTF-8
      Map<String, String> texts = new HashMap<>();
      for (String key : bundle.keySet()) {
        texts.put(key, bundle.getString(key));
      }
      return Optional.of(Map.copyOf(texts));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report texts " + name, e);
    }
  }
}
