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
   * One subject's records, and how many lines of the log could not be read.
   *
   * @param unreadableLines lines skipped because they do not decode: a line torn by a crash of the
   *     writer (it does not end a JSON object), whoever's it was, or a malformed line that names
   *     this subject's pseudonym. Reported, never silently dropped, so the report says it may be
   *     incomplete instead of failing for every subject.
   */
  public record Found(List<DecisionRecord> uses, int unreadableLines) {
    public Found {
      uses = List.copyOf(uses);
    }
  }

  /** The records whose subject is {@code pseudonym}, in log order, and the unreadable lines. */
  public static Found read(Reader log, DecisionRecordFormat format, String pseudonym) {
    List<DecisionRecord> uses = new ArrayList<>();
    BufferedReader lines = new BufferedReader(log);
    int number = 0;
    int unreadable = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        if (!line.stripTrailing().endsWith("}")) {
          unreadable++; // torn: its subject cannot be known, so count it for everyone
          continue;
        }
        if (!line.contains(pseudonym)) {
          continue; // cheap pre-filter: another subject's line cannot contain this pseudonym
        }
        DecisionRecord record;
        try {
          record = format.decode(line);
        } catch (IllegalArgumentException e) {
          unreadable++;
          continue;
        }
        if (record.subject().equals(pseudonym)) {
          uses.add(record);
        }
      }
      return new Found(uses, unreadable);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the decision log at line " + (number + 1), e);
    }
  }
}
