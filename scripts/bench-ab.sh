#!/usr/bin/env bash
# A/B of two builds or two server/ directories, interleaved: "old" and "new"
# servers side by side on the same scale data, rounds alternating old/new per
# query (old first in odd rounds, new first in even ones; the Remix floor first, with FLOOR=1); req/s, p50/p95 from
# bench-load.mjs and the server's own CPU ms per request from /proc.
# Usage: scripts/bench-ab.sh OLD_DIR OLD_BUILD OLD_DB NEW_DIR NEW_BUILD NEW_DB [ROUNDS] [SECONDS]
# Environment: AB_PORT (old; new is the next, the floor the one after; default 3581; or AB_PORT_OLD and AB_PORT_NEW),
# QUERIES (paths; "anon:/path" is fetched signed out, the rest signed in as
# SIGN_IN_EMAIL, default the bench school), OLD_NODE_ARGS / NEW_NODE_ARGS (node options:
# "--preserve-symlinks" serves a copy whose node_modules links all but a patched package), FLOOR=1 (also measure bench/anchor/remix,
# built), SETTLE (seconds before the first round, default 20), CONNECTIONS (default 10).
# Summarise with: node scripts/bench-ab-summary.mjs <output file>
set -u
OLD_DIR=$1 OLD_BUILD=$2 OLD_DB=$3 NEW_DIR=$4 NEW_BUILD=$5 NEW_DB=$6
ROUNDS=${7:-3} SECS=${8:-10}
HERE="$(cd "$(dirname "$0")" && pwd)"
LOAD="$HERE/bench-load.mjs"
OLD_PORT=${AB_PORT_OLD:-${AB_PORT:-3581}}
NEW_PORT=${AB_PORT_NEW:-$((OLD_PORT + 1))}
FLOOR_PORT=$((OLD_PORT + 2))
CONNECTIONS=${CONNECTIONS:-10}
EMAIL=${SIGN_IN_EMAIL:-bench-school@scale.skillsbridge.test}
# Housekeeping off: its first run, two seconds after start, would fall inside a round.
start() { # dir build db port [node options]
  (cd "$1" && NODE_ENV=production PORT=$4 HOST=127.0.0.1 BUILD_DIR=$2 DATABASE_URL=file:$3 SESSION_SECRET=bench-secret-bench-secret-bench HOUSEKEEPING_INTERVAL_MS=0 INSIGHT_WORKERS=0 WEB_CONCURRENCY=1 exec node ${5:-} server.js </dev/null > /tmp/bench-ab-$4.log 2>&1 &)
  for i in $(seq 1 240); do curl -s -o /dev/null http://127.0.0.1:$4/healthz && break; sleep 0.5; done
}
pidof_port() { ss -ltnp | grep -E "127.0.0.1:$1 " | sed 's/.*pid=\([0-9]*\).*/\1/' | head -1; }
cpu_ms() { awk '{ split($0, a, ") "); split(a[2], f, " "); print (f[12] + f[13]) * 10 }' /proc/$1/stat; }
cookie() {
  curl -s -i -X POST -H "Origin: http://127.0.0.1:$1" -H "Content-Type: application/x-www-form-urlencoded" --data-urlencode "email=$EMAIL" --data "password=skillsbridge-bench" http://127.0.0.1:$1/sign-in | grep -i "set-cookie: sb_session" | sed 's/.*\(sb_session=[^;]*\).*/\1/' | head -1
}
# One measured run: label port path cookie pid
run() {
  node $LOAD "{\"url\":\"http://127.0.0.1:$2$3\",\"connections\":$CONNECTIONS,\"duration\":2,\"cookie\":\"$4\"}" > /dev/null
  before=$(cpu_ms $5)
  out=$(node $LOAD "{\"url\":\"http://127.0.0.1:$2$3\",\"connections\":$CONNECTIONS,\"duration\":$SECS,\"cookie\":\"$4\"}")
  after=$(cpu_ms $5)
  echo "$round $1 $3 $(echo "$out" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const r=JSON.parse(s);console.log(JSON.stringify({...r,cpuMsPerReq:+(($after-$before)/r.requests).toFixed(2)}))})")"
}
start "$OLD_DIR" "$OLD_BUILD" "$OLD_DB" $OLD_PORT "${OLD_NODE_ARGS:-}"
start "$NEW_DIR" "$NEW_BUILD" "$NEW_DB" $NEW_PORT "${NEW_NODE_ARGS:-}"
P1=$(pidof_port $OLD_PORT); P2=$(pidof_port $NEW_PORT)
echo "# old pid $P1 ($OLD_DIR $OLD_BUILD), new pid $P2 ($NEW_DIR $NEW_BUILD)"
PF=""
if [ "${FLOOR:-0}" = 1 ]; then
  (cd "$HERE/../bench/anchor/remix" && PORT=$FLOOR_PORT NODE_ENV=production exec node server.mjs </dev/null > /tmp/bench-ab-$FLOOR_PORT.log 2>&1 &)
  for i in $(seq 1 60); do curl -s -o /dev/null http://127.0.0.1:$FLOOR_PORT/ && break; sleep 0.5; done
  PF=$(pidof_port $FLOOR_PORT)
  echo "# floor pid $PF"
fi
sleep ${SETTLE:-20}
C1=$(cookie $OLD_PORT); C2=$(cookie $NEW_PORT)
[ -n "$C1" ] && [ -n "$C2" ] || { echo "no session cookie"; }
QUERIES=${QUERIES:-"/placements?q=data&format=in-person&year=10 /placements?q=data&la=birmingham /placements?q=data&la=birmingham&sort=starting /placements?la=birmingham /placements?year=10&format=hybrid&sort=newest"}
for round in $(seq 1 $ROUNDS); do
  [ -n "$PF" ] && run floor $FLOOR_PORT / "" $PF
  for q in $QUERIES; do
    path=${q#anon:}
    if [ "$path" != "$q" ]; then c1="" c2=""; else c1=$C1 c2=$C2; fi
    # Old first in odd rounds, new first in even ones, so drift within a round hits both alike.
    if [ $((round % 2)) = 1 ]; then
      run old $OLD_PORT "$path" "$c1" $P1
      run new $NEW_PORT "$path" "$c2" $P2
    else
      run new $NEW_PORT "$path" "$c2" $P2
      run old $OLD_PORT "$path" "$c1" $P1
    fi
  done
done
kill $P1 $P2 $PF
