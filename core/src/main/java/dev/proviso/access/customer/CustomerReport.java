package dev.proviso.access.customer;

import dev.proviso.access.AccessReport;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The access report as the customer reads it: in their language and time zone, with the
 * application's labels, plain-language reasons and no rule ids, rendered by a replaceable {@link
 * ReportTemplate} (by default {@link HtmlReportTemplate}, one self-contained HTML page). The
 * company keeps the complete machine-readable form in proviso-jackson's {@code AccessReportJson}.
 *
 * <pre>{@code
 * String html = CustomerReport.of(report)
 *     .texts(ReportTexts.of(Locale.GERMAN).with(Map.of("system.crm", "Kundenkonto")))
 *     .zone(ZoneId.of("Europe/Berlin"))
 *     .render();
 * }</pre>
 */
public final class CustomerReport {
  private final AccessReport report;
  private ReportTexts texts = ReportTexts.of(Locale.ENGLISH);
  private ZoneId zone = ZoneOffset.UTC;
  private ReportTemplate template = HtmlReportTemplate.INSTANCE;

  private CustomerReport(AccessReport report) {
    this.report = Objects.requireNonNull(report, "report");
  }

  /** The report in English, in UTC, as HTML, until told otherwise. */
  public static CustomerReport of(AccessReport report) {
    return new CustomerReport(report);
  }

  /** The language and the application's labels and texts. */
  public CustomerReport texts(ReportTexts texts) {
    this.texts = Objects.requireNonNull(texts, "texts");
    return this;
  }

  /** The customer's time zone, in which every date is shown. */
  public CustomerReport zone(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    return this;
  }

  public CustomerReport template(ReportTemplate template) {
    this.template = Objects.requireNonNull(template, "template");
    return this;
  }

  /** The report as plain, resolved text, for a template of the application's own. */
  public CustomerView view() {
    Words w = new Words(report, texts, zone);
    HeldSections held = new HeldSections(report, w);
    UseSections uses = new UseSections(report, w);
    HistorySections history = new HistorySections(report, w);
    List<CustomerView.Section> sections = new ArrayList<>();
    sections.add(held.held());
    sections.add(held.permitted());
    sections.add(uses.uses());
    sections.add(uses.refused());
    sections.add(held.retention());
    sections.add(history.consents());
    sections.add(history.erasure());
    if (!report.erasures().isEmpty()) {
      sections.add(history.kept());
    }
    sections.add(history.rights());
    List<String> intro = new ArrayList<>();
    intro.add(w.m("report.intro", w.dateTime(report.generatedAt()), w.zoneName()));
    return new CustomerView(
        texts.locale().toLanguageTag().isEmpty() || "und".equals(texts.locale().toLanguageTag())
            ? "en"
            : texts.locale().toLanguageTag(),
        w.m("report.title"),
        intro,
        sections);
  }

  /** The page the template makes of {@link #view()}. */
  public String render() {
    return template.render(view());
  }
}
