package dev.proviso.jackson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.proviso.log.DecisionRecord;
import dev.proviso.log.DecisionRecordFormat;
import java.util.List;

/**
 * The one JSON-lines encoding of {@link DecisionRecord}: the log writer and every reader (the
 * access report, audits) share it, so the format cannot drift.
 *
 * <pre>{@code
 * String line = DecisionLogCodec.JSON_LINES.encode(record);
 * DecisionRecord back = DecisionLogCodec.JSON_LINES.decode(line);
 * }</pre>
 */
public final class DecisionLogCodec implements DecisionRecordFormat {
  /** The JSON-lines format. */
  public static final DecisionLogCodec JSON_LINES = new DecisionLogCodec();

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addMixIn(DecisionRecord.class, AuditWhenTagged.class);

  /** {@code "audit"} is written only for decisions that carry audit tags, as the format says. */
  private abstract static class AuditWhenTagged {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<String> audit();
  }

  private DecisionLogCodec() {}

  /** One line of JSON, no trailing newline. */
  @Override
  public String encode(DecisionRecord record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a decision record always serialises", e);
    }
  }

  /** Parses one line; throws IllegalArgumentException with the reason on a malformed line. */
  @Override
  public DecisionRecord decode(String line) {
    try {
      return MAPPER.readValue(line, DecisionRecord.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "malformed decision log line: " + e.getOriginalMessage(), e);
    }
  }
}
