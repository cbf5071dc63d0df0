package dev.proviso.guard;

/**
 * What a guard does with the properties of a guarded class that carry no {@link DataCategory}. The
 * default is {@link #DROP}: what nobody classified is not shared.
 */
public enum UnannotatedFields {
  /** Left out of maps and JSON, null (or zero/false) in copies. */
  DROP,
  /** Passed through unchanged. */
  KEEP
}
