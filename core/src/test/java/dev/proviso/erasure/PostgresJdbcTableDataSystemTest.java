package dev.proviso.erasure;

import dev.proviso.jdbc.TestDatabases;
import javax.sql.DataSource;

class PostgresJdbcTableDataSystemTest extends JdbcTableDataSystemContract {
  @Override
  DataSource newDatabase() {
    return TestDatabases.freshPostgres();
  }
}
