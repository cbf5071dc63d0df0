package dev.proviso.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableCommitsTest {
  @TempDir Path dir;

  @Test
  void create_h2FileWithDefaultWriteDelay_refusesNamingTheFix() {
    DataSource db = TestDatabases.h2("jdbc:h2:file:" + dir.resolve("lazy"));

    assertThatThrownBy(() -> JdbcConsentLedger.create(db))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("WRITE_DELAY is 500 ms")
        .hasMessageContaining("add ;WRITE_DELAY=0 to the JDBC URL");
    assertThatThrownBy(() -> JdbcErasureJournal.create(db))
        .hasMessageContaining("need durable commits");
  }

  @Test
  void create_h2FileWithWriteDelayZero_acceptsAndStores() {
    DataSource db = TestDatabases.h2("jdbc:h2:file:" + dir.resolve("durable") + ";WRITE_DELAY=0");

    assertThat(JdbcErasureJournal.create(db).requests()).isEmpty();
    assertThat(JdbcConsentLedger.create(db).history("cust-1")).isEmpty();
  }

  @Test
  void create_postgresWithSynchronousCommitOff_refuses() throws SQLException {
    DataSource db = TestDatabases.freshPostgres();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET synchronous_commit = off"); // this session; the pool hands it out again
    }

    assertThatThrownBy(() -> JdbcConsentLedger.create(db))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("synchronous_commit is off")
        .hasMessageContaining("set synchronous_commit = on");
  }

  @Test
  void erase_h2FileWithDefaultWriteDelay_refusesBeforeTouchingTheTable() throws SQLException {
    DataSource db = TestDatabases.h2("jdbc:h2:file:" + dir.resolve("data"));
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (k INT PRIMARY KEY, sub VARCHAR(10), email VARCHAR(50))");
      s.execute("INSERT INTO t VALUES (1, 'cust-1', 'a@x.eu')");
    }
    TableMapping mapping =
        TableMapping.table("t").key("k").subject("sub").column("email", "contact.email").build();
    JdbcTableDataSystem system = new JdbcTableDataSystem("crm", db, mapping);

    assertThatThrownBy(
            () ->
                system.erase(
                    "cust-1",
                    system.holdings("cust-1").stream()
                        .map(dev.proviso.erasure.HeldItem::ref)
                        .toList()))
        .hasMessageContaining("WRITE_DELAY");
    assertThat(system.holdings("cust-1")).hasSize(1);
  }
}
