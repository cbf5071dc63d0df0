package dev.proviso.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Category;
import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Purpose;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentState;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.model.PolicyModel;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The symbolic cell analysis behind {@code matrix} and {@code diff}, given every fact, must decide
 * exactly as the decision engine does. Seeded; replay with {@code -Dproviso.seed=N}.
 */
class MatrixAgreesWithEngineTest {
  static final String POLICY =
      """
      policy "oracle" version 1
      subject { region: text, age: number, identified: bool }
      context { channel: text, offer: text }
      category contact { email, phone }
      category behavior { purchases, cart }
      category device { contact_list }
      purpose fulfilment
      purpose marketing { email, retargeting }
      purpose analytics
      allow contact for fulfilment
      allow contact.email for marketing.email with audit
      allow behavior for analytics with pseudonymize(contact)
      allow behavior.cart, contact.phone for marketing when context.channel in ["web", "app"]
      deny behavior.purchases for analytics when subject.age <= 17 and not subject.identified
      regime gdpr applies when subject.region in ["EU", "EEA"] {
        require consent(marketing.email) to use contact.email for marketing.email
        deny any for marketing when subject.age < 16
      }
      regime ccpa applies when subject.region == "US-CA" {
        deny any for marketing when opted_out(sale_or_share)
      }
      regime brand {
        deny device.contact_list for any
        require subject.identified and has(context.offer) to use behavior.cart for marketing
        advisory deny contact.phone for marketing unless consent(marketing)
      }
      """;

  @Test
  void matrixWithEveryFact_decidesLikeTheEngine_onRandomSubjects() {
    long seed = Long.getLong("proviso.seed", System.nanoTime());
    System.out.println("MatrixAgreesWithEngineTest seed=" + seed);
    SplittableRandom random = new SplittableRandom(seed);
    PolicyModel model = PolicyCompiler.compileString("oracle.policy", POLICY).modelOrThrow();
    Policy policy = Policy.from(model);
    CellAnalyzer analyzer = new CellAnalyzer(model);
    Instant at = Instant.parse("2026-03-01T00:00:00Z");
    int compared = 0;
    for (int i = 0; i < 300; i++) {
      Map<String, Object> subject = new LinkedHashMap<>();
      subject.put("region", pick(random, "EU", "EEA", "US-CA", "US-NY"));
      subject.put("age", (double) pick(random, 10, 15, 16, 17, 18, 40));
      subject.put("identified", random.nextBoolean());
      Map<String, Object> context = new LinkedHashMap<>();
      context.put("channel", pick(random, "web", "app", "store"));
      if (random.nextBoolean()) {
        context.put("offer", "discount");
      }
      Map<String, ConsentState> consents = new LinkedHashMap<>();
      for (String purpose : List.of("marketing", "marketing.email")) {
        if (random.nextInt(3) > 0) {
          ConsentState state = random.nextBoolean() ? ConsentState.GIVEN : ConsentState.WITHDRAWN;
          consents.put(purpose, state);
        }
      }
      Map<String, Instant> optOuts =
          random.nextBoolean() ? Map.of("sale_or_share", Instant.MIN) : Map.of();
      FixedConsents view = new FixedConsents(consents, optOuts.keySet());
      Facts facts =
          new Facts(
              subject, context, Map.of(), at, view, consents.keySet(), optOuts.keySet(), true);
      Matrix matrix = Matrix.build(analyzer, facts, List.of(), List.of());
      Subject who = Subject.builder("s" + i).setAll(subject).build();
      for (Category category : policy.categories()) {
        for (Purpose purpose : policy.purposes()) {
          Request.Builder request = Request.builder(who, purpose).category(category).at(at);
          context.forEach(request::context);
          Decision decision = policy.decide(request.build(), view);
          Use use = matrix.use(category.path(), purpose.path());
          String where =
              "seed " + seed + ", " + subject + context + consents + optOuts + ": " + use;
          assertThat(use.verdict()).as(where).isNotEqualTo(Verdict.CONDITIONAL);
          assertThat(use.verdict() == Verdict.ALLOW).as(where).isEqualTo(decision.allowed());
          if (decision.allowed()) {
            assertThat(use.obligations()).as(where).hasSameSizeAs(decision.obligations());
            assertThat(use.advisories().isEmpty()).as(where).isEqualTo(decision.advice().isEmpty());
          }
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(10_000);
  }

  @SafeVarargs
  private static <T> T pick(SplittableRandom random, T... options) {
    return options[random.nextInt(options.length)];
  }
}
