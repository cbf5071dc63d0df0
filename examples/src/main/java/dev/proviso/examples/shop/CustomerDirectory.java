package dev.proviso.examples.shop;

import dev.proviso.Subject;
import dev.proviso.guard.SubjectId;
import dev.proviso.guard.UsedFor;

/**
 * The shop's customer lookups. Wrapped by {@code guard.repository(...)}, each call is checked for
 * its purpose before it runs, and what it returns carries the decision's obligations (the help
 * desk's phone number comes back masked).
 */
public interface CustomerDirectory {

  @UsedFor(value = "support", categories = "contact.phone")
  String phoneForSupport(@SubjectId Subject customer);

  @UsedFor(value = "marketing.email", categories = "contact.phone")
  String phoneForNewsletter(@SubjectId Subject customer);

  /** The demo's one customer. */
  record InMemory(Customer customer) implements CustomerDirectory {
    @Override
    public String phoneForSupport(Subject subject) {
      return customer.phone();
    }

    @Override
    public String phoneForNewsletter(Subject subject) {
      return customer.phone();
    }
  }
}
