package dev.proviso.dsl.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.format.PolicyFormatter;
import dev.proviso.model.Condition;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.RuleDefinition;
import dev.proviso.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every row of the built-ins table is checked, lowered and formatted from the table. */
class BuiltInTableTest {

  private static final String HEAD =
      """
      policy "t" version 1
      context { offer: bool }
      category contact { phone }
      purpose marketing { email }
      """;

  /** A policy whose only rule uses {@code builtIn}'s documented example where it belongs. */
  private static String using(BuiltIn builtIn) {
    return HEAD
        + switch (builtIn.use()) {
          case CONDITION, VALUE -> "allow contact for marketing when " + builtIn.example() + "\n";
          case OBLIGATION -> "allow contact for marketing with " + builtIn.example() + "\n";
        };
  }

  /** What each built-in must lower to; a new row must be added here too (exhaustive switch). */
  private static Class<?> loweredAs(BuiltIn builtIn) {
    return switch (builtIn) {
      case CONSENT -> Condition.ConsentGiven.class;
      case OPTED_OUT -> Condition.OptedOut.class;
      case BASIS -> Condition.BasisHolds.class;
      case HAS -> Condition.Has.class;
      case ELAPSED -> Value.Elapsed.class;
      case MASK -> ObligationDefinition.Mask.class;
      case PSEUDONYMIZE -> ObligationDefinition.Pseudonymize.class;
      case NOT_BEFORE -> ObligationDefinition.NotBefore.class;
      case AUDIT -> ObligationDefinition.Audit.class;
      case NOTIFY -> ObligationDefinition.Notify.class;
    };
  }

  @ParameterizedTest
  @EnumSource(BuiltIn.class)
  void compile_exampleOfEachBuiltIn_checksAndLowersToItsModelType(BuiltIn builtIn) {
    CompilationResult result = PolicyCompiler.compileString("t.policy", using(builtIn));

    assertThat(result.hasErrors()).as(result.render()).isFalse();
    RuleDefinition rule = result.modelOrThrow().rules().get(0);
    Object lowered =
        switch (builtIn.use()) {
          case CONDITION -> rule.when().orElseThrow();
          case VALUE -> ((Condition.Compare) rule.when().orElseThrow()).left();
          case OBLIGATION -> rule.obligations().get(0);
        };
    assertThat(lowered).isInstanceOf(loweredAs(builtIn));
  }

  @ParameterizedTest
  @EnumSource(BuiltIn.class)
  void format_exampleOfEachBuiltIn_printsItUnchanged(BuiltIn builtIn) {
    String text = using(builtIn);

    assertThat(PolicyFormatter.format("t.policy", text)).contains(builtIn.example());
  }

  @ParameterizedTest
  @EnumSource(BuiltIn.class)
  void compile_builtInWithWrongArgumentCount_reportsP208WithTheTablesExample(BuiltIn builtIn) {
    // One argument more than it takes (none for one-or-more, basis): the count is what is wrong.
    String call =
        builtIn.arity() < 0
            ? builtIn.spelling() + "()"
            : builtIn.spelling()
                + "("
                + String.join(", ", java.util.Collections.nCopies(builtIn.arity() + 1, "contact"))
                + ")";
    String text =
        HEAD
            + (builtIn.use() == BuiltIn.Use.OBLIGATION
                ? "allow contact for marketing with " + call
                : "allow contact for marketing when "
                    + call
                    + (builtIn == BuiltIn.ELAPSED ? " > 1d" : ""))
            + "\n";

    CompilationResult result = PolicyCompiler.compileString("t.policy", text);

    assertThat(result.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.P208)
        .singleElement()
        .satisfies(d -> assertThat(d.help().orElseThrow()).contains(builtIn.example()));
  }

  @Test
  void compile_misspelledFunction_isRejectedWithDidYouMeanFromTheTable() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "t.policy", HEAD + "allow contact for marketing when consnet(marketing.email)\n");

    Diagnostic error = result.diagnostics().get(0);
    assertThat(error.code()).isEqualTo(DiagnosticCode.P107);
    assertThat(error.message()).isEqualTo("unknown function 'consnet' in a condition");
    assertThat(error.help()).contains("did you mean 'consent'?");
    assertThat(result.model()).isEmpty();
  }

  @Test
  void compile_misspelledObligation_isRejectedWithDidYouMeanFromTheTable() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "t.policy", HEAD + "allow contact for marketing with maks(contact.phone)\n");

    Diagnostic error = result.diagnostics().get(0);
    assertThat(error.code()).isEqualTo(DiagnosticCode.P107);
    assertThat(error.message()).isEqualTo("unknown obligation 'maks'");
    assertThat(error.help()).contains("did you mean 'mask'?");
  }

  @Test
  void compile_obligationWrittenAsCondition_isAnErrorNotAnotherBuiltIn() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "t.policy", HEAD + "allow contact for marketing when mask(contact.phone)\n");

    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .contains("unknown function 'mask' in a condition");
    assertThat(result.model()).isEmpty();
  }

  @Test
  void spellings_ofEachUse_partitionTheTable() {
    assertThat(BuiltIn.spellings(BuiltIn.Use.CONDITION, BuiltIn.Use.VALUE))
        .containsExactly("consent", "opted_out", "basis", "has", "elapsed");
    assertThat(BuiltIn.spellings(BuiltIn.Use.OBLIGATION))
        .containsExactly("mask", "pseudonymize", "not_before", "audit", "notify");
  }
}
