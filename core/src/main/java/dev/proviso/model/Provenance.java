package dev.proviso.model;

/** How a data category came to be held: given by the customer, observed, or inferred by a model. */
public enum Provenance {
  PROVIDED,
  OBSERVED,
  DERIVED,
  /** Not declared on the category or any of its ancestors. */
  UNSPECIFIED
}
