package dev.proviso.examples.shop;

import dev.proviso.access.customer.ReportTexts;
import java.util.Locale;
import java.util.ResourceBundle;

/** The shop's own labels and contact text for its customers' access reports, in two languages. */
final class ShopReportTexts {
  private static final String BUNDLE = "dev.proviso.examples.shop.report-labels";

  private ShopReportTexts() {}

  /** Proviso's texts for {@code locale} under the shop's labels in that language. */
  static ReportTexts of(Locale locale) {
    ResourceBundle labels =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ShopReportTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return ReportTexts.of(locale).with(labels);
  }
}
