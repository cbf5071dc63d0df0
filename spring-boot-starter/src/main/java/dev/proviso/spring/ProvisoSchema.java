package dev.proviso.spring;

/**
 * The consent and erasure tables are ready at {@code version}: migrated at start-up unless {@code
 * proviso.jdbc.migrate=false}, in which case they are expected to exist already.
 */
public record ProvisoSchema(boolean migrated, int version) {}
