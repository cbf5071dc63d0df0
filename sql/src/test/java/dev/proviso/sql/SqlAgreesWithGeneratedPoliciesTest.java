package dev.proviso.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Decision;
import dev.proviso.Outcome;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.analysis.CellAnalyzer;
import dev.proviso.analysis.Residual;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.ConsentView;
import dev.proviso.consent.InMemoryConsentLedger;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.model.Condition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.Value;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Zero differences on generated policies: for every (category, purpose) of seeded random policies,
 * the SQL selects exactly the subjects the engine allows on H2; every use rendering refuses is
 * checked, one by one, to depend on something outside the tables (context, events, a retention).
 * Replay with {@code -Dproviso.seed=N}.
 */
class SqlAgreesWithGeneratedPoliciesTest {
  private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
  private static final String[] REGIONS = {"EU", "US", "UK", null};
  private static final Double[] AGES = {10.0, 16.0, 40.0, null};
  private static final Boolean[] VIP = {true, false, null};
  private static final SqlMapping MAPPING =
      new SqlMapping(
          "customers",
          "c",
          "id",
          Map.of("region", "region", "age", "age", "vip", "vip"),
          SqlMapping.ConsentTable.standard("consent_events"),
          SqlMapping.ErasureTable.standard("erasure_requests"));

  @Test
  void render_generatedPolicies_selectsExactlyTheAllowedSubjectsOrRefusesForAReason()
      throws Exception {
    long seed = Long.getLong("proviso.seed", System.nanoTime());
    System.out.println("SqlAgreesWithGeneratedPoliciesTest seed " + seed);
    Random random = new Random(seed);
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:generated" + seed + ";DB_CLOSE_DELAY=-1");
    try (Connection c = h2.getConnection()) {
      World world = world(c, random);
      GeneratedPolicies policies = new GeneratedPolicies(random);
      int compiled = 0;
      int rendered = 0;
      int refused = 0;
      int differences = 0;
      for (int i = 0; i < 40; i++) {
        String text = policies.next(i);
        CompilationResult result = PolicyCompiler.compileString("gen" + i + ".policy", text);
        if (result.hasErrors()) {
          continue; // e.g. a rule the checker finds contradictory; counted below
        }
        compiled++;
        PolicyModel model = result.modelOrThrow();
        Policy policy = Policy.from(model);
        CellAnalyzer analyzer = new CellAnalyzer(model);
        for (String category : analyzer.categories()) {
          for (String purpose : analyzer.purposes()) {
            Residual residual = analyzer.exactResidual(List.of(category), purpose);
            List<String> reasons = reasons(residual);
            if (!reasons.isEmpty()) {
              refused++;
              assertThatThrownBy(() -> ResidualSql.render(residual, MAPPING, SqlDialect.H2, AT))
                  .as("%s for %s in policy %d: %s", category, purpose, i, reasons)
                  .isInstanceOf(PushdownException.class);
              continue;
            }
            SqlFilter filter = ResidualSql.render(residual, MAPPING, SqlDialect.H2, AT);
            rendered++;
            Set<String> selected = select(c, filter);
            for (Subject subject : world.subjects()) {
              Decision d =
                  policy.decide(
                      Request.of(subject, policy.category(category), policy.purpose(purpose), AT),
                      world.view());
              if ((d.outcome() == Outcome.ALLOW) != selected.contains(subject.id())) {
                if (differences++ < 5) {
                  System.out.println(
                      "policy "
                          + i
                          + " "
                          + category
                          + " for "
                          + purpose
                          + " differs on "
                          + subject.id()
                          + "\n"
                          + text
                          + "\n"
                          + filter.where());
                }
              }
            }
          }
        }
      }
      System.out.println(
          "generated: "
              + compiled
              + " policies compiled, "
              + rendered
              + " uses rendered over "
              + world.subjects().size()
              + " subjects, "
              + refused
              + " refused for a reason, "
              + differences
              + " differences");
      assertThat(compiled).isGreaterThan(20);
      assertThat(rendered).isGreaterThan(300);
      assertThat(differences).isZero();
    }
  }

  /** Why a residual cannot be rendered, read off the residual itself; empty when it can. */
  static List<String> reasons(Residual residual) {
    List<String> reasons = new ArrayList<>();
    if (!residual.declared()) {
      return reasons;
    }
    if (residual.retentionMayApply()) {
      reasons.add("retention");
    }
    for (Residual.Part part : residual.parts()) {
      List<Residual.Clause> clauses = new ArrayList<>(part.allows());
      clauses.addAll(part.denies());
      for (Residual.Clause clause : clauses) {
        if (clause.notBefore()) {
          reasons.add(clause.ruleId() + ": not_before");
        }
        for (Optional<Condition> c : List.of(clause.regime(), clause.when(), clause.unless())) {
          if (c.isPresent() && perRequest(c.get())) {
            reasons.add(clause.ruleId() + ": context");
          }
        }
      }
    }
    return reasons;
  }

  private static boolean perRequest(Condition c) {
    if (c instanceof Condition.And and) {
      return and.operands().stream().anyMatch(SqlAgreesWithGeneratedPoliciesTest::perRequest);
    }
    if (c instanceof Condition.Or or) {
      return or.operands().stream().anyMatch(SqlAgreesWithGeneratedPoliciesTest::perRequest);
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
    return false;
  }

  private static boolean perRequest(Value v) {
    if (v instanceof Value.Attribute a) {
      return a.scope() != Value.Scope.SUBJECT;
    }
    if (v instanceof Value.ListLiteral list) {
      return list.elements().stream().anyMatch(SqlAgreesWithGeneratedPoliciesTest::perRequest);
    }
    return !(v instanceof Value.Text || v instanceof Value.Number || v instanceof Value.Bool);
  }

  private static Set<String> select(Connection c, SqlFilter filter) throws Exception {
    Set<String> selected = new HashSet<>();
    try (PreparedStatement q = c.prepareStatement(filter.segmentQuery())) {
      for (int i = 0; i < filter.parameters().size(); i++) {
        q.setObject(i + 1, filter.parameters().get(i));
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          selected.add(rs.getString(1));
        }
      }
    }
    return selected;
  }

  private record World(List<Subject> subjects, ConsentView view) {}

  private static World world(Connection c, Random random) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE customers (id VARCHAR(20) PRIMARY KEY, region VARCHAR(10),"
              + " age DOUBLE PRECISION, vip BOOLEAN)");
      s.execute(
          "CREATE TABLE consent_events (subject_id VARCHAR(20), kind VARCHAR(20),"
              + " name VARCHAR(60), at TIMESTAMP WITH TIME ZONE, expires TIMESTAMP WITH TIME ZONE)");
      s.execute(
          "CREATE TABLE erasure_requests (subject_id VARCHAR(20),"
              + " accepted_at TIMESTAMP WITH TIME ZONE)");
    }
    InMemoryConsentLedger ledger = new InMemoryConsentLedger();
    Map<String, Instant> erasures = new HashMap<>();
    List<Subject> subjects = new ArrayList<>();
    int n = 0;
    try (PreparedStatement customer = c.prepareStatement("INSERT INTO customers VALUES (?,?,?,?)");
        PreparedStatement event =
            c.prepareStatement("INSERT INTO consent_events VALUES (?,?,?,?,?)");
        PreparedStatement erasure =
            c.prepareStatement("INSERT INTO erasure_requests VALUES (?,?)")) {
      for (int copy = 0; copy < 6; copy++) {
        for (String region : REGIONS) {
          for (Double age : AGES) {
            for (Boolean vip : VIP) {
              String id = "g" + n++;
              Subject.Builder b = Subject.builder(id);
              if (region != null) b.set("region", region);
              if (age != null) b.set("age", age);
              if (vip != null) b.set("vip", vip);
              subjects.add(b.build());
              customer.setString(1, id);
              customer.setObject(2, region);
              customer.setObject(3, age);
              customer.setObject(4, vip);
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
              if (random.nextInt(8) == 0) {
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
    return new World(
        subjects,
        ledger.view((id, at) -> erasures.containsKey(id) && !erasures.get(id).isAfter(at)));
  }

  private static ConsentEvent randomEvent(Random random, String id) {
    Instant at = AT.minusSeconds(86400L * (random.nextInt(3) - 1));
    int kind = random.nextInt(4);
    if (kind >= 2) {
      return ConsentEvent.of(
          id,
          kind == 2 ? ConsentEventKind.OPTED_OUT : ConsentEventKind.OPTED_BACK_IN,
          "sale",
          at,
          "test",
          "v1");
    }
    String purpose = GeneratedPolicies.PURPOSES[random.nextInt(GeneratedPolicies.PURPOSES.length)];
    ConsentEvent e =
        kind == 0
            ? ConsentEvent.given(id, purpose, at, "test", "v1")
            : ConsentEvent.withdrawn(id, purpose, at, "test", "v1");
    return kind == 0 && random.nextInt(3) == 0 ? e.expiringAt(at.plusSeconds(86400)) : e;
  }
}
