package dev.proviso.spring;

import dev.proviso.log.DecisionEvent;
import dev.proviso.log.DecisionLog;
import java.util.List;

/** The decision log, told to every {@link DecisionObserver} first; an observer never fails it. */
final class ObservedDecisionLog implements DecisionLog {
  private final DecisionObserver[] observers;
  private final DecisionLog log;

  private ObservedDecisionLog(List<DecisionObserver> observers, DecisionLog log) {
    this.observers = observers.toArray(DecisionObserver[]::new);
    this.log = log;
  }

  static DecisionLog of(List<DecisionObserver> observers, DecisionLog log) {
    return observers.isEmpty() ? log : new ObservedDecisionLog(observers, log);
  }

  @Override
  public void append(DecisionEvent event) {
    observe(event);
    log.append(event);
  }

  @Override
  public void appendRequired(DecisionEvent event) {
    if (log == DecisionLog.NONE) { // an audited use needs a real log: refuse it, as the guard would
      throw new IllegalStateException("no decision log is configured (proviso.decision-log.file)");
    }
    observe(event);
    log.appendRequired(event);
  }

  @Override
  public void flush() {
    log.flush();
  }

  private void observe(DecisionEvent event) {
    for (DecisionObserver observer : observers) {
      try {
        observer.decided(event);
      } catch (RuntimeException e) {
        // an observer (a metrics registry) never decides whether a use goes ahead
      }
    }
  }
}
