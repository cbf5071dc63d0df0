package dev.proviso.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.when;

import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.model.PolicyModel;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A 1,000,000-customer job in local mode: an unfiltered scan, the policy-checked frame for {@code
 * contact.email} / {@code marketing.email} of the shop policy, and a hand-written Spark filter of
 * the same policy. Each writes every row to Spark's {@code noop} sink (so every value is computed)
 * from cached inputs; five timed runs after two warm-ups, median reported. Run from the repository
 * root (docs/scale.md has the command):
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl spark -am test-compile
 * java $(spark/target/jvm-opens) -cp spark/target/test-classes:... dev.proviso.spark.FrameBenchmark
 * </pre>
 */
public final class FrameBenchmark {
  private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
  private static final int CUSTOMERS = Integer.getInteger("customers", 1_000_000);

  private FrameBenchmark() {}

  public static void main(String[] args) throws Exception {
    SparkSession spark =
        SparkSession.builder()
            .appName("proviso-frame-benchmark")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    PolicyModel model =
        PolicyCompiler.compile(Path.of("examples/src/main/resources/policies/shop/shop.policy"))
            .modelOrThrow();
    Column n = col("id");
    Dataset<Row> customers =
        spark
            .range(CUSTOMERS)
            .select(
                concat(lit("s"), n).as("customer_id"),
                element_at(
                        array(lit("EU"), lit("EEA"), lit("US-CA"), lit("US"), lit(null)),
                        n.mod(5).plus(1).cast("int"))
                    .as("region"),
                when(n.mod(7).equalTo(0), lit(null))
                    .otherwise(n.mod(60).plus(10))
                    .cast("double")
                    .as("age"),
                concat(lit("user"), n, lit("@example.com")).as("email"))
            .cache();
    Dataset<Row> consents =
        spark
            .range(CUSTOMERS * 6L / 10)
            .select(
                concat(lit("s"), n.multiply(7919).mod(CUSTOMERS)).as("subject_id"),
                when(n.mod(3).equalTo(0), lit("WITHDRAWN")).otherwise(lit("GIVEN")).as("kind"),
                when(n.mod(4).equalTo(0), lit("analytics"))
                    .otherwise(lit("marketing.email"))
                    .as("name"),
                timestamp_seconds(lit(AT.getEpochSecond()).minus(n.mod(3).plus(1).multiply(86_400)))
                    .as("at"),
                lit(null).cast("timestamp").as("expires"))
            .cache();
    Dataset<Row> erasures =
        spark
            .range(CUSTOMERS / 100)
            .select(
                concat(lit("s"), n.multiply(97).mod(CUSTOMERS)).as("subject_id"),
                lit(Timestamp.from(AT.minusSeconds(86_400))).as("accepted_at"))
            .cache();
    long[] counts = {customers.count(), consents.count(), erasures.count()};
    System.out.printf(
        "inputs: %d customers, %d consent events, %d erasures%n", counts[0], counts[1], counts[2]);
    FrameMapping mapping =
        new FrameMapping(
            "customer_id",
            Map.of("region", "region", "age", "age"),
            Map.of("email", "contact.email"),
            Set.of("customer_id"));
    PolicyFrames frames = PolicyFrames.of(model).discharging("audit");
    Dataset<Row> unfiltered = customers.select(col("customer_id"), col("email"));
    Dataset<Row> checked =
        frames.allowed(customers, consents, erasures, mapping, "marketing.email", AT);
    Dataset<Row> hand = handWritten(customers, consents, erasures);
    System.out.printf("rows kept: policy %d, hand-written %d%n", checked.count(), hand.count());
    double scan = median(unfiltered);
    double policy = median(checked);
    double byHand = median(hand);
    System.out.printf(
        "unfiltered scan %.0f rows/s (%.2f s); policy-checked %.0f rows/s (%.2f s);"
            + " hand-written %.0f rows/s (%.2f s); policy/hand time ratio %.2f%n",
        CUSTOMERS / scan,
        scan,
        CUSTOMERS / policy,
        policy,
        CUSTOMERS / byHand,
        byHand,
        policy / byHand);
    spark.stop();
  }

  /** The shop's rules for contact.email / marketing.email, as one would write them by hand. */
  static Dataset<Row> handWritten(
      Dataset<Row> customers, Dataset<Row> consents, Dataset<Row> erasures) {
    Column t = lit(Timestamp.from(AT));
    Dataset<Row> consent =
        consents
            .where(
                col("name")
                    .equalTo("marketing.email")
                    .and(col("kind").isin("GIVEN", "WITHDRAWN"))
                    .and(col("at").leq(t)))
            .groupBy(col("subject_id").as("sid"))
            .agg(
                max(struct(
                        col("at"),
                        col("kind").equalTo("WITHDRAWN").as("w"),
                        col("expires").isNull().or(col("expires").gt(t)).as("l")))
                    .as("latest"));
    Dataset<Row> erased =
        erasures.where(col("accepted_at").leq(t)).select(col("subject_id").as("eid"));
    Column given = coalesce(col("latest.l").and(col("latest.w").equalTo(false)), lit(false));
    Column gdpr = coalesce(col("region").isin("EU", "EEA"), lit(true));
    Column adult = coalesce(col("age").geq(16), lit(false));
    return customers
        .join(erased, col("customer_id").equalTo(col("eid")), "left_anti")
        .join(consent, col("customer_id").equalTo(col("sid")), "left_outer")
        .where(gdpr.equalTo(false).or(given.and(adult)))
        .select(col("customer_id"), col("email"));
  }

  private static double median(Dataset<Row> job) {
    List<Double> seconds = new ArrayList<>();
    for (int run = 0; run < 7; run++) {
      long start = System.nanoTime();
      job.write().format("noop").mode("overwrite").save();
      if (run >= 2) {
        seconds.add((System.nanoTime() - start) / 1e9);
      }
    }
    Collections.sort(seconds);
    return seconds.get(seconds.size() / 2);
  }
}
