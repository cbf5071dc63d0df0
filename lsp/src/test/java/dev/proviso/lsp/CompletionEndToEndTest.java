package dev.proviso.lsp;

import static dev.proviso.lsp.LspSession.at;
import static dev.proviso.lsp.LspSession.doc;
import static dev.proviso.lsp.LspSession.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.CompletionTriggerKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/** Completion in the shop policy, by what the author is typing. */
class CompletionEndToEndTest extends ShopEndToEnd {

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
}
