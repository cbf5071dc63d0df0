package dev.proviso.testing.runner;

import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.TestStep;
import dev.proviso.model.Value;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders test steps and obligations back in the policy language, for failure messages. */
public final class StepText {
  private StepText() {}

  /** E.g. {@code expect allow contact.email for marketing.email with audit}. */
  public static String of(TestStep.Expect expect) {
    StringBuilder text =
        new StringBuilder("expect ")
            .append(expect.outcome().name().toLowerCase(java.util.Locale.ROOT))
            .append(' ')
            .append(expect.categories())
            .append(" for ")
            .append(expect.purpose());
    expect.at().ifPresent(at -> text.append(" at ").append(at));
    if (!expect.obligations().isEmpty()) {
      text.append(" with ")
          .append(
              expect.obligations().stream().map(StepText::of).collect(Collectors.joining(", ")));
    }
    return text.toString();
  }

  /** E.g. {@code mask(contact.phone)}, {@code not_before(event.cart_abandoned + 24h)}. */
  public static String of(ObligationDefinition obligation) {
    if (obligation instanceof ObligationDefinition.Mask m) {
      return "mask(" + m.category() + ")";
    }
    if (obligation instanceof ObligationDefinition.Pseudonymize p) {
      return "pseudonymize(" + p.category() + ")";
    }
    if (obligation instanceof ObligationDefinition.NotBefore n) {
      return "not_before(" + of(n.instant()) + ")";
    }
    if (obligation instanceof ObligationDefinition.Notify n) {
      return "notify(\"" + n.message() + "\")";
    }
    return "audit";
  }

  /** E.g. {@code subject { age: 30, region: "EU" }}, attributes in name order. */
  public static String subject(Map<String, Object> attributes) {
    return new TreeMap<>(attributes)
        .entrySet().stream()
            .map(e -> e.getKey() + ": " + literal(e.getValue()))
            .collect(Collectors.joining(", ", "subject { ", " }"));
  }

  /** A Java attribute value (String, Double, Boolean, Instant, List of String) as a literal. */
  public static String literal(Object value) {
    if (value instanceof String s) {
      return of(new Value.Text(s));
    }
    if (value instanceof Double d) {
      return of(new Value.Number(d));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(StepText::literal).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  /** A value as written in a policy. */
  public static String of(Value value) {
    if (value instanceof Value.Text t) {
      return "\"" + t.value() + "\"";
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
      return l.elements().stream().map(StepText::of).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Value.Elapsed e) {
      return "elapsed(event." + e.event() + ")";
    }
    if (value instanceof Value.Shifted s) {
      return of(s.instant()) + " + " + s.offset();
    }
    return value.toString(); // an attribute: subject.age, context.offer, event.x
  }
}
