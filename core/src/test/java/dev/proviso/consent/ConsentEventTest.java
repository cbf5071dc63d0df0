package dev.proviso.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsentEventTest {

  @Test
  void toString_anyEvent_masksTheSubjectIdAndKeepsWhatHappened() {
    ConsentEvent event =
        ConsentEvent.given(
            "alice@example.com",
            "marketing.email",
            Instant.parse("2026-01-01T00:00:00Z"),
            "signup-form",
            "shop v3");

    assertThat(event.toString())
        .doesNotContain("alice@example.com")
        .contains("subject=***", "marketing.email", "2026-01-01T00:00:00Z", "signup-form");
  }
}
