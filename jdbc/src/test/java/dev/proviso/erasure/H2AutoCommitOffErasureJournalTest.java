package dev.proviso.erasure;

import dev.proviso.jdbc.JdbcErasureJournal;
import dev.proviso.jdbc.TestDatabases;

/** The journal contract through a pool whose connections have auto-commit off. */
class H2AutoCommitOffErasureJournalTest extends ErasureJournalContract {
  @Override
  ErasureJournal newJournal() {
    return JdbcErasureJournal.create(TestDatabases.freshH2(false));
  }
}
