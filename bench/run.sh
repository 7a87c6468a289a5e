#!/bin/sh
# HTTP under load against a running application (see docs/benchmarks.md, "HTTP under load").
# usage: [WARMUP=30s] bench/run.sh BASE CAMPAIGN UNIT EVALUATOR PASSWORD VIEWER VIEWER_PASSWORD [DURATION]
#   BASE e.g. http://127.0.0.1:8080; UNIT a unit the evaluator is assigned to; VIEWER a leader or administrator
#   without a second factor (for the ranking, breakdown and dashboard). Needs curl, wrk and psql (PGDATABASE set
#   to the application's database) for the evaluator's current scores.
set -eu
BASE=$1 CAMPAIGN=$2 UNIT=$3 EVALUATOR=$4 PASSWORD=$5 VIEWER=$6 VIEWER_PASSWORD=$7 DURATION=${8:-60s} WARMUP=${WARMUP:-30s}
DIR=$(mktemp -d)
HERE=$(dirname "$0")

# signs in with the login form; prints the session cookie's value
sign_in() {
  jar="$DIR/$1.jar"
  token=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
}

EVAL_SESSION=$(sign_in "$EVALUATOR" "$PASSWORD")
VIEW_SESSION=$(sign_in "$VIEWER" "$VIEWER_PASSWORD")
CSRF=$(curl -s -b "SESSION=$EVAL_SESSION" "$BASE/campaigns/$CAMPAIGN/units/$UNIT/scoring" \
  | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
psql -At -F ' ' -c "SELECT s.unit_code, s.item_code, s.score, s.version FROM evaluator_score s
  JOIN campaign c ON c.id = s.campaign_id WHERE c.code = '$CAMPAIGN' AND s.evaluator = '$EVALUATOR'
  ORDER BY s.unit_code, s.item_code" > "$DIR/scores.txt"

load() { cut -d' ' -f1-3 /proc/loadavg; }
run() { # name, session, script, url: a warm-up of WARMUP, then the measured run
  SESSION=$2 CSRF=$CSRF SCORES="$DIR/scores.txt" wrk -t1 -c32 -d"$WARMUP" --timeout 30s -s "$HERE/$3" "$4" >/dev/null
  echo "== $1 (load before: $(load))"
  SESSION=$2 CSRF=$CSRF SCORES="$DIR/scores.txt" wrk -t1 -c32 -d"$DURATION" --timeout 30s --latency -s "$HERE/$3" "$4" \
    | grep -E "Requests/sec|Latency  |non-200|p50|timeout|50%|99%"
  echo "   (load after: $(load))"
}
once() { # name, session, url: pages too slow for load, timed one request at a time
  for i in 1 2 3; do
    echo "== $1, request $i (load $(load)): $(curl -s -o /dev/null -b "SESSION=$2" -w '%{http_code} %{time_total} s' "$3")"
  done
}

run "trivial: GET /actuator/health/liveness" "$VIEW_SESSION" get.lua "$BASE/actuator/health/liveness"
run "scoring page" "$EVAL_SESSION" get.lua "$BASE/campaigns/$CAMPAIGN/units/$UNIT/scoring"
run "save one score" "$EVAL_SESSION" save-score.lua "$BASE"
run "unit breakdown" "$VIEW_SESSION" get.lua "$BASE/campaigns/$CAMPAIGN/results/units/$UNIT"
run "campaign dashboard" "$VIEW_SESSION" get.lua "$BASE/campaigns/$CAMPAIGN/dashboard"
[ -n "${RANKING:-}" ] && once "ranking page" "$VIEW_SESSION" "$BASE/campaigns/$CAMPAIGN/results"
run "trivial again" "$VIEW_SESSION" get.lua "$BASE/actuator/health/liveness"
