package dev.proviso.model;

/**
 * What a matching rule says about a use. {@link #OBLIGE} rules never decide: they attach their
 * obligations to a use that other rules allow, and grant nothing.
 */
public enum Effect {
  ALLOW,
  DENY,
  OBLIGE
}
