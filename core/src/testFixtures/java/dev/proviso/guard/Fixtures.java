package dev.proviso.guard;

import java.util.List;

/** Annotated classes shared by the guard tests. */
final class Fixtures {
  private Fixtures() {}

  record Customer(
      String id,
      @DataCategory("contact.email") String email,
      @DataCategory("contact.phone") String phone,
      @DataCategory("contact.postal_address") String address,
      @DataCategory("behavior.purchases") int orders) {}

  /** A bean: annotations on a field and on a getter, a primitive, an unannotated field. */
  static class Account {
    private String id;

    @DataCategory("contact.email")
    private String email;

    private String phone;
    private boolean vip;

    Account() {}

    Account(String id, String email, String phone, boolean vip) {
      this.id = id;
      this.email = email;
      this.phone = phone;
      this.vip = vip;
    }

    public String getId() {
      return id;
    }

    public String getEmail() {
      return email;
    }

    @DataCategory("contact.phone")
    public String getPhone() {
      return phone;
    }

    @DataCategory("behavior.purchases")
    public boolean isVip() {
      return vip;
    }
  }

  /** An annotated class without a no-argument constructor. */
  static final class Immutable {
    @DataCategory("contact.email")
    private final String email;

    Immutable(String email) {
      this.email = email;
    }
  }

  record Unannotated(String name) {}

  /** Holds other annotated objects in unannotated properties: they are filtered in turn. */
  record Order(
      String number,
      @DataCategory("behavior.purchases") String total,
      Customer buyer,
      List<Customer> recipients,
      java.util.Optional<Customer> referrer) {}

  /** A cycle: filtering it must stop with a clear error, not a stack overflow. */
  static final class Node {
    @DataCategory("contact.email")
    String email;

    Node next;
  }
}
