package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.format.PolicyFormatter;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * No input makes the compiler throw: random token soups, random characters and mutations of the
 * shop policy (one file of four mutated, so imports are exercised) all give a result. Replay a
 * failure with {@code -Dproviso.fuzz.seed=<seed>} (printed at the start).
 */
class CompilerRobustnessTest {

  /** Raise with {@code -Dproviso.fuzz.cases=100000} for a longer hunt. */
  private static final int CASES = Integer.getInteger("proviso.fuzz.cases", 3000);

  @Test
  void compile_randomAndMutatedTexts_alwaysReturnsAResult() {
    long seed = Long.getLong("proviso.fuzz.seed", System.nanoTime());
    System.out.println("CompilerRobustnessTest seed: -Dproviso.fuzz.seed=" + seed);
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, String> shop = PolicyTexts.shopSources();
    for (int i = 0; i < CASES; i++) {
      Map<String, String> sources = new TreeMap<>(shop);
      String file =
          switch (random.nextInt(5)) {
            case 0 -> "gdpr.policy";
            case 1 -> "brand.policy";
            default -> "shop.policy";
          };
      String text =
          switch (random.nextInt(4)) {
            case 0 -> PolicyTexts.tokenSoup(random);
            case 1 -> randomCharacters(random);
            default -> PolicyTexts.mutate(shop.get(file), random);
          };
      sources.put(file, text);
      String context = "seed " + seed + ", case " + i + ", " + file + ":\n" + text;
      try {
        CompilationResult result = PolicyCompiler.compileSources("shop.policy", sources);
        assertThat(result.model().isPresent()).as(context).isEqualTo(!result.hasErrors());
        assertThat(result.render()).as(context).isNotNull();
        formatIsIdempotentWhenItParses(text, context);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("compiler threw on " + context, e);
      }
    }
  }

  @Test
  void compile_absurdlyDeepNesting_reportsInsteadOfOverflowing() {
    String header = "policy \"x\" version 1\ncategory a\npurpose b\n";
    for (String condition :
        new String[] {
          "(".repeat(20_000) + "true" + ")".repeat(20_000),
          "not ".repeat(50_000) + "true",
          "consent(".repeat(5_000) + "b" + ")".repeat(5_000)
        }) {
      CompilationResult result =
          PolicyCompiler.compileString("deep.policy", header + "allow a for b when " + condition);

      assertThat(result.model()).isEmpty();
      assertThat(result.diagnostics())
          .anyMatch(d -> d.message().contains("more than 100 levels deep"));
    }
  }

  private static void formatIsIdempotentWhenItParses(String text, String context) {
    String formatted;
    try {
      formatted = PolicyFormatter.format(text);
    } catch (PolicyCompilationException syntaxError) {
      return;
    }
    assertThat(PolicyFormatter.format(formatted)).as(context).isEqualTo(formatted);
  }

  private static String randomCharacters(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(0, 200);
    for (int i = 0; i < length; i++) {
      text.append((char) random.nextInt(0, random.nextBoolean() ? 128 : 0x10000));
    }
    return text.toString();
  }
}
