/**
 * The Proviso runtime: the policy model, the engine that decides, the guards, consent and erasure
 * interfaces with their in-memory implementations, and the decision log. No third-party dependency.
 *
 * <p>{@code dev.proviso.engine} (condition compilation) is internal: only the Proviso modules that
 * render or analyse conditions may read it.
 */
module dev.proviso.core {
  requires java.sql; // GuardedRows guards a java.sql.ResultSet

  exports dev.proviso;
  exports dev.proviso.access;
  exports dev.proviso.access.customer;
  exports dev.proviso.consent;
  exports dev.proviso.erasure;
  exports dev.proviso.guard;
  exports dev.proviso.log;
  exports dev.proviso.metrics;
  exports dev.proviso.model;
  exports dev.proviso.replica;
  exports dev.proviso.trace;
  exports dev.proviso.engine to
      dev.proviso.analysis,
      dev.proviso.testing,
      dev.proviso.cli;
}
