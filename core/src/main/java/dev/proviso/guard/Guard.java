package dev.proviso.guard;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.PurposeViolationException;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.UnknownNameException;
import dev.proviso.consent.ConsentView;
import dev.proviso.consent.DeadlineConsentView;
import dev.proviso.guard.ObligationContext.Mode;
import dev.proviso.log.DecisionLog;
import dev.proviso.log.SubjectPseudonymizer;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A policy guarding data access: decides and checks uses, filters annotated objects, wraps
 * repositories and opens purpose scopes, and reports every decision it makes to its decision log.
 * Thread-safe; build one per application.
 *
 * <pre>{@code
 * Guard guard = Guard.builder(() -> policy)         // or a hot-reloading holder
 *     .consents(consentLedger.view(erasureJournal))
 *     .decisionLog(log)
 *     .pseudonymizer(new SubjectPseudonymizer(key))
 *     .build();
 *
 * guard.check(alice, "marketing.email", "contact.email");  // throws PurposeViolationException
 * Customer shown = guard.filter(alice, "marketing.email", customer);
 * try (PurposeScope scope = guard.scope(alice, "fulfilment")) {
 *   mapper.writeValueAsString(customer);                   // with ProvisoModule registered
 * }
 * }</pre>
 *
 * <p>The policy supplier is read exactly once per decision (once per filter call or scope), so a
 * reloading holder swaps versions without tearing a decision in two.
 */
public final class Guard {
  private final Supplier<? extends Policy> policies;
  private final ConsentView consents;
  private final GuardLog log;
  private final ValueFilter values;
  private final Function<String, Subject> subjects;
  private final Clock clock; // null: the policy's own clock
  private final Obligations obligations;

  private Guard(Builder b) {
    this.policies = b.policies;
    this.consents = b.budget == null ? b.consents : DeadlineConsentView.of(b.consents, b.budget);
    this.log = new GuardLog(b.log, b.component);
    this.values = new ValueFilter(b.masker, b.pseudonymizer, b.unannotated);
    this.subjects = b.subjects;
    this.clock = b.clock;
    this.obligations = Obligations.of(b.handlers, b.notifier, b.pseudonymizer != null);
  }

  /** Starts a guard over a fixed policy ({@code () -> policy}) or a reloading holder. */
  public static Builder builder(Supplier<? extends Policy> policies) {
    return new Builder(policies);
  }

  /** The policy in force now. */
  public Policy policy() {
    return policies.get();
  }

  /**
   * Decides, discharges the obligations of an allow that are not about values ({@code audit},
   * {@code notify}, your own kinds) and logs; never throws for a DENY. {@code mask}, {@code
   * pseudonymize} and {@code not_before} stay in {@link Decision#obligations()} for the caller, who
   * holds the values. Throws {@link UndischargedObligationException} when an obligation cannot be
   * discharged.
   */
  public Decision decide(Request request) {
    return decide(policies.get(), Arguments.require(request, "request"), Mode.ANSWER);
  }

  /**
   * Decides, logs, and throws {@link PurposeViolationException} (naming the rules) on DENY, or
   * {@link UndischargedObligationException} when the allowed use cannot go ahead now (an obligation
   * without a handler, an audit record the log will not take, a {@code not_before} still ahead).
   */
  public Decision check(Request request) {
    return requireAllowed(
        decide(policies.get(), Arguments.require(request, "request"), Mode.CHECK));
  }

  /**
   * Decides one request for all {@code categories} of the subject, for {@code purpose}, now.
   *
   * <pre>{@code
   * if (guard.decide(alice, "marketing.email", "contact.email").allowed()) { ... }
   * }</pre>
   */
  public Decision decide(Subject subject, String purpose, String... categories) {
    return decide(subject, purpose, categories, Mode.ANSWER);
  }

  /** {@link #decide(Subject, String, String...)} that throws as {@link #check(Request)} does. */
  public Decision check(Subject subject, String purpose, String... categories) {
    return requireAllowed(decide(subject, purpose, categories, Mode.CHECK));
  }

  private Decision decide(Subject subject, String purpose, String[] categories, Mode mode) {
    Arguments.require(subject, "subject");
    Arguments.require(purpose, "purpose");
    Arguments.requireElements(categories, "categories");
    Policy policy = policies.get();
    Instant now = now(policy);
    Request.Builder request;
    try {
      request = Request.builder(subject, policy.purpose(purpose)).at(now);
      for (String category : categories) {
        request.category(policy.category(category));
      }
    } catch (UnknownNameException e) {
      throw log.refused(policy, subject, purpose, Arrays.asList(categories), now, e);
    }
    return decide(policy, request.build(), mode);
  }

  /** Binds subject and purpose to this thread until the scope is closed. */
  public PurposeScope scope(Subject subject, String purpose) {
    Arguments.require(subject, "subject");
    Arguments.require(purpose, "purpose");
    Policy policy = policies.get();
    try {
      policy.purpose(purpose); // fail fast, with did-you-mean
    } catch (UnknownNameException e) {
      throw log.refused(policy, subject, purpose, List.of(), now(policy), e);
    }
    return new PurposeScope(this, subject, purpose);
  }

  /** {@link #scope(Subject, String)} for a subject id, resolved by the guard's subject resolver. */
  public PurposeScope scope(String subjectId, String purpose) {
    return scope(subject(Arguments.require(subjectId, "subjectId")), purpose);
  }

  /**
   * A copy of a record or bean with each annotated property kept, masked, pseudonymized or removed
   * (null, or zero/false) for the purpose; unannotated properties follow {@link UnannotatedFields}.
   */
  public <T> T filter(Subject subject, String purpose, T object) {
    Arguments.require(object, "object");
    return filter(object, decisions(subject, purpose));
  }

  /**
   * Like {@link #filter} but returns property name to shown value; removed properties are absent.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> filterToMap(Subject subject, String purpose, Object object) {
    Arguments.require(object, "object");
    return (Map<String, Object>)
        new ObjectFilter(values, decisions(subject, purpose)::actions, true, false).filter(object);
  }

  /**
   * Wraps a repository so each call is checked before it runs and its results filtered; see {@link
   * UsedFor} and {@link SubjectId}.
   */
  public <R> R repository(Class<R> type, R target) {
    Arguments.require(type, "type");
    Arguments.require(target, "target");
    if (!type.isInterface()) {
      throw new IllegalArgumentException(
          type.getName() + " is not an interface; guards wrap repository interfaces");
    }
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(), new Class<?>[] {type}, new RepositoryGuard(this, type, target));
    return type.cast(proxy);
  }

  /** How many decisions could not be logged because the log threw. */
  public long logFailures() {
    return log.failures();
  }

  /** Resolves a subject id to a subject with its attributes. */
  Subject subject(String id) {
    return subjects.apply(id);
  }

  ValueFilter values() {
    return values;
  }

  FieldDecisions decisions(Subject subject, String purpose) {
    Arguments.require(subject, "subject");
    Arguments.require(purpose, "purpose");
    Policy policy = policies.get();
    Instant now = now(policy);
    try {
      return new FieldDecisions(this, policy, subject, purpose, now);
    } catch (UnknownNameException e) {
      throw log.refused(policy, subject, purpose, List.of(), now, e);
    }
  }

  /** Reports a use refused because a class or mapping names a category the policy lacks. */
  RuntimeException refused(
      Policy policy,
      Subject subject,
      String purpose,
      CategorySet set,
      Instant at,
      RuntimeException e) {
    return log.refused(policy, subject, purpose, List.of(set.paths()), at, e);
  }

  /** The decision instant: the guard's clock, or the policy's when the guard has none. */
  private Instant now(Policy policy) {
    return clock != null ? clock.instant() : policy.clock().instant();
  }

  @SuppressWarnings("unchecked")
  <T> T filter(T object, FieldDecisions decisions) {
    return (T) objects(decisions).filter(object);
  }

  /** A filter of any value shape for one call, deciding with {@code decisions}. */
  ObjectFilter objects(FieldDecisions decisions) {
    return new ObjectFilter(values, decisions::actions, false, false);
  }

  /**
   * {@link #objects} whose copies are registered as filtered ({@link FilteredCopies}): results that
   * leave a repository proxy, so a serializer or another guard takes them as they are.
   */
  ObjectFilter markedObjects(FieldDecisions decisions) {
    return new ObjectFilter(values, decisions::actions, false, true);
  }

  /** Decides against one policy snapshot, discharges an allow's obligations and logs. */
  private Decision decide(Policy policy, Request request, Mode mode) {
    Decision decision = policy.decide(request, consents);
    return settle(new ObligationContext(this, request, decision, mode));
  }

  /**
   * Discharges the obligations of an allowed use (which may refuse it) and logs the decision,
   * unless an {@code audit} handler already recorded it; a refused use is logged with the reason.
   */
  Decision settle(ObligationContext use) {
    Decision decision = use.decision();
    String refusal = "";
    try {
      if (decision.allowed() && !decision.obligations().isEmpty()) {
        obligations.discharge(use);
      }
    } catch (UndischargedObligationException e) {
      refusal = e.getMessage(); // names kinds, categories and purpose only
      throw e;
    } finally {
      if (!use.recorded()) {
        log.logged(use.request(), decision, refusal);
      }
    }
    return decision;
  }

  /** Writes the record an {@code audit} obligation requires; refuses the use when it cannot. */
  void record(ObligationContext use) {
    log.record(use);
  }

  /** Decides without logging, for a probe whose result may be superseded. */
  Decision probe(Policy policy, Request request) {
    return policy.decide(request, consents);
  }

  /** Reports a decision to the log; a failing log never fails the decision. */
  Decision logged(Request request, Decision decision) {
    return log.logged(request, decision, "");
  }

  static Decision requireAllowed(Decision decision) {
    if (!decision.allowed()) {
      throw new PurposeViolationException(decision);
    }
    return decision;
  }

  /** Configures a {@link Guard}. */
  public static final class Builder {
    private final Supplier<? extends Policy> policies;
    private ConsentView consents = ConsentView.NONE;
    private Duration budget; // null: the view is called directly
    private DecisionLog log = DecisionLog.NONE;
    private String component = "";
    private Masker masker = Masker.DEFAULT;
    private SubjectPseudonymizer pseudonymizer;
    private UnannotatedFields unannotated = UnannotatedFields.DROP;
    private Function<String, Subject> subjects = Subject::of;
    private Clock clock; // null: each policy's own clock
    private final List<ObligationHandler> handlers = new ArrayList<>();
    private Notifier notifier;

    private Builder(Supplier<? extends Policy> policies) {
      this.policies = Objects.requireNonNull(policies, "policies");
    }

    /** Consent, opt-outs and erasure; default {@link ConsentView#NONE} (nobody consented). */
    public Builder consents(ConsentView consents) {
      this.consents = Objects.requireNonNull(consents, "consents");
      return this;
    }

    /**
     * Bounds every decision's questions to the consent view by {@code budget} ({@link
     * DeadlineConsentView}): a store that hangs or stalls fails closed instead of blocking the
     * caller. Without it, the view is called directly (right for views answering from memory).
     */
    public Builder decisionBudget(Duration budget) {
      DeadlineConsentView.of(ConsentView.NONE, budget); // rejects a non-positive budget now
      this.budget = budget;
      return this;
    }

    /** Where decisions are reported; default none. */
    public Builder decisionLog(DecisionLog log) {
      this.log = Objects.requireNonNull(log, "log");
      return this;
    }

    /**
     * The system or component that uses the data through this guard ({@code "crm-export"}), as
     * every decision record names it; default none. A name, never personal data.
     */
    public Builder component(String component) {
      this.component = Objects.requireNonNull(component, "component");
      return this;
    }

    public Builder masker(Masker masker) {
      this.masker = Objects.requireNonNull(masker, "masker");
      return this;
    }

    /** The key for {@code pseudonymize(...)} obligations; required once a policy uses one. */
    public Builder pseudonymizer(SubjectPseudonymizer pseudonymizer) {
      this.pseudonymizer = Objects.requireNonNull(pseudonymizer, "pseudonymizer");
      return this;
    }

    /** What happens to properties without {@link DataCategory}; default {@code DROP}. */
    public Builder unannotated(UnannotatedFields unannotated) {
      this.unannotated = Objects.requireNonNull(unannotated, "unannotated");
      return this;
    }

    /** Turns subject ids (from {@link SubjectId} parameters) into subjects with attributes. */
    public Builder subjects(Function<String, Subject> subjects) {
      this.subjects = Objects.requireNonNull(subjects, "subjects");
      return this;
    }

    /**
     * The clock giving {@code now} for the guard's decisions; by default the policy's own {@link
     * Policy#clock() clock} (the system clock in UTC unless the policy was given one), so a guard
     * and the requests built against its policy agree on the time.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Discharges obligations of {@code handler.kind()}: a kind of your own, or a built-in kind
     * whose handler it replaces.
     */
    public Builder obligation(ObligationHandler handler) {
      handlers.add(Objects.requireNonNull(handler, "handler"));
      return this;
    }

    /**
     * Delivers {@code notify("...")} messages; without one, uses that require notify are refused.
     */
    public Builder notifier(Notifier notifier) {
      this.notifier = Objects.requireNonNull(notifier, "notifier");
      return this;
    }

    public Guard build() {
      return new Guard(this);
    }
  }
}
