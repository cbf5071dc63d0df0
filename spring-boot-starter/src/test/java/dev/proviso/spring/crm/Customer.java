package dev.proviso.spring.crm;

import dev.proviso.guard.DataCategory;

/** A customer as the CRM holds it; the guard decides which of its fields a use may see. */
public record Customer(
    @DataCategory("contact.email") String email, @DataCategory("contact.phone") String phone) {

  @Override
  public String toString() {
    return "Customer[...]"; // never the values
  }
}
