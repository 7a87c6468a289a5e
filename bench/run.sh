#!/bin/sh
# HTTP under load against a running application (see docs/benchmarks.md, "HTTP under load").
# usage: [WARMUP=30s] [SESSIONS=1] [ONLY="..."] bench/run.sh BASE CAMPAIGN UNIT EVALUATOR PASSWORD VIEWER VIEWER_PASSWORD [DURATION]
#   BASE e.g. http://127.0.0.1:8080; UNIT a unit the evaluator is assigned to; VIEWER a leader or administrator
#   without a second factor (for the ranking, breakdown and dashboard). Needs curl, wrk and psql (PGDATABASE set
#   to the application's database) for the evaluator's current scores.
#   SESSIONS: how many times each user signs in; requests take turns with those sessions, as that many people
#   would (the application must allow that many per user: QINGLIAN_SECURITY_SESSIONS_MAX). With one, the 32
#   connections share one session, and every request updates that one session row.
#   ONLY: the runs to make, of: trivial scoring save breakdown dashboard ranking (default: all).
set -eu
BASE=$1 CAMPAIGN=$2 UNIT=$3 EVALUATOR=$4 PASSWORD=$5 VIEWER=$6 VIEWER_PASSWORD=$7 DURATION=${8:-60s} WARMUP=${WARMUP:-30s}
SESSIONS=${SESSIONS:-1} ONLY=${ONLY:-trivial scoring save breakdown dashboard ranking}
DIR=$(mktemp -d)
HERE=$(dirname "$0")

# signs in with the login form (the third argument names the cookie jar); prints the session cookie's value
sign_in() {
  jar="$DIR/$1-$3.jar"
  token=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
}
# SESSIONS sign-ins of one user: their cookies' values, separated by commas
sessions() {
  out=""
  for i in $(seq 1 "$SESSIONS"); do out="$out${out:+,}$(sign_in "$1" "$2" "$i")"; done
  echo "$out"
}

EVAL_SESSION=$(sessions "$EVALUATOR" "$PASSWORD")
VIEW_SESSION=$(sessions "$VIEWER" "$VIEWER_PASSWORD")
# each session's own CSRF token, in the same order
CSRF=""
for s in $(echo "$EVAL_SESSION" | tr ',' ' '); do
  token=$(curl -s -b "SESSION=$s" "$BASE/campaigns/$CAMPAIGN/units/$UNIT/scoring" \
    | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  [ -n "$token" ] || { echo "no CSRF token for a session of $EVALUATOR: did it sign in?" >&2; exit 1; }
  CSRF="$CSRF${CSRF:+,}$token"
done
# the evaluator's scores with their current versions, read again before every run of the save script
scores() {
  psql -At -F ' ' -c "SELECT s.unit_code, s.item_code, s.score, s.version FROM evaluator_score s
    JOIN campaign c ON c.id = s.campaign_id WHERE c.code = '$CAMPAIGN' AND s.evaluator = '$EVALUATOR'
    ORDER BY s.unit_code, s.item_code" > "$DIR/scores.txt"
}

load() { cut -d' ' -f1-3 /proc/loadavg; }
run() { # key, name, sessions, script, url: a warm-up of WARMUP, then the measured run
  case " $ONLY " in *" $1 "*) ;; *) return 0 ;; esac
  scores
  SESSION=$3 CSRF=$CSRF CAMPAIGN=$CAMPAIGN SCORES="$DIR/scores.txt" wrk -t1 -c32 -d"$WARMUP" --timeout 30s -s "$HERE/$4" "$5" >/dev/null
  echo "== $2 (load before: $(load))"
  scores
  SESSION=$3 CSRF=$CSRF CAMPAIGN=$CAMPAIGN SCORES="$DIR/scores.txt" wrk -t1 -c32 -d"$DURATION" --timeout 30s --latency -s "$HERE/$4" "$5" \
    | grep -E "Requests/sec|Latency  |non-200|p50|timeout|50%|99%"
  echo "   (load after: $(load))"
}

run trivial "trivial: GET /actuator/health/liveness" "$VIEW_SESSION" get.lua "$BASE/actuator/health/liveness"
run scoring "scoring page" "$EVAL_SESSION" get.lua "$BASE/campaigns/$CAMPAIGN/units/$UNIT/scoring"
run save "save one score" "$EVAL_SESSION" save-score.lua "$BASE"
run breakdown "unit breakdown" "$VIEW_SESSION" get.lua "$BASE/campaigns/$CAMPAIGN/results/units/$UNIT"
run dashboard "campaign dashboard" "$VIEW_SESSION" get.lua "$BASE/campaigns/$CAMPAIGN/dashboard"
run ranking "ranking page (first page of the run)" "$VIEW_SESSION" get.lua "$BASE/campaigns/$CAMPAIGN/results"
run trivial "trivial again" "$VIEW_SESSION" get.lua "$BASE/actuator/health/liveness"
