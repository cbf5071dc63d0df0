package dev.proviso.erasure;

class InMemoryErasureJournalTest extends ErasureJournalContract {
  @Override
  ErasureJournal newJournal() {
    return new InMemoryErasureJournal();
  }
}
