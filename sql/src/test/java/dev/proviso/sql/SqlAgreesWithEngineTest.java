package dev.proviso.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Decision;
import dev.proviso.Outcome;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.analysis.CellAnalyzer;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.InMemoryConsentLedger;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.model.PolicyModel;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Zero differences: for every (category, purpose) of the shop policy, the customers the SQL selects
 * are exactly those the engine allows, over generated customers (every region/age/identified
 * combination including NULLs), consent and opt-out histories and erasure requests.
 */
class SqlAgreesWithEngineTest {
  private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
  private static final String[] REGIONS = {"EU", "EEA", "US-CA", "US", null};
  private static final Double[] AGES = {15.0, 16.0, 40.0, null};
  private static final Boolean[] IDENTIFIED = {true, false, null};
  private static final String[] PURPOSES = {
    "marketing.email", "marketing.personalization", "analytics"
  };
  private static final SqlMapping MAPPING =
      new SqlMapping(
          "customers",
          "c",
          "id",
          Map.of("region", "region", "age", "age", "identified", "identified"),
          SqlMapping.ConsentTable.standard("consent_events"),
          SqlMapping.ErasureTable.standard("erasure_requests"));

  private final PolicyModel model =
      PolicyCompiler.compile(Path.of("../examples/src/main/resources/policies/shop/shop.policy"))
          .modelOrThrow();
  private final Policy policy = Policy.from(model);

  @Test
  void render_shopOnH2_selectsExactlyTheAllowedSubjects() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:sqlagrees;DB_CLOSE_DELAY=-1");
    try (Connection c = h2.getConnection()) {
      compareEverything(c, SqlDialect.H2, 4242L);
    }
  }

  @Test
  void render_shopOnPostgres_selectsExactlyTheAllowedSubjects() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Connection c = pg.getPostgresDatabase().getConnection()) {
      compareEverything(c, SqlDialect.POSTGRESQL, 777L);
    }
  }

  @Test
  void render_contextCondition_refusesWithClearError() {
    CellAnalyzer analyzer = new CellAnalyzer(model);
    var residual =
        analyzer.exactResidual(List.of("behavior.purchases"), "marketing.personalization");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ResidualSql.render(residual, MAPPING, SqlDialect.H2, AT))
        .isInstanceOf(PushdownException.class)
        .hasMessageContaining("context");
  }

  @Test
  void render_declaredConsentCondition_refusesRatherThanGuessItsValidity() {
    PolicyModel declared =
        PolicyCompiler.compileString(
                "kinds.policy",
                """
                policy "kinds" version 1
                subject { region: text }
                category contact { email }
                purpose marketing { email }
                consent newsletter for marketing.email valid 24 months
                allow contact.email for marketing.email when consent(newsletter)
                """)
            .modelOrThrow();
    var residual =
        new CellAnalyzer(declared).exactResidual(List.of("contact.email"), "marketing.email");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ResidualSql.render(residual, MAPPING, SqlDialect.H2, AT))
        .isInstanceOf(PushdownException.class)
        .hasMessageContaining("consent(newsletter), a consent declared in the policy");
  }

  private void compareEverything(Connection c, SqlDialect dialect, long seed) throws SQLException {
    System.out.println("SqlAgreesWithEngineTest " + dialect + " seed " + seed);
    Random random = new Random(seed);
    InMemoryConsentLedger ledger = new InMemoryConsentLedger();
    Map<String, Instant> erasures = new HashMap<>();
    List<Subject> subjects = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE customers (id VARCHAR(20) PRIMARY KEY, region VARCHAR(10),"
              + " age DOUBLE PRECISION, identified BOOLEAN)");
      s.execute(
          "CREATE TABLE consent_events (subject_id VARCHAR(20), kind VARCHAR(20),"
              + " name VARCHAR(60), at TIMESTAMP WITH TIME ZONE, expires TIMESTAMP WITH TIME ZONE)");
      s.execute(
          "CREATE TABLE erasure_requests (subject_id VARCHAR(20),"
              + " accepted_at TIMESTAMP WITH TIME ZONE)");
    }
    int n = 0;
    try (PreparedStatement customer = c.prepareStatement("INSERT INTO customers VALUES (?,?,?,?)");
        PreparedStatement event =
            c.prepareStatement("INSERT INTO consent_events VALUES (?,?,?,?,?)");
        PreparedStatement erasure =
            c.prepareStatement("INSERT INTO erasure_requests VALUES (?,?)")) {
      for (int copy = 0; copy < 40; copy++) {
        for (String region : REGIONS) {
          for (Double age : AGES) {
            for (Boolean identified : IDENTIFIED) {
              String id = "s" + n++;
              Subject.Builder b = Subject.builder(id);
              if (region != null) b.set("region", region);
              if (age != null) b.set("age", age);
              if (identified != null) b.set("identified", identified);
              subjects.add(b.build());
              customer.setString(1, id);
              customer.setObject(2, region);
              customer.setObject(3, age);
              customer.setObject(4, identified);
              customer.executeUpdate();
              for (int e = random.nextInt(4); e > 0; e--) {
                ConsentEvent ev = randomEvent(random, id);
                ledger.append(ev);
                event.setString(1, id);
                event.setString(2, ev.kind().name());
                event.setString(3, ev.name());
                event.setObject(4, ev.at().atOffset(ZoneOffset.UTC));
                event.setObject(5, ev.expires().map(x -> x.atOffset(ZoneOffset.UTC)).orElse(null));
                event.executeUpdate();
              }
              if (random.nextInt(10) == 0) {
                Instant accepted = AT.plusSeconds(86400L * (random.nextInt(3) - 1));
                erasures.put(id, accepted);
                erasure.setString(1, id);
                erasure.setObject(2, accepted.atOffset(ZoneOffset.UTC));
                erasure.executeUpdate();
              }
            }
          }
        }
      }
    }
    var view = ledger.view((id, at) -> erasures.containsKey(id) && !erasures.get(id).isAfter(at));
    CellAnalyzer analyzer = new CellAnalyzer(model);
    int rendered = 0;
    int refused = 0;
    int differences = 0;
    for (String category : analyzer.categories()) {
      for (String purpose : analyzer.purposes()) {
        var residual = analyzer.exactResidual(List.of(category), purpose);
        List<String> reasons = SqlAgreesWithGeneratedPoliciesTest.reasons(residual);
        if (!reasons.isEmpty()) {
          refused++;
          assertThatThrownBy(() -> ResidualSql.render(residual, MAPPING, dialect, AT))
              .as("%s for %s: %s", category, purpose, reasons)
              .isInstanceOf(PushdownException.class);
          continue;
        }
        SqlFilter filter = ResidualSql.render(residual, MAPPING, dialect, AT);
        rendered++;
        Set<String> selected = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement(filter.segmentQuery())) {
          for (int i = 0; i < filter.parameters().size(); i++) {
            q.setObject(i + 1, filter.parameters().get(i));
          }
          try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) selected.add(rs.getString(1));
          }
        }
        Set<String> wrong = new TreeSet<>();
        for (Subject subject : subjects) {
          Request request =
              Request.of(subject, policy.category(category), policy.purpose(purpose), AT);
          Decision d = policy.decide(request, view);
          if ((d.outcome() == Outcome.ALLOW) != selected.contains(subject.id())) {
            wrong.add(subject.id());
          }
        }
        if (!wrong.isEmpty()) {
          System.out.println(
              category
                  + " for "
                  + purpose
                  + ": "
                  + wrong.size()
                  + " differ, e.g. "
                  + wrong.iterator().next()
                  + "; "
                  + filter.where());
        }
        differences += wrong.size();
      }
    }
    System.out.println(
        dialect
            + ": "
            + rendered
            + " uses rendered over "
            + subjects.size()
            + " subjects, "
            + refused
            + " refused for a reason, "
            + differences
            + " differences");
    assertThat(rendered).isGreaterThan(20);
    assertThat(refused).isPositive();
    assertThat(differences).isZero();
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
    String purpose = PURPOSES[random.nextInt(PURPOSES.length)];
    ConsentEvent e =
        kind == 0
            ? ConsentEvent.given(id, purpose, at, "test", "v3")
            : ConsentEvent.withdrawn(id, purpose, at, "test", "v3");
    return kind == 0 && random.nextInt(3) == 0 ? e.expiringAt(at.plusSeconds(86400)) : e;
  }
}
