package dev.proviso.access.customer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer's report, in their language and time zone, as plain text ready for a {@link
 * ReportTemplate}: every label resolved, every date formatted, every reason in words. It holds no
 * rule id, rule text or internal customer id; it does hold the customer's own data values, so it is
 * personal data ({@code toString()} prints counts only).
 *
 * <p>Sections come in a fixed order and have stable ids a template may style: {@code held}, {@code
 * permitted}, {@code uses}, {@code refused}, {@code retention}, {@code consents}, {@code erasure},
 * {@code kept} (only after an erasure request), {@code rights}.
 *
 * @param language the BCP 47 language tag of the texts (for {@code <html lang>})
 * @param intro paragraphs under the title (date of the report, time zone, warnings)
 */
public record CustomerView(
    String language, String title, List<String> intro, List<Section> sections) {

  public CustomerView {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    intro = List.copyOf(intro);
    sections = List.copyOf(sections);
  }

  /** The section with {@code id}, if the report has it. */
  public Optional<Section> section(String id) {
    return sections.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return "CustomerView[" + language + ", sections=" + sections.size() + "]";
  }

  /**
   * One section: a heading, paragraphs and groups of entries.
   *
   * @param paragraphs text under the heading (e.g. "Nothing recorded.")
   */
  public record Section(String id, String heading, List<String> paragraphs, List<Group> groups) {
    public Section {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(heading, "heading");
      paragraphs = List.copyOf(paragraphs);
      groups = List.copyOf(groups);
    }

    @Override
    public String toString() {
      return "Section[" + id + ", groups=" + groups.size() + "]";
    }
  }

  /**
   * Entries under a common sub-heading (a system, a purpose, a request).
   *
   * @param heading the sub-heading, or empty when the section has a single unnamed group
   * @param description text under the sub-heading, or empty
   */
  public record Group(String heading, String description, List<Entry> entries) {
    public Group {
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(description, "description");
      entries = List.copyOf(entries);
    }

    @Override
    public String toString() {
      return "Group[entries=" + entries.size() + "]";
    }
  }

  /**
   * One thing the customer can read on its own: a held item, a kind of use, a consent event.
   *
   * @param badges short marks shown next to the title ("sensitive", "inferred")
   * @param fields label and value pairs
   * @param notes sentences under the fields (a description, a reason)
   */
  public record Entry(String title, List<Badge> badges, List<Field> fields, List<String> notes) {
    public Entry {
      Objects.requireNonNull(title, "title");
      badges = List.copyOf(badges);
      fields = List.copyOf(fields);
      notes = List.copyOf(notes);
    }

    @Override
    public String toString() {
      return "Entry[fields=" + fields.size() + "]";
    }
  }

  /**
   * A short mark.
   *
   * @param kind what it marks, for styling: {@code sensitive}, {@code kept}, {@code inferred},
   *     {@code pseudonymised}, {@code done}, {@code pending}
   */
  public record Badge(String kind, String text) {}

  /** A label and its value. */
  public record Field(String label, String value) {
    @Override
    public String toString() {
      return "Field[" + label + "]";
    }
  }
}
