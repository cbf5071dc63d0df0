package dev.proviso.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.guard.Guard;
import dev.proviso.jackson.DecisionLogCodec;
import dev.proviso.model.PolicyModelBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Semantics rule 9: a matching advisory deny adds advice to the decision and to the log. */
class AdvisoryLoggingTest {

  @Test
  void decide_advisoryDenyMatches_allowsAndLogsTheAdvice() {
    Policy policy =
        Policy.from(
            PolicyModelBuilder.named("shop", 1)
                .category("inferred", "affluence")
                .purpose("marketing", "personalization")
                .allow("inferred", "marketing")
                .regime("brand")
                .deny("inferred.affluence", "marketing")
                .advisory()
                .because("we want to see affluence-based offers before blocking them")
                .build());
    List<DecisionEvent> logged = new ArrayList<>();
    Guard guard = Guard.builder(() -> policy).decisionLog(logged::add).build();

    boolean allowed =
        guard
            .decide(Subject.of("cust-1"), "marketing.personalization", "inferred.affluence")
            .allowed();

    assertThat(allowed).isTrue();
    assertThat(logged).singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo("ALLOW"));
    DecisionRecord line =
        DecisionLogCodec.JSON_LINES.decode(
            DecisionLogCodec.JSON_LINES.encode(logged.get(0).toRecord("p")));
    assertThat(line.advice())
        .singleElement()
        .asString()
        .contains("we want to see affluence-based offers");
  }
}
