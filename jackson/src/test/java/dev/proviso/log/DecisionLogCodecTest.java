package dev.proviso.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.jackson.DecisionLogCodec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionLogCodecTest {

  private final DecisionRecord record =
      new DecisionRecord(
          Instant.parse("2026-11-23T10:00:00Z"),
          new SubjectPseudonymizer("0123456789abcdef".getBytes()).pseudonym("cust-42"),
          List.of("contact.email"),
          "marketing.email",
          "DENY",
          List.of("shop.policy:14"),
          "acme-shop",
          3,
          "ab12",
          List.of("brand.policy:10: we want to see affluence-based offers"));

  @Test
  void toJson_record_isOneLineWithIsoTimeAndNoRawSubjectId() {
    String line = DecisionLogCodec.JSON_LINES.encode(record);

    assertThat(line).doesNotContain("\n").doesNotContain("cust-42");
    assertThat(line).contains("\"time\":\"2026-11-23T10:00:00Z\"");
  }

  @Test
  void fromJson_writtenLine_roundTrips() {
    assertThat(DecisionLogCodec.JSON_LINES.decode(DecisionLogCodec.JSON_LINES.encode(record)))
        .isEqualTo(record);
  }

  @Test
  void fromJson_lineWrittenBeforeAdviceExisted_readsWithNoAdvice() {
    String old =
        DecisionLogCodec.JSON_LINES.encode(record).replaceAll(",\"advice\":\\[[^\\]]*\\]", "");
    assertThat(old).doesNotContain("advice");

    assertThat(DecisionLogCodec.JSON_LINES.decode(old).advice()).isEmpty();
  }

  @Test
  void toJson_auditTags_areWrittenOnlyWhenThereAreAnyAndRoundTrip() {
    DecisionRecord tagged =
        new DecisionRecord(
            DecisionRecord.SCHEMA,
            record.time(),
            record.subject(),
            record.categories(),
            record.purpose(),
            record.outcome(),
            record.rules(),
            record.policy(),
            record.version(),
            record.hash(),
            List.of(),
            "",
            List.of("audit(ccpa_disclosure)"),
            List.of(),
            "",
            List.of("ccpa_disclosure"));

    String line = DecisionLogCodec.JSON_LINES.encode(tagged);

    assertThat(line).contains("\"audit\":[\"ccpa_disclosure\"]");
    assertThat(DecisionLogCodec.JSON_LINES.encode(record)).doesNotContain("\"audit\"");
    assertThat(DecisionLogCodec.JSON_LINES.decode(line)).isEqualTo(tagged);
    assertThat(DecisionLogCodec.JSON_LINES.decode(DecisionLogCodec.JSON_LINES.encode(record)))
        .isEqualTo(record);
  }

  @Test
  void fromJson_schemaOneLine_readsAsSchemaOneWithTheNewFieldsEmpty() {
    String schemaOne =
        "{\"time\":\"2026-11-23T10:00:00Z\",\"subject\":\"9f2c\",\"categories\":"
            + "[\"contact.email\"],\"purpose\":\"marketing.email\",\"outcome\":\"DENY\","
            + "\"rules\":[\"shop.policy:14\"],\"policy\":\"acme-shop\",\"version\":3,"
            + "\"hash\":\"ab12\",\"advice\":[]}";

    DecisionRecord back = DecisionLogCodec.JSON_LINES.decode(schemaOne);

    assertThat(back.schema()).isEqualTo(1);
    assertThat(back.component()).isEmpty();
    assertThat(back.obligations()).isEmpty();
    assertThat(back.consent()).isEmpty();
    assertThat(back.refusal()).isEmpty();
    assertThat(back.rules()).containsExactly("shop.policy:14");
  }

  @Test
  void toJson_schemaTwoRecord_writesEveryFieldAndRoundTrips() {
    DecisionRecord v2 =
        new DecisionRecord(
            DecisionRecord.SCHEMA,
            record.time(),
            record.subject(),
            record.categories(),
            record.purpose(),
            "ALLOW",
            record.rules(),
            record.policy(),
            record.version(),
            record.hash(),
            List.of(),
            "crm-export",
            List.of("mask(contact.phone)", "audit"),
            List.of(),
            "");

    String line = DecisionLogCodec.JSON_LINES.encode(v2);

    assertThat(line)
        .startsWith("{\"schema\":2,")
        .contains("\"component\":\"crm-export\"")
        .contains("\"obligations\":[\"mask(contact.phone)\",\"audit\"]");
    assertThat(DecisionLogCodec.JSON_LINES.decode(line)).isEqualTo(v2);
  }

  @Test
  void fromJson_malformedLine_saysItIsMalformed() {
    assertThatThrownBy(() -> DecisionLogCodec.JSON_LINES.decode("{not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("malformed decision log line");
  }

  @Test
  void pseudonym_sameKeyAndId_isStableAndKeyed() {
    SubjectPseudonymizer a = new SubjectPseudonymizer("0123456789abcdef".getBytes());
    SubjectPseudonymizer b = new SubjectPseudonymizer("fedcba9876543210".getBytes());

    assertThat(a.pseudonym("cust-42")).isEqualTo(a.pseudonym("cust-42")).hasSize(64);
    assertThat(a.pseudonym("cust-42")).isNotEqualTo(b.pseudonym("cust-42"));
  }
}
