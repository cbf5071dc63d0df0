package dev.proviso.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ErasureJournal} must show; one subclass per implementation. */
abstract class ErasureJournalContract {
  private static final Instant T = Instant.parse("2026-11-23T10:00:00.123456Z");
  private final ErasureJournal journal = newJournal();

  abstract ErasureJournal newJournal();

  private static JournalEntry entry(int seq, StepType step, List<PlannedItem> items) {
    return new JournalEntry("r1", seq, "crm", step, items, "", T.plusSeconds(seq));
  }

  @Test
  void accept_sameIdTwice_keepsTheFirstAcceptance() {
    ErasureRequest first = journal.accept(new ErasureRequest("r1", "cust-1", T));

    assertThat(journal.accept(new ErasureRequest("r1", "cust-1", T.plusSeconds(60))))
        .isEqualTo(first);
    assertThat(journal.requests()).containsExactly(first);
    assertThatThrownBy(() -> journal.accept(new ErasureRequest("r1", "cust-2", T)))
        .hasMessageContaining("another subject");
  }

  @Test
  void erasureRequested_trueFromTheAcceptanceInstantForThatSubjectOnly() {
    journal.accept(new ErasureRequest("r1", "cust-1", T));

    assertThat(journal.erasureRequested("cust-1", T)).isTrue();
    assertThat(journal.erasureRequested("cust-1", T.minusNanos(1000))).isFalse();
    assertThat(journal.erasureRequested("cust-2", T)).isFalse();
  }

  @Test
  void append_entriesWithPlansAndRetentions_readBackExactlyInOrder() {
    journal.accept(new ErasureRequest("r1", "cust-1", T));
    PlannedItem kept =
        new PlannedItem(
            "INV-1",
            "financial.invoice",
            Optional.of(
                new Retention(
                    "shop.policy:21",
                    "legal.tax_records",
                    "tax law\tand\nmore",
                    T,
                    "shop@2#ab",
                    "gdpr")),
            "",
            Map.of("invoice_issued", T, "paid", T.plusSeconds(60)));
    PlannedItem erased = new PlannedItem("c-1", "contact.email", Optional.empty(), "no event");
    List<JournalEntry> written =
        List.of(
            entry(1, StepType.PLANNED, List.of(kept, erased)),
            entry(2, StepType.ERASE_STARTED, List.of(erased)),
            new JournalEntry("r1", 3, "crm", StepType.FAILED, List.of(), "timeout", T),
            new JournalEntry("r1", 4, "crm", StepType.REPLANNED, List.of(kept), "shop@3#cd", T));
    written.forEach(journal::append);

    assertThat(journal.entries("r1")).isEqualTo(written);
    assertThat(journal.entries("r2")).isEmpty();
  }

  @Test
  void requestsOf_returnsOnlyThatSubjectsRequestsOldestFirst() {
    journal.accept(new ErasureRequest("r1", "cust-1", T));
    journal.accept(new ErasureRequest("r2", "cust-1", T.plusSeconds(5)));
    journal.accept(new ErasureRequest("r3", "cust-2", T));

    assertThat(journal.requestsOf("cust-1"))
        .extracting(ErasureRequest::requestId)
        .containsExactly("r1", "r2");
    assertThat(journal.requestsOf("cust-9")).isEmpty();
  }

  @Test
  void append_entryNumberAlreadyTaken_throwsConflictAndKeepsTheFirst() {
    journal.accept(new ErasureRequest("r1", "cust-1", T));
    journal.append(entry(1, StepType.PLANNED, List.of()));

    assertThatThrownBy(() -> journal.append(entry(1, StepType.FAILED, List.of())))
        .isInstanceOf(JournalConflictException.class)
        .hasMessageContaining("another coordinator");
    assertThat(journal.entries("r1"))
        .extracting(JournalEntry::step)
        .containsExactly(StepType.PLANNED);
  }
}
