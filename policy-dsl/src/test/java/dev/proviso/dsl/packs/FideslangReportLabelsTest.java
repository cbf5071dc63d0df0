package dev.proviso.dsl.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.access.AccessReportBuilder;
import dev.proviso.access.customer.CustomerReport;
import dev.proviso.access.customer.CustomerView;
import dev.proviso.access.customer.ReportTexts;
import dev.proviso.consent.ErasureRequests;
import dev.proviso.consent.InMemoryConsentLedger;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.erasure.InMemoryDataSystem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A policy on the fideslang taxonomy gives customers fideslang's names and descriptions. */
class FideslangReportLabelsTest {
  static final Policy POLICY =
      Policy.from(
          PolicyCompiler.compileString(
                  "fides.policy",
                  """
                  policy "fides-shop" version 1
                  import taxonomy "fideslang"
                  allow user.contact.email for marketing.communications.email
                  """)
              .modelOrThrow());

  private static CustomerView view(ReportTexts texts) {
    InMemoryDataSystem crm = new InMemoryDataSystem("crm");
    crm.put("cust-1", "c-1", Map.of("user.contact.email", "ann@example.eu"), Map.of());
    InMemoryConsentLedger ledger = new InMemoryConsentLedger();
    return CustomerReport.of(
            AccessReportBuilder.forPolicy(POLICY, ledger.view(ErasureRequests.NONE))
                .systems(List.of(crm))
                .consentLedger(ledger)
                .clock(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC))
                .build(Subject.of("cust-1")))
        .texts(texts)
        .view();
  }

  private static CustomerView.Entry held(CustomerView view) {
    return view.section("held").orElseThrow().groups().get(0).entries().get(0);
  }

  @Test
  void customerView_fideslangCategoryAndUse_showFideslangNamesAndDescriptions() {
    CustomerView view = view(ReportTexts.of(Locale.ENGLISH));

    assertThat(held(view).title()).isEqualTo("User Contact Email");
    assertThat(held(view).notes()).containsExactly("User's contact email address.");
    CustomerView.Entry permitted =
        view.section("permitted").orElseThrow().groups().get(0).entries().get(0);
    assertThat(permitted.title()).isEqualTo("Marketing Email Communications");
    assertThat(permitted.notes()).contains("Sends email marketing communications.");
  }

  @Test
  void customerView_applicationLabel_winsOverFideslangsAndOtherLanguagesSkipItsEnglish() {
    CustomerView german =
        view(ReportTexts.of(Locale.GERMAN).with(Map.of("category.user.contact.email", "E-Mail")));

    assertThat(held(german).title()).isEqualTo("E-Mail");
    assertThat(held(german).notes()).isEmpty();
    assertThat(view(ReportTexts.of(Locale.GERMAN)).section("permitted").orElseThrow().groups())
        .extracting(g -> g.entries().get(0).title())
        .containsExactly("Marketing communications email");
  }
}
