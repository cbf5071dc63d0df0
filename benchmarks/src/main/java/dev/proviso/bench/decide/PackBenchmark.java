package dev.proviso.bench.decide;

import dev.proviso.Category;
import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Purpose;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.SubjectAccessor;
import dev.proviso.consent.ConsentView;
import dev.proviso.dsl.PolicyCompiler;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code policy.decide} for an email-marketing request, with the three shipped packs imported
 * ({@code packs=all}) or only the fideslang taxonomy ({@code packs=none}), for a subject in a
 * member state, in California and in a country neither regime covers. The packs' applicability
 * conditions and rules test {@code subject.region} against lists of up to 250 ISO codes; this
 * measures what that costs per decision. {@code prepared} reuses one {@code Subject}, on which the
 * engine memoises which regimes apply; {@code fromRecord} decides from an application record
 * through a {@link SubjectAccessor}, where nothing is memoised and every list is tested again.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PackBenchmark {
  @Param({"none", "all"})
  public String packs;

  @Param({"DE", "US-CA", "JP"})
  public String region;

  private Policy policy;
  private Request request;
  private SubjectAccessor<Customer> customers;
  private Customer customer;
  private Category email;
  private Purpose emailMarketing;
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  private final ConsentView consents = ConsentView.NONE; // nobody consented or opted out

  @Setup
  public void setUp() {
    String imports =
        packs.equals("all")
            ? "import pack \"gdpr\"\nimport pack \"ccpa\"\nimport pack \"brand\"\n"
            : "import taxonomy \"fideslang\"\n";
    String text =
        "policy \"bench\" version 1\n"
            + imports
            + "subject { region: text, age: number, identified: bool }\n"
            + "allow any for essential.service\n"
            + "allow user.contact.email for marketing.communications.email\n"
            // GDPR Art. 6(1): the gdpr pack refuses a use without a lawful basis
            + "basis contract for essential.service\n"
            + "basis legitimate_interests for marketing.communications.email\n";
    policy = Policy.from(PolicyCompiler.compileString("bench.policy", text).modelOrThrow());
    Subject subject =
        Subject.builder("s-1").set("region", region).set("age", 30).set("identified", true).build();
    email = policy.category("user.contact.email");
    emailMarketing = policy.purpose("marketing.communications.email");
    request = Request.of(subject, email, emailMarketing, NOW);
    customers =
        SubjectAccessor.builder(policy, Customer::id)
            .text("region", Customer::region)
            .number("age", Customer::age)
            .bool("identified", Customer::identified)
            .build();
    customer = new Customer("s-1", region, 30, true);
    if (!prepared().allowed() || !fromRecord().allowed()) {
      throw new IllegalStateException("the benchmark request must be allowed");
    }
  }

  @Benchmark
  public Decision prepared() {
    return policy.decide(request, consents);
  }

  @Benchmark
  public Decision fromRecord() {
    return customers.decide(customer, emailMarketing, email, NOW, consents);
  }
}
