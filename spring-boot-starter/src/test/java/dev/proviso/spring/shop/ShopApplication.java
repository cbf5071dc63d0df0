package dev.proviso.spring.shop;

import dev.proviso.Subject;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentLedger;
import dev.proviso.guard.Guard;
import java.time.Instant;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The application of docs/spring.md: one dependency, one property, a guarded controller. */
@SpringBootApplication
public class ShopApplication {

  @RestController
  public static class MarketingController {
    private final Guard guard;
    private final ConsentLedger consents;

    MarketingController(Guard guard, ConsentLedger consents) {
      this.guard = guard;
      this.consents = consents;
    }

    @GetMapping("/customers/{id}/newsletter")
    String newsletter(@PathVariable("id") String id) {
      guard.check(Subject.of(id), "marketing.email", "contact.email"); // 403 problem on DENY
      return "newsletter queued";
    }

    @PostMapping("/customers/{id}/consents/{purpose}")
    String consent(@PathVariable("id") String id, @PathVariable("purpose") String purpose) {
      consents.append(ConsentEvent.given(id, purpose, Instant.now(), "web", "1"));
      return "recorded";
    }
  }
}
