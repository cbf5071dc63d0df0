package dev.proviso.guard;

import java.util.ArrayList;
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

  /** Twenty annotated fields across twenty categories, for the benchmark and timing. */
  record Wide(
      @DataCategory("c.f00") String f00,
      @DataCategory("c.f01") String f01,
      @DataCategory("c.f02") String f02,
      @DataCategory("c.f03") String f03,
      @DataCategory("c.f04") String f04,
      @DataCategory("c.f05") String f05,
      @DataCategory("c.f06") String f06,
      @DataCategory("c.f07") String f07,
      @DataCategory("c.f08") String f08,
      @DataCategory("c.f09") String f09,
      @DataCategory("c.f10") String f10,
      @DataCategory("c.f11") String f11,
      @DataCategory("c.f12") String f12,
      @DataCategory("c.f13") String f13,
      @DataCategory("c.f14") String f14,
      @DataCategory("c.f15") String f15,
      @DataCategory("c.f16") String f16,
      @DataCategory("c.f17") String f17,
      @DataCategory("c.f18") String f18,
      @DataCategory("c.f19") String f19) {

    static Wide sample() {
      List<String> v = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        v.add("value-" + i);
      }
      return new Wide(
          v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
          v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14), v.get(15), v.get(16),
          v.get(17), v.get(18), v.get(19));
    }
  }
}
