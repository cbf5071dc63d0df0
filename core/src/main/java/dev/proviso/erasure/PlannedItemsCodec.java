package dev.proviso.erasure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JSON form of a journal entry's items, as stored by {@link JdbcErasureJournal}. */
final class PlannedItemsCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PlannedItemsCodec() {}

  static String toJson(List<PlannedItem> items) {
    ArrayNode array = JSON.createArrayNode();
    for (PlannedItem i : items) {
      ObjectNode o = array.addObject().put("key", i.key()).put("category", i.category());
      if (!i.note().isEmpty()) {
        o.put("note", i.note());
      }
      i.retention()
          .ifPresent(
              r ->
                  o.putObject("retention")
                      .put("rule", r.ruleId())
                      .put("purpose", r.purpose())
                      .put("because", r.because())
                      .put("until", r.until().toString()));
    }
    return array.toString();
  }

  static List<PlannedItem> fromJson(String json) {
    try {
      List<PlannedItem> items = new ArrayList<>();
      for (JsonNode o : JSON.readTree(json)) {
        JsonNode r = o.get("retention");
        Optional<Retention> retention =
            r == null
                ? Optional.empty()
                : Optional.of(
                    new Retention(
                        r.get("rule").asText(),
                        r.get("purpose").asText(),
                        r.get("because").asText(),
                        Instant.parse(r.get("until").asText())));
        items.add(
            new PlannedItem(
                o.get("key").asText(),
                o.get("category").asText(),
                retention,
                o.path("note").asText("")));
      }
      return items;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt erasure journal items: " + e.getMessage(), e);
    }
  }
}
