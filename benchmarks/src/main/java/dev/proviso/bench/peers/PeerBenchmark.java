package dev.proviso.bench.peers;

import com.cedarpolicy.model.AuthorizationResponse;
import dev.proviso.Decision;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Proviso against jCasbin, CEL and Cedar on the same question in one run: "may contact.email be
 * used for marketing.email for an EU subject aged 30 with consent given?" ({@code *_question}) and
 * every case of {@link PeerCases#ALL} in turn ({@code *_mix}). The setup refuses to run unless
 * every engine agrees with Proviso on every case.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'Peer' -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PeerBenchmark {
  private static final int CASES = PeerCases.ALL.size();

  private ProvisoPeer proviso;
  private CasbinPeer casbin;
  private CelPeer cel;
  private CedarPeer cedar;
  private int next;

  @Setup
  public void setUp() {
    proviso = new ProvisoPeer(PeerCases.ALL);
    casbin = new CasbinPeer(PeerCases.ALL);
    cel = new CelPeer(PeerCases.ALL);
    cedar = new CedarPeer(PeerCases.ALL);
    PeerAgreement.check(proviso, List.of(casbin, cel, cedar));
  }

  private int nextCase() {
    int i = next;
    next = i == CASES - 1 ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public Decision proviso_question() {
    return proviso.decide(PeerCases.QUESTION);
  }

  @Benchmark
  public Decision proviso_mix() {
    return proviso.decide(nextCase());
  }

  @Benchmark
  public boolean jcasbin_question() {
    return casbin.allowed(PeerCases.QUESTION);
  }

  @Benchmark
  public boolean jcasbin_mix() {
    return casbin.allowed(nextCase());
  }

  @Benchmark
  public Object cel_question() {
    return cel.evaluate(PeerCases.QUESTION);
  }

  @Benchmark
  public Object cel_mix() {
    return cel.evaluate(nextCase());
  }

  @Benchmark
  public AuthorizationResponse cedar_question() {
    return cedar.authorize(PeerCases.QUESTION);
  }

  @Benchmark
  public AuthorizationResponse cedar_mix() {
    return cedar.authorize(nextCase());
  }
}
