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
import dev.proviso.guard.Fixtures.Unannotated;
import dev.proviso.log.SubjectPseudonymizer;
import java.util.Map;
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

    Customer shown = (Customer) drop.copy(meta, alice, actions(MASK, PSEUDONYMIZE, REMOVE, KEEP));

    assertThat(shown.id()).isNull();
    assertThat(shown.email()).isEqualTo("a***@example.com");
    assertThat(shown.phone()).isEqualTo(KEY.pseudonym("+44 7700 900123"));
    assertThat(shown.address()).isNull();
    assertThat(shown.orders()).isEqualTo(7);
  }

  @Test
  void copy_maskedNumber_becomesZeroNotTheValue() {
    Customer shown =
        (Customer)
            keep.copy(ClassMetadata.of(Customer.class), alice, actions(KEEP, KEEP, KEEP, MASK));

    assertThat(shown.orders()).isZero();
    assertThat(shown.id()).isEqualTo("cust-42");
  }

  @Test
  void copy_bean_setsRemovedPrimitiveToFalseAndKeepsUnannotatedWhenConfigured() {
    Account account = new Account("acc-1", "bob@example.com", "0123456789", true);

    Account shown =
        (Account)
            keep.copy(ClassMetadata.of(Account.class), account, actions(KEEP, REMOVE, REMOVE));

    assertThat(shown).isNotSameAs(account);
    assertThat(shown.getId()).isEqualTo("acc-1");
    assertThat(shown.getEmail()).isEqualTo("bob@example.com");
    assertThat(shown.getPhone()).isNull();
    assertThat(shown.isVip()).isFalse();
  }

  @Test
  void toMap_removedAndUnannotated_areAbsent() {
    Map<String, Object> shown =
        drop.toMap(ClassMetadata.of(Customer.class), alice, actions(KEEP, MASK, REMOVE, REMOVE));

    assertThat(shown)
        .containsExactly(
            Map.entry("email", "alice@example.com"), Map.entry("phone", "*************23"));
  }

  @Test
  void copy_classWithoutNoArgConstructor_saysToUseRecordOrMap() {
    ClassMetadata meta = ClassMetadata.of(Immutable.class);

    assertThatThrownBy(() -> drop.copy(meta, new Immutable("x@y.z"), actions(KEEP)))
        .hasMessageContaining("no no-argument constructor")
        .hasMessageContaining("filterToMap");
    assertThat(drop.toMap(meta, new Immutable("x@y.z"), actions(KEEP)))
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
}
