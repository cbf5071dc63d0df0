package dev.proviso.dsl.internal.check;

/** The type of a value in a condition, as the checker sees it. */
enum Type {
  TEXT("text"),
  NUMBER("number"),
  BOOL("bool"),
  INSTANT("instant"),
  DURATION("duration"),
  TEXT_LIST("list of text"),
  NUMBER_LIST("list of numbers"),
  MIXED_LIST("list of mixed values"),
  /** A bare dotted name such as a purpose in {@code consent(marketing)}. */
  NAME("name"),
  /** Already reported; suppresses follow-on errors. */
  UNKNOWN("unknown");

  private final String spelling;

  Type(String spelling) {
    this.spelling = spelling;
  }

  String spelling() {
    return spelling;
  }

  boolean ordered() {
    return this == NUMBER || this == INSTANT || this == DURATION;
  }

  static Type of(dev.proviso.model.AttributeType type) {
    return switch (type) {
      case TEXT -> TEXT;
      case NUMBER -> NUMBER;
      case BOOL -> BOOL;
      case INSTANT -> INSTANT;
      case TEXT_LIST -> TEXT_LIST;
      case DURATION -> DURATION;
    };
  }
}
