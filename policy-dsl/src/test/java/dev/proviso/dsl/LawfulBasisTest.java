package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Category;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.ErasureRequests;
import dev.proviso.consent.InMemoryConsentLedger;
import dev.proviso.dsl.format.PolicyFormatter;
import dev.proviso.model.BasisDefinition;
import dev.proviso.model.Condition;
import dev.proviso.model.LawfulBasis;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.Selection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code basis KIND [to use C] for P} declarations and the {@code basis(k, ...)} condition. */
class LawfulBasisTest {

  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  private static final String SHOP =
      """
      policy "shop" version 1
      subject { region: text }
      category contact { email, address }
      category behavior { browsing }
      purpose service { payment }
      purpose marketing { email }
      purpose analytics
      purpose operations

      allow any for any
      basis contract to use contact for service.payment because "Art. 6(1)(b)"
      basis consent(marketing.email) for marketing.email
      basis legitimate_interests for analytics, marketing except marketing.email
      require basis(consent, contract, legitimate_interests) to use any for any
        because "every use needs a lawful basis"
      """;

  private final InMemoryConsentLedger ledger = new InMemoryConsentLedger();

  @Test
  void compile_basisDeclarations_lowerToTheModelInSourceOrder() {
    PolicyModel model = PolicyCompiler.compileString("shop.policy", SHOP).modelOrThrow();

    assertThat(model.bases())
        .extracting(BasisDefinition::basis)
        .containsExactly(
            LawfulBasis.CONTRACT, LawfulBasis.CONSENT, LawfulBasis.LEGITIMATE_INTERESTS);
    BasisDefinition contract = model.bases().get(0);
    assertThat(contract.categories()).isEqualTo(Selection.of("contact"));
    assertThat(contract.purposes()).isEqualTo(Selection.of("service.payment"));
    assertThat(contract.because()).contains("Art. 6(1)(b)");
    assertThat(model.bases().get(1).consent())
        .contains(new Condition.ConsentGiven("marketing.email"));
    assertThat(model.bases().get(2).purposes())
        .isEqualTo(Selection.of("analytics", "marketing").except("marketing.email"));
    assertThat(model.rules().get(1).unless())
        .contains(
            new Condition.BasisHolds(
                List.of(
                    LawfulBasis.CONSENT, LawfulBasis.CONTRACT, LawfulBasis.LEGITIMATE_INTERESTS)));
  }

  @Test
  void decide_useWithoutBasisOrOutsideTheContract_isDeniedAndConsentBasisNeedsTheConsent() {
    Policy policy = Policy.from(PolicyCompiler.compileString("shop.policy", SHOP).modelOrThrow());
    Subject ada = Subject.builder("ada").set("region", "DE").build();

    assertThat(allowed(policy, ada, "operations", "contact.email")).as("no basis").isFalse();
    assertThat(allowed(policy, ada, "service.payment", "contact.address")).isTrue();
    assertThat(allowed(policy, ada, "service.payment", "behavior.browsing"))
        .as("not what the contract needs")
        .isFalse();
    assertThat(allowed(policy, ada, "service.payment", "contact.address", "behavior.browsing"))
        .isFalse();
    assertThat(allowed(policy, ada, "analytics", "behavior")).isTrue();
    assertThat(allowed(policy, ada, "marketing.email", "contact.email")).as("no consent").isFalse();
    ledger.append(
        ConsentEvent.of(
            "ada", ConsentEventKind.GIVEN, "marketing.email", NOW.minusSeconds(9), "form", "1"));
    assertThat(allowed(policy, ada, "marketing.email", "contact.email")).isTrue();
  }

  @Test
  void format_basisDeclarations_printCanonicallyAndStable() {
    String messy =
        """
        policy "shop" version 1
        category contact { email }
        purpose marketing { email }
        basis   consent( marketing.email )   for marketing.email
        basis contract to use contact   for marketing   because "x"
        allow contact for marketing when basis(consent,contract)
        """;

    String formatted = PolicyFormatter.format("shop.policy", messy);

    assertThat(formatted)
        .contains("basis consent(marketing.email) for marketing.email\n")
        .contains("basis contract to use contact for marketing because \"x\"\n")
        .contains("when basis(consent, contract)");
    assertThat(PolicyFormatter.format("shop.policy", formatted)).isEqualTo(formatted);
  }

  @Test
  void compile_consentBasisWithoutItsConsentOrOtherBasisWithOne_reportsP125() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "shop.policy",
            """
            policy "shop" version 1
            purpose marketing
            basis consent for marketing
            basis contract(marketing) for marketing
            basis public_task for markting
            """);

    assertThat(result.diagnostics())
        .extracting(d -> d.code() + " " + d.message())
        .containsExactly(
            "P125 a consent basis names the consent it rests on",
            "P125 only a consent basis takes an argument; 'contract' is declared without one",
            "P102 unknown purpose 'markting'");
  }

  private boolean allowed(Policy policy, Subject subject, String purpose, String... categories) {
    Request.Builder request = Request.builder(subject, policy.purpose(purpose)).at(NOW);
    for (String category : categories) {
      Category c = policy.category(category);
      request.category(c);
    }
    return policy.decide(request.build(), ledger.view(ErasureRequests.NONE)).allowed();
  }
}
