package dev.proviso.model;

/**
 * How a rule was written. {@code require C to use X for P} is stored as a deny with {@code unless
 * C}; the form is kept so explanations can speak the author's words. {@code oblige X for P with
 * ...} has effect {@link Effect#OBLIGE}.
 */
public enum RuleForm {
  ALLOW,
  DENY,
  REQUIRE,
  OBLIGE
}
