package dev.proviso.guard;

import static dev.proviso.guard.FieldAction.KEEP;
import static dev.proviso.guard.FieldAction.MASK;
import static dev.proviso.guard.FieldAction.PSEUDONYMIZE;
import static dev.proviso.guard.FieldAction.REMOVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.guard.Fixtures.Account;
import dev.proviso.guard.Fixtures.Customer;
import dev.proviso.guard.Fixtures.Immutable;
import dev.proviso.guard.Fixtures.Node;
import dev.proviso.guard.Fixtures.Order;
import dev.proviso.guard.Fixtures.Unannotated;
import dev.proviso.log.SubjectPseudonymizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Copies and map views for given field actions; the decisions themselves are in GuardTest. */
class ValueFilterTest {
  private static final SubjectPseudonymizer KEY =
      new SubjectPseudonymizer("0123456789abcdef".getBytes());
  private final ValueFilter drop = new ValueFilter(Masker.DEFAULT, KEY, UnannotatedFields.DROP);
  private final ValueFilter keep = new ValueFilter(Masker.DEFAULT, KEY, UnannotatedFields.KEEP);
  private final Customer alice =
      new Customer("cust-42", "alice@example.com", "+44 7700 900123", "1 High St", 7);

  @Test
  void metadata_record_listsDistinctCategoriesInComponentOrder() {
    ClassMetadata meta = ClassMetadata.of(Customer.class);

    assertThat(meta.categories().paths())
        .containsExactly(
            "contact.email", "contact.phone", "contact.postal_address", "behavior.purchases");
    assertThat(meta.slot(0)).isEqualTo(-1);
    assertThat(ClassMetadata.of(Customer.class)).isSameAs(meta);
  }

  @Test
  void metadata_bean_readsCategoriesFromFieldsAndGetters() {
    ClassMetadata meta = ClassMetadata.of(Account.class);

    assertThat(meta.categories().paths())
        .containsExactly("contact.email", "contact.phone", "behavior.purchases");
  }

  @Test
  void copy_record_keepsMasksPseudonymizesAndRemovesPerCategory() {
    ClassMetadata meta = ClassMetadata.of(Customer.class);

    Customer shown =
        (Customer) filterOf(drop, set -> actions(MASK, PSEUDONYMIZE, REMOVE, KEEP)).copy(alice);

    assertThat(shown.id()).isNull();
    assertThat(shown.email()).isEqualTo("a***@example.com");
    assertThat(shown.phone()).isEqualTo(KEY.pseudonym("+44 7700 900123"));
    assertThat(shown.address()).isNull();
    assertThat(shown.orders()).isEqualTo(7);
  }

  @Test
  void copy_maskedNumber_becomesZeroNotTheValue() {
    Customer shown = (Customer) filterOf(keep, set -> actions(KEEP, KEEP, KEEP, MASK)).copy(alice);

    assertThat(shown.orders()).isZero();
    assertThat(shown.id()).isEqualTo("cust-42");
  }

  @Test
  void copy_bean_setsRemovedPrimitiveToFalseAndKeepsUnannotatedWhenConfigured() {
    Account account = new Account("acc-1", "bob@example.com", "0123456789", true);

    Account shown = (Account) filterOf(keep, set -> actions(KEEP, REMOVE, REMOVE)).copy(account);

    assertThat(shown).isNotSameAs(account);
    assertThat(shown.getId()).isEqualTo("acc-1");
    assertThat(shown.getEmail()).isEqualTo("bob@example.com");
    assertThat(shown.getPhone()).isNull();
    assertThat(shown.isVip()).isFalse();
  }

  @Test
  void toMap_removedAndUnannotated_areAbsent() {
    Map<String, Object> shown =
        filterOf(drop, set -> actions(KEEP, MASK, REMOVE, REMOVE)).toMap(alice);

    assertThat(shown)
        .containsExactly(
            Map.entry("email", "alice@example.com"), Map.entry("phone", "*************23"));
  }

  @Test
  void copy_nestedAnnotatedObjects_areFilteredWithTheirOwnCategories() {
    Order order = new Order("o-1", "99.50", alice, List.of(alice, alice), Optional.of(alice));
    Filtering filter =
        filterOf(
            drop, set -> set.size() == 1 ? actions(KEEP) : actions(KEEP, REMOVE, REMOVE, REMOVE));

    Order shown = (Order) filter.copy(order);

    assertThat(shown.number()).isNull();
    assertThat(shown.total()).isEqualTo("99.50");
    Customer onlyEmail = new Customer(null, "alice@example.com", null, null, 0);
    assertThat(shown.buyer()).isEqualTo(onlyEmail);
    assertThat(shown.recipients()).containsExactly(onlyEmail, onlyEmail);
    assertThat(shown.referrer()).contains(onlyEmail);
  }

  @Test
  void toMap_nestedAnnotatedObjects_becomeNestedMaps() {
    Order order = new Order("o-1", "99.50", alice, List.of(alice), Optional.empty());
    Filtering filter =
        filterOf(
            drop, set -> set.size() == 1 ? actions(REMOVE) : actions(KEEP, REMOVE, REMOVE, REMOVE));

    Map<String, Object> shown = filter.toMap(order);

    Map<String, Object> buyer = Map.of("email", "alice@example.com");
    assertThat(shown)
        .containsOnlyKeys("buyer", "recipients", "referrer")
        .containsEntry("buyer", buyer)
        .containsEntry("recipients", List.of(buyer))
        .containsEntry("referrer", Optional.empty());
  }

  @Test
  void copy_cycle_stopsWithAClearError() {
    Node node = new Node();
    node.next = node;

    assertThatThrownBy(() -> filterOf(keep, set -> actions(KEEP)).copy(node))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a cycle of annotated objects");
  }

  @Test
  void copy_classWithoutNoArgConstructor_saysToUseRecordOrMap() {
    ClassMetadata meta = ClassMetadata.of(Immutable.class);

    assertThatThrownBy(() -> filterOf(drop, set -> actions(KEEP)).copy(new Immutable("x@y.z")))
        .hasMessageContaining("no no-argument constructor")
        .hasMessageContaining("filterToMap");
    assertThat(filterOf(drop, set -> actions(KEEP)).toMap(new Immutable("x@y.z")))
        .containsEntry("email", "x@y.z");
  }

  @Test
  void requireGuarded_classWithoutAnnotations_explainsWhatToAnnotate() {
    assertThatThrownBy(() -> ClassMetadata.of(Unannotated.class).requireGuarded())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no @DataCategory");
  }

  @Test
  void apply_pseudonymizeWithoutKey_saysHowToConfigureOne() {
    ValueFilter noKey = new ValueFilter(Masker.DEFAULT, null, UnannotatedFields.DROP);

    assertThatThrownBy(() -> noKey.apply(PSEUDONYMIZE, "x"))
        .hasMessageContaining(".pseudonymizer(new SubjectPseudonymizer(key))");
  }

  @Test
  void mask_default_hidesAllButRecognisableParts() {
    assertThat(Masker.DEFAULT.mask("alice@example.com")).isEqualTo("a***@example.com");
    assertThat(Masker.DEFAULT.mask("+44 7700 900123")).isEqualTo("*************23");
    assertThat(Masker.DEFAULT.mask("Alice")).isEqualTo("****");
    assertThat(Masker.DEFAULT.mask("")).isEqualTo("****");
  }

  private static FieldAction[] actions(FieldAction... actions) {
    return actions;
  }

  /** One filter per call, as a guard makes it: a copy or a map of the object. */
  private record Filtering(ValueFilter values, Function<CategorySet, FieldAction[]> actions) {
    Object copy(Object source) {
      return new ObjectFilter(values, actions, false, false).filter(source);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> toMap(Object source) {
      return (Map<String, Object>) new ObjectFilter(values, actions, true, false).filter(source);
    }
  }

  private static Filtering filterOf(
      ValueFilter values, Function<CategorySet, FieldAction[]> actions) {
    return new Filtering(values, actions);
  }
}
