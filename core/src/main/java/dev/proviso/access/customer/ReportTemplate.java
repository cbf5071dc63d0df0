package dev.proviso.access.customer;

/**
 * Turns a {@link CustomerView} into the page the customer receives. The default, {@link
 * HtmlReportTemplate}, writes one self-contained, accessible HTML page; an application replaces it
 * to use its own layout, branding or template engine, and keeps every word, label and date the view
 * already resolved.
 *
 * <pre>{@code
 * ReportTemplate plain = view -> view.title() + "\n" + String.join("\n", view.intro());
 * String text = CustomerReport.of(report).template(plain).render();
 * }</pre>
 *
 * <p>An implementation must escape every text for its output format: the view holds the customer's
 * own values, which may contain markup.
 */
@FunctionalInterface
public interface ReportTemplate {
  String render(CustomerView view);
}
