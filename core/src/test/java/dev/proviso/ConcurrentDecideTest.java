package dev.proviso;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.oracle.CaseGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Decisions from many threads at once (caches filling concurrently) equal single-threaded ones. */
class ConcurrentDecideTest {

  @Test
  void decide_fromFourThreadsOnFreshPolicy_givesTheSameAnswersAsTheGeneralPath() throws Exception {
    CaseGenerator generator = new CaseGenerator(7);
    Policy policy = Policy.from(generator.model());
    List<CaseGenerator.Case> cases = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      cases.add(generator.request(policy));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  List<String> seen = new ArrayList<>();
                  for (int round = 0; round < 50; round++) {
                    for (CaseGenerator.Case c : cases) {
                      seen.add(summary(policy.decide(c.request(), c.view())));
                    }
                  }
                  return seen;
                }));
      }
      List<String> expected = new ArrayList<>();
      for (int round = 0; round < 50; round++) {
        for (CaseGenerator.Case c : cases) {
          expected.add(summary(policy.decideGeneral(c.request(), c.view())));
        }
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String summary(Decision d) {
    return d.outcome() + " " + d.ruleIds() + " " + d.obligations() + " " + d.advice();
  }
}
