package dev.proviso.replica;

import dev.proviso.consent.ConsentLedger;
import dev.proviso.erasure.ErasureJournal;
import java.util.List;

/**
 * What a {@link ConsentReplica} needs from the stores it replicates: the writable ledger and
 * journal, one subject's whole state in one round trip, and the two feeds read by position. {@code
 * JdbcReplicaSource} (proviso-jdbc) implements it over the JDBC ledger and journal on one database.
 *
 * <p>Every method may throw a runtime exception (usually {@link
 * dev.proviso.consent.ConsentStoreException}) when the store cannot answer; messages must not carry
 * personal data. Reads see every record committed before the read began.
 *
 * <pre>{@code
 * ReplicaSource source = JdbcReplicaSource.create(dataSource); // proviso-jdbc
 * ConsentReplica replica = ConsentReplica.over(source).build();
 * }</pre>
 */
public interface ReplicaSource {

  /** Where consent events are written; the replica's ledger writes through to it. */
  ConsentLedger ledger();

  /** Where erasure requests are accepted; the replica's journal writes through to it. */
  ErasureJournal journal();

  /**
   * Every consent event and erasure request of the subject, from both feeds, in one query: what a
   * replica miss costs.
   */
  List<ReplicaRecord> load(String subjectId);

  /** The highest position used so far in {@code feed}, or 0 when it is empty. */
  long head(ReplicaRecord.Feed feed);

  /** Records of {@code feed} after {@code position}, lowest first, at most {@code limit}. */
  List<ReplicaRecord> after(ReplicaRecord.Feed feed, long position, int limit);

  /** Those of {@code positions} in {@code feed} that hold a committed record (gaps re-checked). */
  List<ReplicaRecord> among(ReplicaRecord.Feed feed, long[] positions);
}
