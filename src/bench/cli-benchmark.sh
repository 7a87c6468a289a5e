#!/bin/sh
# Offline scoring CLI at province scale (see docs/benchmarks.md): generates UNITS units x 67 items on the
# seed rubric, then times awk reading and summing the scores file and the CLI scoring it, in one run.
# usage: src/bench/cli-benchmark.sh [UNITS] [HEAP]      defaults: 50000 512m
set -eu
UNITS=${1:-50000}
HEAP=${2:-512m}
DIR=target/cli-bench
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    com.qinglian.scoring.cli.CliBenchmarkInput "$UNITS" "$DIR"
JAR=$(ls target/qinglian-*.jar | grep -v plain | head -1)
wc -l "$DIR/scores.csv"
for run in 1 2; do
    echo "run $run, awk:"
    /usr/bin/time -f '  %e s wall, %U s user, %S s sys' awk -F, 'NR > 1 { s += $3 } END { print "  sum " s }' "$DIR/scores.csv"
    echo "run $run, CLI with -Xmx$HEAP:"
    /usr/bin/time -f '  %e s wall, %U s user, %S s sys, %M KB max resident' java "-Xmx$HEAP" -jar "$JAR" score \
        --rubric "$DIR/rubric.yaml" --units "$DIR/units.csv" --scores "$DIR/scores.csv" --cases "$DIR/cases.csv" \
        --out "$DIR/result.csv"
done
uptime
