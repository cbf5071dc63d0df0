package dev.proviso.sql;

/** The SQL dialects a residual renders to; they differ in the names of the types of parameters. */
public enum SqlDialect {
  H2("DOUBLE PRECISION", "TIMESTAMP WITH TIME ZONE"),
  POSTGRESQL("DOUBLE PRECISION", "TIMESTAMP WITH TIME ZONE"),
  SPARK("DOUBLE", "TIMESTAMP");

  private final String numberType;
  private final String instantType;

  SqlDialect(String numberType, String instantType) {
    this.numberType = numberType;
    this.instantType = instantType;
  }

  /** A typed parameter marker: an untyped {@code ?} beside a literal cannot be inferred. */
  String number() {
    return "CAST(? AS " + numberType + ")";
  }

  String instant() {
    return "CAST(? AS " + instantType + ")";
  }
}
