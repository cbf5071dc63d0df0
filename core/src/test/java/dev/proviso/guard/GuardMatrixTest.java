package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Policy;
import dev.proviso.guard.MatrixFixtures.Envelope;
import dev.proviso.guard.MatrixFixtures.People;
import dev.proviso.guard.MatrixFixtures.Person;
import dev.proviso.guard.MatrixFixtures.PersonBean;
import dev.proviso.log.DecisionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guard × value shape × obligation: for each purpose of {@link MatrixFixtures#policy()} (keep,
 * mask, pseudonymize, deny, not_before, audit + notify) and both unclassified-field modes, every
 * guard hands out exactly the values the decision allows, in every shape, and every string the run
 * produces (messages, explanations, records, toString()) is scanned for the raw id and values.
 */
class GuardMatrixTest {
  private static final List<String> PURPOSES =
      List.of("support", "marketing", "analytics", "later", "notice");
  private static final List<String> produced = new ArrayList<>(); // every string form of the run

  static List<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (String purpose : PURPOSES) {
      for (UnannotatedFields mode : UnannotatedFields.values()) {
        cells.add(Arguments.of(purpose, mode));
      }
    }
    return cells;
  }

  private final Policy policy = MatrixFixtures.policy();
  private final List<DecisionEvent> logged = new ArrayList<>();
  private final List<String> notified = new ArrayList<>();

  private Guard guard(UnannotatedFields mode) {
    return Guard.builder(() -> policy)
        .decisionLog(logged::add)
        .pseudonymizer(MatrixFixtures.KEY)
        .notifier((subject, message) -> notified.add(message))
        .unannotated(mode)
        .build();
  }

  private static void assertPerson(String purpose, Person shown) {
    assertThat(shown.id()).isEqualTo(MatrixFixtures.ORDER_ID); // @NotPersonalData
    assertThat(shown.email()).isEqualTo(MatrixFixtures.expected(purpose, "email"));
    assertThat(shown.phone()).isEqualTo(MatrixFixtures.expected(purpose, "phone"));
    assertThat(shown.card()).isEqualTo(MatrixFixtures.expected(purpose, "card"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cells")
  void filter_recordBeanAndEveryNestedShape_showsExactlyWhatTheDecisionAllows(
      String purpose, UnannotatedFields mode) {
    Guard guard = guard(mode);
    Person alice = MatrixFixtures.alice();

    assertPerson(purpose, guard.filter(MatrixFixtures.SUBJECT, purpose, alice));

    PersonBean bean = guard.filter(MatrixFixtures.SUBJECT, purpose, MatrixFixtures.aliceBean());
    assertThat(bean.getEmail()).isEqualTo(MatrixFixtures.expected(purpose, "email"));
    assertThat(bean.getPhone()).isEqualTo(MatrixFixtures.expected(purpose, "phone")); // subclass
    assertThat(bean.note).isEqualTo(mode == UnannotatedFields.KEEP ? "technical" : null);

    Envelope shown = guard.filter(MatrixFixtures.SUBJECT, purpose, MatrixFixtures.envelope(alice));
    assertPerson(purpose, (Person) shown.contact()); // interface-typed
    shown.people().forEach(p -> assertPerson(purpose, p)); // wildcard list
    for (Person p : shown.array()) {
      assertPerson(purpose, p);
    }
    shown.byId().values().forEach(p -> assertPerson(purpose, p));
    shown.maybe().orElseThrow().forEach(p -> assertPerson(purpose, p)); // Optional<List<..>>
    shown.iterable().forEach(p -> assertPerson(purpose, p));
    boolean ownerShown = purpose.equals("support") || purpose.equals("notice");
    if (purpose.equals("analytics") || ownerShown) { // @DataCategory("contact") Person owner
      assertPerson(purpose, shown.owner());
    } else {
      assertThat(shown.owner()).isNull();
    }
    // one person shared six times is filtered once, and stays shared
    assertThat(shown.people().get(0)).isSameAs(shown.array()[0]).isSameAs(shown.contact());

    Map<String, Object> map = guard.filterToMap(MatrixFixtures.SUBJECT, purpose, alice);
    assertThat(map.get("email")).isEqualTo(MatrixFixtures.expected(purpose, "email"));
    assertThat(map.containsKey("card")).isEqualTo(MatrixFixtures.expected(purpose, "card") != null);
    afterRun(purpose);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cells")
  void repository_resultOfEveryShape_showsExactlyWhatTheDecisionAllows(
      String purpose, UnannotatedFields mode) {
    Guard guard = guard(mode);
    People people = guard.repository(People.class, new MatrixFixtures.InMemoryPeople());
    try (PurposeScope scope = guard.scope(MatrixFixtures.SUBJECT, purpose)) {
      produced.add(scope.toString());
      produced.add(people.toString());
      Function<Person, Person> check =
          p -> {
            assertPerson(purpose, p);
            return p;
          };
      check.apply(people.one());
      people.list().forEach(check::apply);
      for (Person p : people.array()) {
        check.apply(p);
      }
      people.byId().values().forEach(check::apply);
      check.apply(people.maybe().orElseThrow());
      assertThat(people.stream().map(check).count()).isEqualTo(2);
      people.set().forEach(check::apply);
      assertThat(people.count()).isEqualTo(2); // no personal data: no categories needed

      String phone = MatrixFixtures.expected(purpose, "phone");
      if (phone == null) { // not_before still ahead: the call is refused, not answered with null
        assertThatThrownBy(people::phone)
            .isInstanceOf(UndischargedObligationException.class)
            .hasMessageContaining("not_before")
            .satisfies(e -> produced.add(e.getMessage()));
      } else {
        assertThat(people.phone()).isEqualTo(phone); // a plain value of a declared category
        assertThat(people.phones()).containsExactly(phone, phone);
        assertThat(people.maybePhone()).contains(phone);
      }
    }
    afterRun(purpose);
  }

  private void afterRun(String purpose) {
    if (purpose.equals("notice")) {
      assertThat(notified).isNotEmpty().allMatch(MatrixFixtures.NOTICE::equals);
      assertThat(logged).isNotEmpty().allMatch(e -> e.outcome().equals("ALLOW"));
    } else {
      assertThat(notified).isEmpty();
    }
    for (DecisionEvent event : logged) {
      produced.add(event.toRecord(event.subject().pseudonym(MatrixFixtures.KEY)).toString());
    }
    produced.add(MatrixFixtures.SUBJECT.toString());
    produced.add(policy.decide(MatrixFixtures.request(purpose)).explanation().toString());
    produced.add(policy.decide(MatrixFixtures.request(purpose)).toString());
    produced.add(MatrixFixtures.request(purpose).toString());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cells")
  void everyStringOfTheRun_holdsNoRawIdOrValue(String purpose, UnannotatedFields mode) {
    filter_recordBeanAndEveryNestedShape_showsExactlyWhatTheDecisionAllows(purpose, mode);
    repository_resultOfEveryShape_showsExactlyWhatTheDecisionAllows(purpose, mode);

    Set<String> leaks =
        produced.stream()
            .filter(text -> MatrixFixtures.RAW.stream().anyMatch(text::contains))
            .collect(Collectors.toSet());
    assertThat(produced).isNotEmpty();
    assertThat(leaks).isEmpty();
  }
}
