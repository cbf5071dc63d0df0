package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Outcome;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.dsl.format.PolicyFormatter;
import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.PurposeDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A taxonomy whose nodes are named like keywords ({@code derived}, {@code context}, {@code test},
 * {@code policy}, {@code use}, {@code after}) compiles as written: golden case in {@code
 * src/test/resources/contextual/} (the policy, and {@code expected.txt}: its diagnostics, the
 * declared paths and the formatted text). Regenerate with {@code -Dproviso.golden.update=true}.
 */
class ContextualKeywordsTest {
  private static final Path DIR = Path.of("src/test/resources/contextual");

  private static String text() throws IOException {
    return Files.readString(DIR.resolve("main.policy"), StandardCharsets.UTF_8);
  }

  @Test
  void compile_keywordNamedTaxonomy_matchesTheGoldenCase() throws IOException {
    CompilationResult result = PolicyCompiler.compileString("main.policy", text());
    StringBuilder rendered = new StringBuilder();
    rendered.append("diagnostics:\n").append(result.render());
    rendered.append("categories:\n");
    result
        .modelOrThrow()
        .categories()
        .forEach(c -> rendered.append("  ").append(describe(c)).append('\n'));
    rendered.append("purposes:\n");
    result.modelOrThrow().purposes().stream()
        .map(PurposeDefinition::path)
        .forEach(p -> rendered.append("  ").append(p).append('\n'));
    rendered.append("formatted:\n").append(PolicyFormatter.format("main.policy", text()));

    Path expected = DIR.resolve("expected.txt");
    if (Boolean.getBoolean("proviso.golden.update")) {
      Files.writeString(expected, rendered.toString(), StandardCharsets.UTF_8);
    }
    assertThat(rendered.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void format_keywordNamedTaxonomy_isStableAndCompilesToTheSameModel() throws IOException {
    String formatted = PolicyFormatter.format("main.policy", text());

    assertThat(PolicyFormatter.format("main.policy", formatted)).isEqualTo(formatted);
    assertThat(PolicyCompiler.compileString("main.policy", formatted).modelOrThrow().rules())
        .isEqualTo(PolicyCompiler.compileString("main.policy", text()).modelOrThrow().rules());
  }

  @Test
  void decide_ruleOnKeywordNamedNodes_decidesAsWritten() throws IOException {
    Policy policy = Policy.from(PolicyCompiler.compileString("main.policy", text()).modelOrThrow());
    Request web =
        Request.builder(Subject.of("s1"), policy.purpose("use.derived"))
            .category(policy.category("user.derived.context"))
            .context("channel", "web")
            .at(Instant.parse("2026-06-01T00:00:00Z"))
            .build();
    Request sensitive =
        Request.builder(Subject.of("s1"), policy.purpose("test"))
            .category(policy.category("context.test"))
            .at(Instant.parse("2026-06-01T00:00:00Z"))
            .build();

    assertThat(policy.decide(web).outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(policy.decide(web).obligations()).hasSize(1);
    assertThat(policy.decide(sensitive).outcome()).isEqualTo(Outcome.DENY);
  }

  private static String describe(CategoryDefinition c) {
    return c.path() + (c.sensitive() ? " sensitive" : "") + " " + c.provenance();
  }
}
