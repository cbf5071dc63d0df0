package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.guard.Fixtures.Customer;
import dev.proviso.jackson.DecisionLogCodec;
import dev.proviso.jackson.ProvisoModule;
import dev.proviso.log.AsyncDecisionLogWriter;
import dev.proviso.log.DecisionRecord;
import dev.proviso.log.SubjectPseudonymizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives every guard path into a real log file, then scans the file for anything personal. */
class DecisionLogPrivacyTest {
  private static final SubjectPseudonymizer LOG_KEY =
      new SubjectPseudonymizer("log-key-0123456789".getBytes());

  @Test
  void decisionLog_afterEveryGuardPath_holdsNoRawSubjectIdOrValue(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("decisions.jsonl");
    Policy policy = Policy.from(ShopPolicy.model(1));
    List<Customer> customers =
        List.of(
            new Customer("subj-7731", "alice.private@example.com", "+44 7700 900123", "1 Elm", 7),
            new Customer("subj-9902", "bob.secret@example.org", "+1 555 0100 99", "2 Oak", 2));
    AsyncDecisionLogWriter log =
        AsyncDecisionLogWriter.toFile(file, DecisionLogCodec.JSON_LINES, LOG_KEY, 1_000);
    try (log) {
      Guard guard =
          Guard.builder(() -> policy)
              .consents(ShopPolicy.consentsOf(Set.of("subj-7731")))
              .decisionLog(log)
              .pseudonymizer(new SubjectPseudonymizer(ShopPolicy.KEY_TEXT.getBytes()))
              .build();
      ObjectMapper mapper = new ObjectMapper().registerModule(new ProvisoModule());
      for (Customer c : customers) {
        Subject subject = Subject.builder(c.id()).set("region", "EU").build();
        for (String purpose : List.of("marketing.email", "analytics", "fulfilment")) {
          guard.filter(subject, purpose, c);
          guard.filterToMap(subject, purpose, c);
          guard.decide(subject, purpose, "contact.email", "contact.phone");
          try (PurposeScope scope = guard.scope(subject, purpose)) {
            mapper.writeValueAsString(c);
          }
        }
      }
    }

    String text = Files.readString(file);
    List<String> lines = text.lines().toList();
    assertThat(log.dropped()).isZero();
    assertThat(lines).hasSize((int) log.written()).hasSizeGreaterThan(2 * 3 * 4);
    for (Customer c : customers) {
      assertThat(text)
          .doesNotContain(c.id())
          .doesNotContain(c.email())
          .doesNotContain(c.phone())
          .doesNotContain(c.address());
    }
    List<DecisionRecord> records = lines.stream().map(DecisionLogCodec.JSON_LINES::decode).toList();
    assertThat(records)
        .extracting(DecisionRecord::subject)
        .containsOnly(LOG_KEY.pseudonym("subj-7731"), LOG_KEY.pseudonym("subj-9902"));
    assertThat(records).extracting(DecisionRecord::policy).containsOnly("shop");
    assertThat(records)
        .filteredOn(r -> r.rules().contains(ShopPolicy.GDPR_CONSENT))
        .isNotEmpty()
        .allMatch(r -> r.outcome().equals("DENY"));
  }
}
