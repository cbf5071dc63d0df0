package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.guard.Fixtures.Customer;
import dev.proviso.guard.Fixtures.Order;
import dev.proviso.log.SubjectPseudonymizer;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A repository's result is restricted once: filtering it again never masks or hashes twice, and its
 * mark goes when it does.
 */
class FilteredCopiesTest {
  private static final SubjectPseudonymizer KEY =
      new SubjectPseudonymizer(ShopPolicy.KEY_TEXT.getBytes(StandardCharsets.UTF_8));
  private static final String EMAIL = "alice@example.com";

  private final Policy policy = Policy.from(ShopPolicy.model(1));
  private final Subject alice = Subject.builder("cust-1").set("region", "US").build();
  private final Guard guard =
      Guard.builder(() -> policy)
          .pseudonymizer(KEY)
          .subjects(id -> alice)
          .unannotated(UnannotatedFields.KEEP)
          .build();
  private final Customer customer =
      new Customer("cust-1", EMAIL, "+44 7700 900123", "1 High St", 7);

  @UsedFor("analytics")
  interface Analytics {
    Customer customer(@SubjectId String id);

    Order order(@SubjectId String id);

    @UsedFor("fulfilment")
    Customer forDelivery(@SubjectId String id);

    @UsedFor("marketing.email")
    Customer forCampaign(@SubjectId String id);
  }

  private Analytics analytics(Order order) {
    return guard.repository(
        Analytics.class,
        new Analytics() {
          @Override
          public Customer customer(String id) {
            return customer;
          }

          @Override
          public Order order(String id) {
            return order;
          }

          @Override
          public Customer forDelivery(String id) {
            return customer;
          }

          @Override
          public Customer forCampaign(String id) {
            return customer;
          }
        });
  }

  @Test
  void mark_everyFieldAction_fitsInItsBitsAndReadsBackAsApplied() {
    assertThat(FieldAction.values().length).isLessThanOrEqualTo(1 << FilteredCopies.BITS);
    FieldAction[] actions = FieldAction.values();
    FilteredCopies.Applied applied = new FilteredCopies.Applied(actions.length);
    for (int i = 0; i < actions.length; i++) {
      applied.set(i, actions[i]);
    }
    Object copy = new Object();
    FilteredCopies.mark(copy, applied, new Object[actions.length]);

    FilteredCopies.Mark mark = FilteredCopies.of(copy);
    for (int i = 0; i < actions.length; i++) {
      assertThat(mark.vouched(i, null)).as("property %d", i).isEqualTo(actions[i]);
    }
  }

  @Test
  void filter_ofAPseudonymizedRepositoryResult_doesNotPseudonymizeAgain() {
    Customer once = analytics(null).customer("cust-1");

    Customer twice = guard.filter(alice, "analytics", once);

    assertThat(once.email()).isEqualTo(KEY.pseudonym(EMAIL));
    assertThat(twice.email()).isEqualTo(KEY.pseudonym(EMAIL));
    assertThat(twice.orders()).isEqualTo(7);
  }

  @Test
  void repositoryInsideAScope_resultFilteredAgainByTheScope_isPseudonymizedOnce() {
    Order order = new Order("o-1", "99.50", customer, List.of(customer), Optional.of(customer));
    Analytics analytics = analytics(order);

    Order shown;
    try (PurposeScope scope = guard.scope(alice, "analytics")) {
      shown = scope.filter(analytics.order("cust-1"));
    }

    String pseudonym = KEY.pseudonym(EMAIL);
    assertThat(shown.buyer().email()).isEqualTo(pseudonym);
    assertThat(shown.recipients().get(0).email()).isEqualTo(pseudonym);
    assertThat(shown.referrer().orElseThrow().email()).isEqualTo(pseudonym);
    assertThat(shown.total()).isEqualTo("99.50");
  }

  @Test
  void filter_ofARepositoryResult_restrictsFurtherAndNeverWidens() {
    Customer forDelivery = analytics(null).forDelivery("cust-1");
    Customer forCampaign = analytics(null).forCampaign("cust-1");

    Customer narrowed = guard.filter(alice, "marketing.email", forDelivery);
    Customer widened = guard.filter(alice, "fulfilment", forCampaign);

    assertThat(forDelivery).isEqualTo(customer);
    assertThat(narrowed.phone()).isEqualTo("*************23");
    assertThat(narrowed.address()).isNull();
    assertThat(widened).isEqualTo(forCampaign).isEqualTo(narrowed);
  }

  @Test
  void marks_ofCopiesNobodyHolds_goAwayWithThem() throws InterruptedException {
    List<WeakReference<Customer>> copies = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      copies.add(new WeakReference<>(analytics(null).forDelivery("cust-1")));
    }
    int marked = FilteredCopies.size();
    assertThat(marked).isGreaterThanOrEqualTo(1_000 - countCleared(copies));

    long deadline = System.nanoTime() + 60_000_000_000L; // generous: CI runs on loaded cores
    while (FilteredCopies.size() > marked - 1_000 + 50 && System.nanoTime() < deadline) {
      System.gc();
      analytics(null).forDelivery("cust-1"); // marking copies sweeps stale marks in time
      Thread.sleep(20);
    }

    assertThat(countCleared(copies)).isEqualTo(1_000);
    assertThat(FilteredCopies.size()).isLessThanOrEqualTo(marked - 1_000 + 50);
  }

  private static int countCleared(List<WeakReference<Customer>> copies) {
    return (int) copies.stream().filter(ref -> ref.get() == null).count();
  }
}
