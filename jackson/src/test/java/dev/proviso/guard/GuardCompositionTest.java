package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.guard.Fixtures.Customer;
import dev.proviso.jackson.ProvisoModule;
import dev.proviso.log.DecisionEvent;
import dev.proviso.log.SubjectPseudonymizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Guards compose: what a repository proxy already restricted goes through the Jackson module
 * without an open scope, is never masked or pseudonymized twice, and a later scope can only
 * restrict it further.
 */
class GuardCompositionTest {
  private static final SubjectPseudonymizer KEY =
      new SubjectPseudonymizer(ShopPolicy.KEY_TEXT.getBytes(StandardCharsets.UTF_8));
  private static final String EMAIL = "alice@example.com";
  private static final String PHONE = "+44 7700 900123";

  private final Policy policy = Policy.from(ShopPolicy.model(1));
  private final List<DecisionEvent> logged = new ArrayList<>();
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new ProvisoModule());
  private final Subject alice = Subject.builder("cust-1").set("region", "US").build();
  private final Customer customer = new Customer("cust-1", EMAIL, PHONE, "1 High St", 7);

  private Guard guard(UnannotatedFields mode) {
    return Guard.builder(() -> policy)
        .decisionLog(logged::add)
        .pseudonymizer(KEY)
        .subjects(id -> alice)
        .unannotated(mode)
        .build();
  }

  interface Customers {
    @UsedFor("marketing.email")
    Customer forCampaign(@SubjectId String id);

    @UsedFor("analytics")
    Customer forAnalytics(@SubjectId String id);

    @UsedFor("fulfilment")
    Customer forDelivery(@SubjectId String id);

    @UsedFor("marketing.email")
    List<Customer> campaignList(@SubjectId String id);
  }

  private final class InMemory implements Customers {
    @Override
    public Customer forCampaign(String id) {
      return customer;
    }

    @Override
    public Customer forAnalytics(String id) {
      return customer;
    }

    @Override
    public Customer forDelivery(String id) {
      return customer;
    }

    @Override
    public List<Customer> campaignList(String id) {
      return List.of(customer, customer);
    }
  }

  private Customers repository(Guard guard) {
    return guard.repository(Customers.class, new InMemory());
  }

  @ParameterizedTest
  @EnumSource(UnannotatedFields.class)
  void repositoryThenJackson_masked_writesWithoutAScopeWhatTheScopeWouldHave(UnannotatedFields mode)
      throws Exception {
    Guard guard = guard(mode);
    String inScope;
    try (PurposeScope scope = guard.scope(alice, "marketing.email")) {
      inScope = mapper.writeValueAsString(customer);
    }

    String afterRepository = mapper.writeValueAsString(repository(guard).forCampaign("cust-1"));

    String id = mode == UnannotatedFields.KEEP ? "\"id\":\"cust-1\"," : "";
    assertThat(afterRepository)
        .isEqualTo("{" + id + "\"email\":\"" + EMAIL + "\",\"phone\":\"*************23\"}")
        .isEqualTo(inScope);
  }

  @ParameterizedTest
  @EnumSource(UnannotatedFields.class)
  void repositoryThenJackson_pseudonymized_isPseudonymizedOnceWithOrWithoutAScope(
      UnannotatedFields mode) throws Exception {
    Guard guard = guard(mode);
    Customer shown = repository(guard).forAnalytics("cust-1");

    String outside = mapper.writeValueAsString(shown);
    String inside;
    try (PurposeScope scope = guard.scope(alice, "analytics")) {
      inside = mapper.writeValueAsString(shown);
    }

    String id = mode == UnannotatedFields.KEEP ? "\"id\":\"cust-1\"," : "";
    String expected = "{" + id + "\"email\":\"" + KEY.pseudonym(EMAIL) + "\",\"orders\":7}";
    assertThat(outside).isEqualTo(expected);
    assertThat(inside).isEqualTo(expected);
  }

  @Test
  void repositoryThenJackson_listOfCopies_writesEachAsRestricted() throws Exception {
    List<Customer> shown = repository(guard(UnannotatedFields.DROP)).campaignList("cust-1");

    assertThat(mapper.writeValueAsString(shown))
        .isEqualTo(
            "[{\"email\":\""
                + EMAIL
                + "\",\"phone\":\"*************23\"},"
                + "{\"email\":\""
                + EMAIL
                + "\",\"phone\":\"*************23\"}]");
  }

  @Test
  void filteredCopy_serialisedInANarrowerScope_isRestrictedFurther() throws Exception {
    Guard guard = guard(UnannotatedFields.KEEP);
    Customer forDelivery = repository(guard).forDelivery("cust-1"); // everything kept

    String json;
    try (PurposeScope scope = guard.scope(alice, "marketing.email")) {
      json = mapper.writeValueAsString(forDelivery);
    }

    assertThat(json)
        .isEqualTo("{\"id\":\"cust-1\",\"email\":\"" + EMAIL + "\",\"phone\":\"*************23\"}");
  }

  @Test
  void filteredCopy_serialisedInAWiderScope_neverGetsBackWhatWasRestricted() throws Exception {
    Guard guard = guard(UnannotatedFields.KEEP);
    Customer forCampaign = repository(guard).forCampaign("cust-1");

    String json;
    try (PurposeScope scope = guard.scope(alice, "fulfilment")) {
      json = mapper.writeValueAsString(forCampaign);
    }

    assertThat(json)
        .isEqualTo("{\"id\":\"cust-1\",\"email\":\"" + EMAIL + "\",\"phone\":\"*************23\"}")
        .doesNotContain(PHONE)
        .doesNotContain("High St");
  }

  @Test
  void plainFilterCopy_isNotMarked_andStillNeedsAScope() {
    Customer copy = guard(UnannotatedFields.KEEP).filter(alice, "marketing.email", customer);

    assertThatThrownBy(() -> mapper.writeValueAsString(copy))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("no purpose scope is open");
  }

  @Test
  void rawObjectEqualToACopy_stillNeedsAScope() throws Exception {
    Guard guard = guard(UnannotatedFields.KEEP);
    Customer copy = repository(guard).forDelivery("cust-1");
    assertThat(copy).isEqualTo(customer).isNotSameAs(customer); // fulfilment keeps everything

    assertThat(mapper.writeValueAsString(copy)).contains("High St");
    assertThatThrownBy(() -> mapper.writeValueAsString(customer))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining(
            "is not a result a guarded repository filtered, and no purpose scope is open");
  }

  /** A mutable bean: a copy's property can be set after it was filtered. */
  public static class Profile {
    @DataCategory("contact.email")
    private String email;

    @DataCategory("contact.postal_address")
    private String address;

    public Profile() {}

    Profile(String email, String address) {
      this.email = email;
      this.address = address;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }
  }

  @UsedFor("marketing.email")
  interface Profiles {
    Profile find(@SubjectId String id);
  }

  @Test
  void beanCopy_propertySetAfterFiltering_isNoLongerVouchedFor() throws Exception {
    Guard guard = guard(UnannotatedFields.DROP);
    Profile copy =
        guard.repository(Profiles.class, id -> new Profile(EMAIL, "1 High St")).find("x");
    assertThat(mapper.writeValueAsString(copy)).isEqualTo("{\"email\":\"" + EMAIL + "\"}");

    copy.setAddress("1 High St"); // denied for marketing: the guard left it out

    assertThatThrownBy(() -> mapper.writeValueAsString(copy))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("no purpose scope is open");
    try (PurposeScope scope = guard.scope(alice, "marketing.email")) {
      assertThat(mapper.writeValueAsString(copy)).isEqualTo("{\"email\":\"" + EMAIL + "\"}");
    }
  }
}
