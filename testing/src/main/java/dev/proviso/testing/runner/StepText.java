package dev.proviso.testing.runner;

import dev.proviso.engine.ConditionText;
import dev.proviso.model.TestStep;
import dev.proviso.model.Value;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders test steps and subjects back in the policy language, for failure messages. */
public final class StepText {
  private StepText() {}

  /** E.g. {@code expect allow contact.email for marketing.email with audit}. */
  public static String of(TestStep.Expect expect) {
    StringBuilder text =
        new StringBuilder("expect ")
            .append(expect.outcome().name().toLowerCase(Locale.ROOT))
            .append(' ')
            .append(expect.categories())
            .append(" for ")
            .append(expect.purpose());
    expect.at().ifPresent(at -> text.append(" at ").append(at));
    if (!expect.obligations().isEmpty()) {
      text.append(" with ")
          .append(
              expect.obligations().stream()
                  .map(ConditionText::of)
                  .collect(Collectors.joining(", ")));
    }
    return text.toString();
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
      return ConditionText.of(new Value.Text(s));
    }
    if (value instanceof Double d) {
      return ConditionText.of(new Value.Number(d));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(StepText::literal).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }
}
