package dev.proviso.model;

/**
 * How a rule was written. {@code require C to use X for P} is stored as a deny with {@code unless
 * C}; the form is kept so explanations can speak the author's words.
 */
public enum RuleForm {
  ALLOW,
  DENY,
  REQUIRE
}
