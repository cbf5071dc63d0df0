package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.guard.Fixtures.Account;
import dev.proviso.guard.Fixtures.Customer;
import dev.proviso.guard.Fixtures.Unannotated;
import dev.proviso.jackson.ProvisoModule;
import dev.proviso.log.DecisionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisoModuleTest {
  private final Policy policy = Policy.from(ShopPolicy.model(1));
  private final List<DecisionEvent> logged = new ArrayList<>();
  private final Guard guard =
      Guard.builder(() -> policy)
          .decisionLog(logged::add)
          .unannotated(UnannotatedFields.KEEP)
          .build();
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new ProvisoModule());
  private final Subject alice = Subject.builder("cust-1").set("region", "US").build();
  private final Customer customer =
      new Customer("cust-1", "alice@example.com", "+44 7700 900123", "1 High St", 7);

  @Test
  void serialise_forMarketing_dropsAddressAndMasksPhone() throws Exception {
    String json;
    try (PurposeScope scope = guard.scope(alice, "marketing.email")) {
      json = mapper.writeValueAsString(customer);
    }

    assertThat(json)
        .isEqualTo(
            "{\"id\":\"cust-1\",\"email\":\"alice@example.com\",\"phone\":\"*************23\"}");
  }

  @Test
  void serialise_forFulfilment_keepsTheAddress() throws Exception {
    String json;
    try (PurposeScope scope = guard.scope(alice, "fulfilment")) {
      json = mapper.writeValueAsString(customer);
    }

    assertThat(json).contains("\"address\":\"1 High St\"").contains("\"orders\":7");
  }

  @Test
  void serialise_bean_usesGetterAnnotations() throws Exception {
    String json;
    try (PurposeScope scope = guard.scope(alice, "marketing.email")) {
      json = mapper.writeValueAsString(new Account("acc-1", "bob@example.com", "0123456789", true));
    }

    assertThat(json).contains("\"phone\":\"********89\"").doesNotContain("vip");
  }

  @Test
  void serialise_listInOneScope_decidesEachCategoryOnce() throws Exception {
    List<Customer> customers = List.of(customer, customer, customer);
    try (PurposeScope scope = guard.scope(alice, "marketing.email")) {
      mapper.writeValueAsString(customers);
    }

    assertThat(logged).hasSize(4);
  }

  @Test
  void serialise_orderWithNestedCustomers_filtersEveryLevel() throws Exception {
    record Parcel(
        String number,
        @DataCategory("behavior.purchases") String total,
        Customer buyer,
        List<Customer> recipients) {}
    Parcel order = new Parcel("o-1", "99.50", customer, List.of(customer));
    String json;
    try (PurposeScope scope = guard.scope(alice, "marketing.email")) {
      json = mapper.writeValueAsString(order);
    }

    assertThat(json)
        .startsWith("{\"number\":\"o-1\",\"buyer\":{\"id\":\"cust-1\",\"email\":")
        .doesNotContain("99.50")
        .doesNotContain("High St");
  }

  @Test
  void serialise_outsideAnyScope_failsInsteadOfLeaking() {
    assertThatThrownBy(() -> mapper.writeValueAsString(customer))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("no purpose scope is open");
  }

  @Test
  void serialise_classWithoutCategories_isUntouched() throws Exception {
    assertThat(mapper.writeValueAsString(new Unannotated("x"))).isEqualTo("{\"name\":\"x\"}");
  }

  record Ticket(
      @NotPersonalData String number,
      String note,
      Customer customer,
      @DataCategory("contact.email") String replyTo) {}

  @Test
  void serialise_dropMode_keepsNotPersonalDataAndFiltersANestedCustomer() throws Exception {
    Guard dropping = Guard.builder(() -> policy).decisionLog(logged::add).build();
    String json;
    try (PurposeScope scope = dropping.scope(alice, "marketing.email")) {
      json =
          mapper.writeValueAsString(
              new Ticket("T-1", "called back", customer, "alice@example.com"));
    }

    assertThat(json)
        .isEqualTo(
            "{\"number\":\"T-1\",\"customer\":{\"email\":\"alice@example.com\","
                + "\"phone\":\"*************23\"},\"replyTo\":\"alice@example.com\"}");
  }
}
