package dev.proviso.dsl.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.PolicyCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The help for an undeclared attribute proposes the type its use needs, never a wrong one. */
class UndeclaredAttributeHelpTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "subject.age < 16                 | declare it: subject { age: number }",
        "16 > subject.age                 | declare it: subject { age: number }",
        "subject.vip                      | declare it: subject { vip: bool }",
        "not subject.vip                  | declare it: subject { vip: bool }",
        "context.channel == \"web\"       | declare it: context { channel: text }",
        "subject.born < 2000-01-01T00:00:00Z | declare it: subject { born: instant }",
        "has(context.offer)               | declare it: context { offer: TYPE } where TYPE is text,"
            + " number, bool, instant or list of text",
      })
  void compile_undeclaredAttribute_helpProposesTheTypeItsUseNeeds(String condition, String help) {
    String text =
        """
        policy "t" version 1
        category contact
        purpose marketing
        deny contact for marketing when %s
        """
            .formatted(condition);

    assertThat(PolicyCompiler.compileString("t.policy", text).render())
        .contains("error[P103]")
        .contains("help: " + help);
  }
}
