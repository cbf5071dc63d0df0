package dev.proviso.log;

/**
 * How a decision log stores one {@link DecisionRecord} as one line of text. Core has no JSON
 * library; proviso-jackson provides the JSON-lines format ({@code DecisionLogCodec.JSON_LINES}).
 * The writer and every reader of a log must use the same format.
 *
 * <pre>{@code
 * DecisionRecordFormat format = DecisionLogCodec.JSON_LINES;
 * DecisionRecord back = format.decode(format.encode(record));
 * }</pre>
 */
public interface DecisionRecordFormat {

  /** One line, without a line break. */
  String encode(DecisionRecord record);

  /** Parses one line; throws IllegalArgumentException with the reason on a malformed line. */
  DecisionRecord decode(String line);
}
