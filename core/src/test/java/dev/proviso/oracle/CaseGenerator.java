package dev.proviso.oracle;

import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.ConsentState;
import dev.proviso.model.AttributeType;
import dev.proviso.model.Condition;
import dev.proviso.model.Condition.Operator;
import dev.proviso.model.Conditions;
import dev.proviso.model.ConsentDefinition;
import dev.proviso.model.LawfulBasis;
import dev.proviso.model.MaskMethod;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PolicyModelBuilder;
import dev.proviso.model.SourceLocation;
import dev.proviso.model.Value;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded random policies and requests over a small vocabulary, dense enough that rules overlap,
 * conditions hit boundaries (elapsed exactly 24h), attributes go missing or carry the wrong type,
 * and consent views throw.
 */
public final class CaseGenerator {
  static final Instant BASE = Instant.parse("2026-06-15T10:00:00Z");
  private static final String[] REGIONS = {"EU", "US", "UK"};
  private static final String[] OPT_OUTS = {"sale", "profiling"};
  private static final String[] EVENTS = {"e0", "e1"};
  private static final PolicyDuration[] DURATIONS = {
    new PolicyDuration(1, ChronoUnit.HOURS),
    new PolicyDuration(24, ChronoUnit.HOURS),
    new PolicyDuration(2, ChronoUnit.DAYS),
    new PolicyDuration(1, ChronoUnit.MONTHS),
    new PolicyDuration(1, ChronoUnit.YEARS),
  };
  private static final Duration[] OFFSETS = {
    Duration.ZERO,
    Duration.ofHours(1),
    Duration.ofHours(24),
    Duration.ofDays(2),
    Duration.ofDays(30),
    Duration.ofDays(31),
    Duration.ofDays(365),
    Duration.ofDays(366),
  };

  private final SplittableRandom random;
  private final List<String> categories = new ArrayList<>();
  private final List<String> purposes = new ArrayList<>();
  private final List<ConsentDefinition> kinds = new ArrayList<>();
  private int named;
  private Subject previous; // reused now and then: the engine keeps per-subject memos
  private boolean bases = true; // whether condition() may produce basis(...)

  public CaseGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A generated question: the request, the paths asked about, and the consent world. */
  public record Case(
      Request request, List<String> categories, String purpose, ScriptedConsents view) {}

  public PolicyModel model() {
    PolicyModelBuilder b =
        PolicyModelBuilder.named("gen", 1)
            .subject("region", AttributeType.TEXT)
            .subject("age", AttributeType.NUMBER)
            .subject("vip", AttributeType.BOOL)
            .subject("tags", AttributeType.TEXT_LIST)
            .subject("joined", AttributeType.INSTANT)
            .context("channel", AttributeType.TEXT)
            .context("score", AttributeType.NUMBER)
            .context("flag", AttributeType.BOOL);
    tree("c", categories);
    tree("p", purposes);
    for (String c : categories) {
      b.category(c);
    }
    for (String p : purposes) {
      b.purpose(p);
    }
    kinds.clear();
    for (int k = random.nextInt(4); k > 0; k--) { // declared consents: validity, giver
      ConsentDefinition kind =
          new ConsentDefinition(
              "k" + k,
              random.nextInt(3) == 0
                  ? List.of(pick(purposes), pick(purposes))
                  : List.of(pick(purposes)),
              random.nextBoolean() ? Optional.of(pick(DURATIONS)) : Optional.empty(),
              random.nextInt(4) == 0,
              random.nextInt(3) == 0 ? Optional.of("guardian") : Optional.empty(),
              SourceLocation.UNKNOWN);
      kinds.add(kind);
      b.consent(kind);
    }
    int regimes = random.nextInt(4);
    int rules = 1 + random.nextInt(12);
    for (int i = 0; i < rules; i++) {
      int regime = random.nextInt(regimes + 1);
      if (regime == regimes) {
        b.topLevel();
      } else if (regime == 0) {
        b.regime("r0"); // always applies
      } else {
        bases = false; // a regime applies to a subject, not to a use: no basis() there
        b.regime("r" + regime, condition(1));
        bases = true;
      }
      rule(b);
    }
    // lawful bases: some consent-based (on a generated purpose's consent), some limited to
    // categories
    for (int i = random.nextInt(4); i > 0; i--) {
      LawfulBasis kind = pick(LawfulBasis.values());
      b.basis(
          kind,
          kind == LawfulBasis.CONSENT ? Conditions.consent(pick(purposes)) : null,
          random.nextBoolean() ? "any" : selection(categories),
          selection(purposes));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.topLevel();
      b.retain(selection(categories), pick(purposes), pick(DURATIONS), pick(EVENTS));
      if (random.nextInt(3) == 0) {
        b.retainedWhen(condition(1));
      }
    }
    return b.build();
  }

  private void tree(String prefix, List<String> into) {
    into.clear();
    int roots = 1 + random.nextInt(3);
    for (int r = 0; r < roots; r++) {
      String root = prefix + r;
      into.add(root);
      for (int c = random.nextInt(3); c > 0; c--) {
        String child = root + "." + (char) ('a' + c);
        into.add(child);
        if (random.nextInt(3) == 0) {
          into.add(child + ".x");
        }
      }
    }
  }

  private void rule(PolicyModelBuilder b) {
    String cats = selection(categories);
    String purps = selection(purposes);
    int kind = random.nextInt(12);
    boolean allow = kind < 5;
    boolean oblige = kind >= 10; // attaches obligations, grants nothing
    if (allow) {
      b.allow(cats, purps);
    } else if (kind < 8) {
      b.deny(cats, purps);
    } else if (!oblige) {
      b.require(condition(2), cats, purps);
    } else {
      b.oblige(cats, purps);
    }
    if (random.nextInt(2) == 0) {
      b.when(condition(2));
    }
    if ((kind < 8 || oblige) && random.nextInt(4) == 0) {
      b.unless(condition(2));
    }
    if (oblige || (allow && random.nextInt(3) == 0)) {
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        b.with(obligation());
      }
    }
    if (!oblige && random.nextInt(8) == 0) {
      b.advisory();
    }
    if (random.nextInt(3) == 0) {
      b.named("rule_" + ++named); // a stable name is the rule's id in decisions
    }
    b.because("reason " + random.nextInt(5));
  }

  private String selection(List<String> names) {
    String named;
    if (random.nextInt(7) == 0) {
      named = "any";
    } else {
      String first = pick(names);
      named = random.nextInt(4) == 0 ? first + ", " + pick(names) : first;
    }
    // Exceptions anywhere (below, at, above or beside what is named): the engine and the oracle
    // must agree even on the ones the checker would reject.
    return random.nextInt(4) == 0 ? named + " except " + pick(names) : named;
  }

  private ObligationDefinition obligation() {
    return switch (random.nextInt(7)) {
      case 0 ->
          new ObligationDefinition.Mask(
              pick(categories),
              random.nextBoolean() ? Optional.empty() : Optional.of(pick(MaskMethod.spellings())));
      case 1 -> new ObligationDefinition.Pseudonymize(pick(categories));
      case 2 ->
          new ObligationDefinition.Audit(
              random.nextBoolean() ? Optional.empty() : Optional.of("t" + random.nextInt(2)));
      case 3 ->
          new ObligationDefinition.Notify(
              "n" + random.nextInt(2),
              random.nextBoolean() ? Optional.empty() : Optional.of("ch" + random.nextInt(2)));
      case 4 -> new ObligationDefinition.NotBefore(Conditions.event(pick(EVENTS)));
      case 5 ->
          new ObligationDefinition.NotBefore(
              new Value.Shifted(Conditions.event(pick(EVENTS)), pick(DURATIONS)));
      default -> new ObligationDefinition.NotBefore(Conditions.context("score"));
    };
  }

  Condition condition(int depth) {
    if (bases && random.nextInt(12) == 0) {
      // basis(...) over one or two kinds; with no basis declared it is false
      LawfulBasis first = pick(LawfulBasis.values());
      LawfulBasis second = pick(LawfulBasis.values());
      return first == second ? Conditions.basis(first) : Conditions.basis(first, second);
    }
    int choice = random.nextInt(depth > 0 ? 20 : 16);
    return switch (choice) {
      case 0 -> Conditions.eq(Conditions.subject("region"), Conditions.text(pick(REGIONS)));
      case 1 ->
          Conditions.compare(
              Conditions.subject("age"), op(), Conditions.number(10 + 5 * random.nextInt(6)));
      case 2 ->
          Conditions.compare(
              Conditions.context("score"), op(), Conditions.number(random.nextInt(3)));
      case 3 ->
          random.nextInt(3) == 0
              ? longRegionList()
              : Conditions.in(
                  Conditions.subject("region"),
                  Conditions.text(pick(REGIONS)),
                  random.nextInt(4) == 0 ? Conditions.number(3) : Conditions.text(pick(REGIONS)));
      case 4 ->
          new Condition.In(
              Conditions.text(random.nextBoolean() ? "vip" : "new"), Conditions.subject("tags"));
      case 5 -> Conditions.has(attribute());
      case 6 ->
          !kinds.isEmpty() && random.nextBoolean()
              ? Conditions.consent(pick(kinds))
              : Conditions.consent(pick(purposes));
      case 7 -> Conditions.optedOut(pick(OPT_OUTS));
      case 8 ->
          Conditions.isTrue(
              random.nextInt(4) == 0 ? Conditions.subject("region") : Conditions.subject("vip"));
      case 9 -> Conditions.isTrue(Conditions.context("flag"));
      case 10 ->
          random.nextBoolean()
              ? Conditions.compare(
                  new Value.Elapsed(pick(EVENTS)), op(), new Value.DurationLiteral(pick(DURATIONS)))
              : Conditions.compare(
                  new Value.DurationLiteral(pick(DURATIONS)),
                  op(),
                  new Value.Elapsed(pick(EVENTS)));
      case 11 -> Conditions.compare(Conditions.event("e0"), op(), Conditions.event("e1"));
      case 12 ->
          switch (random.nextInt(3)) {
            case 0 ->
                Conditions.compare(
                    Conditions.subject("joined"),
                    op(),
                    new Value.InstantLiteral(BASE.minus(Duration.ofDays(100))));
            // date arithmetic at the decision instant: subject.joined + 1 year <= now
            case 1 ->
                Conditions.compare(
                    new Value.Shifted(Conditions.subject("joined"), pick(DURATIONS)),
                    op(),
                    new Value.Now());
            default ->
                Conditions.compare(
                    new Value.Now(),
                    op(),
                    new Value.Shifted(Conditions.event(pick(EVENTS)), pick(DURATIONS)));
          };
      case 13 ->
          Conditions.compare(
              new Value.Shifted(Conditions.event(pick(EVENTS)), pick(DURATIONS)),
              op(),
              Conditions.event(pick(EVENTS)));
      case 14 ->
          Conditions.compare(
              Conditions.subject(random.nextBoolean() ? "region" : "vip"),
              op(),
              Conditions.text(pick(REGIONS)));
      case 15 ->
          Conditions.in(
              Conditions.context("channel"), Conditions.text("web"), Conditions.text("app"));
      case 16, 17 -> Conditions.and(condition(depth - 1), condition(depth - 1));
      case 18 -> Conditions.or(condition(depth - 1), condition(depth - 1), condition(depth - 1));
      default -> Conditions.not(condition(depth - 1));
    };
  }

  private Value.Attribute attribute() {
    return switch (random.nextInt(4)) {
      case 0 -> Conditions.subject(pick(new String[] {"region", "age", "vip", "tags"}));
      case 1 -> Conditions.context(pick(new String[] {"channel", "score", "flag"}));
      default -> Conditions.event(pick(EVENTS));
    };
  }

  private Operator op() {
    return Operator.values()[random.nextInt(Operator.values().length)];
  }

  public Case request(Policy policy) {
    Subject subject = previous != null && random.nextInt(3) == 0 ? previous : subject();
    previous = subject;
    String purpose = pick(purposes);
    Instant at = BASE.plusSeconds(random.nextInt(3) == 0 ? random.nextInt(100_000) : 0);
    Request.Builder request = Request.builder(subject, policy.purpose(purpose)).at(at);
    List<String> asked = new ArrayList<>();
    for (int i = random.nextInt(6) == 0 ? 2 + random.nextInt(2) : 1; i > 0; i--) {
      String c = pick(categories);
      asked.add(c);
      request.category(policy.category(c));
    }
    maybe(
        () ->
            request.context(
                "channel", random.nextInt(10) == 0 ? 1 : pick(new String[] {"web", "app", "tv"})));
    maybe(() -> request.context("score", random.nextInt(3)));
    maybe(() -> request.context("flag", random.nextBoolean()));
    for (String event : EVENTS) {
      if (random.nextInt(5) < 3) {
        Duration offset = pick(OFFSETS).plusSeconds(random.nextInt(3) - 1);
        request.event(event, random.nextInt(8) == 0 ? at.plus(offset) : at.minus(offset));
      }
    }
    return new Case(request.build(), asked, purpose, consents());
  }

  /**
   * {@code subject.region in [...]} with enough options for the engine's hash lookup (as the packs'
   * lists of ISO codes): filler codes, some of the regions requests carry, now and then a number.
   */
  private Condition longRegionList() {
    List<Value> options = new ArrayList<>();
    for (int i = 8 + random.nextInt(40); i > 0; i--) {
      options.add(Conditions.text("R" + random.nextInt(100)));
    }
    for (String region : REGIONS) {
      if (random.nextBoolean()) {
        options.add(random.nextInt(options.size() + 1), Conditions.text(region));
      }
    }
    if (random.nextInt(8) == 0) {
      options.add(Conditions.number(3));
    }
    return Conditions.in(Conditions.subject("region"), options.toArray(Value[]::new));
  }

  private Subject subject() {
    Subject.Builder subject = Subject.builder("s" + random.nextInt(3));
    // a region is now and then a copy, not the interned literal: lookups must compare by value
    maybe(
        () ->
            subject.set(
                "region",
                random.nextInt(20) == 0
                    ? 3
                    : random.nextBoolean() ? pick(REGIONS) : new String(pick(REGIONS))));
    maybe(() -> subject.set("age", random.nextInt(20) == 0 ? "old" : 8 + random.nextInt(30)));
    maybe(() -> subject.set("vip", random.nextBoolean()));
    maybe(() -> subject.set("tags", random.nextBoolean() ? List.of("vip") : List.of("new", "x")));
    maybe(() -> subject.set("joined", BASE.minus(pick(OFFSETS)).minus(Duration.ofDays(80))));
    return subject.build();
  }

  private ScriptedConsents consents() {
    Map<String, ConsentState> states = new HashMap<>();
    for (String p : purposes) {
      states.put(p, ConsentState.values()[random.nextInt(ConsentState.values().length)]);
    }
    Set<String> optedOut = new HashSet<>();
    for (String o : OPT_OUTS) {
      if (random.nextBoolean()) {
        optedOut.add(o);
      }
    }
    Set<String> failing = new HashSet<>();
    if (random.nextInt(8) == 0) {
      failing.add(pick(purposes));
    }
    Map<String, List<ConsentEvent>> kindEvents = new HashMap<>();
    for (ConsentDefinition kind : kinds) {
      kindEvents.put(kind.name(), history(kind.name()));
    }
    Set<String> failingKinds = new HashSet<>();
    if (!kinds.isEmpty() && random.nextInt(10) == 0) {
      failingKinds.add(pick(kinds).name());
    }
    return new ScriptedConsents(
        states,
        optedOut,
        random.nextInt(7) == 0,
        failing,
        random.nextInt(15) == 0,
        random.nextInt(40) == 0,
        kindEvents,
        failingKinds);
  }

  /**
   * A declared consent's ledger history: up to four events of every consent kind, some at one
   * instant, some after the decision, some given by a guardian, some with an expiry.
   */
  private List<ConsentEvent> history(String consent) {
    List<ConsentEvent> events = new ArrayList<>();
    ConsentEventKind[] kindsOfEvent = {
      ConsentEventKind.GIVEN,
      ConsentEventKind.GIVEN,
      ConsentEventKind.WITHDRAWN,
      ConsentEventKind.REFUSED,
      ConsentEventKind.OBJECTED
    };
    Instant previousAt = BASE;
    for (int i = random.nextInt(5); i > 0; i--) {
      ConsentEventKind kind = pick(kindsOfEvent);
      Instant at =
          random.nextInt(4) == 0
              ? previousAt
              : BASE.minus(pick(OFFSETS)).plusSeconds(random.nextInt(3) - 1);
      previousAt = at;
      ConsentEvent e = ConsentEvent.forConsent("s", kind, consent, at, "gen", "gen v1");
      if (random.nextInt(3) == 0) {
        e = e.givenBy(random.nextBoolean() ? "guardian" : "school");
      }
      if (kind == ConsentEventKind.GIVEN && random.nextInt(4) == 0) {
        e = e.expiringAt(at.plus(pick(OFFSETS)));
      }
      events.add(e);
    }
    return events;
  }

  private void maybe(Runnable action) {
    if (random.nextInt(5) != 0) {
      action.run();
    }
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private <T> T pick(T[] array) {
    return array[random.nextInt(array.length)];
  }
}
