package dev.proviso.spring.crm;

import dev.proviso.Obligation;
import dev.proviso.guard.ObligationHandler;
import dev.proviso.guard.PurposeScope;
import dev.proviso.spring.web.RequestPurpose;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Guarded beans without interfaces, an obligation handler bean and a request-scoped purpose. */
@SpringBootApplication
public class CrmApplication {

  /** The texts a {@code notify} obligation asked to send, as the handler bean received them. */
  public static final List<String> NOTICES = new CopyOnWriteArrayList<>();

  @Bean
  ObligationHandler notices() {
    return ObligationHandler.of(
        "notify", (obligation, use) -> NOTICES.add(((Obligation.Notify) obligation).message()));
  }

  @RestController
  @RequestPurpose(value = "support", subject = "id")
  public static class SupportController {
    private final CustomerDirectory directory;

    SupportController(CustomerDirectory directory) {
      this.directory = directory;
    }

    @GetMapping("/support/customers/{id}")
    Customer customer(@PathVariable("id") String id) {
      return directory.current(); // purpose and subject come from the request's scope
    }

    @GetMapping("/support/raw/{id}")
    Customer raw(@PathVariable("id") String id) {
      return new Customer("ann@example.com", "+44 7700 900123"); // unfiltered: Jackson guards it
    }

    @GetMapping("/support/purpose")
    @RequestPurpose(value = "fulfilment", subject = "customer")
    String purpose(@RequestParam(name = "customer", required = false) String customer) {
      return PurposeScope.current().orElseThrow().purpose();
    }
  }

  @RestController
  public static class UnscopedController {
    @GetMapping("/unscoped/customers/{id}")
    Customer customer(@PathVariable("id") String id) {
      return new Customer("ann@example.com", "+44 7700 900123"); // no purpose scope is open
    }
  }
}
