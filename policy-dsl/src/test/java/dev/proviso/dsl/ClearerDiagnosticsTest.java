package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.format.PolicyFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The messages that used to mislead (issue 15): each case checks the full rendered diagnostic, so
 * they are golden tests for the variants a single golden directory per code cannot show.
 */
class ClearerDiagnosticsTest {

  private static final String HEADER =
      """
      policy "t" version 1
      subject { region: text, age: number }
      category contact { email }
      purpose marketing
      """;

  private static String render(String rule) {
    return PolicyCompiler.compileString("t.policy", HEADER + rule + "\n").render();
  }

  private static List<DiagnosticCode> codes(String text) {
    return PolicyCompiler.compileString("t.policy", text).diagnostics().stream()
        .map(Diagnostic::code)
        .toList();
  }

  @Test
  void compile_byteOrderMark_isIgnored() {
    String text = "\uFEFF" + HEADER + "allow contact for marketing\n";

    assertThat(codes(text)).isEmpty();
    assertThat(PolicyFormatter.format("t.policy", text)).startsWith("policy \"t\" version 1");
  }

  @Test
  void compile_negativeDuration_saysDurationsHaveNoSign() {
    assertThat(render("deny contact for marketing when elapsed(event.visit) >= -24h"))
        .isEqualTo(
            """
            t.policy:5:57: error[P206]: a duration cannot be negative: '-24h'
              |
            5 | deny contact for marketing when elapsed(event.visit) >= -24h
              |                                                         ^
              = help: to look back in time, compare the other way: elapsed(event.visit) < 24h
            """);
  }

  @Test
  void compile_capitalM_isAmbiguousBetweenMinutesAndMonths() {
    assertThat(render("deny contact for marketing when elapsed(event.visit) < 6M"))
        .isEqualTo(
            """
            t.policy:5:56: error[P206]: 'M' in '6M' could mean minutes or months
              |
            5 | deny contact for marketing when elapsed(event.visit) < 6M
              |                                                        ^^
              = help: write 6m or 6 minutes for minutes, 6 months for months
            """);
  }

  @Test
  void compile_misspeltUnit_getsADidYouMean() {
    assertThat(render("deny contact for marketing when elapsed(event.visit) < 2 weks"))
        .contains("error[P206]: 'weks' is not a unit of time in '2 weks'")
        .contains("help: did you mean '2 weeks'?");
  }

  @Test
  void compile_habitsFromOtherLanguages_getTheProvisoSpelling() {
    assertThat(render("allow contact for marketing;"))
        .contains("error[P003]: unexpected character ';' in a policy")
        .contains("help: a statement ends at the end of its line; remove the ';'");
    assertThat(
            render("allow contact for marketing when subject.age > 16 && subject.region == \"EU\""))
        .contains("help: write 'and' to combine conditions, not '&&'");
    assertThat(
            render("allow contact for marketing when subject.age > 16 || subject.region == \"EU\""))
        .contains("help: write 'or' to combine conditions, not '||'");
    assertThat(render("allow contact for marketing when subject.region = \"EU\""))
        .contains("error[P001]")
        .contains("help: to compare, write '=='");
  }

  @Test
  void compile_lookAlikeLetter_isNamedByCodePoint() {
    assertThat(render("allow cont\u0430ct for marketing"))
        .contains(
            "error[P003]: unexpected character '\u0430' (U+0430 CYRILLIC SMALL LETTER A) in a"
                + " policy")
        .contains("help: it looks like 'a' but is not; retype it as the ASCII 'a'");
  }

  private static final String SENSITIVE =
      """
      policy "t" version 1
      category health sensitive
      purpose marketing { email, sms }
      purpose care
      allow health for care
      """;

  @Test
  void compile_sensitiveForMarketing_isSilencedOnlyByConsentToThatPurpose() {
    assertThat(codes(SENSITIVE + "allow health for marketing.sms when consent(care)\n"))
        .contains(DiagnosticCode.W403);
    assertThat(codes(SENSITIVE + "allow health for marketing.sms when consent(marketing)\n"))
        .doesNotContain(DiagnosticCode.W403);
    assertThat(
            codes(
                SENSITIVE
                    + "allow health for marketing.sms\n"
                    + "require consent(marketing.email) to use health for marketing\n"))
        .contains(DiagnosticCode.W403);
    assertThat(
            codes(
                SENSITIVE
                    + "allow health for marketing.sms\n"
                    + "require consent(marketing.sms) to use health for marketing.sms\n"))
        .doesNotContain(DiagnosticCode.W403);
  }

  @Test
  void compile_consentForASiblingPurpose_warnsW407() {
    String text = SENSITIVE + "require consent(marketing.email) to use health for marketing.sms\n";

    assertThat(PolicyCompiler.compileString("t.policy", text).render())
        .contains(
            "warning[W407]: consent(marketing.email) is for another purpose than"
                + " 'marketing.sms', which this rule is about");
    assertThat(codes(SENSITIVE + "require consent(marketing) to use health for marketing.sms\n"))
        .doesNotContain(DiagnosticCode.W407);
    assertThat(codes(SENSITIVE + "require consent(marketing.sms) to use health for marketing\n"))
        .doesNotContain(DiagnosticCode.W407);
  }
}
