package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Policy;
import dev.proviso.PurposeViolationException;
import dev.proviso.Subject;
import dev.proviso.guard.Fixtures.Customer;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MethodGuard} on classes, as a framework's interceptor (Spring AOP) calls it. */
class MethodGuardTest {

  /** A class, no interface: only the annotated methods are guarded. */
  public static class CustomerService {
    final List<String> ran = new ArrayList<>();

    @UsedFor("fulfilment")
    public Customer find(@SubjectId String id) {
      ran.add("find");
      return new Customer(id, "sam@example.com", "+1 555 0100 99", "Austin", 5);
    }

    @UsedFor(value = "marketing.email", categories = "contact.email")
    public String emailFor(@SubjectId String id) {
      ran.add("emailFor");
      return "eva@example.eu";
    }

    public String greeting() {
      ran.add("greeting");
      return "hello";
    }
  }

  /** Annotated as a whole: every public method, none of Object's. */
  @UsedFor("fulfilment")
  public static class Shipping {
    public Customer address(@SubjectId String id) {
      return new Customer(id, "sam@example.com", "+1 555 0100 99", "Austin", 5);
    }
  }

  public static class Misspelt {
    @UsedFor(value = "marketing.emial", categories = "contact.email")
    public String emailFor(@SubjectId String id) {
      return "eva@example.eu";
    }
  }

  private final Policy policy = Policy.from(ShopPolicy.model(1));
  private final Guard guard =
      Guard.builder(() -> policy)
          .subjects(
              id -> Subject.builder(id).set("region", id.endsWith("eu") ? "EU" : "US").build())
          .build();
  private final CustomerService service = new CustomerService();
  private final MethodGuard methods = MethodGuard.of(guard, CustomerService.class);

  @Test
  void guards_classWithAnnotatedMethods_onlyThoseMethods() throws Exception {
    assertThat(methods.guards(method(CustomerService.class, "find"))).isTrue();
    assertThat(methods.guards(method(CustomerService.class, "emailFor"))).isTrue();
    assertThat(methods.guards(method(CustomerService.class, "greeting"))).isFalse();
    assertThat(methods.guards(Object.class.getMethod("toString"))).isFalse();
  }

  @Test
  void guards_annotatedClass_everyPublicMethodButObjects() throws Exception {
    MethodGuard shipping = MethodGuard.of(guard, Shipping.class);

    assertThat(shipping.guards(method(Shipping.class, "address"))).isTrue();
    assertThat(shipping.guards(Object.class.getMethod("hashCode"))).isFalse();
  }

  @Test
  void invoke_allowedUse_runsTheCallAndFiltersItsResult() throws Throwable {
    Customer shown =
        (Customer)
            methods.invoke(
                method(CustomerService.class, "find"),
                new Object[] {"cust-us"},
                () -> service.find("cust-us"));

    assertThat(service.ran).containsExactly("find");
    assertThat(shown.address()).isEqualTo("Austin");
    assertThat(shown.id()).isNull(); // unannotated: dropped
  }

  @Test
  void invoke_deniedDeclaredCategory_refusedBeforeTheCallRuns() {
    assertThatThrownBy(
            () ->
                methods.invoke(
                    method(CustomerService.class, "emailFor"),
                    new Object[] {"cust-eu"},
                    () -> service.emailFor("cust-eu")))
        .isInstanceOf(PurposeViolationException.class)
        .hasMessageNotContaining("cust-eu");
    assertThat(service.ran).isEmpty();
  }

  @Test
  void invoke_unguardedMethod_justProceeds() throws Throwable {
    Object result =
        methods.invoke(method(CustomerService.class, "greeting"), new Object[0], service::greeting);

    assertThat(result).isEqualTo("hello");
    assertThat(PurposeScope.current()).isEmpty();
  }

  @Test
  void of_misspeltPurpose_failsNamingTheMethodWithDidYouMean() {
    assertThatThrownBy(() -> MethodGuard.of(guard, Misspelt.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Misspelt.emailFor: ")
        .hasMessageContaining("did you mean 'marketing.email'?");
  }

  private static Method method(Class<?> type, String name) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name)) {
        return method;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
