package dev.proviso.lsp.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.tooling.BuiltInFunction;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The editor's view of the built-ins says what the compiler accepts, no more and no less. */
class BuiltinsTest {

  private static final String POLICY =
      """
      policy "t" version 1
      context { offer: text }
      category contact { email, phone }
      purpose marketing { email }
      allow contact for marketing when opted_out(sale_or_share) or elapsed(event.cart_abandoned) > 1d
      """;

  @Test
  void builtins_eachExample_compilesInItsPlace() {
    for (Builtins.Builtin b : Builtins.ALL) {
      String use =
          switch (b.place()) {
            case CONDITION -> "deny contact.phone for marketing when " + b.example();
            case OBLIGATION -> "allow contact.email for marketing.email with " + b.example();
            case TEST_FACT -> "test \"t\" at 2026-02-01T00:00:00Z { given " + b.example() + " }";
          };
      CompilationResult result = PolicyCompiler.compileString("t.policy", POLICY + use + "\n");
      assertThat(result.diagnostics()).as(b.name() + ": " + use).noneMatch(Diagnostic::isError);
    }
  }

  @ParameterizedTest
  @EnumSource(BuiltInFunction.Place.class)
  void builtinsTable_perPlace_listsExactlyTheCompilersNames(BuiltInFunction.Place place) {
    List<String> known =
        switch (place) {
          case CONDITION -> known("deny contact for marketing when zzzzzzzz(marketing)");
          case OBLIGATION -> known("allow contact for marketing with zzzzzzzz");
          case TEST_FACT -> {
            String test =
                "test \"t\" at 2026-02-01T00:00:00Z { given zzzzzzzz%s at 2026-01-01T00:00:00Z }";
            List<String> facts = new java.util.ArrayList<>(known(test.formatted("(marketing)")));
            facts.addAll(known(test.formatted("")));
            yield facts;
          }
        };
    List<String> table = Builtins.at(place).stream().map(Builtins.Builtin::name).toList();
    assertThat(table).containsExactlyInAnyOrderElementsOf(known);
  }

  @Test
  void builtins_everyRowOfTheTable_hasProseForTheAuthor() {
    assertThat(Builtins.ALL)
        .filteredOn(b -> b.description().equals(Builtins.UNDESCRIBED))
        .extracting(Builtins.Builtin::name)
        .isEmpty();
  }

  /** The names the compiler lists when {@code use} names an unknown built-in. */
  private static List<String> known(String use) {
    String help =
        PolicyCompiler.compileString("t.policy", POLICY + use + "\n").diagnostics().stream()
            .filter(d -> d.code().name().equals("P107"))
            .findFirst()
            .orElseThrow()
            .help()
            .orElseThrow();
    // e.g. "the functions are consent, opted_out, has, elapsed"
    return Arrays.asList(help.substring(help.indexOf(" are ") + 5).split(", "));
  }
}
