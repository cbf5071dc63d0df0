package dev.proviso.erasure;

import dev.proviso.jdbc.JdbcErasureJournal;
import dev.proviso.jdbc.TestDatabases;

class PostgresRetentionReplanTest extends RetentionReplanContract {
  @Override
  ErasureJournal newJournal() {
    return JdbcErasureJournal.create(TestDatabases.freshPostgres());
  }
}
