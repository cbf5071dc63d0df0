package dev.proviso.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.jdbc.JdbcTableDataSystem;
import dev.proviso.jdbc.TableMapping;
import dev.proviso.jdbc.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PostgresJdbcTableDataSystemTest extends JdbcTableDataSystemContract {
  @Override
  DataSource newDatabase() {
    return TestDatabases.freshPostgres();
  }

  @Test
  void holdingsAndErase_uuidKeysDateAndPlainTimestampEvents_bindAndReadAsUtc() throws SQLException {
    DataSource db = TestDatabases.freshPostgres();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE orders (id UUID PRIMARY KEY, customer VARCHAR(40), address TEXT,"
              + " placed_on DATE, shipped_at TIMESTAMP)");
      s.execute(
          "INSERT INTO orders VALUES ('6f1c7a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f', 'cust-42',"
              + " 'Main St 1', '2024-05-06', '2024-05-07 13:45:00')");
    }
    JdbcTableDataSystem orders =
        new JdbcTableDataSystem(
            "orders",
            db,
            TableMapping.table("orders")
                .key("id")
                .subject("customer")
                .column("address", "contact.postal_address")
                .event("placed_on", "order_placed")
                .event("shipped_at", "order_shipped")
                .build());

    HeldItem item = orders.holdings("cust-42").get(0);
    assertThat(item.events())
        .containsEntry("order_placed", Instant.parse("2024-05-06T00:00:00Z"))
        .containsEntry("order_shipped", Instant.parse("2024-05-07T13:45:00Z"));

    orders.erase("cust-42", List.of(item.ref()));

    assertThat(orders.holdings("cust-42")).isEmpty();
  }
}
