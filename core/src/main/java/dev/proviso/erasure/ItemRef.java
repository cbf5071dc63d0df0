package dev.proviso.erasure;

import java.util.Objects;

/** Identifies one held item within a system: a record key and one of its categories. */
public record ItemRef(String key, String category) {
  public ItemRef {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(category, "category");
  }

  @Override
  public String toString() {
    return key + "/" + category;
  }
}
