package dev.proviso.examples.shop;

import dev.proviso.jdbc.TableMapping;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The shop's operational database on embedded H2: a CRM table, the mailing list and the invoices,
 * three systems an erasure request must reach.
 */
final class ShopDatabase {
  private static final AtomicInteger RUNS = new AtomicInteger();

  private ShopDatabase() {}

  static DataSource start() throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    // In memory for the demo. A file database must add ;WRITE_DELAY=0 (durable commits), or the
    // JDBC stores refuse it: see docs/reliability.md.
    // A fresh database per run, so the demo can run twice in one JVM (its tests do).
    ds.setURL("jdbc:h2:mem:acme-shop-" + RUNS.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "create table crm_customers (id varchar(20) primary key, customer_id varchar(20),"
              + " email varchar(100), phone varchar(30), postal_address varchar(200),"
              + " restricted_to varchar(100))");
      s.execute(
          "create table mailing_list (id varchar(20) primary key, customer_id varchar(20),"
              + " email varchar(100), restricted_to varchar(100))");
      s.execute(
          "create table invoices (invoice_no varchar(20) primary key, customer_id varchar(20),"
              + " billing_email varchar(100), amount varchar(30), issued_at timestamp,"
              + " restricted_to varchar(100))");
      s.execute(
          "insert into crm_customers values ('c-1', 'anna', 'anna@example.eu', '+49 30 1234567',"
              + " 'Unter den Linden 1, Berlin', null)");
      s.execute("insert into mailing_list values ('m-1', 'anna', 'anna@example.eu', null)");
      s.execute(
          "insert into invoices values ('INV-2024-118', 'anna', 'anna@example.eu', 'EUR 89.90',"
              + " timestamp '2024-11-02 10:15:00', null)");
    }
    return ds;
  }

  static TableMapping crm() {
    return TableMapping.table("crm_customers")
        .key("id")
        .subject("customer_id")
        .column("email", "contact.email")
        .column("phone", "contact.phone")
        .column("postal_address", "contact.postal_address")
        .restrictionColumn("restricted_to")
        .build();
  }

  static TableMapping mailingList() {
    return TableMapping.table("mailing_list")
        .key("id")
        .subject("customer_id")
        .column("email", "contact.email")
        .restrictionColumn("restricted_to")
        .build();
  }

  static TableMapping invoices() {
    return TableMapping.table("invoices")
        .key("invoice_no")
        .subject("customer_id")
        .column("billing_email", "contact.email")
        .column("amount", "financial.invoice")
        .event("issued_at", "invoice_issued")
        .restrictionColumn("restricted_to")
        .build();
  }
}
