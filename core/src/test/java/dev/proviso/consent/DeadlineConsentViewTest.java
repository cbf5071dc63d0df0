package dev.proviso.consent;

import static dev.proviso.model.Conditions.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.model.PolicyModelBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A store that hangs fails closed within the decision's budget; a quick one answers as usual. */
class DeadlineConsentViewTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private final Policy policy =
      Policy.from(
          PolicyModelBuilder.named("budget", 1)
              .category("contact", "email")
              .purpose("marketing")
              .allow("contact", "marketing")
              .when(consent("marketing"))
              .build());
  private final Request request =
      Request.of(
          Subject.of("s-1"), policy.category("contact.email"), policy.purpose("marketing"), NOW);

  /** Answers GIVEN after {@code delay}; never interruptible, like a socket read without timeout. */
  private static ConsentView slow(Duration delay, CountDownLatch release) {
    return new ConsentView() {
      @Override
      public ConsentState consent(String subjectId, String purpose, Instant at) {
        waitUninterruptibly(delay, release);
        return ConsentState.GIVEN;
      }

      @Override
      public boolean optedOut(String subjectId, String name, Instant at) {
        return false;
      }

      @Override
      public boolean erasureRequested(String subjectId, Instant at) {
        return false;
      }
    };
  }

  private static void waitUninterruptibly(Duration delay, CountDownLatch release) {
    long end = System.nanoTime() + delay.toNanos();
    while (System.nanoTime() < end && release.getCount() > 0) {
      try {
        release.await(5, java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (InterruptedException ignored) {
        // a store that ignores interrupts
      }
    }
  }

  @Test
  void decide_storeAnswersWithinBudget_allows() {
    ConsentView quick = DeadlineConsentView.of(slow(Duration.ZERO, new CountDownLatch(0)));

    assertThat(policy.decide(request, quick).allowed()).isTrue();
  }

  @Test
  void decide_storeHangs_deniesWithinBudgetPlusMarginWithTheReason() {
    CountDownLatch release = new CountDownLatch(1);
    ConsentView hanging =
        DeadlineConsentView.of(slow(Duration.ofHours(1), release), Duration.ofMillis(100));
    try {
      long start = System.nanoTime();
      Decision d = policy.decide(request, hanging);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(d.allowed()).isFalse();
      assertThat(d.explanation().toString())
          .contains("the consent store did not answer within 100 ms");
      assertThat(millis).isLessThan(100 + 400);
    } finally {
      release.countDown();
    }
  }

  @Test
  void decide_manyConcurrentDecisionsAgainstAHangingStore_allFailClosedPromptly() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ConsentView hanging =
        DeadlineConsentView.of(slow(Duration.ofHours(1), release), Duration.ofMillis(100));
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      long start = System.nanoTime();
      List<Future<Decision>> decisions = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        decisions.add(callers.submit(() -> policy.decide(request, hanging)));
      }
      for (Future<Decision> d : decisions) {
        assertThat(d.get().allowed()).isFalse();
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      // 200 decisions on 8 callers, each waiting at most its 100 ms budget
      assertThat(millis).isLessThan(200 / 8 * 100 + 2_000);
    } finally {
      release.countDown();
      callers.shutdownNow();
    }
  }

  @Test
  void decide_questionsOfOneDecisionShareOneBudget() {
    CountDownLatch release = new CountDownLatch(1);
    ConsentView slowEach =
        DeadlineConsentView.of(slow(Duration.ofMillis(70), release), Duration.ofMillis(100));
    Policy two =
        Policy.from(
            PolicyModelBuilder.named("two", 1)
                .category("contact", "email")
                .purpose("marketing", "email", "sms")
                .allow("contact", "marketing")
                .when(and(consent("marketing.email"), consent("marketing.sms")))
                .build());
    Request r =
        Request.of(Subject.of("s-1"), two.category("contact.email"), two.purpose("marketing"), NOW);

    Decision d = two.decide(r, slowEach);

    assertThat(d.allowed()).as("two 70 ms answers exceed one 100 ms budget").isFalse();
    release.countDown();
  }
}
