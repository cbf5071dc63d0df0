package dev.proviso.dsl.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PolicyTestDefinition;
import dev.proviso.model.RegimeDefinition;
import dev.proviso.model.RuleDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PacksTest {

  private static final String SHOP =
      """
      policy "shop" version 2
      import pack "gdpr"
      import pack "ccpa"
      import pack "brand"
      import taxonomy "fideslang"

      subject { region: text, age: number, loyalty_tier: text }
      category user.contact.loyalty_id provided
      category shop { basket observed }
      purpose marketing.loyalty

      allow user.contact, shop for essential.service
      allow user.contact.email for marketing.communications.email
      allow shop.basket for marketing.advertising.first_party.targeted
      allow user.behavior for third_party_sharing.sale

      regime gdpr {
        deny user.contact.loyalty_id for marketing.loyalty when subject.age < 18
      }

      test "an adult EU customer gets the newsletter" at 2026-06-01T00:00:00Z {
        subject { region: "EU", age: 30, identified: true }
        expect allow user.contact.email for marketing.communications.email
      }
      """;

  @ParameterizedTest
  @ValueSource(strings = {"gdpr", "ccpa", "brand"})
  void compile_packAlone_compilesWithItsRegime(String pack) {
    CompilationResult result =
        PolicyCompiler.compileString(
            "alone.policy", "policy \"alone\" version 1\nimport pack \"" + pack + "\"\n");

    CleanCompilation.assertClean(result);
    PolicyModel model = result.modelOrThrow();
    assertThat(model.regimes()).extracting(RegimeDefinition::name).containsExactly(pack);
    assertThat(model.rules())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.id()).startsWith("pack:" + pack + ":"));
    assertThat(model.tests()).as("a pack's tests stay with the pack").isEmpty();
  }

  @Test
  void compile_userPolicyWithAllPacks_mergesDeclarationsRegimesAndRules() {
    CompilationResult result = PolicyCompiler.compileString("shop.policy", SHOP);

    CleanCompilation.assertClean(result);
    PolicyModel model = result.modelOrThrow();
    assertThat(model.regimes())
        .extracting(RegimeDefinition::name)
        .containsExactlyInAnyOrder("gdpr", "ccpa", "brand");
    assertThat(model.rules())
        .filteredOn(r -> r.regime().equals(java.util.Optional.of("gdpr")))
        .extracting(RuleDefinition::id)
        .anyMatch(id -> id.startsWith("shop.policy:"))
        .anyMatch(id -> id.startsWith("pack:gdpr:"));
    assertThat(model.category("user.contact.loyalty_id")).isPresent();
    assertThat(model.category("user.inferred.sensitive_trait.pregnancy").orElseThrow().sensitive())
        .isTrue();
    assertThat(model.purpose("third_party_sharing.sale")).isPresent();
    assertThat(model.subjectAttributes())
        .extracting(a -> a.name())
        .contains("region", "age", "loyalty_tier", "identified", "gdpr_age_of_consent", "kind")
        .doesNotHaveDuplicates();
    assertThat(model.tests())
        .extracting(PolicyTestDefinition::name)
        .containsExactly("an adult EU customer gets the newsletter");
  }

  @Test
  void compile_attributeRedeclaredWithAnotherType_reportsTheConflict() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "shop.policy",
            "policy \"shop\" version 1\nimport pack \"gdpr\"\nsubject { age: text }\n");

    assertThat(result.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.P112)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message())
                  .isEqualTo(
                      "attribute 'subject.age' is already declared as text at shop.policy:3:11");
              assertThat(d.span().file()).isEqualTo("pack:gdpr");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pack     | gdrp | did you mean 'gdpr'?",
        "pack     | hipaa | the shipped packs are: brand, ccpa, gdpr",
        "taxonomy | iab  | the shipped taxonomies are: fideslang"
      })
  void compile_unknownLibraryName_saysWhatExists(String kind, String name, String help) {
    CompilationResult result =
        PolicyCompiler.compileString(
            "shop.policy", "policy \"shop\" version 1\nimport " + kind + " \"" + name + "\"\n");

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.P121);
              assertThat(d.message()).isEqualTo("cannot find " + kind + " '" + name + "'");
              assertThat(d.help()).contains(help);
            });
  }

  @Test
  void source_nameOutsideThePackFolder_isNotFound() throws Exception {
    assertThat(Packs.source("../taxonomy/fideslang/NOTICE")).isEmpty();
    assertThat(Packs.source("gdpr")).get().asString().contains("regime gdpr");
  }

  @Test
  void packTestPolicy_shippedPacks_carryADpoSuiteOfAtLeastSixtyBlocks() {
    int blocks =
        Packs.SHIPPED.stream()
            .mapToInt(p -> PackTestPolicy.compile(p).modelOrThrow().tests().size())
            .sum();

    assertThat(blocks).isGreaterThanOrEqualTo(60);
  }

  @Test
  void compile_vocabularyAlone_declaresTheNodesThePacksShareAndNoRule() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "v.policy", "policy \"v\" version 1\nimport pack \"vocabulary\"\n");

    CleanCompilation.assertClean(result);
    PolicyModel model = result.modelOrThrow();
    assertThat(model.rules()).isEmpty();
    assertThat(model.regimes()).isEmpty();
    assertThat(model.category("user.demographic.trade_union_membership").orElseThrow().sensitive())
        .isTrue();
    assertThat(model.category("user.demographic.citizenship").orElseThrow().sensitive())
        .as("citizenship is CCPA sensitive PI, not a GDPR Art. 9 special category")
        .isFalse();
    assertThat(model.purpose("marketing.advertising.third_party.audience_upload")).isPresent();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "user.payment.card            | sensitive personal information (CCPA) 'user.payment.card'",
        "user.location.precise        | sensitive personal information (CCPA) 'user.location.precise'",
        "user.government_id           | sensitive personal information (CCPA) 'user.government_id"
            + ".national_identification_number'",
        "user.health_and_medical      | sensitive category 'user.health_and_medical'",
      })
  void compile_sensitiveDataAllowedForMarketingWithAPack_warnsW403UnderEitherLaw(
      String category, String message) {
    CompilationResult result =
        PolicyCompiler.compileString(
            "shop.policy",
            "policy \"shop\" version 1\nimport pack \"ccpa\"\nallow "
                + category
                + " for marketing.advertising\n");

    assertThat(result.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.W403)
        .singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith(message));
  }

  @Test
  void compile_policySetsAPacksRetentionParameter_overridesTheDefaultPeriodOnly() {
    PolicyModel defaults =
        PolicyCompiler.compileString(
                "shop.policy", "policy \"shop\" version 1\nimport pack \"gdpr\"\n")
            .modelOrThrow();
    CompilationResult result =
        PolicyCompiler.compileString(
            "shop.policy",
            """
            policy "shop" version 1
            import pack "gdpr"
            param gdpr_invoice_retention = 6 years   # the controller's member state
            """);

    CleanCompilation.assertClean(result);
    assertThat(periods(defaults, "finance")).containsOnly("10 years");
    assertThat(periods(result.modelOrThrow(), "finance")).containsOnly("6 years");
    assertThat(periods(result.modelOrThrow(), "essential.legal_claims")).containsOnly("3 years");
  }

  @Test
  void compile_parameterDeclaredTwiceInThePolicy_isP127() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "shop.policy",
            """
            policy "shop" version 1
            import pack "ccpa"
            param ccpa_invoice_retention = 5 years
            param ccpa_invoice_retention = 4 years
            """);

    assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly(DiagnosticCode.P127);
  }

  private static java.util.List<String> periods(PolicyModel model, String purpose) {
    return model.retentions().stream()
        .filter(r -> r.purpose().equals(purpose))
        .map(r -> r.period().toString())
        .toList();
  }

  @Test
  void compile_ccpaSensitiveDataWithConsentOrNotForMarketing_isNotReported() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "shop.policy",
            """
            policy "shop" version 1
            import pack "vocabulary"
            allow user.payment.card for marketing.advertising when consent(marketing)
            allow user.payment.card, user.demographic.citizenship for essential.service
            allow user.payment.record, user.location.imprecise.beyond_1850_feet for marketing
            """);

    assertThat(result.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.W403);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gdpr", "ccpa", "brand"})
  void packTestPolicy_everyPack_hasTestsCitingWhatTheyEncode(String pack) {
    PolicyModel model = PackTestPolicy.compile(pack).modelOrThrow();

    assertThat(model.tests()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(model.tests())
        .allSatisfy(t -> assertThat(t.name()).containsPattern("Art\\. \\d+|§\\d|house rule"));
    assertThat(model.tests())
        .allSatisfy(t -> assertThat(t.location().file()).isEqualTo("packs/" + pack + ".policy"));
  }
}
