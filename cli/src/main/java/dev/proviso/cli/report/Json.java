package dev.proviso.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.proviso.analysis.Use;
import dev.proviso.analysis.Verdict;
import dev.proviso.model.RuleDefinition;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Pretty JSON on stdout for {@code --format json}; maps keep their insertion order. */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Json() {}

  public static void print(PrintWriter out, Object value) {
    try {
      out.println(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON: " + e.getMessage(), e);
    }
  }

  /** {@code {"id": "shop.policy:12", "regime": "gdpr", "rule": "deny any for marketing ..."}}. */
  public static Map<String, Object> rule(RuleDefinition rule) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", rule.id());
    json.put("regime", rule.regime().orElse(null));
    json.put("rule", RuleText.summary(rule));
    json.put("advisory", rule.advisory());
    return json;
  }

  /** A resolved use: verdict, residual condition (when conditional), obligations and rule ids. */
  public static Map<String, Object> use(Use use) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("verdict", use.verdict().name().toLowerCase(Locale.ROOT));
    json.put("condition", use.verdict() == Verdict.CONDITIONAL ? use.condition().render() : null);
    json.put("obligations", use.obligations());
    json.put("rules", use.rules().stream().map(RuleDefinition::id).toList());
    return json;
  }
}
