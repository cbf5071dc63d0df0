package dev.proviso.access;

import dev.proviso.access.customer.CustomerReport;
import dev.proviso.access.customer.ReportTexts;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The access report as one self-contained HTML page a customer can read: the shortcut for {@link
 * CustomerReport} with the default template (inline styles, no scripts, no external assets, every
 * value HTML-escaped, sensitive values marked, no rule ids).
 *
 * <pre>{@code
 * Files.writeString(Path.of("my-data.html"), AccessReportHtml.render(report));
 * Files.writeString(
 *     Path.of("meine-daten.html"),
 *     AccessReportHtml.render(report, Locale.GERMAN, ZoneId.of("Europe/Berlin")));
 * }</pre>
 */
public final class AccessReportHtml {
  private AccessReportHtml() {}

  /** In English, dates in UTC. */
  public static String render(AccessReport r) {
    return CustomerReport.of(r).render();
  }

  /** In the shipped texts of {@code locale}, dates in {@code zone}. */
  public static String render(AccessReport r, Locale locale, ZoneId zone) {
    return CustomerReport.of(r).texts(ReportTexts.of(locale)).zone(zone).render();
  }
}
