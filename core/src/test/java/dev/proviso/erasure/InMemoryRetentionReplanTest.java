package dev.proviso.erasure;

class InMemoryRetentionReplanTest extends RetentionReplanContract {
  @Override
  ErasureJournal newJournal() {
    return new InMemoryErasureJournal();
  }
}
