package dev.proviso.erasure;

import dev.proviso.jdbc.TestDatabases;
import javax.sql.DataSource;

/** The table data system contract through a pool whose connections have auto-commit off. */
class H2AutoCommitOffJdbcTableDataSystemTest extends JdbcTableDataSystemContract {
  @Override
  DataSource newDatabase() {
    return TestDatabases.freshH2(false);
  }
}
