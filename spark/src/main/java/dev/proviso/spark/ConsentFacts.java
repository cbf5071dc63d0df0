package dev.proviso.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.proviso.consent.ConsentEventKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Per-subject consent and opt-out state at an instant, aggregated from a consent-event frame
 * ({@code subject_id, kind, name, at, expires}) with the ledger's rules ({@code ConsentHistory}):
 * the latest event at or before the instant decides, the restricting one (withdrawal, opt-out) wins
 * at equal times, and among grants at one time the longest-lived; a grant counts until it expires.
 * One {@code max} of a struct per atom: structs order field by field, so {@code (at, restricts,
 * live)} picks exactly that event.
 */
final class ConsentFacts {
  static final String SUBJECT = "__proviso_subject";

  private ConsentFacts() {}

  /** One row per subject with an event: a boolean column per consent and opt-out atom. */
  static Dataset<Row> at(
      Dataset<Row> events, Instant at, Map<String, String> consents, Map<String, String> optOuts) {
    Column t = lit(Timestamp.from(at));
    Column inEffect = col("at").leq(t);
    List<Column> latest = new ArrayList<>();
    List<Column> facts = new ArrayList<>();
    consents.forEach(
        (purpose, name) -> {
          Column family =
              col("kind").isin(ConsentEventKind.GIVEN.name(), ConsentEventKind.WITHDRAWN.name());
          Column restricts = col("kind").equalTo(ConsentEventKind.WITHDRAWN.name());
          Column live = col("expires").isNull().or(col("expires").gt(t));
          latest.add(
              max(when(
                      col("name").equalTo(purpose).and(family).and(inEffect),
                      struct(col("at").as("at"), restricts.as("r"), live.as("l"))))
                  .as(name));
          facts.add(
              when(col(name).isNotNull(), col(name + ".l").and(col(name + ".r").equalTo(false)))
                  .as(name));
        });
    optOuts.forEach(
        (optOut, name) -> {
          Column family =
              col("kind")
                  .isin(ConsentEventKind.OPTED_OUT.name(), ConsentEventKind.OPTED_BACK_IN.name());
          Column restricts = col("kind").equalTo(ConsentEventKind.OPTED_OUT.name());
          latest.add(
              max(when(
                      col("name").equalTo(optOut).and(family).and(inEffect),
                      struct(col("at").as("at"), restricts.as("r"))))
                  .as(name));
          facts.add(col(name + ".r").as(name));
        });
    facts.add(0, col(SUBJECT));
    return events
        .withColumnRenamed("subject_id", SUBJECT)
        .groupBy(col(SUBJECT))
        .agg(latest.get(0), latest.subList(1, latest.size()).toArray(Column[]::new))
        .select(facts.toArray(Column[]::new));
  }
}
