package dev.proviso.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.jdbc.JdbcTableDataSystem;
import dev.proviso.jdbc.TableMapping;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC table adapter against a real database; one subclass per database. */
abstract class JdbcTableDataSystemContract {
  private static final Instant ISSUED = Instant.parse("2020-03-01T09:30:00Z");
  private static final TableMapping INVOICES =
      TableMapping.table("invoices")
          .key("invoice_no")
          .subject("customer_id")
          .column("billing_email", "contact.email")
          .column("amount", "financial.invoice")
          .column("currency", "financial.invoice")
          .event("issued_at", "invoice_issued")
          .restrictionColumn("restricted_to")
          .build();

  private DataSource db;
  private JdbcTableDataSystem invoices;

  abstract DataSource newDatabase();

  @BeforeEach
  void createTable() throws SQLException {
    db = newDatabase();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE invoices (invoice_no BIGINT PRIMARY KEY, customer_id VARCHAR(40) NOT NULL,"
              + " billing_email VARCHAR(200), amount DECIMAL(10,2), currency VARCHAR(3),"
              + " issued_at TIMESTAMP WITH TIME ZONE, restricted_to VARCHAR(100))");
      commit(c);
    }
    insert(1, "cust-42", "a@x.eu", "120.00", ISSUED);
    insert(2, "cust-42", "a@x.eu", "15.00", null);
    insert(3, "cust-7", "b@x.eu", "99.00", ISSUED);
    invoices = new JdbcTableDataSystem("invoicing", db, INVOICES);
  }

  private void insert(long no, String customer, String email, String amount, Instant issued)
      throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO invoices (invoice_no, customer_id, billing_email, amount, currency,"
                    + " issued_at) VALUES (?, ?, ?, ?, 'EUR', ?)")) {
      s.setLong(1, no);
      s.setString(2, customer);
      s.setString(3, email);
      s.setBigDecimal(4, new java.math.BigDecimal(amount));
      dev.proviso.jdbc.Jdbc.setInstant(s, 5, issued);
      s.executeUpdate();
      commit(c);
    }
  }

  /** The fixture's own writes commit under either auto-commit mode of the pool. */
  private static void commit(Connection c) throws SQLException {
    if (!c.getAutoCommit()) {
      c.commit();
    }
  }

  @Test
  void holdings_subjectWithTwoInvoices_listsEachCategoryOfEachRowWithEvents() {
    List<HeldItem> held = invoices.holdings("cust-42");

    assertThat(held)
        .extracting(i -> i.key() + "/" + i.category() + "=" + i.value())
        .containsExactly(
            "1/contact.email=a@x.eu",
            "1/financial.invoice=120.00 EUR",
            "2/contact.email=a@x.eu",
            "2/financial.invoice=15.00 EUR");
    assertThat(held.get(0).events()).containsEntry("invoice_issued", ISSUED);
    assertThat(held.get(2).events()).isEmpty();
  }

  @Test
  void erase_someCategoriesOfARow_nullsThemAndKeepsTheRestRestricted() {
    invoices.erase("cust-42", List.of(new ItemRef("1", "contact.email")));
    invoices.restrict(
        "cust-42", new ItemRef("1", "financial.invoice"), "legal.tax_records", ISSUED);

    assertThat(invoices.holdings("cust-42"))
        .filteredOn(i -> i.key().equals("1"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.category()).isEqualTo("financial.invoice");
              assertThat(i.restrictedTo()).contains("legal.tax_records");
            });
  }

  @Test
  void erase_everyCategoryOfARow_deletesTheRowAndRepeatingItChangesNothing() {
    List<ItemRef> row2 =
        List.of(new ItemRef("2", "contact.email"), new ItemRef("2", "financial.invoice"));

    invoices.erase("cust-42", row2);
    invoices.erase("cust-42", row2);

    assertThat(invoices.holdings("cust-42")).extracting(HeldItem::key).containsOnly("1");
    assertThat(invoices.holdings("cust-7")).hasSize(2);
  }

  @Test
  void erase_keyOfAnotherSubject_leavesTheirRowAlone() {
    invoices.erase("cust-42", List.of(new ItemRef("3", "contact.email")));

    assertThat(invoices.holdings("cust-7"))
        .extracting(HeldItem::category)
        .contains("contact.email");
  }

  @Test
  void coordinator_overTheJdbcTable_keepsTheInvoiceInForceAndErasesTheRest() {
    ErasureCoordinator coordinator =
        new ErasureCoordinator(
            new InMemoryErasureJournal(),
            ShopFixture.PLANNER,
            List.of(invoices),
            ShopFixture.CLOCK);

    ErasureReceipt receipt = coordinator.submit("t-1", "cust-42");

    assertThat(receipt.complete()).isTrue();
    assertThat(invoices.holdings("cust-42"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.key()).isEqualTo("1");
              assertThat(i.restrictedTo()).contains("legal.tax_records");
            });
    assertThat(receipt.erased())
        .filteredOn(e -> e.category().equals("financial.invoice"))
        .singleElement()
        .satisfies(e -> assertThat(e.note()).contains("no event.invoice_issued"));
  }

  @Test
  void holdings_tableMissing_throwsNamingTheSystemAndTable() {
    JdbcTableDataSystem broken =
        new JdbcTableDataSystem(
            "legacy",
            db,
            TableMapping.table("no_such_table")
                .key("id")
                .subject("customer_id")
                .column("email", "contact.email")
                .build());

    assertThatThrownBy(() -> broken.holdings("cust-42"))
        .hasMessageContaining("data system 'legacy'")
        .hasMessageContaining("no_such_table");
  }

  @Test
  void tableMapping_identifierWithSql_isRejected() {
    assertThatThrownBy(
            () ->
                TableMapping.table("invoices; DROP TABLE x")
                    .key("id")
                    .subject("c")
                    .column("e", "contact.email")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid SQL table name");
  }
}
