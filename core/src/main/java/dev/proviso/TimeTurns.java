package dev.proviso;

import dev.proviso.DecisionTables.Candidates;
import dev.proviso.consent.ConsentView;
import dev.proviso.engine.ConditionCompiler;
import dev.proviso.model.Condition;
import dev.proviso.model.RuleDefinition;
import dev.proviso.model.Value;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The earliest instant after a denied request's at which the same request would be allowed, if the
 * rules' time conditions say one. Time enters a condition only through comparisons with {@code
 * elapsed(event)} or {@code now}, so a decision can change only at the instants those comparisons
 * turn at ({@code event + duration}, the other side of {@code now}, and one nanosecond after, for
 * strict comparisons). Each of them after the request's instant is tried, earliest first, by
 * deciding again with the engine itself (no second evaluator): the first ALLOW is the answer.
 * Consent that changes later (an expiry the store knows of) is not foreseen.
 */
final class TimeTurns {
  /** More turning instants than this and the search gives up (explanations stay cheap). */
  private static final int MAX_TRIES = 64;

  private TimeTurns() {}

  static Optional<Instant> earliestAllowed(
      Policy policy, DecisionTables tables, Request request, ConsentView consents) {
    TreeSet<Instant> turns = new TreeSet<>();
    Purpose purpose = policy.findPurpose(request.purpose().path()).orElse(null);
    if (purpose == null) {
      return Optional.empty();
    }
    for (Category requested : request.categories()) {
      Category category = policy.findCategory(requested.path()).orElse(null);
      if (category == null) {
        return Optional.empty();
      }
      Candidates candidates = tables.candidates(purpose.id(), category.id());
      for (int[] rules : List.of(candidates.denies(), candidates.allows())) {
        for (int r : rules) {
          RuleDefinition rule = tables.rules[r].definition;
          rule.when().ifPresent(c -> collect(c, request, turns));
          rule.unless().ifPresent(c -> collect(c, request, turns));
          rule.regime()
              .flatMap(policy.model()::regime)
              .flatMap(g -> g.appliesWhen())
              .ifPresent(c -> collect(c, request, turns));
        }
      }
    }
    List<Instant> later = new ArrayList<>(turns.tailSet(request.at(), false));
    for (int i = 0; i < later.size() && i < MAX_TRIES; i++) {
      Instant at = later.get(i);
      if (policy.decide(request.toBuilder().at(at).build(), consents).allowed()) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  private static void collect(Condition c, Request request, TreeSet<Instant> turns) {
    if (c instanceof Condition.And and) {
      and.operands().forEach(o -> collect(o, request, turns));
    } else if (c instanceof Condition.Or or) {
      or.operands().forEach(o -> collect(o, request, turns));
    } else if (c instanceof Condition.Not not) {
      collect(not.operand(), request, turns);
    } else if (c instanceof Condition.Compare compare) {
      turn(compare.left(), compare.right(), request, turns);
      turn(compare.right(), compare.left(), request, turns);
    }
  }

  /** The instant at which {@code time OP other} can turn, when {@code time} is the clock side. */
  private static void turn(Value time, Value other, Request request, TreeSet<Instant> turns) {
    Instant at = null;
    try {
      if (time instanceof Value.Elapsed e && other instanceof Value.DurationLiteral d) {
        Instant event = request.event(e.event());
        at = event == null ? null : d.value().addTo(event);
      } else if (time instanceof Value.Now && !(other instanceof Value.Now)) {
        at = ConditionCompiler.compile(other).get(request, null) instanceof Instant i ? i : null;
      }
    } catch (DateTimeException | ArithmeticException e) {
      at = null; // beyond the calendar: no turn to find
    }
    if (at != null) {
      turns.add(at);
      if (at.isBefore(Instant.MAX)) {
        turns.add(at.plusNanos(1));
      }
    }
  }
}
