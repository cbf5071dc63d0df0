package dev.proviso.bench.peers;

/**
 * An engine that has prepared its own input for every case of {@link PeerCases#ALL} (as a caller
 * would keep a request object around) and answers one by index.
 */
interface PeerEngine {
  /** A short name for reports. */
  String name();

  /** Whether the engine allows case {@code index} of {@link PeerCases#ALL}. */
  boolean allowed(int index);
}
