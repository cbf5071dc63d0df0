package dev.proviso.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.guard.Masker;
import dev.proviso.log.SubjectPseudonymizer;
import dev.proviso.model.PolicyModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Masks and pseudonyms computed by Spark expressions are the guards' own: {@code Masker.DEFAULT}
 * and {@link SubjectPseudonymizer} under the same key, on every shape of text, the mask winning
 * where both obligations bind.
 */
class PolicyFramesShapesTest {
  private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
  private static final String POLICY =
      """
      policy "shapes" version 1
      subject { region: text }
      category contact { email }
      category behavior { browsing }
      purpose analytics
      allow contact.email, behavior for analytics with pseudonymize(contact.email)
      allow contact.email for analytics when subject.region == "US" with mask(contact.email)
      """;
  private static final String[] TEXTS = {
    "alice@example.com",
    "a@b",
    "x@@y.org",
    "@lead.com",
    "+44 7700 900123",
    "12345678",
    "Alice",
    "",
    "é-ü@ß.de",
    null
  };

  @Test
  void allowed_maskAndPseudonymObligations_equalTheGuardsMaskerAndPseudonymizer() {
    SparkSession spark = LocalSpark.session();
    PolicyModel model = PolicyCompiler.compileString("shapes.policy", POLICY).modelOrThrow();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < TEXTS.length; i++) {
      rows.add(RowFactory.create("s" + i, "EU", TEXTS[i], "shoes"));
      rows.add(RowFactory.create("u" + i, "US", TEXTS[i], "shoes"));
    }
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("region", DataTypes.StringType)
            .add("email", DataTypes.StringType)
            .add("browsing", DataTypes.StringType);
    Dataset<Row> shown =
        PolicyFrames.of(model)
            .withPseudonymKey(PolicyFramesAgreesWithEngineTest.KEY)
            .allowed(
                spark.createDataFrame(rows, schema),
                spark.createDataFrame(List.of(), PolicyFramesAgreesWithEngineTest.consentSchema()),
                spark.createDataFrame(List.of(), PolicyFramesAgreesWithEngineTest.erasureSchema()),
                new FrameMapping(
                    "id",
                    Map.of("region", "region"),
                    Map.of("email", "contact.email", "browsing", "behavior.browsing"),
                    Set.of("id")),
                "analytics",
                AT);

    Map<String, String> emails = new HashMap<>();
    shown.collectAsList().forEach(r -> emails.put(r.getString(0), r.getString(1)));
    SubjectPseudonymizer pseudonymizer =
        new SubjectPseudonymizer(PolicyFramesAgreesWithEngineTest.KEY);
    for (int i = 0; i < TEXTS.length; i++) {
      String text = TEXTS[i];
      assertThat(emails.get("s" + i))
          .as("pseudonym of text %d", i)
          .isEqualTo(text == null ? null : pseudonymizer.pseudonym(text));
      assertThat(emails.get("u" + i))
          .as("mask of text %d", i)
          .isEqualTo(text == null ? null : Masker.DEFAULT.mask(text));
    }
    assertThat(emails).hasSize(2 * TEXTS.length); // browsing is shown for every row
  }
}
