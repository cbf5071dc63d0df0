package dev.proviso.guard;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which objects are copies a guard produced ({@link Guard#filter}, a repository proxy, a
 * scope's filter), and what was done to each of their properties, so that guards compose: a later
 * guard (the Jackson module, another filter) writes an already restricted value as it is, without
 * needing a scope, and never masks or pseudonymizes it twice.
 *
 * <p>The registry is keyed by identity, never by {@code equals} (a raw record equal to a copy is
 * not a copy), and holds its copies weakly: a mark goes when its copy does. A mark holds no
 * personal data: the actions applied per property and, for classes that can be changed after they
 * were built (beans), a fingerprint of what each property held (its value's identity hash; a salted
 * hash for boxed primitives), so a property set after filtering is no longer vouched for.
 */
final class FilteredCopies {
  private static final ReferenceQueue<Object> STALE = new ReferenceQueue<>();
  private static final ConcurrentHashMap<Object, Mark> MARKS = new ConcurrentHashMap<>();
  private static final int SALT = new SecureRandom().nextInt();
  private static final int EXPUNGE_PER_MARK = 16; // bounded: a GC may clear thousands at once

  private FilteredCopies() {}

  /**
   * What a guard did to each property of one copy: the action applied to the value it left there.
   */
  abstract static class Mark {
    private final int[] fingerprints; // null: the class cannot change after it is built (records)

    Mark(int[] fingerprints) {
      this.fingerprints = fingerprints;
    }

    /** The action applied to property {@code i} of the copy. */
    abstract FieldAction applied(int i);

    /**
     * The action applied to property {@code i}, or null when it no longer holds what the guard left
     * there (it was set since), or when {@code i} is no property of the copy's class.
     */
    final FieldAction vouched(int i, Object value) {
      if (i < 0) {
        return null;
      }
      if (fingerprints != null && fingerprints[i] != fingerprint(value)) {
        return null;
      }
      return applied(i);
    }
  }

  /** The mark of a copy made in one pass: the action per category, the default for the rest. */
  static final class Decided extends Mark {
    private final ClassMetadata meta;
    private final FieldAction[] byCategory;
    private final ValueFilter values;

    Decided(ClassMetadata meta, FieldAction[] byCategory, ValueFilter values, int[] fingerprints) {
      super(fingerprints);
      this.meta = meta;
      this.byCategory = byCategory;
      this.values = values;
    }

    @Override
    FieldAction applied(int i) {
      return values.action(meta.slot(i), byCategory);
    }
  }

  /** The mark of a copy of a copy: what both guards did, per property. */
  static final class PerProperty extends Mark {
    private final FieldAction[] applied;

    PerProperty(FieldAction[] applied, int[] fingerprints) {
      super(fingerprints);
      this.applied = applied;
    }

    @Override
    FieldAction applied(int i) {
      return applied[i];
    }
  }

  /**
   * The action still to apply to a value a guard already restricted with {@code applied}, when
   * {@code now} is what the guard at hand would apply: nothing more ({@code KEEP}) unless {@code
   * now} is stronger; a removed value stays removed.
   */
  static FieldAction remaining(FieldAction applied, FieldAction now) {
    if (now != null && now.compareTo(applied) > 0) {
      return now;
    }
    return applied == FieldAction.REMOVE ? FieldAction.REMOVE : FieldAction.KEEP;
  }

  /** The stronger of two actions. */
  static FieldAction strongest(FieldAction a, FieldAction b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Fingerprints of what a bean copy holds; null for a record, whose fields cannot change. */
  static int[] fingerprints(ClassMetadata meta, Object[] values) {
    if (meta.type().isRecord()) {
      return null;
    }
    int[] prints = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      prints[i] = fingerprint(values[i]);
    }
    return prints;
  }

  private static int fingerprint(Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
      // boxes are not kept (each read makes a new one): compare by value, salted so the mark
      // does not hold the value itself
      return (value.hashCode() ^ SALT) * 0x9E3779B1 + 1;
    }
    return System.identityHashCode(value);
  }

  /** Remembers {@code copy} as produced by a guard, with {@code mark}. */
  static void mark(Object copy, Mark mark) {
    expunge();
    MARKS.put(new Key(copy), mark);
  }

  /** The mark of {@code candidate} if a guard produced it, else null. */
  static Mark of(Object candidate) {
    if (MARKS.isEmpty()) {
      return null;
    }
    return MARKS.get(new Probe(candidate));
  }

  /** How many copies are marked now (copies already collected may still count until expunged). */
  static int size() {
    expunge();
    return MARKS.size();
  }

  private static void expunge() {
    for (int i = 0; i < EXPUNGE_PER_MARK; i++) {
      Reference<?> stale = STALE.poll(); // no lock unless something is queued
      if (stale == null) {
        return;
      }
      MARKS.remove(stale);
    }
  }

  /** A weak, identity-compared key; removed by identity once its referent is gone. */
  private static final class Key extends WeakReference<Object> {
    private final int hash;

    Key(Object referent) {
      super(referent, STALE);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (other == this) {
        return true;
      }
      Object referent = get();
      if (referent == null) {
        return false;
      }
      if (other instanceof Key key) {
        return key.get() == referent;
      }
      return other instanceof Probe probe && probe.target == referent;
    }
  }

  /** A look-up key for {@link #of}: holds the candidate only for the call. */
  private static final class Probe {
    private final Object target;
    private final int hash;

    Probe(Object target) {
      this.target = target;
      this.hash = System.identityHashCode(target);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (other instanceof Key key) {
        return key.get() == target;
      }
      return other instanceof Probe probe && probe.target == target;
    }
  }
}
