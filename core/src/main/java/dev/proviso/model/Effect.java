package dev.proviso.model;

/** What a matching rule says about a use. */
public enum Effect {
  ALLOW,
  DENY
}
