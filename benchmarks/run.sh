#!/usr/bin/env bash
# Builds the benchmark jar once and runs one JMH run per JDK (17 and 25), then writes a Markdown
# table (date, JDKs, machine, load) to benchmarks/target/results.md. Every peer engine is checked
# against Proviso on seeded requests in its benchmark's @Setup before anything is timed.
#
#   benchmarks/run.sh                       # everything, 3 forks
#   FORKS=1 BENCH='ApplicationObjects|Scaling' benchmarks/run.sh
#   JDK17=/path/to/jdk17 JDK25=/path/to/jdk25 JAR=/tmp/benchmarks.jar benchmarks/run.sh  # skip the build
#   EXTRA="-p rules=20,10000" benchmarks/run.sh   # more JMH arguments
set -euo pipefail
cd "$(dirname "$0")/.."
JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
FORKS=${FORKS:-3}
WARMUP=${WARMUP:-3}
ITERATIONS=${ITERATIONS:-5}
BENCH=${BENCH:-'ApplicationObjects|Scaling|CompileBenchmark|Peer|Filter|Decision|Replica|PackBenchmark|Store|Jackson'}
OUT=benchmarks/target
if [[ -z "${JAR:-}" ]]; then
  JAVA_HOME=$JDK17 ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests
  JAR=$OUT/benchmarks.jar
fi
mkdir -p "$OUT"
table=$OUT/results.md
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "# Proviso benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM." \
    "Load average at start: $load_before. JMH: $FORKS forks × $ITERATIONS × 1 s after $WARMUP × 1 s warm-up; score = JMH mean over all forks ± its 99.9% error."
  echo
} > "$table"
for jdk in "$JDK17" "$JDK25"; do
  version=$("$jdk/bin/java" -version 2>&1 | head -1)
  csv=$OUT/results-$(basename "$jdk").csv
  "$jdk/bin/java" -jar "$JAR" "$BENCH" -f "$FORKS" -wi "$WARMUP" -i "$ITERATIONS" -w 1s -r 1s \
    -prof gc -rf csv -rff "$csv" ${EXTRA:-}
  {
    echo "## $version (load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
    echo
    echo "| benchmark | params | score | error | unit | B/op |"
    echo "|---|---|---:|---:|---|---:|"
    python3 - "$csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1])))
head, rows = rows[0], rows[1:]
params = [i for i, h in enumerate(head) if h.startswith("Param: ")]
alloc = {}
for r in rows:
    if r[0].endswith(":gc.alloc.rate.norm"):
        alloc[(r[0].rsplit(":", 1)[0], tuple(r[i] for i in params))] = float(r[4])
for r in rows:
    if ":" in r[0]:
        continue
    key = (r[0], tuple(r[i] for i in params))
    p = " ".join(f"{head[i][7:]}={r[i]}" for i in params if r[i])
    b = alloc.get(key)
    name = r[0].replace("dev.proviso.bench.", "")
    print(f"| {name} | {p} | {float(r[4]):,.1f} | {float(r[5]):,.1f} | {r[6]} | {'' if b is None else f'{b:,.0f}'} |")
PY
    echo
  } >> "$table"
done
echo "wrote $table"
