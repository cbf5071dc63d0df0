package dev.proviso.bench;

import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.guard.DataCategory;
import dev.proviso.guard.Guard;
import dev.proviso.model.PolicyModelBuilder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code guard.filter} on a graph of {@code nodes} annotated nodes where node i points at nodes i+1
 * and i+2: every node below the top is shared, and the number of paths grows like Fibonacci, so
 * only a filter that visits each node once finishes. Linear time: 1,000 nodes cost about ten times
 * 100.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SharedGraphBenchmark {

  /** One node: an annotated value and its (shared) children. */
  public static final class Node {
    @DataCategory("contact.email")
    String email;

    Node[] next = new Node[0];

    public Node() {}
  }

  @Param({"100", "1000"})
  public int nodes;

  private Guard guard;
  private Subject subject;
  private Node top;

  @Setup(Level.Trial)
  public void setUp() {
    Policy policy =
        Policy.from(
            PolicyModelBuilder.named("graph", 1)
                .category("contact", "email")
                .purpose("support")
                .allow("contact", "support")
                .build());
    guard = Guard.builder(() -> policy).build();
    subject = Subject.of("cust-42");
    int width = 50;
    Node[] below = new Node[0];
    for (int layer = nodes / width - 1; layer >= 0; layer--) {
      Node[] current = new Node[width];
      for (int i = 0; i < width; i++) {
        current[i] = new Node();
        current[i].email = "user" + layer + "-" + i + "@example.com";
        if (below.length > 0) {
          current[i].next = new Node[] {below[i], below[(i + 1) % width]};
        }
      }
      below = current;
    }
    top = new Node(); // the root holds the whole first layer
    top.next = below;
  }

  @Benchmark
  public Node filterSharedGraph() {
    return guard.filter(subject, "support", top);
  }
}
