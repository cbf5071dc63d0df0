package dev.proviso.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code test "name" { ... }} block: subject attributes, then given/expect steps in order.
 *
 * @param subject attribute values (String, Double, Boolean, Instant or List of String)
 * @param now the test's clock ({@code test "x" at T}); expectations default to it
 */
public record PolicyTestDefinition(
    String name,
    Map<String, Object> subject,
    Optional<Instant> now,
    List<TestStep> steps,
    SourceLocation location) {
  public PolicyTestDefinition {
    Objects.requireNonNull(name, "name");
    subject = Map.copyOf(subject);
    Objects.requireNonNull(now, "now");
    steps = List.copyOf(steps);
    Objects.requireNonNull(location, "location");
  }
}
