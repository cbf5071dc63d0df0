package dev.proviso.cli.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proviso.Suggestions;
import dev.proviso.cli.CliException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request for {@code proviso explain --request FILE} (or {@code -} for stdin) as JSON, turned
 * into the same strings the flags take, so both are typed and checked by one parser:
 *
 * <pre>
 * {"categories": ["contact.email"], "purpose": "marketing.email", "subjectId": "cust-42",
 *  "subject": {"region": "EU", "age": 30}, "consent": {"marketing.email": "given@2026-01-01T00:00:00Z"},
 *  "optOuts": ["sale_or_share"], "erasure": "2026-02-01T00:00:00Z",
 *  "events": {"cart_abandoned": "2026-03-01T10:00:00Z"}, "context": {"offer": "discount"},
 *  "at": "2026-03-01T00:00:00Z"}
 * </pre>
 */
public final class RequestFile {
  private static final Set<String> KEYS =
      Set.of(
          "categories",
          "purpose",
          "subjectId",
          "subject",
          "consent",
          "optOuts",
          "erasure",
          "events",
          "context",
          "at");

  private final List<String> categories;
  private final String purpose;

  private RequestFile(List<String> categories, String purpose) {
    this.categories = List.copyOf(categories);
    this.purpose = purpose;
  }

  public List<String> categories() {
    return categories;
  }

  public String purpose() {
    return purpose;
  }

  /**
   * Parses {@code json} (read from {@code source}) and adds its facts to {@code facts}, after any
   * given as flags.
   */
  public static RequestFile parse(String source, String json, RequestOptions facts) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw CliException.usage(
          source + ": not JSON (" + e.getOriginalMessage() + " at line " + line(e) + ")");
    }
    if (root == null || !root.isObject()) {
      throw CliException.usage(source + ": expected a JSON object with categories and purpose");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw CliException.usage(
            source
                + ": unknown key '"
                + name
                + "'"
                + Suggestions.closest(name, KEYS)
                    .map(s -> "; did you mean '" + s + "'?")
                    .orElse(""));
      }
    }
    List<String> categories = texts(source, root, "categories");
    String purpose = text(source, root, "purpose");
    if (categories.isEmpty() || purpose == null) {
      throw CliException.usage(source + ": give \"categories\" (a list) and \"purpose\"");
    }
    String subjectId = text(source, root, "subjectId");
    if (subjectId != null) {
      facts.subjectId = subjectId;
    }
    facts.subject.addAll(pairs(source, root, "subject"));
    facts.consent.addAll(pairs(source, root, "consent"));
    facts.optOut.addAll(texts(source, root, "optOuts"));
    facts.event.addAll(pairs(source, root, "events"));
    facts.context.addAll(pairs(source, root, "context"));
    if (facts.erasure == null) {
      facts.erasure = text(source, root, "erasure");
    }
    if (facts.at == null) {
      facts.at = text(source, root, "at");
    }
    return new RequestFile(categories, purpose);
  }

  private static String text(String source, JsonNode root, String key) {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw CliException.usage(source + ": \"" + key + "\" must be a string");
    }
    return node.asText();
  }

  private static List<String> texts(String source, JsonNode root, String key) {
    JsonNode node = root.get(key);
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      throw CliException.usage(source + ": \"" + key + "\" must be a list of strings");
    }
    for (JsonNode element : node) {
      if (!element.isTextual()) {
        throw CliException.usage(source + ": \"" + key + "\" must be a list of strings");
      }
      out.add(element.asText());
    }
    return out;
  }

  /** An object's entries as {@code NAME=VALUE}, a list value as {@code [a,b]}. */
  private static List<String> pairs(String source, JsonNode root, String key) {
    JsonNode node = root.get(key);
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw CliException.usage(source + ": \"" + key + "\" must be an object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      out.add(entry.getKey() + "=" + value(source, key + "." + entry.getKey(), entry.getValue()));
    }
    return out;
  }

  private static String value(String source, String where, JsonNode value) {
    if (value.isArray()) {
      List<String> elements = new ArrayList<>();
      value.forEach(element -> elements.add(value(source, where, element)));
      return "[" + String.join(",", elements) + "]";
    }
    if (value.isValueNode() && !value.isNull()) {
      String text = value.asText();
      if (text.contains(",")) {
        throw CliException.usage(source + ": " + where + ": a value may not contain ','");
      }
      return text;
    }
    throw CliException.usage(source + ": " + where + ": expected a string, number, bool or list");
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }
}
