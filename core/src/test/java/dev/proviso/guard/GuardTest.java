package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Decision;
import dev.proviso.Outcome;
import dev.proviso.Policy;
import dev.proviso.PurposeViolationException;
import dev.proviso.Subject;
import dev.proviso.UnknownNameException;
import dev.proviso.guard.Fixtures.Customer;
import dev.proviso.guard.Fixtures.Order;
import dev.proviso.log.DecisionEvent;
import dev.proviso.log.SubjectPseudonymizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GuardTest {
  private static final SubjectPseudonymizer KEY =
      new SubjectPseudonymizer(ShopPolicy.KEY_TEXT.getBytes());
  private final Policy policy = Policy.from(ShopPolicy.model(1));
  private final List<DecisionEvent> logged = new ArrayList<>();
  private final Guard guard =
      Guard.builder(() -> policy)
          .consents(ShopPolicy.consentsOf(Set.of("cust-eu-consented")))
          .decisionLog(logged::add)
          .pseudonymizer(KEY)
          .build();
  private final Subject us = Subject.builder("cust-us").set("region", "US").build();
  private final Subject eu = Subject.builder("cust-eu").set("region", "EU").build();
  private final Customer customer =
      new Customer("cust-us", "alice@example.com", "+44 7700 900123", "1 High St", 7);

  @Test
  void check_euEmailForMarketingWithoutConsent_throwsNamingTheRule() {
    assertThatThrownBy(() -> guard.check(eu, "marketing.email", "contact.email"))
        .isInstanceOf(PurposeViolationException.class)
        .hasMessageContaining(ShopPolicy.GDPR_CONSENT);
  }

  @Test
  void decide_allowedUse_returnsAllowAndLogsOneEvent() {
    Decision decision = guard.decide(us, "marketing.email", "contact.email");

    assertThat(decision.allowed()).isTrue();
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0).outcome()).isEqualTo("ALLOW");
    assertThat(logged.get(0).categories()).containsExactly("contact.email");
    assertThat(logged.get(0).rules()).contains(ShopPolicy.EMAIL_FOR_MARKETING);
  }

  @Test
  void decide_misspeltCategory_throwsWithDidYouMean() {
    assertThatThrownBy(() -> guard.decide(us, "marketing.email", "contact.emial"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("did you mean 'contact.email'");
  }

  @Test
  void filter_marketing_keepsEmailMasksPhoneDropsAddressAndUnclassified() {
    Customer shown = guard.filter(us, "marketing.email", customer);

    assertThat(shown.email()).isEqualTo("alice@example.com");
    assertThat(shown.phone()).isEqualTo("*************23");
    assertThat(shown.address()).isNull();
    assertThat(shown.orders()).isZero();
    assertThat(shown.id()).isNull();
  }

  @Test
  void filter_fulfilment_keepsEveryCategory() {
    Customer shown = guard.filter(us, "fulfilment", customer);

    assertThat(shown)
        .isEqualTo(new Customer(null, "alice@example.com", "+44 7700 900123", "1 High St", 7));
  }

  @Test
  void filter_unannotatedKept_whenGuardIsConfiguredToKeepThem() {
    Guard keeping =
        Guard.builder(() -> policy).unannotated(UnannotatedFields.KEEP).pseudonymizer(KEY).build();

    assertThat(keeping.filter(us, "fulfilment", customer).id()).isEqualTo("cust-us");
  }

  @Test
  void filter_analytics_pseudonymizesEmailStablyUnderTheKey() {
    Customer first = guard.filter(us, "analytics", customer);
    Customer second = guard.filter(eu, "analytics", customer);

    assertThat(first.email()).isEqualTo(KEY.pseudonym("alice@example.com")).hasSize(64);
    assertThat(second.email()).isEqualTo(first.email());
    assertThat(first.orders()).isEqualTo(7);
    assertThat(first.phone()).isNull();
  }

  @Test
  void filter_euWithoutConsent_dropsEmail_andWithConsent_keepsIt() {
    Subject consented = Subject.builder("cust-eu-consented").set("region", "EU").build();

    assertThat(guard.filter(eu, "marketing.email", customer).email()).isNull();
    assertThat(guard.filter(consented, "marketing.email", customer).email())
        .isEqualTo("alice@example.com");
  }

  @Test
  void filter_notBeforeInTheFuture_removesTheValue() {
    assertThat(guard.filter(us, "marketing.email.later", customer).email()).isNull();
  }

  @Test
  void filter_notBeforeOnOneCategory_removesOnlyThatCategory() {
    record Reachable(
        @DataCategory("contact.email") String email, @DataCategory("contact.phone") String phone) {}

    Reachable shown =
        guard.filter(us, "marketing.email.later", new Reachable("a@b.c", "+44 7700 900123"));

    assertThat(shown.email()).isNull();
    assertThat(shown.phone()).isEqualTo("*************23");
  }

  @Test
  void filter_everyCategoryAllowed_makesAndLogsOneDecisionForAll() {
    guard.filter(us, "fulfilment", customer);

    assertThat(logged).singleElement().satisfies(e -> assertThat(e.categories()).hasSize(4));
  }

  @Test
  void filter_subjectsAlternatingBetweenDeniedAndAllowed_eachGetsTheirOwnResult() {
    record Reachable(
        @DataCategory("contact.email") String email, @DataCategory("contact.phone") String phone) {}
    Reachable contact = new Reachable("a@b.c", "+44 7700 900123");

    for (int round = 0; round < 3; round++) {
      assertThat(guard.filter(eu, "marketing.email", contact))
          .isEqualTo(new Reachable(null, "*************23"));
      logged.clear();
      assertThat(guard.filter(us, "marketing.email", contact))
          .isEqualTo(new Reachable("a@b.c", "*************23"));
      assertThat(logged).hasSizeBetween(1, 2); // per category right after a denial, then whole
      logged.clear();
    }
    guard.filter(us, "marketing.email", contact);
    assertThat(logged).singleElement();
  }

  @Test
  void filter_someCategoryDenied_logsOneDecisionPerDistinctCategory() {
    guard.filter(us, "marketing.email", customer);

    assertThat(logged)
        .extracting(DecisionEvent::categories)
        .containsExactly(
            List.of("contact.email"),
            List.of("contact.phone"),
            List.of("contact.postal_address"),
            List.of("behavior.purchases"));
    assertThat(logged.get(2).rules()).containsExactly(ShopPolicy.NO_DOOR_TO_DOOR);
  }

  @Test
  void filter_orderHoldingCustomers_filtersEachNestedCustomerAndDecidesItsCategoriesOnce() {
    Order order =
        new Order("o-1", "99.50", customer, List.of(customer, customer), Optional.empty());

    Order shown = guard.filter(us, "marketing.email", order);

    assertThat(shown.number()).isNull();
    assertThat(shown.total()).isNull();
    assertThat(shown.buyer().email()).isEqualTo("alice@example.com");
    assertThat(shown.buyer().address()).isNull();
    assertThat(shown.recipients())
        .allSatisfy(c -> assertThat(c.phone()).isEqualTo("*************23"));
    assertThat(logged).hasSize(1 + 4);
  }

  @Test
  void filterToMap_marketing_omitsRemovedProperties() {
    Map<String, Object> shown = guard.filterToMap(us, "marketing.email", customer);

    assertThat(shown)
        .containsExactly(
            Map.entry("email", "alice@example.com"), Map.entry("phone", "*************23"));
  }

  @Test
  void filter_annotationNamesUnknownCategory_errorNamesClassAndSuggestion() {
    record Misspelt(@DataCategory("contact.emial") String email) {}

    assertThatThrownBy(() -> guard.filter(us, "fulfilment", new Misspelt("x")))
        .hasMessageContaining("Misspelt")
        .hasMessageContaining("did you mean 'contact.email'");
  }

  @Test
  void filter_readsThePolicySupplierOncePerCall_andPicksUpAReload() {
    AtomicInteger reads = new AtomicInteger();
    AtomicReference<Policy> current = new AtomicReference<>(policy);
    Guard reloading =
        Guard.builder(
                () -> {
                  reads.incrementAndGet();
                  return current.get();
                })
            .decisionLog(logged::add)
            .build();

    reloading.filter(us, "marketing.email", customer);
    assertThat(reads).hasValue(1);

    current.set(Policy.from(ShopPolicy.model(2)));
    reloading.filter(us, "marketing.email", customer);
    assertThat(logged.get(logged.size() - 1).version()).isEqualTo(2);
    assertThat(logged.get(0).version()).isEqualTo(1);
  }

  @Test
  void filter_whilePolicyReloadsConcurrently_eachCallUsesOneVersion() throws Exception {
    Policy v1 = Policy.from(ShopPolicy.model(1));
    Policy v2 = Policy.from(ShopPolicy.model(2));
    AtomicReference<Policy> current = new AtomicReference<>(v1);
    List<DecisionEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());
    Guard reloading = Guard.builder(current::get).decisionLog(events::add).build();
    Thread swapper =
        new Thread(
            () -> {
              for (int i = 0; i < 2_000; i++) {
                current.set(i % 2 == 0 ? v2 : v1);
              }
            });
    swapper.start();
    for (int i = 0; i < 500; i++) {
      int before = events.size();
      Customer shown = reloading.filter(us, "marketing.email", customer);
      assertThat(shown.email()).isEqualTo("alice@example.com");
      assertThat(shown.address()).isNull();
      synchronized (events) {
        List<DecisionEvent> mine = events.subList(before, before + 4);
        assertThat(mine).extracting(DecisionEvent::version).containsOnly(mine.get(0).version());
      }
    }
    swapper.join();
  }

  @Test
  void decide_whenTheLogThrows_stillDecidesAndCountsTheFailure() {
    Guard broken =
        Guard.builder(() -> policy)
            .decisionLog(
                event -> {
                  throw new IllegalStateException("log down");
                })
            .build();

    assertThat(broken.decide(us, "fulfilment", "contact.email").outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(broken.logFailures()).isEqualTo(1);
  }
}
