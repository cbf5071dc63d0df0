package dev.proviso;

import dev.proviso.consent.ConsentView;
import dev.proviso.consent.DeadlineConsentView;
import dev.proviso.engine.ModelValidator;
import dev.proviso.engine.UserCodeFailure;
import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.trace.RuleEvaluation;
import dev.proviso.trace.RuleListener;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A compiled policy: immutable, thread-safe, deciding in nanoseconds without allocating.
 *
 * <pre>{@code
 * Policy policy = Policies.load(Path.of("shop.policy")); // proviso-dsl; or Policy.from(model)
 * Category email = policy.category("contact.email");
 * Purpose newsletter = policy.purpose("marketing.email");
 * ConsentView consents = consentLedger.view(erasureJournal);
 * Decision d = policy.decide(Request.of(alice, email, newsletter), consents);
 * if (d.allowed()) { ... }
 * }</pre>
 *
 * <p>Semantics refinements beyond the normative semantics of {@code docs/language.md} (all in
 * {@code docs/engine.md}):
 *
 * <ul>
 *   <li>A restricted subject's use that no retention keeps is denied before any rule is evaluated
 *       (no rule ids, no advice); an unreadable erasure state counts as restricted.
 *   <li>{@code v in [a, b]} is the Kleene or of {@code v == a}, {@code v == b}; a consent view
 *       answering null means UNKNOWN.
 *   <li>Advisory rules match like their effect (an advisory allow also needs its not_before);
 *       advice reads {@code "<rule id>: <because>"}.
 *   <li>Oblige rules are evaluated only for a category some allow grants; their obligations join
 *       the allows' and their not_before, if it cannot be evaluated, refuses the category.
 *   <li>Obligations come in rule source order, de-duplicated, with one {@code NotBefore} (the
 *       latest) last; rule ids and advice in source order, each rule once.
 *   <li>Once a deny matched a category, that category's allows are not evaluated.
 *   <li>"No allow matched in" lists the top level and the applicable regimes that have rules about
 *       the category and purpose.
 * </ul>
 */
public final class Policy {
  private final PolicyModel model;
  private final List<Category> categories;
  private final List<Purpose> purposes;
  private final Map<String, Category> categoriesByPath = new HashMap<>();
  private final Map<String, Purpose> purposesByPath = new HashMap<>();
  private final DecisionTables tables;
  private final FastPath fastPath;
  private final Clock clock;

  private Policy(PolicyModel model, Clock clock) {
    this.model = model;
    this.clock = clock;
    List<Category> cats = new ArrayList<>();
    for (CategoryDefinition c : model.categories()) {
      Category category = new Category(this, cats.size(), c.path(), c.sensitive(), c.provenance());
      cats.add(category);
      categoriesByPath.put(c.path(), category);
    }
    this.categories = List.copyOf(cats);
    List<Purpose> ps = new ArrayList<>();
    model
        .purposes()
        .forEach(
            p -> {
              Purpose purpose = new Purpose(this, ps.size(), p.path());
              ps.add(purpose);
              purposesByPath.put(p.path(), purpose);
            });
    this.purposes = List.copyOf(ps);
    this.tables = new DecisionTables(model);
    this.fastPath = new FastPath(this, tables, purposes.size(), categories.size());
  }

  /**
   * Builds the decision tables for a resolved model.
   *
   * @throws IllegalArgumentException listing every problem when the model is not valid (an
   *     undeclared category, purpose, attribute or regime; a child before its parent; ...)
   */
  public static Policy from(PolicyModel model) {
    return from(model, Clock.systemUTC());
  }

  /**
   * {@link #from(PolicyModel)} with the clock that says when "now" is for requests built without an
   * instant ({@link Request#of(Subject, Category, Purpose)}, a builder without {@code at}), for
   * guards without a clock of their own, and for policy tests and assertions without an instant.
   *
   * <pre>{@code
   * Policy fixed = Policy.from(model, Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"),
   *     ZoneOffset.UTC));
   * }</pre>
   */
  public static Policy from(PolicyModel model, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    ModelValidator.validate(model);
    return new Policy(model, clock);
  }

  /** The clock of this policy (the system clock in UTC unless given to {@link #from}). */
  public Clock clock() {
    return clock;
  }

  /** The resolved model this policy was compiled from. */
  public PolicyModel model() {
    return model;
  }

  public String name() {
    return model.name();
  }

  public int version() {
    return model.version();
  }

  /** Hex SHA-256 of the policy sources. */
  public String contentHash() {
    return model.contentHash();
  }

  /** The category handle; throws {@link UnknownNameException} with a did-you-mean. */
  public Category category(String path) {
    Category c = categoriesByPath.get(path);
    if (c == null) {
      throw new UnknownNameException(
          "data category", path, Suggestions.closest(path, categoriesByPath.keySet()));
    }
    return c;
  }

  public Optional<Category> findCategory(String path) {
    return Optional.ofNullable(categoriesByPath.get(path));
  }

  /** The purpose handle; throws {@link UnknownNameException} with a did-you-mean. */
  public Purpose purpose(String path) {
    Purpose p = purposesByPath.get(path);
    if (p == null) {
      throw new UnknownNameException(
          "purpose", path, Suggestions.closest(path, purposesByPath.keySet()));
    }
    return p;
  }

  public Optional<Purpose> findPurpose(String path) {
    return Optional.ofNullable(purposesByPath.get(path));
  }

  /** Every category, parents before children, in id order. */
  public List<Category> categories() {
    return categories;
  }

  /** Every purpose, parents before children, in id order. */
  public List<Purpose> purposes() {
    return purposes;
  }

  /** Decides with no consent, opt-outs or erasure known ({@link ConsentView#NONE}). */
  public Decision decide(Request request) {
    return decide(request, ConsentView.NONE);
  }

  /**
   * Decides; never throws. Errors fail closed and are explained. A {@link DeadlineConsentView} gets
   * its budget once for the whole decision; a store that does not answer in time fails closed. Each
   * question to {@code consents} (consent for a purpose, an opt-out, the erasure state) is asked at
   * most once per decision.
   */
  public Decision decide(Request request, ConsentView consents) {
    return decide(request, consents, false);
  }

  /**
   * Decides a {@link SubjectAccessor}'s per-thread request: as {@link #decide(Request,
   * ConsentView)}, but the general path, which may keep the request in its explanation, decides on
   * an immutable copy.
   */
  Decision decideReusable(Request request, ConsentView consents) {
    return decide(request, consents, true);
  }

  private Decision decide(Request request, ConsentView consents, boolean reusable) {
    ConsentView store = consents == null ? ConsentView.NONE : consents;
    if (store instanceof DeadlineConsentView bounded) {
      store = bounded.forDecision(); // one budget for the whole decision
    }
    DecisionAnswers answers = null;
    try {
      Object erasure = DecisionAnswers.askErasure(store, request);
      if (erasure == Boolean.FALSE) {
        // Only cells that ask the store need the per-thread answers; the others skip them.
        if (fastPath.asksStore(request)) {
          answers = DecisionAnswers.open(store, request, erasure);
        }
        Decision fast = fastPath.decide(request, answers != null ? answers : store);
        if (fast != null) {
          return fast;
        }
      }
      Request general = reusable ? request.snapshot() : request;
      // The fallback sees what the fast path learned: no question goes to the store twice.
      if (answers == null) {
        answers = DecisionAnswers.open(store, general, erasure);
      }
      return decideOrThrow(general, answers, null);
    } catch (Throwable e) {
      return failure(reusable ? request.detached() : request, survivable(e));
    } finally {
      if (answers != null) {
        answers.close();
      }
    }
  }

  /**
   * Decides like {@link #decide(Request, ConsentView)} in the same single evaluation, and tells
   * {@code listener} how each candidate rule it evaluated fared ({@code when}/{@code unless}
   * outcomes, matched or not), for tools such as rule coverage. What the listener hears is what
   * decided: the same evaluation, with the same consent answers, gives the decision, its
   * explanation and the report. Slower than the plain {@code decide} (it takes the general path).
   *
   * <p>The listener is told only once the decision is made, so it cannot change it, and it may
   * itself call {@code decide}. An exception it throws propagates to the caller of this method (it
   * is never turned into a DENY); the remaining reports are then not delivered. A decision that
   * fails closed with an engine failure reports no rules.
   *
   * <pre>{@code
   * Set<String> seen = new HashSet<>();
   * policy.decide(request, consents, evaluation -> seen.add(evaluation.ruleId()));
   * }</pre>
   */
  public Decision decide(Request request, ConsentView consents, RuleListener listener) {
    Objects.requireNonNull(listener, "listener");
    List<RuleEvaluation> evaluated = new ArrayList<>();
    Decision decision;
    DecisionAnswers answers = DecisionAnswers.open(consents);
    try {
      decision = decideOrThrow(request, answers, evaluated::add);
    } catch (Throwable e) {
      evaluated.clear(); // the failure decided, not those rules
      decision = failure(request, survivable(e));
    } finally {
      answers.close();
    }
    for (RuleEvaluation evaluation : evaluated) {
      listener.evaluated(evaluation);
    }
    return decision;
  }

  /**
   * Decides like {@link #decide(Request, ConsentView)}, and for a DENY that time would lift (an
   * {@code elapsed(event) >= 24h}, a {@code now >= ...}) adds a {@link Reason.AllowedFrom} line
   * with the earliest instant at which the same request would be allowed, found by deciding again
   * at the instants the rules' time conditions turn at. For tools ({@code proviso explain}, error
   * pages): it may decide up to 64 more times and asks the consent view at those instants.
   *
   * <pre>{@code
   * Decision d = policy.explain(request, consents);
   * d.explanation().entries().stream()
   *     .filter(Reason.AllowedFrom.class::isInstance)
   *     .findFirst(); // e.g. AllowedFrom[at=2026-06-02T10:00:00Z]
   * }</pre>
   */
  public Decision explain(Request request, ConsentView consents) {
    Decision decision = decide(request, consents);
    if (decision.allowed() || request == null) {
      return decision;
    }
    java.time.Instant from;
    try {
      from = TimeTurns.earliestAllowed(this, tables, request, consents).orElse(null);
    } catch (RuntimeException e) {
      from = null; // the decision stands; only the hint is missing
    }
    if (from == null) {
      return decision;
    }
    List<Reason> reasons = new ArrayList<>(decision.explanation().entries());
    reasons.add(new Reason.AllowedFrom(from));
    Explanation explanation = explanation(decision.outcome(), request, reasons);
    return new Decision(
        this,
        decision.outcome(),
        decision.obligations(),
        decision.ruleIds(),
        decision.advice(),
        () -> explanation);
  }

  /** Decides and throws {@link PurposeViolationException} on DENY. */
  public Decision check(Request request, ConsentView consents) {
    Decision decision = decide(request, consents);
    if (!decision.allowed()) {
      throw new PurposeViolationException(decision);
    }
    return decision;
  }

  /** The general path alone (no fast path, no caches); for tests comparing the two. */
  Decision decideGeneral(Request request, ConsentView consents) {
    return decideOrThrow(request, consents, null);
  }

  /** The fast path alone: null when it would defer to the general path. */
  Decision decideFast(Request request, ConsentView consents) {
    Object erasure = DecisionAnswers.askErasure(consents, request);
    if (erasure != Boolean.FALSE) {
      return null;
    }
    DecisionAnswers answers = DecisionAnswers.open(consents, request, erasure);
    try {
      return fastPath.decide(request, answers);
    } finally {
      answers.close();
    }
  }

  private Decision decideOrThrow(Request request, ConsentView consents, RuleListener listener) {
    Evaluation evaluation = new Evaluation(this, tables, request, consents, listener);
    Purpose purpose = request.purpose();
    if (purpose.owner() != this) {
      purpose = purposesByPath.get(purpose.path());
      if (purpose == null) {
        return evaluation.failClosed(
            new Reason.UnknownName("purpose", request.purpose().path(), label()));
      }
    }
    List<Category> requested = request.categories();
    int[] ids = new int[requested.size()];
    for (int i = 0; i < ids.length; i++) {
      Category c = requested.get(i);
      if (c.owner() != this) {
        c = categoriesByPath.get(c.path());
        if (c == null) {
          return evaluation.failClosed(
              new Reason.UnknownName("data category", requested.get(i).path(), label()));
        }
      }
      ids[i] = c.id();
    }
    return evaluation.decide(ids, purpose.id());
  }

  /**
   * What {@code decide} turns into a DENY: anything thrown by user code it calls, a deep
   * condition's stack overflow too, but not the machine running out of memory.
   */
  private static Throwable survivable(Throwable e) {
    return e instanceof StackOverflowError ? e : UserCodeFailure.caught(e);
  }

  private Decision failure(Request request, Throwable e) {
    String message =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    Reason reason = new Reason.EngineFailure(message);
    if (request == null) {
      Explanation explanation =
          new Explanation(Outcome.DENY, List.of("(no request)"), "(no purpose)", List.of(reason));
      return new Decision(this, Outcome.DENY, List.of(), List.of(), List.of(), () -> explanation);
    }
    return new Evaluation(this, tables, request, ConsentView.NONE, null).failClosed(reason);
  }

  Explanation explanation(Outcome outcome, Request request, List<Reason> reasons) {
    List<String> paths = request.categories().stream().map(Category::path).toList();
    return new Explanation(outcome, paths, request.purpose().path(), reasons);
  }

  private String label() {
    return "policy " + name() + " v" + version();
  }

  @Override
  public String toString() {
    return "Policy[" + name() + " v" + version() + " " + contentHash() + "]";
  }
}
