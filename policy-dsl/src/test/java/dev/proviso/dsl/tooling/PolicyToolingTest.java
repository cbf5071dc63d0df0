package dev.proviso.dsl.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.resolve.FileSourceResolver;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shop policy (test copy) through the tooling API: what an editor navigates by. */
class PolicyToolingTest {

  private static final Path SHOP = Path.of("src/test/resources/policies/shop/shop.policy");

  private static final ToolingResult shop =
      PolicyTooling.compile(FileSourceResolver.forRoot(SHOP), "shop.policy");

  private static Span span(String file, int line, int column, int length) {
    return new Span(file, line, column, length);
  }

  @Test
  void compile_shop_reportsWhatTheCompilerReports() {
    assertThat(shop.diagnostics())
        .isEqualTo(PolicyCompiler.compile(SHOP).diagnostics())
        .noneMatch(d -> d.isError());
    assertThat(shop.compilation().model()).isPresent();
    assertThat(shop.files())
        .containsExactly("shop.policy", "gdpr.policy", "ccpa.policy", "brand.policy");
  }

  @Test
  void symbol_declaredConsent_declarationAndItsUsesInConditions() {
    ToolingResult result =
        PolicyTooling.compileString(
            "c.policy",
            "policy \"c\" version 1\n"
                + "category contact { email }\n"
                + "purpose marketing { email }\n"
                + "consent newsletter for marketing.email valid 12 months\n"
                + "allow contact.email for marketing.email when consent(newsletter)\n");

    assertThat(result.diagnostics()).noneMatch(d -> d.isError());
    Symbol newsletter = result.symbol(SymbolKind.CONSENT, "newsletter").orElseThrow();
    assertThat(newsletter.declarations()).containsExactly(span("c.policy", 4, 9, 10));
    assertThat(newsletter.references()).containsExactly(span("c.policy", 5, 54, 10));
    assertThat(result.symbol(SymbolKind.PURPOSE, "newsletter")).isEmpty();
  }

  @Test
  void symbol_category_declarationAndEveryReferenceAcrossFiles() {
    Symbol email = shop.symbol(SymbolKind.CATEGORY, "contact.email").orElseThrow();

    assertThat(email.declarations()).containsExactly(span("shop.policy", 12, 29, 5));
    assertThat(email.references())
        .startsWith(span("shop.policy", 24, 7, 13))
        .contains(span("gdpr.policy", 3, 43, 13));
    assertThat(email.flags()).as("provided is declared on contact, not on email").isEmpty();
    assertThat(shop.flagSource("contact.email", "provided").map(Symbol::name)).contains("contact");
  }

  @Test
  void symbol_parentCategory_isReferencedByTheFirstSegmentOfADottedName() {
    Symbol contact = shop.symbol(SymbolKind.CATEGORY, "contact").orElseThrow();

    assertThat(contact.declarations()).containsExactly(span("shop.policy", 12, 10, 7));
    assertThat(contact.references())
        .startsWith(
            span("shop.policy", 23, 7, 7), // allow contact, financial
            span("shop.policy", 24, 7, 7), // allow contact.email
            span("shop.policy", 25, 48, 7)); // pseudonymize(contact)
    assertThat(contact.flags()).containsExactly("provided");
  }

  @Test
  void symbol_sensitiveLeaf_flagAndWhereItComesFrom() {
    assertThat(shop.symbol(SymbolKind.CATEGORY, "inferred.pregnancy").orElseThrow().flags())
        .containsExactly("sensitive");
    assertThat(shop.sensitive("inferred.pregnancy")).isTrue();
    assertThat(shop.sensitive("inferred")).isFalse();
    assertThat(shop.flagSource("behavior.cart", "observed").map(Symbol::name)).contains("behavior");
  }

  @Test
  void symbol_attributeEventOptOutAndBuiltin_namedAsAuthorsWriteThem() {
    Symbol age = shop.symbol(SymbolKind.ATTRIBUTE, "subject.age").orElseThrow();
    assertThat(age.declarations()).containsExactly(span("shop.policy", 9, 25, 3));
    assertThat(age.type()).contains("number");
    assertThat(shop.symbol(SymbolKind.ATTRIBUTE, "subject.segments").orElseThrow().type())
        .contains("list of text");

    Symbol cart = shop.symbol(SymbolKind.EVENT, "cart_abandoned").orElseThrow();
    assertThat(cart.declarations()).isEmpty();
    assertThat(cart.references()).first().isEqualTo(span("shop.policy", 27, 25, 14));

    assertThat(shop.symbol(SymbolKind.BUILTIN, "not_before").orElseThrow().references())
        .first()
        .isEqualTo(span("shop.policy", 27, 8, 10));
    assertThat(shop.inScope(SymbolKind.OPT_OUT)).extracting(Symbol::name).isNotEmpty();
  }

  @Test
  void symbol_regimeAndPurpose_declaredWhereWritten() {
    Symbol gdpr = shop.symbol(SymbolKind.REGIME, "gdpr").orElseThrow();
    assertThat(gdpr.declarations()).containsExactly(span("gdpr.policy", 2, 8, 4));
    assertThat(gdpr.flags()).containsExactly("conditional");

    Symbol email = shop.symbol(SymbolKind.PURPOSE, "marketing.email").orElseThrow();
    assertThat(email.declarations()).containsExactly(span("shop.policy", 19, 21, 5));
    // consent(marketing.email): the argument of consent names a purpose.
    assertThat(email.references()).contains(span("gdpr.policy", 3, 19, 15));
  }

  @Test
  void occurrenceAt_eachSegmentOfADottedName_namesItsOwnSymbol() {
    assertThat(shop.occurrenceAt("shop.policy", 24, 9))
        .contains(
            new Occurrence(SymbolKind.CATEGORY, "contact", span("shop.policy", 24, 7, 7), false));
    assertThat(shop.occurrenceAt("shop.policy", 24, 17))
        .contains(
            new Occurrence(
                SymbolKind.CATEGORY, "contact.email", span("shop.policy", 24, 7, 13), false));
    assertThat(shop.occurrenceAt("shop.policy", 4, 1)).isEmpty();
  }

  @Test
  void rules_unnamedMultiLineRule_fullRangeAndFileLineId() {
    RuleSite rule = shop.rule("shop.policy:28").orElseThrow();

    assertThat(rule.kind()).isEqualTo(RuleKind.ALLOW);
    assertThat(rule.name()).isEmpty();
    assertThat(rule.declaration()).isEqualTo(span("shop.policy", 28, 1, 5));
    assertThat(rule.range()).isEqualTo(new SourceRange("shop.policy", 28, 1, 31, 55));
    assertThat(rule.categories())
        .isEqualTo(
            new RuleSelection(
                false, List.of("behavior.purchases", "inferred.affluence"), List.of()));
    assertThat(rule.purposes().names()).containsExactly("marketing.personalization");
    assertThat(rule.regime()).isEmpty();
    assertThat(shop.ruleAt("shop.policy", 30, 10)).contains(rule);
  }

  @Test
  void rules_inARegime_knowTheirRegimeAndKind() {
    assertThat(shop.rules())
        .filteredOn(r -> r.regime().equals(Optional.of("gdpr")))
        .extracting(RuleSite::id, RuleSite::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("gdpr.policy:3", RuleKind.REQUIRE),
            org.assertj.core.groups.Tuple.tuple("gdpr.policy:5", RuleKind.REQUIRE),
            org.assertj.core.groups.Tuple.tuple("gdpr.policy:6", RuleKind.DENY),
            org.assertj.core.groups.Tuple.tuple("gdpr.policy:7", RuleKind.RETAIN));
    assertThat(shop.rule("gdpr.policy:7").orElseThrow().range())
        .isEqualTo(new SourceRange("gdpr.policy", 7, 3, 8, 51));
  }

  @Test
  void rulesMentioning_aCategory_includesRulesOnWhatLiesBelowIt() {
    assertThat(shop.rulesMentioning(SymbolKind.CATEGORY, "contact"))
        .extracting(RuleSite::id)
        .startsWith("shop.policy:23", "shop.policy:24", "shop.policy:25", "shop.policy:28");
  }

  @Test
  void namedRule_isASymbolDeclaredByItsName() {
    ToolingResult named =
        PolicyTooling.compileString(
            "t.policy",
            """
            policy "t" version 1
            category contact { email }
            purpose marketing { email }
            allow[newsletter] contact.email for marketing.email
              because "people asked for it"
            """);

    RuleSite rule = named.rule("newsletter").orElseThrow();
    assertThat(rule.name()).contains("newsletter");
    assertThat(rule.declaration()).isEqualTo(span("t.policy", 4, 7, 10));
    assertThat(rule.range()).isEqualTo(new SourceRange("t.policy", 4, 1, 5, 32));
    assertThat(named.symbol(SymbolKind.RULE, "newsletter").orElseThrow().declarations())
        .containsExactly(span("t.policy", 4, 7, 10));
    assertThat(named.occurrenceAt("t.policy", 4, 9).map(Occurrence::kind))
        .contains(SymbolKind.RULE);
  }

  @Test
  void imports_resolveToTheLoadedFiles() {
    assertThat(shop.imports())
        .extracting(ImportSite::target, ImportSite::span, ImportSite::loaded)
        .first()
        .isEqualTo(
            org.assertj.core.groups.Tuple.tuple(
                "gdpr.policy", span("shop.policy", 5, 8, 13), true));
    assertThat(shop.importAt("shop.policy", 6, 10).map(ImportSite::target)).contains("ccpa.policy");
  }

  @Test
  void outline_ofARegimeFile_isTheRegimeWithItsRulesAtTheirFullRanges() {
    List<Section> outline = shop.outline("gdpr.policy");

    assertThat(outline).hasSize(1);
    Section gdpr = outline.get(0);
    assertThat(gdpr.kind()).isEqualTo(Section.Kind.REGIME);
    assertThat(gdpr.range()).isEqualTo(new SourceRange("gdpr.policy", 2, 1, 9, 2));
    assertThat(gdpr.children())
        .extracting(Section::name, Section::range)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "gdpr.policy:3", new SourceRange("gdpr.policy", 3, 3, 4, 68)),
            org.assertj.core.groups.Tuple.tuple(
                "gdpr.policy:5", new SourceRange("gdpr.policy", 5, 3, 5, 101)),
            org.assertj.core.groups.Tuple.tuple(
                "gdpr.policy:6", new SourceRange("gdpr.policy", 6, 3, 6, 81)),
            org.assertj.core.groups.Tuple.tuple(
                "gdpr.policy:7", new SourceRange("gdpr.policy", 7, 3, 8, 51)));
  }

  @Test
  void compile_missingRoot_isP121WithNothingElse() {
    ToolingResult missing = PolicyTooling.compileSources("nowhere.policy", java.util.Map.of());

    assertThat(missing.diagnostics()).extracting(d -> d.code().name()).containsExactly("P121");
    assertThat(missing.files()).isEmpty();
    assertThat(missing.symbols()).isEmpty();
  }

  @Test
  void compileString_documentedExample_givesSymbolsRulesAndWhereTheyAreWritten() {
    ToolingResult shop =
        PolicyTooling.compileString(
            "shop.policy",
            """
            policy "shop" version 1
            category contact { email, health sensitive }
            purpose marketing { email }
            allow[newsletter] contact.email for marketing.email
            """);

    Symbol email = shop.symbol(SymbolKind.CATEGORY, "contact.email").orElseThrow();
    assertThat(email.declarations()).containsExactly(new Span("shop.policy", 2, 20, 5));
    assertThat(email.references()).containsExactly(new Span("shop.policy", 4, 19, 13));
    RuleSite newsletter = shop.rule("newsletter").orElseThrow();
    assertThat(newsletter.range()).isEqualTo(new SourceRange("shop.policy", 4, 1, 4, 52));
    assertThat(shop.occurrenceAt("shop.policy", 4, 9).orElseThrow().kind())
        .isEqualTo(SymbolKind.RULE);
    assertThat(shop.sensitive("contact.health")).isTrue();
  }

  @Test
  void durationUnits_longForms_areWhatTheCompilerReadsShortestFirst() {
    assertThat(BuiltIns.durationUnits())
        .containsExactly("seconds", "minutes", "hours", "days", "weeks", "months", "years");
    for (String unit : BuiltIns.durationUnits()) {
      String policy =
          "policy \"t\" version 1\ncategory c\npurpose p\n"
              + "retain c for p 2 "
              + unit
              + " after event.e\n";
      assertThat(PolicyTooling.compileString("t.policy", policy).diagnostics())
          .as(unit)
          .noneMatch(d -> d.isError());
    }
  }
}
