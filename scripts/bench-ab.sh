#!/usr/bin/env bash
# Placement search A/B, interleaved: "old" and "new" servers side by side on the
# same scale data, rounds alternating old/new per query; req/s, p50/p95 from
# bench-load.mjs and the server's own CPU ms per request from /proc.
# Usage: scripts/bench-ab.sh OLD_DIR OLD_BUILD OLD_DB NEW_DIR NEW_BUILD NEW_DB [ROUNDS] [SECONDS]
# (AB_PORT_OLD and AB_PORT_NEW move the two servers from 3581 and 3582; QUERIES the pages.)
set -u
OLD_DIR=$1 OLD_BUILD=$2 OLD_DB=$3 NEW_DIR=$4 NEW_BUILD=$5 NEW_DB=$6
ROUNDS=${7:-3} SECS=${8:-10}
LOAD="$(cd "$(dirname "$0")" && pwd)/bench-load.mjs"
start() { # dir build db port
  (cd "$1" && NODE_ENV=production PORT=$4 HOST=127.0.0.1 BUILD_DIR=$2 DATABASE_URL=file:$3 SESSION_SECRET=bench-secret-bench-secret-bench HOUSEKEEPING_INTERVAL_MS=86400000 INSIGHT_WORKERS=0 WEB_CONCURRENCY=1 exec node server.js > /tmp/bench-ab-$4.log 2>&1 &)
  for i in $(seq 1 240); do curl -s -o /dev/null http://127.0.0.1:$4/healthz && break; sleep 0.5; done
}
pidof_port() { ss -ltnp | grep -E "127.0.0.1:$1 " | sed 's/.*pid=\([0-9]*\).*/\1/' | head -1; }
cpu_ms() { awk '{ split($0, a, ") "); split(a[2], f, " "); print (f[12] + f[13]) * 10 }' /proc/$1/stat; }
cookie() {
  curl -s -i -X POST -H "Origin: http://127.0.0.1:$1" -H "Content-Type: application/x-www-form-urlencoded" --data "email=bench-school@scale.skillsbridge.test&password=skillsbridge-bench" http://127.0.0.1:$1/sign-in | grep -i "set-cookie: sb_session" | sed 's/.*\(sb_session=[^;]*\).*/\1/' | head -1
}
OP=${AB_PORT_OLD:-3581} NP=${AB_PORT_NEW:-3582}
start "$OLD_DIR" "$OLD_BUILD" "$OLD_DB" $OP
start "$NEW_DIR" "$NEW_BUILD" "$NEW_DB" $NP
P1=$(pidof_port $OP); P2=$(pidof_port $NP)
echo "# old pid $P1 ($OLD_DIR $OLD_BUILD), new pid $P2 ($NEW_DIR $NEW_BUILD)"
sleep ${SETTLE:-20}
C1=$(cookie $OP); C2=$(cookie $NP)
[ -n "$C1" ] && [ -n "$C2" ] || { echo "no session cookie"; }
QUERIES=${QUERIES:-"/placements?q=data&format=in-person&year=10 /placements?q=data&la=birmingham /placements?q=data&la=birmingham&sort=starting /placements?la=birmingham /placements?year=10&format=hybrid&sort=newest"}
for round in $(seq 1 $ROUNDS); do
  for q in $QUERIES; do
    for pair in "old $OP $C1 $P1" "new $NP $C2 $P2"; do
      set -- $pair
      node $LOAD "{\"url\":\"http://127.0.0.1:$2$q\",\"connections\":10,\"duration\":2,\"cookie\":\"$3\"}" > /dev/null
      before=$(cpu_ms $4)
      out=$(node $LOAD "{\"url\":\"http://127.0.0.1:$2$q\",\"connections\":10,\"duration\":$SECS,\"cookie\":\"$3\"}")
      after=$(cpu_ms $4)
      echo "$round $1 $q $(echo "$out" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const r=JSON.parse(s);console.log(JSON.stringify({...r,cpuMsPerReq:+(($after-$before)/r.requests).toFixed(2)}))})")"
    done
  done
done
kill $P1 $P2
