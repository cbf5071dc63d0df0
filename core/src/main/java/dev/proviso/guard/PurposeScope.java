package dev.proviso.guard;

import dev.proviso.Decision;
import dev.proviso.Subject;
import java.util.Optional;

/**
 * Binds a subject and a purpose to the current thread for a unit of work, so lower layers (the
 * Jackson module, repository proxies, your own code) can ask "whose data, and what for?". Opened by
 * {@link Guard#scope}; closing restores the scope that was open before, so scopes nest.
 *
 * <pre>{@code
 * try (PurposeScope scope = guard.scope(alice, "marketing.email")) {
 *   String json = mapper.writeValueAsString(customer); // filtered for marketing.email
 *   PurposeScope.current().orElseThrow().purpose();     // "marketing.email"
 * }
 * }</pre>
 *
 * <p>A scope is confined to its thread. Decisions made in it are cached for its lifetime (one
 * decision per category set), so keep scopes short: a request, a job step.
 */
public final class PurposeScope implements AutoCloseable {
  private static final ThreadLocal<PurposeScope> CURRENT = new ThreadLocal<>();

  private final Guard guard;
  private final Subject subject;
  private final String purpose;
  private final PurposeScope outer;
  private final Thread owner = Thread.currentThread();
  private FieldDecisions decisions; // opened on first use: one policy snapshot per scope
  private boolean closed;

  PurposeScope(Guard guard, Subject subject, String purpose) {
    this.guard = guard;
    this.subject = subject;
    this.purpose = purpose;
    this.outer = CURRENT.get();
    CURRENT.set(this);
  }

  /** The innermost scope open on this thread, if any. */
  public static Optional<PurposeScope> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The innermost scope open on this thread; throws saying how to open one when there is none. */
  public static PurposeScope require() {
    PurposeScope scope = CURRENT.get();
    if (scope == null) {
      throw new IllegalStateException(
          "no purpose scope is open on this thread; wrap the data access in"
              + " try (PurposeScope scope = guard.scope(subject, \"purpose\")) { ... }");
    }
    return scope;
  }

  public Subject subject() {
    return subject;
  }

  /** The dotted purpose path this scope serves. */
  public String purpose() {
    return purpose;
  }

  public Guard guard() {
    return guard;
  }

  /** {@link Guard#filter} for this scope's subject and purpose, reusing its decisions. */
  public <T> T filter(T object) {
    return guard.filter(object, decisions());
  }

  /** {@link Guard#check} of these categories for this scope's subject and purpose. */
  public Decision check(String... categories) {
    return guard.check(subject, purpose, categories);
  }

  FieldDecisions decisions() {
    if (decisions == null) {
      decisions = guard.decisions(subject, purpose);
    }
    return decisions;
  }

  /** Restores the scope that was open when this one was opened. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    if (Thread.currentThread() != owner || CURRENT.get() != this) {
      throw new IllegalStateException(
          "purpose scope for '"
              + purpose
              + "' closed out of order or on another thread; close scopes in reverse order of"
              + " opening (try-with-resources does this)");
    }
    closed = true;
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }

  @Override
  public String toString() {
    return "PurposeScope[" + subject + " for " + purpose + "]"; // Subject masks its id
  }
}
