package dev.proviso.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.analysis.CellAnalyzer;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.erasure.ErasureCoordinator;
import dev.proviso.erasure.ErasureReceipt;
import dev.proviso.erasure.InMemoryErasureJournal;
import dev.proviso.erasure.RetentionPlanner;
import dev.proviso.jdbc.JdbcTableDataSystem;
import dev.proviso.jdbc.TableMapping;
import dev.proviso.model.PolicyModel;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An erasure request reaches the warehouse: a sales fact table on a real PostgreSQL, many rows per
 * customer, erased through {@link JdbcTableDataSystem} by the coordinator, the invoice kept and
 * restricted for the tax office, and the customer gone from the next segment query.
 */
class WarehouseErasureTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Instant ISSUED = Instant.parse("2025-06-01T00:00:00Z");

  @Test
  void erasure_warehouseFactTable_erasesTheSubjectsFactsKeepsTheInvoiceAndLeavesOthers()
      throws Exception {
    PolicyModel model =
        PolicyCompiler.compile(Path.of("../examples/src/main/resources/policies/shop/shop.policy"))
            .modelOrThrow();
    // JdbcTableDataSystem refuses a database whose commits are not durable: the library's
    // defaults turn fsync and synchronous_commit off.
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("fsync", "on")
            .start()) {
      DataSource warehouse = pg.getPostgresDatabase();
      try (Connection c = warehouse.getConnection();
          Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE sales_facts (fact_id BIGINT PRIMARY KEY, customer_id VARCHAR(20),"
                + " email VARCHAR(80), product VARCHAR(40), invoice_ref VARCHAR(20),"
                + " issued_at TIMESTAMP WITH TIME ZONE, restricted_to VARCHAR(100))");
        s.execute(
            "CREATE TABLE customers (id VARCHAR(20) PRIMARY KEY, region VARCHAR(10),"
                + " age DOUBLE PRECISION, identified BOOLEAN)");
        s.execute(
            "CREATE TABLE consent_events (subject_id VARCHAR(20), kind VARCHAR(20),"
                + " name VARCHAR(60), at TIMESTAMP WITH TIME ZONE,"
                + " expires TIMESTAMP WITH TIME ZONE)");
        s.execute(
            "CREATE TABLE erasure_requests (subject_id VARCHAR(20),"
                + " accepted_at TIMESTAMP WITH TIME ZONE)");
      }
      try (Connection c = warehouse.getConnection();
          PreparedStatement fact =
              c.prepareStatement("INSERT INTO sales_facts VALUES (?,?,?,?,?,?,NULL)");
          PreparedStatement customer =
              c.prepareStatement("INSERT INTO customers VALUES (?, 'US', 40, TRUE)")) {
        long id = 0;
        for (String subject : List.of("w1", "w2", "w3")) {
          customer.setString(1, subject);
          customer.executeUpdate();
          for (int i = 0; i < 50; i++) {
            fact.setLong(1, id++);
            fact.setString(2, subject);
            fact.setString(3, subject + "@example.com");
            fact.setString(4, "product-" + i);
            fact.setString(5, i % 10 == 0 ? "INV-" + id : null);
            fact.setObject(6, ISSUED.atOffset(ZoneOffset.UTC));
            fact.executeUpdate();
          }
        }
      }
      JdbcTableDataSystem facts =
          new JdbcTableDataSystem(
              "warehouse.sales_facts",
              warehouse,
              TableMapping.table("sales_facts")
                  .key("fact_id")
                  .subject("customer_id")
                  .column("email", "contact.email")
                  .column("product", "behavior.purchases")
                  .column("invoice_ref", "financial.invoice")
                  .event("issued_at", "invoice_issued")
                  .restrictionColumn("restricted_to")
                  .build());
      ErasureCoordinator coordinator =
          new ErasureCoordinator(
              new InMemoryErasureJournal(),
              RetentionPlanner.of(model),
              List.of(facts),
              Clock.fixed(NOW, ZoneOffset.UTC));

      ErasureReceipt receipt = coordinator.submit("ticket-1", "w2");

      assertThat(receipt.pending()).isEmpty();
      assertThat(receipt.complete()).isTrue();
      assertThat(receipt.retained())
          .isNotEmpty()
          .allSatisfy(
              r -> {
                assertThat(r.category()).isEqualTo("financial.invoice");
                assertThat(r.purpose()).isEqualTo("legal.tax_records");
              });
      List<String[]> w2 = rows(warehouse, "w2");
      assertThat(w2).hasSize(5); // only the five facts with an invoice are left
      assertThat(w2)
          .allSatisfy(
              r -> {
                assertThat(r[0]).as("email").isNull();
                assertThat(r[1]).as("product").isNull();
                assertThat(r[2]).as("invoice").startsWith("INV-");
                assertThat(r[3]).as("restricted to").isEqualTo("legal.tax_records");
              });
      assertThat(rows(warehouse, "w1")).hasSize(50).allSatisfy(r -> assertThat(r[0]).isNotNull());
      assertThat(rows(warehouse, "w3")).hasSize(50).allSatisfy(r -> assertThat(r[3]).isNull());

      // The accepted request also closes the segment query over the same warehouse.
      try (Connection c = warehouse.getConnection();
          PreparedStatement e = c.prepareStatement("INSERT INTO erasure_requests VALUES (?, ?)")) {
        e.setString(1, receipt.subjectId());
        e.setObject(2, receipt.acceptedAt().atOffset(ZoneOffset.UTC));
        e.executeUpdate();
      }
      SqlFilter fulfilment =
          ResidualSql.render(
              new CellAnalyzer(model).exactResidual(List.of("contact.email"), "fulfilment"),
              new SqlMapping(
                  "customers",
                  "c",
                  "id",
                  Map.of("region", "region", "age", "age", "identified", "identified"),
                  SqlMapping.ConsentTable.standard("consent_events"),
                  SqlMapping.ErasureTable.standard("erasure_requests")),
              SqlDialect.POSTGRESQL,
              NOW.plusSeconds(1));
      assertThat(select(warehouse, fulfilment)).containsExactlyInAnyOrder("w1", "w3");
    }
  }

  /** email, product, invoice_ref, restricted_to of a subject's facts. */
  private static List<String[]> rows(DataSource db, String subject) throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT email, product, invoice_ref, restricted_to FROM sales_facts"
                    + " WHERE customer_id = ?")) {
      q.setString(1, subject);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
    }
    return rows;
  }

  private static List<String> select(DataSource db, SqlFilter filter) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement q = c.prepareStatement(filter.segmentQuery())) {
      for (int i = 0; i < filter.parameters().size(); i++) {
        q.setObject(i + 1, filter.parameters().get(i));
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }
}
