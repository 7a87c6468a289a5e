#!/bin/sh
# Footprint of a district served with a small heap (see docs/benchmarks.md, "Footprint").
# usage: QINGLIAN_DATA_DIR=… [QINGLIAN_DB_URL=…] bench/footprint.sh JAR HEAP CAMPAIGN ADMIN_PASSWORD
#   The database holds a generated campaign (java -jar JAR generate --units 500) and the first administrator,
#   created with QINGLIAN_ADMIN_PASSWORD=ADMIN_PASSWORD. Starts the application with -XmxHEAP on port 18090
#   (second factor optional, so that a script can sign in), reports the start-up time, computes the results,
#   fetches once each the pages and exports an organiser uses, and reports the resident memory, the heap after a
#   full collection and any OutOfMemoryError.
set -eu
JAR=$1 HEAP=$2 CAMPAIGN=$3 PASSWORD=$4
BASE=http://127.0.0.1:18090
DIR=$(mktemp -d)
LOG="$DIR/app.log"

start=$(date +%s%N)
SERVER_PORT=18090 QINGLIAN_MFA=optional java -Xmx"$HEAP" -jar "$JAR" >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$BASE/actuator/health/liveness"; do
  kill -0 $PID 2>/dev/null || { tail -20 "$LOG"; exit 1; }
  sleep 0.2
done
echo "start-up: $(( ($(date +%s%N) - start) / 1000000 )) ms to the first answer;" \
  "$(grep -o 'Started QinglianApplication in [0-9.]* seconds[^)]*)' "$LOG")"

jar="$DIR/cookies"
csrf() { curl -s -b "$jar" -c "$jar" "$BASE$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
token=$(csrf /login)
where=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "username=admin" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login")
echo "signed in (the login form sent us to $where)"

token=$(csrf "/campaigns/$CAMPAIGN/results")
t=$(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}' --data-urlencode "_csrf=$token" \
  "$BASE/campaigns/$CAMPAIGN/results/compute")
echo "compute results: $t s"

unit=$(curl -s -b "$jar" "$BASE/campaigns/$CAMPAIGN/results" | grep -o "/results/units/[^\"?]*" | head -1 | cut -d/ -f4)
for path in / /campaigns/$CAMPAIGN /campaigns/$CAMPAIGN/progress /campaigns/$CAMPAIGN/results \
    /campaigns/$CAMPAIGN/results/units/$unit /campaigns/$CAMPAIGN/dashboard /campaigns/$CAMPAIGN/ledger \
    /campaigns/$CAMPAIGN/units/$unit/scoring /rubrics /units /audit \
    /campaigns/$CAMPAIGN/results/ranking.xlsx /campaigns/$CAMPAIGN/results/ranking.pdf \
    /campaigns/$CAMPAIGN/results/workbook.xlsx /campaigns/$CAMPAIGN/results/score-sheets.zip; do
  echo "GET $path: $(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total} s %{size_download} bytes' "$BASE$path")"
done

echo "resident: $(ps -o rss= -p $PID | awk '{printf "%d MB", $1 / 1024}')"
jcmd $PID GC.run >/dev/null
jcmd $PID GC.heap_info | head -3
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$LOG" || true)"
