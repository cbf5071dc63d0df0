package dev.proviso.engine;

import dev.proviso.model.BuiltInName;
import dev.proviso.model.Condition;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.RuleDefinition;
import dev.proviso.model.Value;
import java.util.stream.Collectors;

/** Renders conditions, values and rules in policy syntax for explanations. */
public final class ConditionText {
  private ConditionText() {}

  public static String of(Condition condition) {
    if (condition instanceof Condition.And and) {
      return and.operands().stream()
          .map(ConditionText::operand)
          .collect(Collectors.joining(" and "));
    }
    if (condition instanceof Condition.Or or) {
      return or.operands().stream().map(ConditionText::operand).collect(Collectors.joining(" or "));
    }
    if (condition instanceof Condition.Not not) {
      return "not " + operand(not.operand());
    }
    if (condition instanceof Condition.Compare c) {
      return of(c.left()) + " " + c.operator().symbol() + " " + of(c.right());
    }
    if (condition instanceof Condition.In in) {
      return of(in.value()) + " in " + of(in.options());
    }
    if (condition instanceof Condition.Has has) {
      return BuiltInName.HAS.call(of(has.attribute()));
    }
    if (condition instanceof Condition.ConsentGiven consent) {
      return BuiltInName.CONSENT.call(consent.purpose());
    }
    if (condition instanceof Condition.ConsentKindGiven consent) {
      return BuiltInName.CONSENT.call(consent.consent().name());
    }
    if (condition instanceof Condition.OptedOut optedOut) {
      return BuiltInName.OPTED_OUT.call(optedOut.name());
    }
    if (condition instanceof Condition.BasisHolds basis) {
      return BuiltInName.BASIS.call(
          basis.bases().stream().map(b -> b.keyword()).collect(Collectors.joining(", ")));
    }
    return of(((Condition.IsTrue) condition).value());
  }

  private static String operand(Condition condition) {
    boolean compound = condition instanceof Condition.And || condition instanceof Condition.Or;
    return compound ? "(" + of(condition) + ")" : of(condition);
  }

  public static String of(Value value) {
    if (value instanceof Value.Attribute a) {
      return a.toString();
    }
    if (value instanceof Value.Text t) {
      return '"' + t.value() + '"';
    }
    if (value instanceof Value.Number n) {
      double d = n.value();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
    if (value instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    }
    if (value instanceof Value.InstantLiteral i) {
      return i.value().toString();
    }
    if (value instanceof Value.DurationLiteral d) {
      return d.value().toString();
    }
    if (value instanceof Value.ListLiteral l) {
      return l.elements().stream()
          .map(ConditionText::of)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Value.Elapsed e) {
      return BuiltInName.ELAPSED.call("event." + e.event());
    }
    if (value instanceof Value.Now) {
      return "now";
    }
    Value.Shifted s = (Value.Shifted) value;
    return of(s.instant()) + " + " + s.offset();
  }

  public static String of(ObligationDefinition obligation) {
    if (obligation instanceof ObligationDefinition.Mask m) {
      return BuiltInName.MASK.call(m.category() + m.method().map(x -> ", " + x).orElse(""));
    }
    if (obligation instanceof ObligationDefinition.Pseudonymize p) {
      return BuiltInName.PSEUDONYMIZE.call(p.category());
    }
    if (obligation instanceof ObligationDefinition.NotBefore n) {
      return BuiltInName.NOT_BEFORE.call(of(n.instant()));
    }
    if (obligation instanceof ObligationDefinition.Notify n) {
      return BuiltInName.NOTIFY.call(
          "\"" + n.message() + "\"" + n.channel().map(c -> ", \"" + c + "\"").orElse(""));
    }
    if (obligation instanceof ObligationDefinition.Audit a) {
      return a.tag()
          .map(t -> BuiltInName.AUDIT.call("\"" + t + "\""))
          .orElse(BuiltInName.AUDIT.spelling());
    }
    // No default: a new obligation must be given its words here.
    throw new IllegalArgumentException("no text for " + obligation.getClass().getSimpleName());
  }

  /** A rule in the author's words, e.g. {@code require consent(p) to use contact.email for p}. */
  public static String summary(RuleDefinition rule) {
    StringBuilder text = new StringBuilder();
    String target = rule.categories() + " for " + rule.purposes();
    switch (rule.form()) {
      case REQUIRE -> {
        text.append("require ");
        text.append(rule.unless().map(ConditionText::of).orElse("true"));
        text.append(" to use ").append(target);
        rule.when().ifPresent(c -> text.append(" when ").append(of(c)));
      }
      case ALLOW, DENY, OBLIGE -> {
        text.append(rule.form().name().toLowerCase(java.util.Locale.ROOT)).append(' ');
        text.append(target);
        rule.when().ifPresent(c -> text.append(" when ").append(of(c)));
        rule.unless().ifPresent(c -> text.append(" unless ").append(of(c)));
      }
    }
    if (!rule.obligations().isEmpty()) {
      text.append(" with ")
          .append(
              rule.obligations().stream().map(ConditionText::of).collect(Collectors.joining(", ")));
    }
    return text.toString();
  }
}
