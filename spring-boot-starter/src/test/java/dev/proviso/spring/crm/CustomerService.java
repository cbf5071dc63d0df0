package dev.proviso.spring.crm;

import dev.proviso.guard.SubjectId;
import dev.proviso.guard.UsedFor;
import java.util.Map;
import org.springframework.stereotype.Service;

/** A plain class (no interface): every public method is guarded, for support unless it says. */
@Service
@UsedFor("support")
public class CustomerService {
  private final Map<String, Customer> customers =
      Map.of(
          "c-1", new Customer("ann@example.com", "+44 7700 900123"),
          "c-2", new Customer("bob@example.com", "+44 7700 900456"));

  public Customer find(@SubjectId String id) {
    return customers.get(id);
  }

  @UsedFor("fulfilment")
  public Customer forShipping(@SubjectId String id) {
    return customers.get(id);
  }

  @UsedFor(value = "marketing.email", categories = "contact.email")
  public String emailFor(@SubjectId String id) {
    return customers.get(id).email();
  }

  @UsedFor(value = "marketing.sms", categories = "contact.phone")
  public String phoneFor(@SubjectId String id) {
    return customers.get(id).phone();
  }

  public int count() {
    return customers.size(); // not personal data: runs unchecked
  }
}
