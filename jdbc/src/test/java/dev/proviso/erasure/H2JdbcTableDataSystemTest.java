package dev.proviso.erasure;

import dev.proviso.jdbc.TestDatabases;
import javax.sql.DataSource;

class H2JdbcTableDataSystemTest extends JdbcTableDataSystemContract {
  @Override
  DataSource newDatabase() {
    return TestDatabases.freshH2();
  }
}
