package dev.proviso.erasure;

import dev.proviso.jdbc.JdbcErasureJournal;
import dev.proviso.jdbc.TestDatabases;

class H2ErasureJournalTest extends ErasureJournalContract {
  @Override
  ErasureJournal newJournal() {
    return JdbcErasureJournal.create(TestDatabases.freshH2());
  }
}
