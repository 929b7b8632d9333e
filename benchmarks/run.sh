#!/usr/bin/env bash
# Runs every benchmark of issue 8 and rewrites the results section of BENCHMARKS.md from this run.
#
#   benchmarks/run.sh                      # the full run: 1M open deadlines, 100k due
#   BENCH_DUE=20000 benchmarks/run.sh      # a shorter sweeper batch
#
# Needs the machine's PostgreSQL at 127.0.0.1:5432 with trust auth (user postgres), and pgbench.
# Raw results go to benchmarks/results/<UTC time>/; the databases aftersales_bench and
# aftersales_pgbench are created when missing. Settings (environment):
#   BENCH_OPEN, BENCH_DUE          open and due deadlines/tasks of the sweeper harnesses (1000000, 100000)
#   BENCH_THREADS_PER_NODE         worker threads per sweeper node and per db-scheduler node (4)
#   BENCH_JMH                      JMH options of the in-memory benchmarks ("-f 1 -wi 3 -i 5 -w 1s -r 2s")
#   BENCH_JDBC_JMH                 JMH options of the JDBC benchmark ("-f 1 -wi 2 -i 3 -w 5s -r 10s")
#   BENCH_PGBENCH_SECONDS          length of each pgbench run (30)
#   BENCH_MEMORY_CASES             cases per type of the memory measure (50000)
set -euo pipefail
cd "$(dirname "$0")/.."

OPEN=${BENCH_OPEN:-1000000}
DUE=${BENCH_DUE:-100000}
THREADS=${BENCH_THREADS_PER_NODE:-4}
JMH=${BENCH_JMH:--f 1 -wi 3 -i 5 -w 1s -r 2s}
JDBC_JMH=${BENCH_JDBC_JMH:--f 1 -wi 2 -i 3 -w 5s -r 10s}
PGBENCH_SECONDS=${BENCH_PGBENCH_SECONDS:-30}
MEMORY_CASES=${BENCH_MEMORY_CASES:-50000}
PG=(-h 127.0.0.1 -p 5432 -U postgres)
OUT=benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)
JAR=benchmarks/target/benchmarks.jar
mkdir -p "$OUT"

log() { printf '[bench] %s\n' "$*"; }

machine() {
  {
    echo "cpu: $(lscpu | sed -n 's/^Model name: *//p') x $(nproc)"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "jdk: $(java -version 2>&1 | head -1)"
    echo "postgresql: $(psql "${PG[@]}" -d postgres -tAc 'select version()')"
    echo "pg settings: $(psql "${PG[@]}" -d postgres -tAc "select string_agg(name || '=' || setting, ', ') from pg_settings where name in ('shared_buffers','synchronous_commit','fsync','max_connections')")"
    echo "load before: $(uptime)"
  } > "$OUT/machine.txt"
}

database() {
  psql "${PG[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$1'" | grep -q 1 \
    || psql "${PG[@]}" -d postgres -qc "create database $1"
}

log "building $JAR"
mvn -B -q -pl benchmarks -am package -DskipTests
machine
database aftersales_bench
database aftersales_pgbench

log "lifecycle flow (in memory)"
java -jar "$JAR" LifecycleFlowBenchmark $JMH -rf json -rff "$OUT/lifecycle.json" > "$OUT/lifecycle.log"
log "working-day calendar"
java -jar "$JAR" CalendarBenchmark $JMH -rf json -rff "$OUT/calendar.json" > "$OUT/calendar.log"

log "JDBC transition and pgbench -N"
pgbench "${PG[@]}" -i -s 10 -q aftersales_pgbench > "$OUT/pgbench-init.log" 2>&1
for clients in 1 8; do
  java -jar "$JAR" JdbcTransitionBenchmark -t "$clients" $JDBC_JMH -rf json -rff "$OUT/jdbc-$clients.json" \
    > "$OUT/jdbc-$clients.log"
  pgbench "${PG[@]}" -N -M prepared -c "$clients" -j "$(( clients < 2 ? clients : 2 ))" -T "$PGBENCH_SECONDS" \
    aftersales_pgbench > "$OUT/pgbench-$clients.log" 2>&1
  printf '%s\t%s\n' "$clients" "$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/pgbench-$clients.log")" >> "$OUT/pgbench.tsv"
done

log "sweepers vs db-scheduler: $OPEN open, $DUE due, $THREADS threads per node"
java -cp "$JAR" org.aftersales.benchmarks.sweeper.SweeperHarness "$OUT/sweeper.tsv" 1,2 "$OPEN" "$DUE" "$THREADS" \
  > "$OUT/sweeper.log" 2>&1
java -cp "$JAR" org.aftersales.benchmarks.sweeper.DbSchedulerHarness "$OUT/sweeper.tsv" 1,2 "$OPEN" "$DUE" "$THREADS" \
  > "$OUT/db-scheduler.log" 2>&1

log "memory per open case"
java -Xmx2g -XX:+UseSerialGC -cp "$JAR" org.aftersales.benchmarks.memory.OpenCaseMemory "$OUT/memory.tsv" \
  "$MEMORY_CASES" > "$OUT/memory.log" 2>&1

echo "load after: $(uptime)" >> "$OUT/machine.txt"
java -cp "$JAR" org.aftersales.benchmarks.report.BenchmarksReport "$OUT" BENCHMARKS.md
log "done: $OUT, BENCHMARKS.md updated"
