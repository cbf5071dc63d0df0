package dev.proviso.erasure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Fans one erasure request out to every registered {@link DataSystem}: per held item, a retention
 * rule still in force keeps it restricted to the retention's purpose; everything else is erased.
 * Every step is journaled before and after it runs, and progress is derived from the journal alone,
 * so any process can resume a request after a crash or an outage; a system that fails is journaled,
 * reported as pending and retried by {@link #resume}/{@link #resumeAll}. A resumed run acts on the
 * journaled plan and repeats at most the one step that was in flight, with the same items; {@link
 * DataSystem#erase} is idempotent, so nothing is erased twice.
 *
 * <pre>{@code
 * ErasureCoordinator coordinator =
 *     new ErasureCoordinator(journal, RetentionPlanner.of(policy.model()),
 *         List.of(crm, mailer, invoices), Clock.systemUTC());
 * ErasureReceipt receipt = coordinator.submit("ticket-981", "cust-42");
 * // later, on a schedule:
 * coordinator.resumeAll(); // retries pending systems
 * coordinator.sweep();     // erases retained items whose period has ended
 * }</pre>
 *
 * <p>Any number of coordinators may run: each runs a request only under the journal's claim on it
 * ({@link ErasureJournal#tryClaim}) and reads the journal after taking it, so at most one touches a
 * system for a given step. {@link #submit}/{@link #resume} of a request another coordinator is
 * running throw {@link JournalConflictException} before touching any system; {@link #resumeAll} and
 * {@link #sweep} skip it. The journal's entry numbers remain a second guard.
 */
public final class ErasureCoordinator {
  private final ErasureJournal journal;
  private final RetentionPlanner planner;
  private final Map<String, DataSystem> systems = new LinkedHashMap<>();
  private final Clock clock;

  public ErasureCoordinator(
      ErasureJournal journal, RetentionPlanner planner, List<DataSystem> systems, Clock clock) {
    this.journal = Objects.requireNonNull(journal, "journal");
    this.planner = Objects.requireNonNull(planner, "planner");
    this.clock = Objects.requireNonNull(clock, "clock");
    for (DataSystem s : systems) {
      if (this.systems.putIfAbsent(s.name(), s) != null) {
        throw new IllegalArgumentException("two data systems are named '" + s.name() + "'");
      }
    }
  }

  /**
   * Accepts the request (from now on the subject is restricted) and runs it as far as the systems
   * allow. Submitting the same request id again resumes it instead of starting over.
   */
  public ErasureReceipt submit(String requestId, String subjectId) {
    ErasureRequest request =
        journal.accept(new ErasureRequest(requestId, subjectId, clock.instant()));
    return claimed(request);
  }

  /** Continues a request: retries pending systems and finishes interrupted steps. */
  public ErasureReceipt resume(String requestId) {
    return claimed(find(requestId));
  }

  /**
   * Resumes every request that is not complete and not being run by another coordinator; returns
   * their receipts.
   */
  public List<ErasureReceipt> resumeAll() {
    List<ErasureReceipt> receipts = new ArrayList<>();
    for (ErasureRequest r : journal.requests()) {
      if (progress(r).completedAt != null) {
        continue;
      }
      try (ErasureJournal.Claim claim = journal.tryClaim(r.requestId()).orElse(null)) {
        if (claim != null) {
          receipts.add(run(r));
        }
      }
    }
    return receipts;
  }

  /** The receipt as the journal stands, without doing anything. */
  public ErasureReceipt receipt(String requestId) {
    return ErasureReceipts.of(progress(find(requestId)), systems.keySet());
  }

  /**
   * Erases every retained item whose retention period has ended, journaling before and after;
   * returns the receipts of the requests it touched. An unavailable system is journaled and swept
   * next time.
   */
  public List<ErasureReceipt> sweep() {
    Instant now = clock.instant();
    List<ErasureReceipt> touched = new ArrayList<>();
    for (ErasureRequest r : journal.requests()) {
      try (ErasureJournal.Claim claim = journal.tryClaim(r.requestId()).orElse(null)) {
        if (claim != null && sweep(r, now)) {
          touched.add(ErasureReceipts.of(progress(r), systems.keySet()));
        }
      }
    }
    return touched;
  }

  /** Sweeps one request under its claim; true when it had anything due. */
  private boolean sweep(ErasureRequest r, Instant now) {
    RequestProgress p = progress(r);
    boolean any = false;
    for (SystemProgress s : List.copyOf(p.systems.values())) {
      List<PlannedItem> due =
          s.restrictedAt == null
              ? List.of()
              : s.toRetain().stream()
                  .filter(i -> !i.retention().orElseThrow().until().isAfter(now))
                  .filter(i -> !s.swept.containsKey(i.ref()))
                  .toList();
      if (due.isEmpty()) {
        continue;
      }
      any = true;
      if (!due.stream().allMatch(i -> s.sweeping.contains(i.ref()))) {
        append(p, s.system, StepType.SWEEP_STARTED, due, "");
      }
      try {
        DataSystem system = registered(s.system);
        call(() -> system.erase(r.subjectId(), refs(due)));
        append(p, s.system, StepType.SWEPT, due, "");
      } catch (SystemFailure f) {
        append(p, s.system, StepType.FAILED, List.of(), "sweep: " + f.getMessage());
      }
    }
    return any;
  }

  /** Runs the request under its claim; throws if another coordinator holds it. */
  private ErasureReceipt claimed(ErasureRequest request) {
    try (ErasureJournal.Claim claim =
        journal
            .tryClaim(request.requestId())
            .orElseThrow(() -> new JournalConflictException(request.requestId()))) {
      return run(request);
    }
  }

  /** Runs the request; the caller holds its claim, so the journal read here is current. */
  private ErasureReceipt run(ErasureRequest request) {
    RequestProgress p = progress(request);
    Set<String> names = new LinkedHashSet<>(systems.keySet());
    names.addAll(p.systems.keySet()); // a system journaled earlier but no longer registered
    for (String name : names) {
      SystemProgress s = p.system(name);
      if (s.done()) {
        continue;
      }
      try {
        advance(p, s, registered(name));
      } catch (SystemFailure f) {
        append(p, name, StepType.FAILED, List.of(), f.getMessage());
      }
    }
    if (p.completedAt == null && p.systems.values().stream().allMatch(SystemProgress::done)) {
      append(p, "", StepType.COMPLETED, List.of(), "");
    }
    return ErasureReceipts.of(progress(request), systems.keySet());
  }

  /** Takes one system from wherever the journal says it stands to done. */
  private void advance(RequestProgress p, SystemProgress s, DataSystem system) {
    String subject = p.request.subjectId();
    if (s.plan == null) {
      Instant now = clock.instant();
      List<PlannedItem> plan =
          call(() -> system.holdings(subject)).stream()
              .map(i -> planner.plan(subject, i, now))
              .toList();
      append(p, s.system, StepType.PLANNED, plan, "");
    }
    if (!s.erased()) {
      List<PlannedItem> items = s.toErase();
      if (!s.eraseStarted) {
        append(p, s.system, StepType.ERASE_STARTED, items, "");
      }
      call(() -> system.erase(subject, refs(items)));
      append(p, s.system, StepType.ERASED, items, "");
    }
    if (!s.restricted()) {
      List<PlannedItem> items = s.toRetain();
      if (!s.restrictStarted) {
        append(p, s.system, StepType.RESTRICT_STARTED, items, "");
      }
      for (PlannedItem i : items) {
        Retention r = i.retention().orElseThrow();
        call(() -> system.restrict(subject, i.ref(), r.purpose(), r.until()));
      }
      append(p, s.system, StepType.RESTRICTED, items, "");
    }
  }

  private void append(
      RequestProgress p, String system, StepType step, List<PlannedItem> items, String detail) {
    JournalEntry e =
        new JournalEntry(
            p.request.requestId(), p.lastSeq + 1, system, step, items, detail, clock.instant());
    journal.append(e); // a journal failure propagates: the step is not known to be recorded
    p.lastSeq = e.seq();
    if (step == StepType.COMPLETED) {
      p.completedAt = e.at();
    } else {
      p.system(system).apply(e);
    }
  }

  private RequestProgress progress(ErasureRequest r) {
    return RequestProgress.fold(r, journal.entries(r.requestId()));
  }

  private ErasureRequest find(String requestId) {
    return journal
        .request(requestId)
        .orElseThrow(
            () -> new IllegalArgumentException("no erasure request with id '" + requestId + "'"));
  }

  private DataSystem registered(String name) {
    DataSystem s = systems.get(name);
    if (s == null) {
      throw new SystemFailure(
          "data system '" + name + "' is no longer registered; register it again to finish");
    }
    return s;
  }

  private static List<ItemRef> refs(List<PlannedItem> items) {
    return items.stream().map(PlannedItem::ref).toList();
  }

  private static void call(Runnable action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }

  /** Runs a system call; its failure becomes a {@link SystemFailure}, journal failures do not. */
  private static <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new SystemFailure(message);
    }
  }

  /** A data system failed; the request stays pending for it. */
  private static final class SystemFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SystemFailure(String message) {
      super(message, null, false, false);
    }
  }
}
