package dev.proviso.guard;

import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.log.SubjectPseudonymizer;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyModelBuilder;
import dev.proviso.model.Value;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The guard matrix's policy, data and repository. One purpose per obligation:
 *
 * <pre>
 * allow contact for support
 * allow contact.email, contact.phone for marketing with mask(contact.phone)   # card denied
 * allow contact for analytics with pseudonymize(contact)
 * allow contact for later with not_before(2999-01-01)
 * allow contact for notice with audit, notify("...")
 * </pre>
 */
final class MatrixFixtures {
  static final SubjectPseudonymizer KEY = new SubjectPseudonymizer("matrix-key-0123456".getBytes());
  static final String RAW_ID = "cust-matrix-7731";
  static final Subject SUBJECT = Subject.builder(RAW_ID).build();
  static final String EMAIL = "alice.matrix@example.com";
  static final String PHONE = "+44 7700 900731";
  static final String CARD = "4111 1111 1111 7731";
  static final String ORDER_ID = "order-1";
  static final String NOTICE = "we looked up your contact details";
  static final List<String> RAW = List.of(RAW_ID, EMAIL, PHONE, CARD);

  private MatrixFixtures() {}

  static Policy policy() {
    return Policy.from(
        PolicyModelBuilder.named("matrix", 1)
            .category("contact", "email", "phone", "card")
            .purpose("support")
            .purpose("marketing")
            .purpose("analytics")
            .purpose("later")
            .purpose("notice")
            .allow("contact", "support")
            .allow("contact.email, contact.phone", "marketing")
            .with(new ObligationDefinition.Mask("contact.phone"))
            .allow("contact", "analytics")
            .with(new ObligationDefinition.Pseudonymize("contact"))
            .allow("contact", "later")
            .with(
                new ObligationDefinition.NotBefore(
                    new Value.InstantLiteral(Instant.parse("2999-01-01T00:00:00Z"))))
            .allow("contact", "notice")
            .with(new ObligationDefinition.Audit(), new ObligationDefinition.Notify(NOTICE))
            .build());
  }

  static Request request(String purpose) {
    Policy policy = policy();
    return Request.of(SUBJECT, policy.category("contact.card"), policy.purpose(purpose));
  }

  /** What the caller must see of a {@code contact.<leaf>} value for {@code purpose}. */
  static String expected(String purpose, String leaf) {
    String raw = leaf.equals("email") ? EMAIL : leaf.equals("phone") ? PHONE : CARD;
    return switch (purpose) {
      case "support", "notice" -> raw;
      case "marketing" ->
          leaf.equals("card") ? null : leaf.equals("phone") ? Masker.DEFAULT.mask(raw) : raw;
      case "analytics" -> KEY.pseudonym(raw);
      default -> null; // later: not before 2999
    };
  }

  interface Contactable {}

  record Person(
      @NotPersonalData String id,
      @DataCategory("contact.email") String email,
      @DataCategory("contact.phone") String phone,
      @DataCategory("contact.card") String card)
      implements Contactable {}

  static Person alice() {
    return new Person(ORDER_ID, EMAIL, PHONE, CARD);
  }

  /** A bean whose phone is classified only on the getter its subclass overrides. */
  static class BaseBean {
    @DataCategory("contact.email")
    String email;

    String phone;
    String note;

    public String getEmail() {
      return email;
    }

    public String getPhone() {
      return phone;
    }
  }

  static class PersonBean extends BaseBean {
    @Override
    @DataCategory("contact.phone")
    public String getPhone() {
      return phone;
    }
  }

  static PersonBean aliceBean() {
    PersonBean bean = new PersonBean();
    bean.email = EMAIL;
    bean.phone = PHONE;
    bean.note = "technical";
    return bean;
  }

  /** Every way an unclassified (or classified) property can hold annotated objects. */
  record Envelope(
      Contactable contact,
      List<? extends Person> people,
      Person[] array,
      Map<String, Person> byId,
      Optional<List<Person>> maybe,
      Iterable<Person> iterable,
      @DataCategory("contact") Person owner) {}

  static Envelope envelope(Person shared) {
    return new Envelope(
        shared,
        List.of(shared, shared),
        new Person[] {shared},
        Map.of("k", shared),
        Optional.of(List.of(shared)),
        Set.of(shared),
        shared);
  }

  /** Purpose and subject come from the open scope. */
  interface People {
    Person one();

    List<Person> list();

    Person[] array();

    Map<String, Person> byId();

    Optional<Person> maybe();

    Stream<Person> stream();

    Set<Person> set();

    long count();

    @UsedFor(categories = "contact.phone")
    String phone();

    @UsedFor(categories = "contact.phone")
    List<String> phones();

    @UsedFor(categories = "contact.phone")
    Optional<String> maybePhone();
  }

  static final class InMemoryPeople implements People {
    @Override
    public Person one() {
      return alice();
    }

    @Override
    public List<Person> list() {
      return List.of(alice(), alice());
    }

    @Override
    public Person[] array() {
      return new Person[] {alice()};
    }

    @Override
    public Map<String, Person> byId() {
      return Map.of("k", alice());
    }

    @Override
    public Optional<Person> maybe() {
      return Optional.of(alice());
    }

    @Override
    public Stream<Person> stream() {
      return Stream.of(alice(), alice());
    }

    @Override
    public Set<Person> set() {
      return Set.of(alice());
    }

    @Override
    public long count() {
      return 2;
    }

    @Override
    public String phone() {
      return PHONE;
    }

    @Override
    public List<String> phones() {
      return List.of(PHONE, PHONE);
    }

    @Override
    public Optional<String> maybePhone() {
      return Optional.of(PHONE);
    }
  }
}
