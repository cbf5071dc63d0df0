package dev.proviso.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Policy;
import dev.proviso.analysis.CellAnalyzer;
import dev.proviso.analysis.Residual;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.InMemoryConsentLedger;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.guard.Guard;
import dev.proviso.guard.GuardedRows;
import dev.proviso.guard.UnannotatedFields;
import dev.proviso.log.DecisionEvent;
import dev.proviso.log.SubjectPseudonymizer;
import dev.proviso.model.Condition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.Value;
import dev.proviso.sql.PushdownException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Zero differences: for every purpose of the shop policy, the rows and values a policy-checked
 * DataFrame shows are exactly those the engine's own row guard ({@link GuardedRows}, over the same
 * customers in H2) shows, over generated customers (every region/age/identified combination with
 * NULLs), consent, expiry and opt-out histories and erasure requests. A use Spark cannot decide is
 * refused, and each refusal is checked against what its residual depends on.
 */
class PolicyFramesAgreesWithEngineTest {
  static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
  static final byte[] KEY = "a test pseudonym key, 32 bytes!!".getBytes(StandardCharsets.UTF_8);
  private static final String[] REGIONS = {"EU", "EEA", "US-CA", "US", null};
  private static final Double[] AGES = {15.0, 16.0, 40.0, null};
  private static final Boolean[] IDENTIFIED = {true, false, null};
  private static final String[] CONSENT_PURPOSES = {
    "marketing.email", "marketing.personalization", "analytics", "marketing"
  };

  /** Column, category: text, numbers and NULLs, so masks and pseudonyms meet every type. */
  static final Map<String, String> COLUMNS =
      new LinkedHashMap<>(
          Map.of(
              "email", "contact.email",
              "phone", "contact.phone",
              "purchases", "behavior.purchases",
              "browsing", "behavior.browsing",
              "invoice", "financial.invoice",
              "affluence", "inferred.affluence"));

  static final FrameMapping MAPPING =
      new FrameMapping(
          "customer_id",
          Map.of("region", "region", "age", "age", "identified", "identified"),
          COLUMNS,
          Set.of("customer_id", "region", "age", "identified"));

  private static final PolicyModel MODEL =
      PolicyCompiler.compile(Path.of("../examples/src/main/resources/policies/shop/shop.policy"))
          .modelOrThrow();
  private static World world;

  /** The same customers, events and erasures in Spark frames and in H2 with a ledger. */
  record World(
      Dataset<Row> customers,
      Dataset<Row> consents,
      Dataset<Row> erasures,
      Connection h2,
      Guard guard,
      int subjects) {}

  @BeforeAll
  static void generate() throws Exception {
    long seed = Long.getLong("proviso.seed", 1818L);
    System.out.println("PolicyFramesAgreesWithEngineTest seed " + seed);
    world = world(LocalSpark.session(), seed, 10);
  }

  static World world(SparkSession spark, long seed, int copies) throws Exception {
    Random random = new Random(seed);
    InMemoryConsentLedger ledger = new InMemoryConsentLedger();
    Map<String, Instant> erased = new HashMap<>();
    List<Row> customers = new ArrayList<>();
    List<Row> events = new ArrayList<>();
    List<Row> erasures = new ArrayList<>();
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:frames" + seed + ";DB_CLOSE_DELAY=-1");
    Connection c = h2.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE customers (customer_id VARCHAR(20), region VARCHAR(10),"
              + " age DOUBLE PRECISION, identified BOOLEAN, email VARCHAR(80), phone VARCHAR(40),"
              + " purchases DOUBLE PRECISION, browsing VARCHAR(40), invoice VARCHAR(40),"
              + " affluence DOUBLE PRECISION)");
    }
    int n = 0;
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      for (int copy = 0; copy < copies; copy++) {
        for (String region : REGIONS) {
          for (Double age : AGES) {
            for (Boolean identified : IDENTIFIED) {
              String id = "s" + n++;
              Object[] row = {
                id,
                region,
                age,
                identified,
                random.nextInt(6) == 0 ? null : "user" + n + "@example.com",
                random.nextInt(6) == 0 ? null : "+44 7700 9" + (10000 + random.nextInt(89999)),
                random.nextInt(6) == 0 ? null : (double) random.nextInt(50),
                random.nextInt(6) == 0 ? null : random.nextBoolean() ? "shoes" : "hat",
                random.nextInt(6) == 0 ? null : "INV-" + random.nextInt(1000),
                random.nextInt(6) == 0 ? null : random.nextDouble()
              };
              customers.add(RowFactory.create(row));
              for (int i = 0; i < row.length; i++) {
                insert.setObject(i + 1, row[i]);
              }
              insert.executeUpdate();
              for (int e = random.nextInt(4); e > 0; e--) {
                ConsentEvent ev = randomEvent(random, id);
                ledger.append(ev);
                events.add(
                    RowFactory.create(
                        id,
                        ev.kind().name(),
                        ev.name(),
                        Timestamp.from(ev.at()),
                        ev.expires().map(Timestamp::from).orElse(null)));
              }
              if (random.nextInt(10) == 0) {
                Instant accepted = AT.plusSeconds(86400L * (random.nextInt(3) - 1));
                erased.put(id, accepted);
                erasures.add(RowFactory.create(id, Timestamp.from(accepted)));
              }
            }
          }
        }
      }
    }
    StructType customerSchema =
        new StructType()
            .add("customer_id", DataTypes.StringType)
            .add("region", DataTypes.StringType)
            .add("age", DataTypes.DoubleType)
            .add("identified", DataTypes.BooleanType)
            .add("email", DataTypes.StringType)
            .add("phone", DataTypes.StringType)
            .add("purchases", DataTypes.DoubleType)
            .add("browsing", DataTypes.StringType)
            .add("invoice", DataTypes.StringType)
            .add("affluence", DataTypes.DoubleType);
    Guard guard =
        Guard.builder(() -> Policy.from(MODEL))
            .consents(
                ledger.view((id, at) -> erased.containsKey(id) && !erased.get(id).isAfter(at)))
            .clock(Clock.fixed(AT, ZoneOffset.UTC))
            .pseudonymizer(new SubjectPseudonymizer(KEY))
            .unannotated(UnannotatedFields.KEEP)
            .decisionLog(new ConcurrentLinkedQueue<DecisionEvent>()::add)
            .build();
    return new World(
        spark.createDataFrame(customers, customerSchema).cache(),
        spark.createDataFrame(events, consentSchema()).cache(),
        spark.createDataFrame(erasures, erasureSchema()).cache(),
        c,
        guard,
        n);
  }

  static StructType consentSchema() {
    return new StructType()
        .add("subject_id", DataTypes.StringType)
        .add("kind", DataTypes.StringType)
        .add("name", DataTypes.StringType)
        .add("at", DataTypes.TimestampType)
        .add("expires", DataTypes.TimestampType);
  }

  static StructType erasureSchema() {
    return new StructType()
        .add("subject_id", DataTypes.StringType)
        .add("accepted_at", DataTypes.TimestampType);
  }

  @Test
  void allowed_everyShopPurpose_showsExactlyWhatTheRowGuardShows() throws Exception {
    PolicyFrames frames = PolicyFrames.of(MODEL).withPseudonymKey(KEY).discharging("audit");
    CellAnalyzer analyzer = new CellAnalyzer(MODEL);
    int compared = 0;
    int refused = 0;
    int differences = 0;
    int shownRows = 0;
    for (String purpose : analyzer.purposes()) {
      Map<String, String> pushable = new LinkedHashMap<>();
      for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
        Map<String, String> alone = Map.of(column.getKey(), column.getValue());
        List<String> reasons = refusalReasons(analyzer, alone.values(), purpose);
        if (reasons.isEmpty()) {
          pushable.put(column.getKey(), column.getValue());
        } else {
          refused++;
          assertThatThrownBy(() -> shown(frames, alone, purpose))
              .as("%s for %s cannot be pushed down: %s", alone, purpose, reasons)
              .isInstanceOf(PushdownException.class)
              .hasMessageNotContaining("@example.com");
        }
      }
      List<Map<String, String>> sets = new ArrayList<>();
      if (!pushable.isEmpty()) {
        sets.add(pushable);
      }
      if (pushable.size() > 2 && pushable.containsKey("email")) {
        sets.add(Map.of("email", pushable.get("email"))); // a row shown for one column only
      }
      for (Map<String, String> columns : sets) {
        Map<String, Map<String, Object>> spark = sparkRows(shown(frames, columns, purpose));
        Map<String, Map<String, Object>> guarded = guardedRows(columns, purpose);
        compared++;
        shownRows += spark.size();
        for (String id : union(spark.keySet(), guarded.keySet())) {
          if (!java.util.Objects.equals(spark.get(id), guarded.get(id))) {
            if (differences++ < 5) {
              System.out.println(
                  purpose
                      + " "
                      + columns.keySet()
                      + " differ on "
                      + id
                      + ": spark "
                      + spark.get(id)
                      + " guard "
                      + guarded.get(id));
            }
          }
        }
      }
    }
    System.out.println(
        "frames: "
            + compared
            + " uses compared over "
            + world.subjects()
            + " subjects ("
            + shownRows
            + " rows shown), "
            + refused
            + " refused, "
            + differences
            + " differences");
    assertThat(compared).isGreaterThanOrEqualTo(15);
    assertThat(refused).isGreaterThanOrEqualTo(3);
    assertThat(differences).isZero();
  }

  private static Dataset<Row> shown(
      PolicyFrames frames, Map<String, String> columns, String purpose) {
    return frames.allowed(
        world.customers().select(selected(columns)),
        world.consents(),
        world.erasures(),
        new FrameMapping(
            MAPPING.idColumn(), MAPPING.attributeColumns(), columns, MAPPING.notPersonal()),
        purpose,
        AT);
  }

  @Test
  void allowed_auditNotDischarged_refusesNamingTheRule() {
    assertThatThrownBy(
            () ->
                PolicyFrames.of(MODEL)
                    .allowed(
                        world.customers(),
                        world.consents(),
                        world.erasures(),
                        new FrameMapping(
                            "customer_id",
                            MAPPING.attributeColumns(),
                            Map.of("email", "contact.email"),
                            Set.of()),
                        "marketing.email",
                        AT))
        .isInstanceOf(PushdownException.class)
        .hasMessageContaining("requires audit")
        .hasMessageContaining("shop.policy:");
  }

  @Test
  void allowed_pseudonymWithoutKey_refuses() {
    assertThatThrownBy(
            () ->
                PolicyFrames.of(MODEL)
                    .allowed(
                        world.customers(),
                        world.consents(),
                        world.erasures(),
                        MAPPING,
                        "analytics",
                        AT))
        .isInstanceOf(PushdownException.class)
        .hasMessageContaining("no key");
  }

  @Test
  void allowed_pseudonymisedColumn_keyAppearsNowhereInThePlan() {
    Dataset<Row> shown =
        PolicyFrames.of(MODEL)
            .withPseudonymKey(KEY)
            .allowed(
                world.customers(),
                world.consents(),
                world.erasures(),
                new FrameMapping(
                    "customer_id",
                    MAPPING.attributeColumns(),
                    Map.of("email", "contact.email", "browsing", "behavior.browsing"),
                    Set.of()),
                "analytics",
                AT);
    String plan = shown.queryExecution().toString().toLowerCase(Locale.ROOT);
    StringBuilder padHex = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      padHex.append(String.format("%02x", (KEY[i] ^ 0x36) & 0xff));
    }
    assertThat(plan).doesNotContain(padHex.toString()).doesNotContain("pseudonym key");
    assertThat(shown.columns()).contains("browsing").doesNotContain("customer_id", "region");
  }

  /**
   * Why a use cannot be pushed down, read off its residuals independently of the renderer: a
   * retention, a {@code not_before}, or a condition on context or events. Empty when it can.
   */
  static List<String> refusalReasons(
      CellAnalyzer analyzer, Iterable<String> categories, String purpose) {
    List<String> reasons = new ArrayList<>();
    for (String category : categories) {
      Residual r = analyzer.exactResidual(List.of(category), purpose);
      if (r.retentionMayApply()) {
        reasons.add(category + ": retention");
      }
      for (Residual.Part part : r.parts()) {
        List<Residual.Clause> clauses = new ArrayList<>(part.allows());
        clauses.addAll(part.denies());
        for (Residual.Clause clause : clauses) {
          if (clause.notBefore()) {
            reasons.add(clause.ruleId() + ": not_before");
          }
          for (Optional<Condition> c : List.of(clause.regime(), clause.when(), clause.unless())) {
            if (c.isPresent() && perRequest(c.get())) {
              reasons.add(clause.ruleId() + ": context or event");
            }
          }
        }
      }
    }
    return reasons;
  }

  /** Whether a condition reads anything but the subject's attributes, consent and opt-outs. */
  private static boolean perRequest(Condition c) {
    if (c instanceof Condition.And and) {
      return and.operands().stream().anyMatch(PolicyFramesAgreesWithEngineTest::perRequest);
    }
    if (c instanceof Condition.Or or) {
      return or.operands().stream().anyMatch(PolicyFramesAgreesWithEngineTest::perRequest);
    }
    if (c instanceof Condition.Not not) {
      return perRequest(not.operand());
    }
    if (c instanceof Condition.Compare compare) {
      return perRequest(compare.left()) || perRequest(compare.right());
    }
    if (c instanceof Condition.In in) {
      return perRequest(in.value()) || perRequest(in.options());
    }
    if (c instanceof Condition.Has has) {
      return perRequest(has.attribute());
    }
    if (c instanceof Condition.IsTrue isTrue) {
      return perRequest(isTrue.value());
    }
    return false; // consent, opt-out
  }

  private static boolean perRequest(Value v) {
    if (v instanceof Value.Attribute a) {
      return a.scope() != Value.Scope.SUBJECT;
    }
    if (v instanceof Value.ListLiteral list) {
      return list.elements().stream().anyMatch(PolicyFramesAgreesWithEngineTest::perRequest);
    }
    return !(v instanceof Value.Text || v instanceof Value.Number || v instanceof Value.Bool);
  }

  private static org.apache.spark.sql.Column[] selected(Map<String, String> columns) {
    List<String> names = new ArrayList<>(List.of("customer_id", "region", "age", "identified"));
    names.addAll(columns.keySet());
    return names.stream()
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  /** id to the shown non-NULL values (a removed value and a NULL both show nothing). */
  private static Map<String, Map<String, Object>> sparkRows(Dataset<Row> shown) {
    Map<String, Map<String, Object>> rows = new TreeMap<>();
    String[] names = shown.columns();
    for (Row row : shown.collectAsList()) {
      Map<String, Object> values = new TreeMap<>();
      for (int i = 0; i < names.length; i++) {
        if (!row.isNullAt(i)) {
          values.put(names[i], row.get(i));
        }
      }
      rows.put(row.getString(row.fieldIndex("customer_id")), values);
    }
    return rows;
  }

  private static Map<String, Map<String, Object>> guardedRows(
      Map<String, String> columns, String purpose) throws Exception {
    GuardedRows.Builder b =
        GuardedRows.builder(world.guard())
            .subjectColumn("CUSTOMER_ID")
            .subjectAttribute("REGION", "region")
            .subjectAttribute("AGE", "age")
            .subjectAttribute("IDENTIFIED", "identified");
    columns.forEach(b::column);
    Map<String, Map<String, Object>> rows = new TreeMap<>();
    try (Statement s = world.h2().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT customer_id, region, age, identified, "
                    + String.join(", ", columns.keySet())
                    + " FROM customers")) {
      for (Map<String, Object> row : b.build().read(purpose, rs)) {
        Map<String, Object> values = new TreeMap<>();
        row.forEach(
            (label, value) -> {
              if (value != null) {
                values.put(label.toLowerCase(Locale.ROOT), value);
              }
            });
        rows.put((String) row.get("CUSTOMER_ID"), values);
      }
    }
    return rows;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private static ConsentEvent randomEvent(Random random, String id) {
    Instant at =
        AT.minusSeconds(86400L * random.nextInt(3) - 86400L * (random.nextInt(4) == 0 ? 1 : 0));
    int kind = random.nextInt(4);
    if (kind >= 2) {
      return ConsentEvent.of(
          id,
          kind == 2 ? ConsentEventKind.OPTED_OUT : ConsentEventKind.OPTED_BACK_IN,
          "sale_or_share",
          at,
          "test",
          "v3");
    }
    String purpose = CONSENT_PURPOSES[random.nextInt(CONSENT_PURPOSES.length)];
    ConsentEvent e =
        kind == 0
            ? ConsentEvent.given(id, purpose, at, "test", "v3")
            : ConsentEvent.withdrawn(id, purpose, at, "test", "v3");
    return kind == 0 && random.nextInt(3) == 0 ? e.expiringAt(at.plusSeconds(86400)) : e;
  }
}
