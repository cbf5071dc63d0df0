package dev.proviso.access;

import dev.proviso.log.DecisionRecord;
import dev.proviso.log.DecisionRecordFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a decision log (one record a line) and keeps one subject's lines (matched by pseudonym).
 */
public final class DecisionLogUses {
  private DecisionLogUses() {}

  /**
   * The records whose subject is {@code pseudonym}, in log order. A malformed line throws with its
   * line number: a report that silently skipped uses would mislead the customer.
   */
  public static List<DecisionRecord> read(
      Reader log, DecisionRecordFormat format, String pseudonym) {
    List<DecisionRecord> uses = new ArrayList<>();
    BufferedReader lines = new BufferedReader(log);
    int number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || !line.contains(pseudonym)) {
          continue; // cheap pre-filter: another subject's line cannot contain this pseudonym
        }
        DecisionRecord record;
        try {
          record = format.decode(line);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "decision log line " + number + ": " + e.getMessage(), e);
        }
        if (record.subject().equals(pseudonym)) {
          uses.add(record);
        }
      }
      return uses;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the decision log at line " + (number + 1), e);
    }
  }
}
