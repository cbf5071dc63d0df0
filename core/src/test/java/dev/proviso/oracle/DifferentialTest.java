package dev.proviso.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.engine.ConditionText;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.RuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast engine against the {@link ReferenceInterpreter} on seeded random policies and requests.
 *
 * <p>{@code -Dproviso.oracle.cases=1000000} (or {@code -Poracle-long}) runs a million cases; {@code
 * -Dproviso.oracle.seed=N} replays a run; a disagreement prints the seed of the model that failed:
 * replay just that model with {@code -Dproviso.oracle.seed=N -Dproviso.oracle.cases=1}.
 */
class DifferentialTest {
  private static final int REQUESTS_PER_MODEL = 20;

  @Test
  void decide_generatedPoliciesAndRequests_agreesWithReferenceInterpreter() {
    long seed = Long.getLong("proviso.oracle.seed", System.nanoTime());
    int cases = Integer.getInteger("proviso.oracle.cases", 10_000);
    System.out.println("DifferentialTest seed=" + seed + " cases=" + cases);
    SplittableRandom seeds = new SplittableRandom(seed);
    List<String> disagreements = new ArrayList<>();
    int run = 0;
    int[] stats = new int[5]; // allow, deny by rule, default deny, with obligations, with advice
    for (int m = 0; run < cases && disagreements.size() < 5; m++) {
      long modelSeed = m == 0 ? seed : seeds.nextLong();
      CaseGenerator generator = new CaseGenerator(modelSeed);
      PolicyModel model = generator.model();
      Policy policy = Policy.from(model);
      for (int r = 0; r < REQUESTS_PER_MODEL && run < cases; r++, run++) {
        CaseGenerator.Case c = generator.request(policy);
        Decision actual = policy.decide(c.request(), c.view());
        ReferenceInterpreter.Verdict expected =
            ReferenceInterpreter.decide(model, c.request(), c.categories(), c.purpose(), c.view());
        ReferenceInterpreter.Verdict got =
            new ReferenceInterpreter.Verdict(
                actual.outcome(), actual.obligations(), actual.ruleIds(), actual.advice());
        stats[actual.allowed() ? 0 : actual.ruleIds().isEmpty() ? 2 : 1]++;
        stats[3] += actual.obligations().isEmpty() ? 0 : 1;
        stats[4] += actual.advice().isEmpty() ? 0 : 1;
        if (!got.equals(expected)) {
          disagreements.add(describe(modelSeed, model, c, expected, actual));
          break;
        }
      }
    }
    System.out.printf(
        "DifferentialTest: %d cases: %d allow, %d deny by rule, %d default deny, %d with"
            + " obligations, %d with advice%n",
        run, stats[0], stats[1], stats[2], stats[3], stats[4]);
    assertThat(disagreements).as("disagreements (seed " + seed + ")").isEmpty();
  }

  /**
   * Semantics rule 6: oblige rules grant nothing. Each generated policy is decided with and without
   * its oblige rules, by the engine and by the oracle: an ALLOW with them is an ALLOW without them,
   * and a DENY without them stays a DENY.
   */
  @Test
  void decide_obligeRulesRemoved_neverTurnsADenyIntoAnAllow() {
    long seed = Long.getLong("proviso.oracle.seed", System.nanoTime());
    int cases = Integer.getInteger("proviso.oracle.cases", 10_000) / 2;
    System.out.println("DifferentialTest oblige seed=" + seed + " cases=" + cases);
    SplittableRandom seeds = new SplittableRandom(seed);
    int run = 0;
    int obliged = 0;
    for (int m = 0; run < cases; m++) {
      long modelSeed = m == 0 ? seed : seeds.nextLong();
      CaseGenerator generator = new CaseGenerator(modelSeed);
      PolicyModel model = generator.model();
      PolicyModel bare = withoutObligeRules(model);
      if (bare.rules().size() == model.rules().size()) {
        continue;
      }
      Policy with = Policy.from(model);
      Policy without = Policy.from(bare);
      for (int r = 0; r < REQUESTS_PER_MODEL && run < cases; r++, run++) {
        CaseGenerator.Case c = generator.request(with);
        Decision obligedDecision = with.decide(c.request(), c.view());
        Decision bareDecision = without.decide(rebound(c, without), c.view());
        ReferenceInterpreter.Verdict oracle =
            ReferenceInterpreter.decide(bare, c.request(), c.categories(), c.purpose(), c.view());
        String where = "model seed " + modelSeed + " request " + r + " " + c.request();
        if (obligedDecision.allowed()) {
          assertThat(bareDecision.allowed()).as(where).isTrue();
          assertThat(oracle.outcome()).as(where).isEqualTo(dev.proviso.Outcome.ALLOW);
          // Oblige rules only add: every obligation stays, and a not_before can only move later.
          for (dev.proviso.Obligation o : oracle.obligations()) {
            if (o instanceof dev.proviso.Obligation.NotBefore nb) {
              assertThat(obligedDecision.obligations())
                  .as(where)
                  .anyMatch(
                      x ->
                          x instanceof dev.proviso.Obligation.NotBefore later
                              && !later.at().isBefore(nb.at()));
            } else {
              assertThat(obligedDecision.obligations()).as(where).contains(o);
            }
          }
          obliged += obligedDecision.obligations().size() > oracle.obligations().size() ? 1 : 0;
        }
      }
    }
    System.out.println("DifferentialTest oblige: " + run + " cases, " + obliged + " obliged more");
    assertThat(obliged).as("oblige rules added obligations somewhere").isPositive();
  }

  private static PolicyModel withoutObligeRules(PolicyModel m) {
    return new PolicyModel(
        m.name(),
        m.version(),
        m.contentHash(),
        m.categories(),
        m.purposes(),
        m.subjectAttributes(),
        m.contextAttributes(),
        m.regimes(),
        m.rules().stream().filter(r -> r.effect() != dev.proviso.model.Effect.OBLIGE).toList(),
        m.retentions(),
        m.tests(),
        m.bases(),
        m.consents());
  }

  /** The same request with the handles of {@code policy}. */
  private static dev.proviso.Request rebound(CaseGenerator.Case c, Policy policy) {
    dev.proviso.Request.Builder b =
        dev.proviso.Request.builder(c.request().subject(), policy.purpose(c.purpose()))
            .at(c.request().at());
    c.categories().forEach(x -> b.category(policy.category(x)));
    c.request().context().forEach(b::context);
    c.request().events().forEach(b::event);
    return b.build();
  }

  private static String describe(
      long modelSeed,
      PolicyModel model,
      CaseGenerator.Case c,
      ReferenceInterpreter.Verdict expected,
      Decision actual) {
    StringBuilder s = new StringBuilder();
    s.append("\n=== disagreement; replay with -Dproviso.oracle.seed=")
        .append(modelSeed)
        .append(" -Dproviso.oracle.cases=")
        .append(REQUESTS_PER_MODEL)
        .append("\nmodel:\n");
    model.categories().forEach(x -> s.append("  category ").append(x.path()).append('\n'));
    model.purposes().forEach(x -> s.append("  purpose ").append(x.path()).append('\n'));
    model
        .regimes()
        .forEach(
            x ->
                s.append("  regime ")
                    .append(x.name())
                    .append(
                        x.appliesWhen().map(w -> " applies when " + ConditionText.of(w)).orElse(""))
                    .append('\n'));
    for (RuleDefinition r : model.rules()) {
      s.append("  ")
          .append(r.id())
          .append(r.regime().map(g -> " [" + g + "]").orElse(""))
          .append(r.advisory() ? " advisory" : "")
          .append(": ")
          .append(ConditionText.summary(r))
          .append('\n');
    }
    model.retentions().forEach(x -> s.append("  ").append(x).append('\n'));
    s.append("request: ").append(c.categories()).append(" for ").append(c.purpose());
    s.append(" at ").append(c.request().at()).append("\n  subject ").append(c.request().subject());
    s.append("\n  context ")
        .append(c.request().context())
        .append(" events ")
        .append(c.request().events());
    s.append("\n  consents ").append(c.view());
    s.append("\nexpected: ").append(expected);
    s.append("\nactual:   ").append(actual).append(" advice ").append(actual.advice());
    s.append("\n").append(actual.explanation());
    return s.toString();
  }
}
