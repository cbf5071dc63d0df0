package dev.proviso.spring.crm;

import dev.proviso.guard.PurposeScope;
import dev.proviso.guard.UsedFor;
import org.springframework.stereotype.Component;

/** Guarded with the purpose and subject of the open scope: it names neither. */
@Component
public class CustomerDirectory {
  private final CustomerService service;

  CustomerDirectory(CustomerService service) {
    this.service = service;
  }

  @UsedFor
  public Customer current() {
    return service.find(PurposeScope.current().orElseThrow().subject().id());
  }
}
