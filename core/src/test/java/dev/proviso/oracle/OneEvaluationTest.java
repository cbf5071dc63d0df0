package dev.proviso.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Reason;
import dev.proviso.model.Effect;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.RuleDefinition;
import dev.proviso.oracle.FlappingConsents.Mode;
import dev.proviso.trace.RuleEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One evaluation per decision: with a store whose answers flip (or fail) on every call, the
 * decision, the listener's report and the explanation describe the same world, the oracle agrees on
 * that world, and no question reaches the store twice in one decision.
 */
class OneEvaluationTest {
  private static final int MODELS = 250;
  private static final int REQUESTS_PER_MODEL = 20;

  @ParameterizedTest
  @EnumSource(Mode.class)
  void decide_storeFlappingOnEveryCall_decisionTraceAndExplanationAgreeWithTheOracle(Mode mode) {
    long seed = Long.getLong("proviso.oracle.seed", System.nanoTime());
    System.out.println("OneEvaluationTest " + mode + " seed=" + seed);
    SplittableRandom seeds = new SplittableRandom(seed);
    int traced = 0;
    for (int m = 0; m < MODELS; m++) {
      long modelSeed = seeds.nextLong();
      CaseGenerator generator = new CaseGenerator(modelSeed);
      PolicyModel model = generator.model();
      Policy policy = Policy.from(model);
      for (int r = 0; r < REQUESTS_PER_MODEL; r++) {
        CaseGenerator.Case c = generator.request(policy);
        String where = "model seed " + modelSeed + " request " + r + ": " + c.request();
        boolean flipped = r % 2 == 1;

        FlappingConsents store = new FlappingConsents(c.view(), mode, flipped);
        List<RuleEvaluation> trace = new ArrayList<>();
        Decision decision = policy.decide(c.request(), store, trace::add);
        assertAskedAtMostOnce(store, where);
        assertThat(verdict(decision)).as(where).isEqualTo(oracle(model, c, store));
        assertTraceAgrees(model, decision, trace, where);
        assertSameAsReplay(policy, c, store, decision, where);
        traced += trace.size();

        FlappingConsents plainStore = new FlappingConsents(c.view(), mode, flipped);
        Decision plain = policy.decide(c.request(), plainStore);
        assertAskedAtMostOnce(plainStore, where);
        assertThat(verdict(plain)).as(where).isEqualTo(oracle(model, c, plainStore));
        assertSameAsReplay(policy, c, plainStore, plain, where);
      }
    }
    assertThat(traced).as("rule evaluations reported").isGreaterThan(MODELS);
  }

  private static ReferenceInterpreter.Verdict oracle(
      PolicyModel model, CaseGenerator.Case c, FlappingConsents store) {
    return ReferenceInterpreter.decide(
        model, c.request(), c.categories(), c.purpose(), store.seen());
  }

  private static ReferenceInterpreter.Verdict verdict(Decision d) {
    return new ReferenceInterpreter.Verdict(d.outcome(), d.obligations(), d.ruleIds(), d.advice());
  }

  private static void assertAskedAtMostOnce(FlappingConsents store, String where) {
    assertThat(store.asked().values())
        .as(where + " store calls " + store.asked())
        .allMatch(n -> n == 1);
  }

  /** Deciding again against the answers the decision got gives the same decision and reasons. */
  private static void assertSameAsReplay(
      Policy policy, CaseGenerator.Case c, FlappingConsents store, Decision d, String where) {
    Decision replay = policy.decide(c.request(), store.seen());
    assertThat(verdict(replay)).as(where).isEqualTo(verdict(d));
    assertThat(d.explanation().lines()).as(where).isEqualTo(replay.explanation().lines());
  }

  /** The rules reported as matched are the ones the explanation names and the decision used. */
  private static void assertTraceAgrees(
      PolicyModel model, Decision d, List<RuleEvaluation> trace, String where) {
    Map<String, RuleDefinition> rules =
        model.rules().stream().collect(Collectors.toMap(RuleDefinition::id, Function.identity()));
    Set<String> matched =
        trace.stream()
            .filter(RuleEvaluation::matched)
            .map(RuleEvaluation::ruleId)
            .collect(Collectors.toSet());
    Set<String> explained =
        d.explanation().entries().stream()
            .filter(e -> e instanceof Reason.RuleMatched)
            .map(e -> ((Reason.RuleMatched) e).ruleId())
            .collect(Collectors.toSet());
    String context = where + "\ntrace " + trace + "\n" + d.explanation();
    assertThat(explained).as(context).isEqualTo(matched);
    assertThat(matched).as(context).containsAll(d.ruleIds());
    d.advice().forEach(a -> assertThat(matched).as(context).contains(a.split(": ")[0]));
    boolean restricted =
        d.explanation().entries().stream().anyMatch(e -> e instanceof Reason.Restricted);
    if (restricted && !d.allowed()) {
      assertThat(d.ruleIds()).as(context).isEmpty();
    }
    boolean denyMatched =
        matched.stream().map(rules::get).anyMatch(r -> r.effect() == Effect.DENY && !r.advisory());
    if (d.allowed()) {
      assertThat(denyMatched).as(context).isFalse();
    } else if (denyMatched) {
      assertThat(d.ruleIds()).as(context).isNotEmpty();
    }
  }
}
