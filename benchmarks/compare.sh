#!/usr/bin/env bash
# Compares two builds of the processor on one generated API, run by run: the processor of git
# revision OLD (compiled here from `git archive`) against the current one, alternating which goes
# first. Needs a prior `benchmarks/run.sh` (for the generated API and the class paths). MODE
# `plugin` runs both as javac plug-ins (`-proc:none -Xplugin:ConnectorKit`) instead of processors.
#   benchmarks/compare.sh OLD_REV [SIZE=large] [RUNS=5] [MODE=processor|plugin]
set -euo pipefail
cd "$(dirname "$0")/.."
old_rev=$1
size=${2:-large}
runs=${3:-5}
mode=${4:-processor}
target=benchmarks/target
work=$target/compare
api=$(cat $target/classpath/api.txt)
new_path=$(cat $target/classpath/processor.txt)
# The processor's dependencies: the same jars, without the current processor classes or jar.
deps=$(tr ':' '\n' < $target/classpath/processor.txt | grep -v '/processor/target/' | paste -sd:)

rm -rf "$work" && mkdir -p "$work/old-src" "$work/old-classes/META-INF/services"
git archive "$old_rev" processor/src/main/java | tar -x -C "$work/old-src"
auto=$(find ~/.m2/repository/com/google/auto/service/auto-service-annotations -name '*.jar' | sort | tail -1)
find "$work/old-src" -name '*.java' > "$work/old-sources.txt"
javac --release 17 -proc:none -encoding UTF-8 -cp "$deps:$auto" -d "$work/old-classes" \
  @"$work/old-sources.txt"
echo dev.connectorkit.processor.ConnectorProcessor \
  > "$work/old-classes/META-INF/services/javax.annotation.processing.Processor"
if [ "$mode" = plugin ]; then
  echo dev.connectorkit.processor.ConnectorPlugin \
    > "$work/old-classes/META-INF/services/com.sun.source.util.Plugin"
fi
old_path="$work/old-classes:$deps"

java -cp "$target/classes:$(cat $target/classpath/runner.txt)" dev.connectorkit.bench.ApiGenerator \
  "$size" "$work/api" > /dev/null
find "$work/api" -name '*.java' | sort > "$work/sources.txt"

run() { # label processor-path out
  rm -rf "$3" && mkdir -p "$3"
  local plugin=()
  if [ "$mode" = plugin ]; then
    plugin=(-proc:none "-Xplugin:ConnectorKit out=$(realpath "$3")")
  fi
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S %M" -o "$work/time.txt" javac --release 17 -encoding UTF-8 -cp "$api" \
    -d "$3" -processorpath "$2" "${plugin[@]}" @"$work/sources.txt" > "$work/$1.log" 2>&1
  end=$(date +%s%N)
  read -r user sys rss < <(tail -1 "$work/time.txt")
  echo "$1 $(( (end - start) / 1000000 )) $(awk -v u="$user" -v s="$sys" 'BEGIN { print (u + s) * 1000 }') $rss"
}

echo "label wall_ms cpu_ms peak_rss_kb" > "$work/runs.txt"
for i in $(seq 1 "$runs"); do
  if (( i % 2 )); then
    run old "$old_path" "$work/out-old" >> "$work/runs.txt"
    run new "$new_path" "$work/out-new" >> "$work/runs.txt"
  else
    run new "$new_path" "$work/out-new" >> "$work/runs.txt"
    run old "$old_path" "$work/out-old" >> "$work/runs.txt"
  fi
  cmp -s "$work/out-old/META-INF/connectors/BenchCatalog/apiDefinition.swagger.json" \
    "$work/out-new/META-INF/connectors/BenchCatalog/apiDefinition.swagger.json" \
    || { echo "The two processors wrote different definitions" >&2; exit 1; }
  cmp -s "$work/out-old/META-INF/connectors/BenchCatalog/apiProperties.json" \
    "$work/out-new/META-INF/connectors/BenchCatalog/apiProperties.json" \
    || { echo "The two processors wrote different apiProperties.json" >&2; exit 1; }
done
cat "$work/runs.txt"
# Medians of new / old, run by run (the two rows of the same round).
awk 'NR > 1 { n[$1]++; w[$1, n[$1]] = $2; c[$1, n[$1]] = $3; m[$1, n[$1]] = $4 }
  END { for (i = 1; i <= n["new"]; i++)
    print w["new", i] / w["old", i], c["new", i] / c["old", i], m["new", i] / m["old", i] }' \
  "$work/runs.txt" > "$work/ratios.txt"
median() { cut -d' ' -f"$1" "$work/ratios.txt" | sort -g | awk '{ v[NR] = $1 }
  END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "new / old, median of $runs paired runs: wall $(median 1), CPU $(median 2)," \
  "peak RSS $(median 3); both wrote the same bytes"
