package dev.proviso.bench.cpu;

import dev.proviso.bench.FilterBenchmark;
import dev.proviso.bench.JacksonBenchmark;
import dev.proviso.bench.compile.CompileBenchmark;
import dev.proviso.bench.decide.StoreBenchmark;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Thread CPU time and bytes allocated per op for the slower benchmarks (guard filter, Jackson, the
 * consent stores, the 10,000-rule compile), with {@link CpuPerCall}'s method: median of rounds, the
 * first third discarded as warm-up. Each group has its own call count per round.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.proviso.bench.cpu.CpuPerOp [rounds]
 * </pre>
 */
public final class CpuPerOp {
  private CpuPerOp() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    FilterBenchmark filter = new FilterBenchmark();
    filter.setUp();
    Map<String, IntSupplier> guards = new LinkedHashMap<>();
    guards.put("filter20Fields", () -> filter.filter20Fields().hashCode());
    guards.put("filter20FieldsConsentGiven", () -> filter.filter20FieldsConsentGiven().hashCode());
    JacksonBenchmark jackson = new JacksonBenchmark();
    jackson.setUp();
    guards.put("jacksonPlainMapper", () -> unchecked(jackson::plainMapper).length());
    guards.put(
        "jacksonModuleUnconditional", () -> unchecked(jackson::withModuleUnconditional).length());
    guards.put(
        "jacksonModuleConsentGiven", () -> unchecked(jackson::withModuleConsentGiven).length());
    CpuPerCall.print(CpuPerCall.measure(guards, rounds, 20_000), 20_000);

    StoreBenchmark store = new StoreBenchmark();
    store.setUp();
    // The in-memory ledger needs as many calls as the guards to be warm; JDBC a hundred times
    // fewer.
    Map<String, IntSupplier> memory = new LinkedHashMap<>();
    memory.put("inMemoryLedger", () -> store.inMemoryLedger().allowed() ? 1 : 0);
    CpuPerCall.print(CpuPerCall.measure(memory, rounds, 20_000), 20_000);
    Map<String, IntSupplier> stores = new LinkedHashMap<>();
    stores.put("jdbcLedgerOnH2", () -> store.jdbcLedgerOnH2().allowed() ? 1 : 0);
    stores.put(
        "jdbcLedgerAndJournalOnH2", () -> store.jdbcLedgerAndJournalOnH2().allowed() ? 1 : 0);
    CpuPerCall.print(CpuPerCall.measure(stores, rounds, 200), 200);
    store.tearDown();

    CompileBenchmark compile = new CompileBenchmark();
    compile.rules = 10_000;
    compile.generate();
    Map<String, IntSupplier> compiles = new LinkedHashMap<>();
    compiles.put("compileText10000", () -> compile.compileText().hashCode());
    compiles.put("buildDecisionTables10000", () -> compile.buildDecisionTables().hashCode());
    compiles.put("textToPolicy10000", () -> compile.textToPolicy().hashCode());
    CpuPerCall.print(CpuPerCall.measure(compiles, rounds, 1), 1);
  }

  interface Call {
    String get() throws Exception;
  }

  private static String unchecked(Call call) {
    try {
      return call.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
