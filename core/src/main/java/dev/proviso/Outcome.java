package dev.proviso;

/** The outcome of a decision. */
public enum Outcome {
  ALLOW,
  DENY
}
