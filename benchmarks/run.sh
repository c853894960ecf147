#!/usr/bin/env bash
# Builds the benchmarks module and what it needs (a reactor build: nothing is installed into the
# local repository), then runs the benchmark. Options go to BenchmarkRunner, e.g.
#   benchmarks/run.sh --sizes small,medium,large --runs 5 --peer-runs 3 --profile large \
#       --out benchmarks/results/latest.md
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/time ]; then
  # GNU time measures CPU time and peak RSS; without it the runner reports wall time only.
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    apt-get install -y -q time > /dev/null || echo "Could not install time: wall time only."
  fi
fi
mvn -q -B -pl benchmarks -am package -DskipTests
exec java -Xmx512m -XX:+UseSerialGC \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath/runner.txt)" \
  dev.connectorkit.bench.BenchmarkRunner --target benchmarks/target "$@"
