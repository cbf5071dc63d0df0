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
import dev.proviso.testing.runner.ObligationText;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The semantic diff never misses a change the engine can observe: whenever the old and the new
 * policy decide a request differently (outcome or obligations), the diff reports that use in the
 * request's regime scope. Some edits change nothing (a deny on a category no rule allows); the diff
 * must then be empty whenever the engine agrees, which the same check covers. Seeded; replay with
 * {@code -Dproviso.seed=N}.
 */
class DiffAgreesWithEngineTest {

  /** Edits a reviewer might see in a pull request: {old text, new text}. */
  private static final List<String[]> EDITS =
      List.of(
          new String[] {"subject.age < 16", "subject.age < 18"},
          new String[] {"subject.age < 16", "subject.age <= 12"},
          new String[] {"allow contact for fulfilment", "allow contact.email for fulfilment"},
          new String[] {
            "require consent(marketing.email) to use", "require subject.identified to use"
          },
          new String[] {"deny device.contact_list for any", "deny device for marketing"},
          new String[] {
            "when context.channel in [\"web\", \"app\"]", "unless context.channel == \"store\""
          },
          new String[] {"allow behavior for analytics", "allow behavior, device for analytics"},
          new String[] {
            "deny any for marketing when opted_out(sale_or_share)",
            "deny any for any when opted_out(sale_or_share)"
          },
          new String[] {"and has(context.offer)", "or has(context.offer)"},
          new String[] {"subject.age <= 17 and not subject.identified", "subject.age <= 17"},
          new String[] {"with pseudonymize(contact)", "with mask(contact), audit"});

  @TestFactory
  List<DynamicTest> diff_reportsEveryUseWhoseDecisionChanges() {
    long seed = Long.getLong("proviso.seed", System.nanoTime());
    System.out.println("DiffAgreesWithEngineTest seed=" + seed);
    PolicyModel before = compile(MatrixAgreesWithEngineTest.POLICY);
    return EDITS.stream()
        .map(
            edit ->
                DynamicTest.dynamicTest(
                    edit[0] + " -> " + edit[1],
                    () -> {
                      assertThat(MatrixAgreesWithEngineTest.POLICY).contains(edit[0]);
                      PolicyModel after =
                          compile(MatrixAgreesWithEngineTest.POLICY.replace(edit[0], edit[1]));
                      check(before, after, new SplittableRandom(seed), seed);
                    }))
        .toList();
  }

  private static void check(
      PolicyModel before, PolicyModel after, SplittableRandom random, long seed) {
    SemanticDiff diff = SemanticDiff.compare(before, after);
    Set<String> reported = new HashSet<>();
    for (Change c : diff.changes()) {
      String scope = c.scope().every() ? "*" : c.scope().regime().orElse("-");
      reported.add(c.category() + " " + c.purpose() + " " + scope);
    }
    Policy old = Policy.from(before);
    Policy now = Policy.from(after);
    Instant at = Instant.parse("2026-03-01T00:00:00Z");
    int differences = 0;
    for (int i = 0; i < 150; i++) {
      String region = pick(random, "EU", "EEA", "US-CA", "US-NY");
      Subject subject =
          Subject.builder("s" + i)
              .set("region", region)
              .set("age", pick(random, 10, 12, 13, 16, 17, 18, 40))
              .set("identified", random.nextBoolean())
              .build();
      Map<String, Object> context = new LinkedHashMap<>();
      context.put("channel", pick(random, "web", "app", "store"));
      if (random.nextBoolean()) {
        context.put("offer", "discount");
      }
      Map<String, ConsentState> consents = new LinkedHashMap<>();
      if (random.nextBoolean()) {
        consents.put("marketing.email", ConsentState.GIVEN);
      }
      Map<String, Instant> optOuts =
          random.nextBoolean() ? Map.of("sale_or_share", Instant.MIN) : Map.of();
      FixedConsents view = new FixedConsents(consents, optOuts.keySet());
      String scope = region.startsWith("E") ? "gdpr" : region.equals("US-CA") ? "ccpa" : "-";
      for (Category category : old.categories()) {
        for (Purpose purpose : old.purposes()) {
          Decision was = old.decide(request(subject, category, purpose, at, context), view);
          Decision is =
              now.decide(
                  request(
                      subject,
                      now.category(category.path()),
                      now.purpose(purpose.path()),
                      at,
                      context),
                  view);
          if (was.allowed() != is.allowed()
              || !ObligationText.list(was.obligations())
                  .equals(ObligationText.list(is.obligations()))) {
            differences++;
            String use = category.path() + " " + purpose.path() + " ";
            assertThat(reported)
                .as(
                    "seed %d: %s%s changed for %s %s %s",
                    seed, use, scope, subject, context, consents)
                .containsAnyOf(use + scope, use + "*");
          }
        }
      }
    }
    System.out.println(
        "  " + differences + " differing decisions, all reported; diff empty: " + diff.isEmpty());
  }

  private static Request request(
      Subject subject,
      Category category,
      Purpose purpose,
      Instant at,
      Map<String, Object> context) {
    Request.Builder builder = Request.builder(subject, purpose).category(category).at(at);
    context.forEach(builder::context);
    return builder.build();
  }

  private static PolicyModel compile(String text) {
    return PolicyCompiler.compileString("oracle.policy", text).modelOrThrow();
  }

  @SafeVarargs
  private static <T> T pick(SplittableRandom random, T... options) {
    return options[random.nextInt(options.length)];
  }
}
