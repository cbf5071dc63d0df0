package dev.proviso.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import dev.proviso.analysis.CellAnalyzer;
import dev.proviso.analysis.Residual;
import dev.proviso.model.BuiltInName;
import dev.proviso.model.Coverage;
import dev.proviso.model.Effect;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.sql.PushdownException;
import dev.proviso.sql.ResidualPredicates;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Policy-checked DataFrames: the rows and values of a customer frame that a purpose may use at an
 * instant, decided as {@code GuardedRows} decides JDBC rows, but pushed down as Spark expressions
 * (no per-row Java code). Each categorised column is decided for its own category from the same
 * residual the SQL module renders; a value whose use is denied becomes NULL, a column whose
 * category is never allowed for the purpose is dropped, and values are masked ({@code
 * Masker.DEFAULT}) or pseudonymised (the guards' keyed HMAC) where the matching allow rules say so.
 * A row none of whose categorised values may be shown is left out; unclassified columns are
 * dropped.
 *
 * <p>Fails closed: what Spark cannot see (context, events, {@code not_before}, a retention after
 * erasure), an obligation the job does not discharge ({@code audit}, {@code notify}) or a pseudonym
 * without a key throws {@link PushdownException} before any row is read.
 *
 * <pre>{@code
 * import org.apache.spark.sql.Dataset;
 * import org.apache.spark.sql.Row;
 *
 * PolicyFrames frames = PolicyFrames.of(model).withPseudonymKey(key).discharging("audit");
 * Dataset<Row> shown =
 *     frames.allowed(
 *         customerFrame, consentFrame, erasureFrame, frameMapping, "marketing.email", Instant.now());
 * }</pre>
 */
public final class PolicyFrames {
  private final CellAnalyzer analyzer;
  private final Pseudonyms pseudonyms;
  private final Set<String> discharged;

  private PolicyFrames(CellAnalyzer analyzer, Pseudonyms pseudonyms, Set<String> discharged) {
    this.analyzer = analyzer;
    this.pseudonyms = pseudonyms;
    this.discharged = Set.copyOf(discharged);
  }

  /** Frames checked against {@code model}, with no pseudonym key and no obligation discharged. */
  public static PolicyFrames of(PolicyModel model) {
    return new PolicyFrames(new CellAnalyzer(model), null, Set.of());
  }

  /** The key of {@code pseudonymize(...)} obligations: the same bytes as the guards' key. */
  public PolicyFrames withPseudonymKey(byte[] key) {
    return new PolicyFrames(analyzer, new Pseudonyms(key), discharged);
  }

  /**
   * Obligations the job itself discharges, by kind ({@code audit}, {@code notify}): for example the
   * job is recorded in the audit trail as a whole. Without it such a use is refused.
   */
  public PolicyFrames discharging(String... kinds) {
    Set<String> all = new LinkedHashSet<>(discharged);
    all.addAll(Arrays.asList(kinds));
    return new PolicyFrames(analyzer, pseudonyms, all);
  }

  /**
   * The rows and values of {@code customers} that {@code purpose} may use at {@code at}.
   *
   * @param customers one row per subject
   * @param consents consent events: {@code subject_id, kind, name, at, expires} (text, text, text,
   *     timestamp, timestamp), kinds as in {@code ConsentEventKind}
   * @param erasures accepted erasure requests: {@code subject_id, accepted_at}
   * @throws PushdownException when the use cannot be decided exactly in Spark
   */
  public Dataset<Row> allowed(
      Dataset<Row> customers,
      Dataset<Row> consents,
      Dataset<Row> erasures,
      FrameMapping mapping,
      String purpose,
      Instant at) {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(at, "at");
    Map<String, StructField> fields = new LinkedHashMap<>();
    Arrays.stream(customers.schema().fields()).forEach(f -> fields.put(f.name(), f));
    FramePredicates predicates = new FramePredicates(mapping, fields.keySet());
    Map<String, CategoryUse> uses = new LinkedHashMap<>();
    for (String column : fields.keySet()) {
      String category = mapping.columnCategories().get(column);
      if (category != null && !uses.containsKey(category)) {
        uses.put(category, use(category, purpose, predicates));
      }
    }
    if (uses.isEmpty()) {
      throw new IllegalArgumentException("none of the mapped columns is in the frame");
    }
    boolean pseudonymise = uses.values().stream().anyMatch(u -> !u.pseudonymWhen().isEmpty());
    if (pseudonymise && pseudonyms == null) {
      throw new PushdownException(
          "the policy requires pseudonymize(...) for "
              + purpose
              + " but no key was given: PolicyFrames.withPseudonymKey(key)");
    }

    Dataset<Row> joined = customers;
    if (!predicates.consents().isEmpty() || !predicates.optOuts().isEmpty()) {
      Dataset<Row> facts =
          ConsentFacts.at(consents, at, predicates.consents(), predicates.optOuts());
      joined =
          joined.join(
              facts, col(mapping.idColumn()).equalTo(col(ConsentFacts.SUBJECT)), "left_outer");
    }
    Dataset<Row> erased =
        erasures
            .where(col("accepted_at").leq(lit(Timestamp.from(at))))
            .select(col("subject_id").as(FramePredicates.ERASED))
            .distinct();
    joined =
        joined.join(
            erased, col(mapping.idColumn()).equalTo(col(FramePredicates.ERASED)), "left_outer");
    if (pseudonymise) {
      joined = joined.crossJoin(broadcast(pseudonyms.pads(customers.sparkSession())));
    }

    List<Column> shown = new ArrayList<>();
    List<Column> output = new ArrayList<>();
    for (StructField field : fields.values()) {
      String category = mapping.columnCategories().get(field.name());
      if (category == null) {
        if (mapping.notPersonal().contains(field.name())) {
          output.add(col(field.name()));
        }
        continue;
      }
      CategoryUse own = uses.get(category);
      if (own.never()) {
        continue; // never allowed for this purpose: the column is dropped
      }
      Shaped value = shape(field, category, own, uses.values());
      output.add(value.column().as(field.name()));
      shown.add(value.shown());
    }
    Column anyShown = shown.stream().reduce(Column::or).orElse(lit(false));
    return joined.where(anyShown).select(output.toArray(Column[]::new));
  }

  /** One category's decision and, per obligation, where its allow rules match. */
  private record CategoryUse(
      boolean never, Column allowed, List<Restriction> maskWhen, List<Restriction> pseudonymWhen) {}

  /** A mask or pseudonym obligation on {@code category}, in force where {@code matches}. */
  private record Restriction(String category, Column matches) {}

  private record Shaped(Column column, Column shown) {}

  private CategoryUse use(String category, String purpose, FramePredicates predicates) {
    Residual residual = analyzer.exactResidual(List.of(category), purpose);
    Column allowed = ResidualPredicates.allowed(residual, predicates);
    boolean never =
        !residual.declared() || residual.parts().stream().anyMatch(p -> p.allows().isEmpty());
    List<Restriction> masks = new ArrayList<>();
    List<Restriction> pseudonyms = new ArrayList<>();
    for (Residual.Part part : residual.parts()) {
      for (Residual.Clause allow : part.allows()) {
        Column matches = null;
        for (ObligationDefinition obligation : allow.obligations()) {
          if (obligation instanceof ObligationDefinition.Mask mask) {
            matches =
                matches == null ? ResidualPredicates.allowMatches(allow, predicates) : matches;
            masks.add(new Restriction(mask.category(), allowed.and(matches)));
          } else if (obligation instanceof ObligationDefinition.Pseudonymize p) {
            matches =
                matches == null ? ResidualPredicates.allowMatches(allow, predicates) : matches;
            pseudonyms.add(new Restriction(p.category(), allowed.and(matches)));
          } else if (!(obligation instanceof ObligationDefinition.NotBefore)) {
            String kind = kind(obligation);
            if (!discharged.contains(kind)) {
              throw new PushdownException(
                  "rule "
                      + allow.ruleId()
                      + " requires "
                      + kind
                      + ", which a Spark job does not discharge by itself:"
                      + " PolicyFrames.discharging(\""
                      + kind
                      + "\") when the job does");
            }
          }
        }
      }
    }
    return new CategoryUse(never, allowed, masks, pseudonyms);
  }

  /**
   * A column's value: NULL where its own category is denied; masked or pseudonymised (or NULL for a
   * value that is not text) where an allowed category's matching rule restricts it, the mask
   * winning (the guards' order); otherwise as it is. It is shown when allowed and not removed.
   */
  private static Shaped shape(
      StructField field, String category, CategoryUse own, Iterable<CategoryUse> uses) {
    List<Column> masks = new ArrayList<>();
    List<Column> pseudonyms = new ArrayList<>();
    for (CategoryUse use : uses) {
      for (Restriction r : use.maskWhen()) {
        if (Coverage.covers(Effect.DENY, r.category(), category)) {
          masks.add(r.matches());
        }
      }
      for (Restriction r : use.pseudonymWhen()) {
        if (Coverage.covers(Effect.DENY, r.category(), category)) {
          pseudonyms.add(r.matches());
        }
      }
    }
    Column value = col(field.name());
    boolean text = field.dataType().equals(DataTypes.StringType);
    Column removed = lit(null).cast(field.dataType());
    Column shaped = when(not(own.allowed()), removed);
    if (!masks.isEmpty()) {
      shaped = shaped.when(any(masks), text ? Masks.of(value) : removed);
    }
    if (!pseudonyms.isEmpty()) {
      shaped = shaped.when(any(pseudonyms), text ? Pseudonyms.of(value) : removed);
    }
    shaped = shaped.otherwise(value);
    List<Column> restrictions = new ArrayList<>(masks);
    restrictions.addAll(pseudonyms);
    Column shown = own.allowed();
    if (!restrictions.isEmpty()) {
      Column kept = not(any(restrictions));
      shown = shown.and(text ? kept.or(value.isNotNull()) : kept);
    }
    return new Shaped(shaped, shown);
  }

  private static Column any(List<Column> conditions) {
    return conditions.stream().reduce(Column::or).orElseThrow();
  }

  private static String kind(ObligationDefinition obligation) {
    return (obligation instanceof ObligationDefinition.Audit
            ? BuiltInName.AUDIT
            : BuiltInName.NOTIFY)
        .spelling();
  }
}
