package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.UnknownNameException;
import dev.proviso.guard.Fixtures.Customer;
import dev.proviso.log.DecisionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PurposeScopeTest {
  private final Policy policy = Policy.from(ShopPolicy.model(1));
  private final List<DecisionEvent> logged = new ArrayList<>();
  private final Guard guard = Guard.builder(() -> policy).decisionLog(logged::add).build();
  private final Subject alice = Subject.builder("cust-1").set("region", "US").build();
  private final Subject bob = Subject.builder("cust-2").set("region", "US").build();

  @Test
  void current_insideScope_givesSubjectAndPurpose_andNothingAfterClose() {
    try (PurposeScope scope = guard.scope(alice, "marketing.email")) {
      assertThat(PurposeScope.current()).containsSame(scope);
      assertThat(PurposeScope.require().purpose()).isEqualTo("marketing.email");
      assertThat(PurposeScope.require().subject()).isSameAs(alice);
    }
    assertThat(PurposeScope.current()).isEmpty();
  }

  @Test
  void close_nestedScope_restoresTheOuterOne() {
    try (PurposeScope outer = guard.scope(alice, "fulfilment")) {
      try (PurposeScope inner = guard.scope(bob, "analytics")) {
        assertThat(PurposeScope.require()).isSameAs(inner);
      }
      assertThat(PurposeScope.require()).isSameAs(outer);
    }
  }

  @Test
  void close_outOfOrder_isRefusedWithAdvice() {
    PurposeScope outer = guard.scope(alice, "fulfilment");
    PurposeScope inner = guard.scope(bob, "analytics");
    try {
      assertThatThrownBy(outer::close).hasMessageContaining("reverse order of opening");
    } finally {
      inner.close();
      outer.close();
    }
    assertThat(PurposeScope.current()).isEmpty();
  }

  @Test
  void current_onAnotherThread_isNotVisible() {
    try (PurposeScope scope = guard.scope(alice, "fulfilment")) {
      Optional<PurposeScope> seen = CompletableFuture.supplyAsync(PurposeScope::current).join();
      assertThat(seen).isEmpty();
    }
  }

  @Test
  void require_withoutScope_saysHowToOpenOne() {
    assertThatThrownBy(PurposeScope::require)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("guard.scope(subject, \"purpose\")");
  }

  @Test
  void scope_misspeltPurpose_failsAtOnceWithDidYouMean() {
    assertThatThrownBy(() -> guard.scope(alice, "marketing.emial"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("did you mean 'marketing.email'");
    assertThat(PurposeScope.current()).isEmpty();
  }

  @Test
  void filter_manyObjectsInOneScope_decidesEachCategoryOnce() {
    try (PurposeScope scope = guard.scope(alice, "marketing.email")) {
      for (int i = 0; i < 100; i++) {
        Customer shown = scope.filter(new Customer("c" + i, "a@b.c", "555-0100-99", "x", i));
        assertThat(shown.address()).isNull();
      }
    }
    assertThat(logged).hasSize(4);
  }
}
