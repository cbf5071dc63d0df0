package dev.proviso.consent;

import dev.proviso.engine.UserCodeFailure;
import dev.proviso.model.ConsentDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A consent view whose answers must arrive within a time budget per decision: each question runs on
 * a small bounded pool of daemon threads, and one not answered in time (or refused because the pool
 * is full of calls still hanging) throws {@link StoreTimeoutException}, which the engine turns into
 * a failed-closed DENY with the reason. Hanging user code never blocks {@code decide} for longer
 * than the budget plus a small margin.
 *
 * <p>Only decisions that ask a wrapped store pay for it (a hand-off to another thread, some
 * microseconds); views that answer from memory need no wrapper. {@link dev.proviso.Policy} starts
 * the budget once per decision ({@link #forDecision}), so a decision asking three questions still
 * gets one budget in total.
 *
 * <pre>{@code
 * ConsentView bounded = DeadlineConsentView.of(consentLedger.view(erasureJournal));
 * Decision d = policy.decide(request, bounded); // DENY, "did not answer within 200 ms", if it hangs
 * }</pre>
 */
public final class DeadlineConsentView implements ConsentView {
  /** The budget of {@link #of(ConsentView)}: small, so a stalled store fails fast and closed. */
  public static final Duration DEFAULT_BUDGET = Duration.ofMillis(200);

  private static final int THREADS = 16;
  private static final ThreadPoolExecutor POOL = pool();

  private final ConsentView store;
  private final long budgetNanos;
  private final long deadline; // System.nanoTime() value, or 0 when each call gets the budget
  private final String budgetText;

  private DeadlineConsentView(ConsentView store, long budgetNanos, long deadline, String text) {
    this.store = store;
    this.budgetNanos = budgetNanos;
    this.deadline = deadline;
    this.budgetText = text;
  }

  /** {@code store} with {@link #DEFAULT_BUDGET}. */
  public static DeadlineConsentView of(ConsentView store) {
    return of(store, DEFAULT_BUDGET);
  }

  /** {@code store} with a budget per decision. */
  public static DeadlineConsentView of(ConsentView store, Duration budget) {
    Objects.requireNonNull(store, "store");
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("the budget must be positive: " + budget);
    }
    return new DeadlineConsentView(store, budget.toNanos(), 0, budget.toMillis() + " ms");
  }

  /** The budget each decision gets. */
  public Duration budget() {
    return Duration.ofNanos(budgetNanos);
  }

  /** This view with the budget started now: every question of one decision shares it. */
  public ConsentView forDecision() {
    return new DeadlineConsentView(store, budgetNanos, System.nanoTime() + budgetNanos, budgetText);
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    return call(() -> store.consent(subjectId, purpose, at));
  }

  @Override
  public ConsentEvent decidingConsent(String subjectId, ConsentDefinition consent, Instant at) {
    return call(() -> store.decidingConsent(subjectId, consent, at));
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    return call(() -> store.optedOut(subjectId, name, at));
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    return call(() -> store.erasureRequested(subjectId, at));
  }

  private <T> T call(Callable<T> question) {
    long remaining = deadline == 0 ? budgetNanos : deadline - System.nanoTime();
    if (remaining <= 0) {
      throw new StoreTimeoutException("the consent store did not answer within " + budgetText);
    }
    Future<T> answer;
    try {
      answer = POOL.submit(question);
    } catch (RejectedExecutionException e) {
      throw new StoreTimeoutException(
          "the consent store is not answering: " + THREADS + " calls still pending");
    }
    try {
      return answer.get(remaining, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true); // interrupts the call, if it listens
      throw new StoreTimeoutException("the consent store did not answer within " + budgetText);
    } catch (ExecutionException e) {
      throw UserCodeFailure.rethrow(e.getCause()); // the store's own failure, as it threw it
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new StoreTimeoutException("interrupted while waiting for the consent store");
    }
  }

  private static ThreadPoolExecutor pool() {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(THREADS * 4),
            runnable -> {
              Thread thread = new Thread(runnable, "proviso-store-call");
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  @Override
  public String toString() {
    return "DeadlineConsentView[" + budgetText + "]";
  }
}
