package dev.proviso.access.customer;

import dev.proviso.access.AccessReport;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Labels, descriptions, reasons and dates for one report, in the customer's language and zone. */
final class Words {
  final ReportTexts texts;
  final ZoneId zone;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;
  private final Map<String, String> descriptions = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, AccessReport.RuleNote> rules = new HashMap<>();

  Words(AccessReport report, ReportTexts texts, ZoneId zone) {
    this.texts = texts;
    this.zone = zone;
    this.date =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(texts.locale())
            .withZone(zone);
    this.dateTime =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(texts.locale())
            .withZone(zone);
    for (AccessReport.Term t : report.terms()) {
      if (t.description() != null) {
        descriptions.put(t.kind() + "." + t.name(), t.description());
      }
      if (t.label() != null) {
        labels.put(t.kind() + "." + t.name(), t.label());
      }
    }
    report.rules().forEach(r -> rules.put(r.id(), r));
  }

  String m(String key, Object... args) {
    return texts.message(key, args);
  }

  /** A text used as it is written (the application's own prose: no pattern, no arguments). */
  String raw(String key) {
    return texts
        .find(key)
        .orElseThrow(() -> new IllegalArgumentException("no report text '" + key + "'"));
  }

  String category(String path) {
    return label("category", path);
  }

  /**
   * The application's name for it, else the policy's display name (fideslang's, in English
   * reports), else its name spelled out.
   */
  private String label(String kind, String name) {
    Optional<String> own = texts.find(kind + "." + name);
    if (own.isPresent()) {
      return own.get();
    }
    String policy = texts.english() ? labels.get(kind + "." + name) : null;
    return policy != null ? policy : texts.label(kind, name);
  }

  String categories(List<String> paths) {
    return String.join(", ", paths.stream().map(this::category).toList());
  }

  String purpose(String path) {
    return label("purpose", path);
  }

  String system(String name) {
    return texts.label("system", name);
  }

  /** A regime as a basis ("the EU General Data Protection Regulation"), or empty for none. */
  Optional<String> regime(String name) {
    return name == null || name.isEmpty()
        ? Optional.empty()
        : Optional.of(texts.label("regime", name));
  }

  String source(String name) {
    return texts.label("source", name);
  }

  /** A source or method a system recorded, in this language when the application translates it. */
  String originText(String text) {
    return texts.find("origin." + text).orElse(text);
  }

  String optOut(String name) {
    return texts.label("optout", name);
  }

  /**
   * The application's description, else the policy's (descriptions in policies and fideslang are
   * English, so other languages show only the application's).
   */
  Optional<String> description(String kind, String name) {
    Optional<String> own = texts.find(kind + "." + name + ".description");
    if (own.isPresent() || !texts.english()) {
      return own;
    }
    return Optional.ofNullable(descriptions.get(kind + "." + name));
  }

  /** The reason a rule gives, in this language, or empty when it gives none. */
  Optional<String> because(String ruleId) {
    Optional<String> own = texts.find("because." + ruleId);
    if (own.isPresent()) {
      return own;
    }
    AccessReport.RuleNote note = rules.get(ruleId);
    return note == null ? Optional.empty() : Optional.ofNullable(note.because());
  }

  /**
   * Why a retention keeps an item: the rule's reason in this language, else a plain sentence naming
   * the purpose (a generated reason names rules and events, which customers cannot read).
   */
  String retentionReason(String ruleId, String purpose) {
    return because(ruleId).orElseGet(() -> m("retention.generic", purpose(purpose)));
  }

  Optional<AccessReport.RuleNote> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  String date(Instant at) {
    return date.format(at);
  }

  String dateTime(Instant at) {
    return dateTime.format(at);
  }

  String zoneName() {
    return zone.getDisplayName(TextStyle.FULL, texts.locale());
  }
}
