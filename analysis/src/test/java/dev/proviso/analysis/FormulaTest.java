package dev.proviso.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.model.Condition;
import dev.proviso.model.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaTest {
  private static final Value AGE = new Value.Attribute(Value.Scope.SUBJECT, "age");
  private static final Value REGION = new Value.Attribute(Value.Scope.SUBJECT, "region");

  private static Formula age(Condition.Operator op, double n) {
    return Formulas.of(new Condition.Compare(AGE, op, new Value.Number(n)));
  }

  private static Formula region(String... values) {
    return Formulas.of(
        new Condition.In(
            REGION,
            new Value.ListLiteral(
                List.of(values).stream().map(v -> (Value) new Value.Text(v)).toList())));
  }

  private static final Formula CONSENT = Formulas.of(new Condition.ConsentGiven("marketing.email"));

  @Test
  void not_ofComparison_rendersTheOppositeOperator() {
    assertThat(Formula.not(age(Condition.Operator.LT, 16)).render()).isEqualTo("subject.age >= 16");
    assertThat(age(Condition.Operator.GE, 16))
        .isEqualTo(Formula.not(age(Condition.Operator.LT, 16)));
  }

  @Test
  void and_withComplementOrFalse_isFalse_andDuplicatesVanish() {
    Formula a = age(Condition.Operator.LT, 16);
    assertThat(Formula.and(a, Formula.not(a))).isEqualTo(Formula.FALSE);
    assertThat(Formula.and(a, Formula.FALSE)).isEqualTo(Formula.FALSE);
    assertThat(Formula.and(List.of(a, a, Formula.TRUE))).isEqualTo(a);
  }

  @Test
  void or_absorbsTheLongerOperand() {
    Formula a = age(Condition.Operator.LT, 16);
    assertThat(Formula.or(a, Formula.and(a, CONSENT))).isEqualTo(a);
  }

  @Test
  void render_parenthesisesAnOrInsideAnAnd() {
    Formula f = Formula.and(CONSENT, Formula.or(age(Condition.Operator.GT, 18), region("EU")));
    assertThat(f.render())
        .isEqualTo("consent(marketing.email) and (subject.age > 18 or subject.region in [\"EU\"])");
  }

  @Test
  void truthTable_raisingAnAgeLimit_narrows() {
    Formula adult16 = Formula.not(age(Condition.Operator.LT, 16));
    Formula adult18 = Formula.not(age(Condition.Operator.LT, 18));
    assertThat(TruthTable.implies(adult18, adult16)).isTrue();
    assertThat(TruthTable.implies(adult16, adult18)).isFalse();
  }

  @Test
  void truthTable_complementaryRanges_coverEverything() {
    Formula under16 = age(Condition.Operator.LT, 16);
    Formula atLeast16 = age(Condition.Operator.GE, 16);
    assertThat(TruthTable.isTrue(Formula.or(under16, atLeast16))).isTrue();
    assertThat(TruthTable.isTrue(Formula.or(under16, age(Condition.Operator.GT, 16)))).isFalse();
  }

  @Test
  void truthTable_disjointRegionLists_cannotBothHold() {
    Formula eu = region("EU", "EEA");
    Formula california =
        Formulas.of(new Condition.Compare(REGION, Condition.Operator.EQ, new Value.Text("US-CA")));
    assertThat(TruthTable.isFalse(Formula.and(eu, california))).isTrue();
    assertThat(TruthTable.isFalse(Formula.and(eu, region("EU")))).isFalse();
  }

  @Test
  void truthTable_independentAtoms_areNotEquivalent() {
    Formula optedOut = Formulas.of(new Condition.OptedOut("sale_or_share"));
    assertThat(TruthTable.equivalent(CONSENT, optedOut)).isFalse();
    assertThat(
            TruthTable.equivalent(Formula.and(CONSENT, optedOut), Formula.and(optedOut, CONSENT)))
        .isTrue();
  }

  @Test
  void tidy_dropsOperandsImpliedByTheOthers() {
    Formula adult16 = age(Condition.Operator.GE, 16);
    Formula adult18 = age(Condition.Operator.GE, 18);
    assertThat(TruthTable.tidy(Formula.and(adult16, adult18)).render())
        .isEqualTo("subject.age >= 18");
    assertThat(TruthTable.tidy(Formula.or(adult16, adult18)).render())
        .isEqualTo("subject.age >= 16");
    assertThat(TruthTable.tidy(Formula.and(adult16, CONSENT)))
        .isEqualTo(Formula.and(adult16, CONSENT));
  }
}
