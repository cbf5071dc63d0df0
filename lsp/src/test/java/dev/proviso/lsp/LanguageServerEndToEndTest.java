package dev.proviso.lsp;

import static dev.proviso.lsp.LspSession.at;
import static dev.proviso.lsp.LspSession.doc;
import static dev.proviso.lsp.LspSession.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionTriggerKind;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example shop policy opened in a real client, as an author would work on it. */
class LanguageServerEndToEndTest {

  private static final String TYPO_LINE = "allow contact.email for marketing.email with audit";

  @TempDir Path dir;
  private LspSession session;
  private TextDocumentService documents;
  private String shop;
  private String shopText;

  @BeforeEach
  void openShop() throws Exception {
    LspSession.copyShop(dir);
    session = new LspSession();
    documents = session.server.getTextDocumentService();
    shop = session.open(dir.resolve("shop.policy"));
    shopText = Files.readString(dir.resolve("shop.policy"));
    assertThat(session.nextDiagnostics(shop).getDiagnostics()).isEmpty();
  }

  @AfterEach
  void close() {
    assertThat(session.logged).as("failures inside the server").isEmpty();
    session.close();
  }

  @Test
  void didChange_typoThenFixed_publishesTheErrorThenNone() {
    long start = System.nanoTime();
    session.change(shop, typo());
    PublishDiagnosticsParams broken = session.nextDiagnostics(shop);
    long millis = (System.nanoTime() - start) / 1_000_000;

    Diagnostic expected =
        new Diagnostic(
            range(24, 6, 24, 19),
            "unknown data category 'contact.emial'\nhelp: did you mean 'contact.email'?",
            DiagnosticSeverity.Error,
            "proviso",
            "P101");
    assertThat(broken.getDiagnostics()).containsExactly(expected);
    System.out.println(
        "diagnostics published " + millis + " ms after the change (200 ms debounce)");
    assertThat(millis).isGreaterThanOrEqualTo(ProvisoLanguageServer.DEBOUNCE_MILLIS);

    session.change(shop, shopText);
    assertThat(session.nextDiagnostics(shop).getDiagnostics()).isEmpty();
  }

  @Test
  void didChange_repeatedEdits_publishEachAfterTheDebounce() {
    List<Long> millis = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      long start = System.nanoTime();
      session.change(shop, i % 2 == 0 ? typo() : shopText);
      assertThat(session.nextDiagnostics(shop).getDiagnostics()).hasSize(i % 2 == 0 ? 1 : 0);
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    List<Long> sorted = millis.stream().sorted().toList();
    System.out.println(
        "diagnostics latency over 10 edits of the shop policy (ms, 200 ms debounce included): min "
            + sorted.get(0)
            + ", median "
            + sorted.get(5)
            + ", max "
            + sorted.get(9));
    assertThat(sorted.get(0)).isGreaterThanOrEqualTo(ProvisoLanguageServer.DEBOUNCE_MILLIS);
  }

  @Test
  void didChange_withABrokenImportOnDisk_publishesItsErrorsUntilFixedOnDisk() throws Exception {
    Path gdprFile = dir.resolve("gdpr.policy");
    String gdprText = Files.readString(gdprFile);
    Files.writeString(gdprFile, gdprText.replaceFirst("contact.email for", "contact.emial for"));
    String gdpr = gdprFile.toUri().toString();
    session.change(shop, shopText + "\n");

    assertThat(session.nextDiagnostics(gdpr).getDiagnostics())
        .extracting(d -> d.getCode().getLeft() + " " + d.getRange().getStart().getLine())
        .containsExactly("P101 3");

    Files.writeString(gdprFile, gdprText);
    session
        .server
        .getWorkspaceService()
        .didChangeWatchedFiles(
            new DidChangeWatchedFilesParams(List.of(new FileEvent(gdpr, FileChangeType.Changed))));
    assertThat(session.nextDiagnostics(gdpr).getDiagnostics()).isEmpty();
  }

  @Test
  void didChange_burstOfKeystrokes_publishesOnceForTheLastText() throws Exception {
    String typo = typo();
    for (int i = 1; i <= 5; i++) {
      session.change(shop, i % 2 == 0 ? shopText : typo);
    }
    assertThat(session.nextDiagnostics(shop).getDiagnostics())
        .extracting(d -> d.getCode().getLeft())
        .containsExactly("P101");
    Thread.sleep(3 * ProvisoLanguageServer.DEBOUNCE_MILLIS);
    session.change(shop, shopText);
    assertThat(session.nextDiagnostics(shop).getDiagnostics()).isEmpty();
  }

  @Test
  void codeAction_onDidYouMean_replacesTheMisspelledName() {
    session.change(shop, typo());
    session.nextDiagnostics(shop);
    Position cursor = new Position(24, 10);

    List<Either<Command, CodeAction>> actions =
        get(
            documents.codeAction(
                new CodeActionParams(
                    doc(shop), new Range(cursor, cursor), new CodeActionContext(List.of()))));

    assertThat(actions).hasSize(1);
    CodeAction fix = actions.get(0).getRight();
    assertThat(fix.getTitle()).isEqualTo("Change to 'contact.email'");
    assertThat(fix.getKind()).isEqualTo("quickfix");
    assertThat(fix.getDiagnostics()).extracting(d -> d.getCode().getLeft()).containsExactly("P101");
    assertThat(fix.getEdit().getChanges())
        .containsOnlyKeys(shop)
        .containsEntry(shop, List.of(new TextEdit(range(24, 6, 24, 19), "contact.email")));
  }

  @Test
  void hover_onSensitiveCategory_showsFlagsWhereInheritedAndTheRulesNamingIt() {
    Hover hover = hover(shop, at(shopText, "pregnancy", 0, 2));

    assertThat(hover.getContents().getRight().getValue())
        .isEqualTo(
            """
            **data category** `inferred.pregnancy`

            - sensitive
            - derived (inherited from `inferred`)

            declared at shop.policy:14

            **rules that name it** (or what lies below it):

            - `deny inferred.pregnancy for marketing because "no marketing on an inferred \
            pregnancy"` at brand.policy:3
            """);
    assertThat(hover.getRange()).isEqualTo(range(13, 28, 13, 37));
  }

  @Test
  void hover_onPurpose_showsItsSubtree() {
    String value =
        hover(shop, at(shopText, "purpose marketing", 0, 10)).getContents().getRight().getValue();

    assertThat(value)
        .startsWith(
            """
            **purpose** `marketing`

            ```
            marketing
              email
              retargeting
              personalization
            ```

            declared at shop.policy:19
            """)
        .contains(
            "- `deny any for marketing when subject.age < 16 because \"Art. 8: no marketing to children\"` at gdpr.policy:9\n");
  }

  @Test
  void hover_onRule_showsTheUsesItCoversFromTheAnalysis() {
    Hover hover = hover(shop, at(shopText, TYPO_LINE, 0, 1));

    assertThat(hover.getContents().getRight().getValue())
        .isEqualTo(
            """
            **rule** `shop.policy:25`

            covers 1 use; the policy then says, for a subject of whom nothing is known:

            - `contact.email` for `marketing.email`: allow when (not under gdpr \
            (subject.region in ["EU", "EEA"]) or consent(marketing.email)) and (not under gdpr \
            (subject.region in ["EU", "EEA"]) or subject.age >= 16) with audit
            """);
  }

  @Test
  void definition_fromAnImportedRegimeFile_goesToTheShopsDeclaration() throws Exception {
    String gdpr = session.open(dir.resolve("gdpr.policy"));
    String gdprText = Files.readString(dir.resolve("gdpr.policy"));

    List<Location> locations =
        get(
                documents.definition(
                    new DefinitionParams(doc(gdpr), at(gdprText, "contact.email", 0, 9))))
            .getLeft()
            .stream()
            .map(Location.class::cast)
            .toList();

    assertThat(locations).containsExactly(new Location(shop, range(11, 28, 11, 33)));
  }

  @Test
  void definition_onTheFirstSegment_goesToTheParentCategory() {
    List<Location> locations =
        get(documents.definition(new DefinitionParams(doc(shop), at(shopText, TYPO_LINE, 0, 8))))
            .getLeft()
            .stream()
            .map(Location.class::cast)
            .toList();

    assertThat(locations).containsExactly(new Location(shop, range(11, 9, 11, 16)));
  }

  @Test
  void references_ofAPurpose_spanEveryFileOfThePolicy() {
    ReferenceParams params =
        new ReferenceParams(
            doc(shop), at(shopText, "legal { tax_records }", 0, 9), new ReferenceContext(true));

    List<? extends Location> references = get(documents.references(params));

    assertThat(references)
        .extracting(
            l ->
                l.getUri().substring(l.getUri().lastIndexOf('/') + 1)
                    + ":"
                    + (l.getRange().getStart().getLine() + 1))
        .containsExactly(
            "shop.policy:21",
            "shop.policy:32",
            "shop.policy:100",
            "shop.policy:103",
            "gdpr.policy:10");
  }

  @Test
  void completion_afterFor_offersThePurposes() {
    List<String> labels = completionLabels(shop, at(shopText, "for fulfilment", 0, 4));

    assertThat(labels)
        .containsExactly(
            "any",
            "fulfilment",
            "marketing",
            "marketing.email",
            "marketing.retargeting",
            "marketing.personalization",
            "analytics",
            "legal",
            "legal.tax_records",
            "support");
  }

  @Test
  void completion_triggeredBySpace_answersOnlyWhereNamesFollow() {
    var typedSpace =
        new org.eclipse.lsp4j.CompletionContext(CompletionTriggerKind.TriggerCharacter, " ");
    var afterFor =
        new org.eclipse.lsp4j.CompletionParams(
            doc(shop), at(shopText, "for fulfilment", 0, 4), typedSpace);
    String text = shopText.replaceFirst("for analytics with", "for analytics  with");
    session.change(shop, text);
    var afterName =
        new org.eclipse.lsp4j.CompletionParams(
            doc(shop), at(text, "for analytics  with", 0, 14), typedSpace);
    var inText =
        new org.eclipse.lsp4j.CompletionParams(
            doc(shop), at(shopText, "deliver and", 0, 8), typedSpace);

    assertThat(get(documents.completion(afterFor)).getLeft()).hasSize(10);
    assertThat(get(documents.completion(afterName)).getLeft()).isEmpty();
    assertThat(get(documents.completion(inText)).getLeft()).isEmpty();
  }

  @Test
  void completion_whileTypingAPurpose_replacesTheDottedPrefix() {
    String text = shopText.replaceFirst("for marketing.email with audit", "for marketing.em");
    session.change(shop, text);
    Position cursor = at(text, "for marketing.em", 0, 16);

    var items =
        get(documents.completion(new org.eclipse.lsp4j.CompletionParams(doc(shop), cursor)))
            .getLeft();

    assertThat(items)
        .extracting(i -> i.getTextEdit().getLeft())
        .contains(new TextEdit(new Range(new Position(24, 24), cursor), "marketing.email"));
  }

  @Test
  void completion_afterSubjectDot_offersTheDeclaredAttributes() {
    String text =
        shopText.replaceFirst(
            "allow behavior for analytics", "allow behavior for analytics when subject.");
    session.change(shop, text);

    var items =
        get(documents.completion(
                new org.eclipse.lsp4j.CompletionParams(
                    doc(shop), at(text, "when subject.", 0, 13))))
            .getLeft();

    assertThat(items)
        .extracting(i -> i.getLabel() + ": " + i.getDetail())
        .containsExactly("region: text", "age: number", "identified: bool");
  }

  @Test
  void completion_afterAllowAndInMask_offersCategories() {
    assertThat(completionLabels(shop, at(shopText, "allow contact, financial", 0, 6)))
        .startsWith("any", "contact", "contact.email", "contact.phone");
    assertThat(completionLabels(shop, at(shopText, "mask(contact.phone)", 0, 5)))
        .startsWith("contact", "contact.email");
  }

  @Test
  void completion_inAConditionAndAfterANumber_offersBuiltinsAndDurationUnits() {
    String text =
        shopText.replaceFirst("allow behavior for analytics", "allow behavior for analytics when ");
    session.change(shop, text);
    var items =
        get(documents.completion(
                new org.eclipse.lsp4j.CompletionParams(
                    doc(shop), at(text, "analytics when ", 0, 15))))
            .getLeft();
    assertThat(items)
        .extracting(i -> i.getLabel() + " " + i.getDetail())
        .containsExactly(
            "consent consent(purpose) -> bool",
            "opted_out opted_out(name) -> bool",
            "basis basis(basis, ...) -> bool",
            "has has(context.attribute) -> bool",
            "elapsed elapsed(event.name) -> duration",
            "subject. subject attribute",
            "context. context attribute",
            "event. event attribute");

    String gdprText = shopText + "\nregime late { retain financial for legal 10 ";
    session.change(shop, gdprText);
    assertThat(completionLabels(shop, at(gdprText, "legal 10 ", 0, 9)))
        .containsExactly("seconds", "minutes", "hours", "days", "weeks", "months", "years");
  }

  @Test
  void completion_atTheStartOfABlock_offersWhatMayStartThere() {
    String text =
        shopText.replaceFirst(
            "test \"EU newsletter",
            "regime house {\n  \n}\ntest \"t\" {\n  \n}\ntest \"EU newsletter");
    session.change(shop, text);

    assertThat(completionLabels(shop, at(text, "regime house {\n  ", 0, 17)))
        .containsExactly("allow", "deny", "require", "oblige", "advisory", "retain");
    assertThat(completionLabels(shop, at(text, "test \"t\" {\n  ", 0, 13)))
        .containsExactly("subject", "given", "expect");
    assertThat(completionLabels(shop, new Position(0, 0)))
        .containsExactly(
            "policy",
            "import",
            "subject",
            "context",
            "category",
            "purpose",
            "regime",
            "allow",
            "deny",
            "require",
            "oblige",
            "advisory",
            "retain",
            "basis",
            "param",
            "test");
  }

  @Test
  void formatting_messyDocument_returnsTheCanonicalText() {
    String messy =
        "policy   \"t\"  version 1\ncategory contact{email,phone}\npurpose p\nallow   contact for p   # ok\n";
    String uri = session.open(dir.resolve("messy.policy").toUri().toString(), messy);

    List<TextEdit> edits =
        get(
                documents.formatting(
                    new DocumentFormattingParams(doc(uri), new FormattingOptions(2, true))))
            .stream()
            .map(TextEdit.class::cast)
            .toList();

    assertThat(edits)
        .containsExactly(
            new TextEdit(
                range(0, 0, 4, 0),
                "policy \"t\" version 1\ncategory contact { email, phone }\npurpose p\nallow contact for p  # ok\n"));
  }

  @Test
  void formatting_documentWithSyntaxErrors_isLeftAlone() {
    String uri =
        session.open(
            dir.resolve("broken.policy").toUri().toString(), "policy \"t\" version 1\nallow for\n");

    assertThat(
            get(
                documents.formatting(
                    new DocumentFormattingParams(doc(uri), new FormattingOptions(2, true)))))
        .isEmpty();
  }

  private String typo() {
    return shopText.replaceFirst("allow contact.email for", "allow contact.emial for");
  }

  private Hover hover(String uri, Position position) {
    return get(documents.hover(new HoverParams(doc(uri), position)));
  }

  private List<String> completionLabels(String uri, Position position) {
    return get(documents.completion(new org.eclipse.lsp4j.CompletionParams(doc(uri), position)))
        .getLeft()
        .stream()
        .map(org.eclipse.lsp4j.CompletionItem::getLabel)
        .toList();
  }

  static Range range(int l1, int c1, int l2, int c2) {
    return new Range(new Position(l1, c1), new Position(l2, c2));
  }
}
