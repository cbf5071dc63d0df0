package dev.proviso.spark;

import org.apache.spark.sql.SparkSession;

/** One local-mode session for every test class: starting Spark costs seconds. */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("proviso-spark-tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "1")
              // Test frames are small: compiling generated code costs more than it saves.
              .config("spark.sql.codegen.wholeStage", "false")
              .config("spark.sql.adaptive.enabled", "false")
              .config("spark.default.parallelism", "2")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
