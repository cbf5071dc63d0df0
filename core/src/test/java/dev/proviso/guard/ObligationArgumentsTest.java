package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Policy;
import dev.proviso.guard.MatrixFixtures.Person;
import dev.proviso.log.DecisionEvent;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyModelBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mask methods, audit tags and notify channels, enforced by the built-in obligation handlers. */
class ObligationArgumentsTest {
  private final List<DecisionEvent> logged = new ArrayList<>();

  /** {@code allow contact for <purpose> with <obligations>}, one purpose per case. */
  private static Policy policy() {
    return Policy.from(
        PolicyModelBuilder.named("arguments", 1)
            .category("contact", "email", "phone", "card")
            .purpose("redacted")
            .purpose("truncated")
            .purpose("hashed")
            .purpose("layered")
            .purpose("unknown_method")
            .purpose("tagged")
            .purpose("channel")
            .allow("contact", "redacted")
            .with(new ObligationDefinition.Mask("contact.phone", Optional.of("redact")))
            .allow("contact", "truncated")
            .with(new ObligationDefinition.Mask("contact.email", Optional.of("truncate")))
            .allow("contact", "hashed")
            .with(new ObligationDefinition.Mask("contact.card", Optional.of("hash")))
            .allow("contact", "layered")
            .with(
                new ObligationDefinition.Mask("contact", Optional.of("truncate")),
                new ObligationDefinition.Mask("contact.phone", Optional.of("redact")))
            .allow("contact", "unknown_method")
            .with(new ObligationDefinition.Mask("contact.phone", Optional.of("scramble")))
            .allow("contact", "tagged")
            .with(new ObligationDefinition.Audit(Optional.of("ccpa_disclosure")))
            .oblige("contact.email", "tagged")
            .with(new ObligationDefinition.Audit(Optional.of("email_use")))
            .allow("contact", "channel")
            .with(new ObligationDefinition.Notify(MatrixFixtures.NOTICE, Optional.of("sms")))
            .build());
  }

  private Guard.Builder builder() {
    Policy policy = policy();
    return Guard.builder(() -> policy).decisionLog(logged::add);
  }

  @Test
  void filter_maskMethods_redactTruncateAndHashTheirValues() {
    Guard guard = builder().pseudonymizer(MatrixFixtures.KEY).build();

    Person redacted = guard.filter(MatrixFixtures.SUBJECT, "redacted", MatrixFixtures.alice());
    Person truncated = guard.filter(MatrixFixtures.SUBJECT, "truncated", MatrixFixtures.alice());
    Person hashed = guard.filter(MatrixFixtures.SUBJECT, "hashed", MatrixFixtures.alice());

    assertThat(redacted.phone()).isEqualTo("[redacted]");
    assertThat(redacted.email()).isEqualTo(MatrixFixtures.EMAIL);
    assertThat(truncated.email()).isEqualTo("alic…");
    assertThat(hashed.card()).isEqualTo(MatrixFixtures.KEY.pseudonym(MatrixFixtures.CARD));
  }

  @Test
  void filter_twoMasksOnOneValue_theStrongerMethodWins() {
    Person shown =
        builder().build().filter(MatrixFixtures.SUBJECT, "layered", MatrixFixtures.alice());

    assertThat(shown.phone()).isEqualTo("[redacted]");
    assertThat(shown.email()).isEqualTo("alic…");
  }

  @Test
  void filter_maskByHashWithoutAKey_isRefusedAndHandsOutNothing() {
    Guard guard = builder().build();

    assertThatThrownBy(() -> guard.filter(MatrixFixtures.SUBJECT, "hashed", MatrixFixtures.alice()))
        .isInstanceOf(UndischargedObligationException.class)
        .hasMessageContaining("mask by hash needs the guard's key")
        .hasMessageNotContaining(MatrixFixtures.CARD);
  }

  @Test
  void filterAndCheck_unknownMaskMethod_failClosedNamingTheKnownMethods() {
    Guard guard = builder().build();

    assertThatThrownBy(
            () -> guard.filter(MatrixFixtures.SUBJECT, "unknown_method", MatrixFixtures.alice()))
        .isInstanceOf(UndischargedObligationException.class)
        .hasMessageContaining("the guard knows no mask method 'scramble'")
        .hasMessageContaining("partial, truncate, hash, redact")
        .hasMessageNotContaining(MatrixFixtures.PHONE);
    assertThatThrownBy(() -> guard.check(MatrixFixtures.SUBJECT, "unknown_method", "contact.email"))
        .isInstanceOf(UndischargedObligationException.class);
  }

  @Test
  void check_auditTags_ofTheAllowAndAnObligeRule_areCarriedIntoTheAuditRecord() {
    Guard guard = builder().build();

    guard.check(MatrixFixtures.SUBJECT, "tagged", "contact.email");
    guard.check(MatrixFixtures.SUBJECT, "tagged", "contact.phone");

    assertThat(logged)
        .extracting(DecisionEvent::audit)
        .containsExactly(List.of("ccpa_disclosure", "email_use"), List.of("ccpa_disclosure"));
    assertThat(logged.get(0).toRecord("p").audit()).containsExactly("ccpa_disclosure", "email_use");
    assertThat(logged.get(0).toString())
        .contains("audit=[ccpa_disclosure, email_use]")
        .doesNotContain(MatrixFixtures.RAW_ID); // the event holds the raw id; it never prints it
  }

  @Test
  void check_notifyOnAChannel_reachesAChannelNotifier_andANotifierWithoutChannelsRefuses() {
    List<String> sent = new ArrayList<>();
    Notifier channels =
        new Notifier() {
          @Override
          public void notify(dev.proviso.Subject subject, String message) {
            sent.add("default: " + message);
          }

          @Override
          public void notify(dev.proviso.Subject subject, String message, Optional<String> on) {
            sent.add(on.orElse("default") + ": " + message);
          }
        };
    Guard withChannels = builder().notifier(channels).build();
    Guard plain = builder().notifier((subject, message) -> sent.add("plain")).build();

    withChannels.check(MatrixFixtures.SUBJECT, "channel", "contact.email");

    assertThat(sent).containsExactly("sms: " + MatrixFixtures.NOTICE);
    assertThatThrownBy(() -> plain.check(MatrixFixtures.SUBJECT, "channel", "contact.email"))
        .isInstanceOf(UndischargedObligationException.class)
        .hasMessageContaining("its handler failed (UnsupportedOperationException)");
    assertThat(sent).doesNotContain("plain");
  }
}
