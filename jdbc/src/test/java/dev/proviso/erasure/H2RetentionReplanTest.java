package dev.proviso.erasure;

import dev.proviso.jdbc.JdbcErasureJournal;
import dev.proviso.jdbc.TestDatabases;

class H2RetentionReplanTest extends RetentionReplanContract {
  @Override
  ErasureJournal newJournal() {
    return JdbcErasureJournal.create(TestDatabases.freshH2());
  }
}
