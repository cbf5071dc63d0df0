package dev.proviso.bench.cpu;

import dev.proviso.Request;
import dev.proviso.bench.decide.ApplicationObjectsBenchmark;
import dev.proviso.bench.decide.ShopScenarios;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Thread CPU time per call, a measure that a loaded machine disturbs far less than wall-clock JMH:
 * time the thread spent descheduled is not counted. Each op runs in rounds of {@code calls} calls,
 * each Proviso op in a JVM of its own (as JMH forks) with the hand-written floor interleaved round
 * by round beside it; the medians of the rounds and of the per-round ratios are reported. JIT,
 * caches and a shared core still move the figures, so only ratios within one run mean much.
 *
 * <pre>
 * java [-Donly=handWritten,provisoAccessor] -cp benchmarks/target/benchmarks.jar \
 *     dev.proviso.bench.cpu.CpuPerCall [rounds] [calls]
 * </pre>
 */
public final class CpuPerCall {
  private CpuPerCall() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
    ApplicationObjectsBenchmark app = new ApplicationObjectsBenchmark();
    app.setUp();
    Map<String, IntSupplier> ops = new LinkedHashMap<>();
    ops.put("handWritten", () -> app.handWritten() ? 1 : 0);
    ops.put("provisoAccessor", () -> app.provisoAccessor().allowed() ? 1 : 0);
    ops.put("provisoPrepared", () -> app.provisoPrepared().allowed() ? 1 : 0);
    ops.put("provisoBuiltPerCall", () -> app.provisoBuiltPerCall().allowed() ? 1 : 0);
    // One question each, to tell the engine's fixed costs from its conditions' costs.
    ShopScenarios shop = new ShopScenarios();
    shop.setUp();
    ops.put("unconditionalAllow", () -> decide(shop, shop.unconditionalAllow));
    ops.put("defaultDeny", () -> decide(shop, shop.defaultDeny));
    ops.put("consentConditioned", () -> decide(shop, shop.consentConditioned));
    ops.put("regimeByRegion", () -> decide(shop, shop.regimeByRegion));
    ops.put("multiCategory", () -> decide(shop, shop.multiCategory));
    String only = System.getProperty("only");
    if (only == null) { // one JVM per op, as JMH forks: ops would pollute each other's profiles
      Map<String, Double> medians = new LinkedHashMap<>();
      for (String op : ops.keySet()) {
        if (!op.equals("handWritten")) { // each with the floor beside it, round by round
          medians.putAll(fork("handWritten," + op, rounds, calls));
        }
      }
      print(medians, calls);
      return;
    }
    ops.keySet().retainAll(List.of(only.split(",")));
    Map<String, Double> medians = measure(ops, rounds, calls);
    medians.forEach((k, v) -> System.out.println("RESULT " + k + " " + v));
  }

  private static Map<String, Double> fork(String op, int rounds, int calls) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                java,
                "-Donly=" + op,
                "-cp",
                System.getProperty("java.class.path"),
                CpuPerCall.class.getName(),
                String.valueOf(rounds),
                String.valueOf(calls))
            .redirectErrorStream(true)
            .start();
    Map<String, Double> result = new LinkedHashMap<>();
    try (var lines = p.inputReader().lines()) {
      lines
          .filter(l -> l.startsWith("RESULT "))
          .forEach(l -> result.put(l.split(" ")[1], Double.parseDouble(l.split(" ")[2])));
    }
    if (p.waitFor() != 0 || result.isEmpty()) {
      throw new IllegalStateException(op + " failed in its JVM");
    }
    return result;
  }

  private static int decide(ShopScenarios shop, Request request) {
    return shop.policy.decide(request, shop.consents).allowed() ? 1 : 0;
  }

  /** Median thread-CPU nanoseconds per call of each op. */
  public static Map<String, Double> measure(Map<String, IntSupplier> ops, int rounds, int calls) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) bean;
    Map<String, List<Double>> samples = new LinkedHashMap<>();
    Map<String, Double> lastBytes = new LinkedHashMap<>();
    ops.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
    int sink = 0;
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, IntSupplier> op : ops.entrySet()) {
        IntSupplier s = op.getValue();
        long bytes = alloc.getCurrentThreadAllocatedBytes();
        long start = bean.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
          sink += s.getAsInt();
        }
        long spent = bean.getCurrentThreadCpuTime() - start;
        bytes = alloc.getCurrentThreadAllocatedBytes() - bytes;
        if (round >= rounds / 3) { // the first third is warm-up
          samples.get(op.getKey()).add((double) spent / calls);
          lastBytes.put(op.getKey(), (double) bytes / calls);
        }
      }
    }
    if (sink == 42) {
      System.out.print("");
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    List<Double> floor = samples.values().iterator().next();
    samples.forEach(
        (k, v) -> {
          medians.put(k, median(v));
          List<Double> ratios = new ArrayList<>();
          for (int i = 0; i < v.size(); i++) {
            ratios.add(v.get(i) / floor.get(i));
          }
          medians.put(k + "/ratio", median(ratios));
          medians.put(k + "/bytes", lastBytes.get(k));
        });
    return medians;
  }

  private static double median(List<Double> values) {
    double[] a = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return a[a.length / 2];
  }

  public static void print(Map<String, Double> medians, int calls) {
    System.out.printf(
        "thread CPU ns/call, median of rounds of %,d calls (%s, load %s)%n",
        calls, System.getProperty("java.version"), loadAverage());
    medians.forEach(
        (k, v) -> {
          if (!k.contains("/")) {
            System.out.printf(
                "  %-28s %,14.1f ns  %6.2fx the first op beside it  %,12.1f B/call%n",
                k, v, medians.get(k + "/ratio"), medians.get(k + "/bytes"));
          }
        });
  }

  private static String loadAverage() {
    try {
      return Arrays.toString(
              java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4))
          .replaceAll(", [^,]*\\]$", "]");
    } catch (java.io.IOException e) {
      return "?";
    }
  }
}
