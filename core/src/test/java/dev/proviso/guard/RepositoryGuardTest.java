package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Policy;
import dev.proviso.PurposeViolationException;
import dev.proviso.Subject;
import dev.proviso.guard.Fixtures.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepositoryGuardTest {

  @UsedFor("fulfilment")
  interface CustomerRepository {
    Customer find(@SubjectId String id);

    Optional<Customer> maybe(@SubjectId String id);

    @UsedFor(value = "marketing.email", categories = "contact.email")
    String emailFor(@SubjectId String id);

    @UsedFor("marketing.email")
    List<Customer> forCampaign(@SubjectId Subject subject);

    @UsedFor("legal")
    Customer forAudit(@SubjectId String id);

    @UsedFor("marketing.email")
    Contact contactOf(@SubjectId String id);
  }

  record Contact(
      @DataCategory("contact.email") String email,
      @DataCategory("contact.postal_address") String address) {}

  interface Unscoped {
    Customer find(String id);
  }

  /** An in-memory repository that records what purpose its callers serve. */
  static final class InMemory implements CustomerRepository, Unscoped {
    final Map<String, Customer> rows =
        Map.of(
            "cust-eu", new Customer("cust-eu", "eva@example.eu", "+49 30 1234567", "Berlin", 3),
            "cust-us", new Customer("cust-us", "sam@example.com", "+1 555 0100 99", "Austin", 5));
    final List<String> seenPurposes = new ArrayList<>();

    private Customer load(String id) {
      seenPurposes.add(
          PurposeScope.require().purpose() + "/" + PurposeScope.require().subject().id());
      return rows.get(id);
    }

    @Override
    public Customer find(String id) {
      return load(id);
    }

    @Override
    public Optional<Customer> maybe(String id) {
      return Optional.ofNullable(load(id));
    }

    @Override
    public String emailFor(String id) {
      return load(id).email();
    }

    @Override
    public List<Customer> forCampaign(Subject subject) {
      return List.of(load(subject.id()));
    }

    @Override
    public Customer forAudit(String id) {
      return load(id);
    }

    @Override
    public Contact contactOf(String id) {
      Customer c = load(id);
      return new Contact(c.email(), c.address());
    }
  }

  private final Policy policy = Policy.from(ShopPolicy.model(1));
  private final Guard guard =
      Guard.builder(() -> policy)
          .subjects(
              id -> Subject.builder(id).set("region", id.endsWith("eu") ? "EU" : "US").build())
          .build();
  private final InMemory store = new InMemory();
  private final CustomerRepository repository = guard.repository(CustomerRepository.class, store);

  @Test
  void call_deniedDeclaredCategory_isRefusedNamingTheRuleAndNeverRuns() {
    assertThatThrownBy(() -> repository.emailFor("cust-eu"))
        .isInstanceOf(PurposeViolationException.class)
        .hasMessageContaining(ShopPolicy.GDPR_CONSENT);
    assertThat(store.seenPurposes).isEmpty();
  }

  @Test
  void call_allowedDeclaredCategory_runsInsideAScopeForThatPurposeAndSubject() {
    assertThat(repository.emailFor("cust-us")).isEqualTo("sam@example.com");
    assertThat(store.seenPurposes).containsExactly("marketing.email/cust-us");
  }

  @Test
  void call_returningAnnotatedObject_filtersItForThePurpose() {
    Customer shown = repository.find("cust-eu");

    assertThat(shown.address()).isEqualTo("Berlin");
    assertThat(shown.id()).isNull();
    assertThat(repository.maybe("cust-us")).get().extracting(Customer::email).isNotNull();
  }

  @Test
  void call_returningList_filtersEachElement() {
    Subject us = Subject.builder("cust-us").set("region", "US").build();

    assertThat(repository.forCampaign(us))
        .singleElement()
        .satisfies(c -> assertThat(c.address()).isNull())
        .satisfies(c -> assertThat(c.phone()).isEqualTo("************99"));
  }

  @Test
  void call_whoseResultHasNothingAllowed_isRefusedBeforeItRuns() {
    assertThatThrownBy(() -> repository.forAudit("cust-us"))
        .isInstanceOf(PurposeViolationException.class);
    assertThat(store.seenPurposes).isEmpty();
  }

  @Test
  void call_whoseResultCategoriesAreAllDenied_isRefusedNamingADenyRule() {
    assertThatThrownBy(() -> repository.contactOf("cust-eu"))
        .isInstanceOf(PurposeViolationException.class)
        .hasMessageContaining(ShopPolicy.GDPR_CONSENT);
    assertThat(repository.contactOf("cust-us").address()).isNull();
  }

  @Test
  void call_withoutPurposeOrSubject_usesTheOpenScope_orExplainsWhatIsMissing() {
    Unscoped unscoped = guard.repository(Unscoped.class, store);

    assertThatThrownBy(() -> unscoped.find("cust-us"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Unscoped.find has no purpose");
    try (PurposeScope scope =
        guard.scope(Subject.builder("cust-us").set("region", "US").build(), "marketing.email")) {
      assertThat(unscoped.find("cust-us").address()).isNull();
    }
    assertThat(store.seenPurposes).containsExactly("marketing.email/cust-us");
  }

  interface Leaky {
    @UsedFor("marketing.email")
    String phoneOf(@SubjectId String id);
  }

  @Test
  void repository_methodReturningUncategorisedData_isRejectedAtWiring() {
    Leaky leaky = id -> "+1 555 0100 99";

    assertThatThrownBy(() -> guard.repository(Leaky.class, leaky))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Leaky.phoneOf returns java.lang.String")
        .hasMessageContaining("categories = {");
  }

  @Test
  void objectMethods_doNotNeedAPurpose() {
    assertThat(repository.toString()).startsWith("guarded CustomerRepository");
    assertThat(repository).isEqualTo(repository);
  }
}
