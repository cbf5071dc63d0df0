package dev.proviso.consent;

/** A subject's consent for one purpose at one instant. Only {@link #GIVEN} grants. */
public enum ConsentState {
  GIVEN,
  WITHDRAWN,
  EXPIRED,
  UNKNOWN
}
