package dev.proviso.testing.runner;

import dev.proviso.Decision;
import dev.proviso.Request;
import dev.proviso.consent.ConsentView;

/**
 * How the runner asks for a decision: {@code policy::decide} normally, or a variant that also
 * records what the engine evaluated (rule coverage).
 */
@FunctionalInterface
public interface Decider {
  Decision decide(Request request, ConsentView consents);
}
