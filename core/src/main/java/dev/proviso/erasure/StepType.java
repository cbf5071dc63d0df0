package dev.proviso.erasure;

/**
 * The kinds of erasure-journal entries. Every action on a system is journaled before it starts
 * ({@code *_STARTED}) and after it succeeds, so a resumed run knows exactly what was in flight.
 */
public enum StepType {
  /** The system's holdings were read and a plan (erase or retain, per item) decided. */
  PLANNED,
  ERASE_STARTED,
  ERASED,
  RESTRICT_STARTED,
  RESTRICTED,
  /** The system failed (down, timed out); it stays pending and is retried. */
  FAILED,
  /** Every system is done; later entries can only be sweeps. */
  COMPLETED,
  /** A sweep began erasing retained items whose period ended. */
  SWEEP_STARTED,
  SWEPT,
  /**
   * Retained items planned again under the serving policy version (their new retention, or none
   * when the new version no longer keeps them, with the reason in the item's note).
   */
  REPLANNED
}
