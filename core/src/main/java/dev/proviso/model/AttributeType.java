package dev.proviso.model;

/** The types a subject or context attribute can be declared with. */
public enum AttributeType {
  TEXT("text"),
  NUMBER("number"),
  BOOL("bool"),
  INSTANT("instant"),
  TEXT_LIST("list of text"),
  /** The type of {@code elapsed(event.x)} and of duration literals; not declarable. */
  DURATION("duration");

  private final String spelling;

  AttributeType(String spelling) {
    this.spelling = spelling;
  }

  /** How the type is written in a policy, e.g. {@code list of text}. */
  public String spelling() {
    return spelling;
  }
}
