#!/usr/bin/env bash
# Times Tenure's start to the first page a user can use: from `java -jar` until a login with the
# admin's password succeeds and the account list renders. Cold: an empty data directory (initdb,
# migrations, first admin, demo workspace). Warm: the same data again.
# Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${TENURE_BENCH_PORT:-18080}
base="http://localhost:$port"
jar=target/tenure.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
data=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$data"' EXIT

first_page() {
  local cookies="$data/cookies" csrf
  rm -f "$cookies"
  csrf=$(curl -sf -c "$cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n1) || return 1
  [ -n "$csrf" ] || return 1
  curl -sf -o /dev/null -b "$cookies" -c "$cookies" \
    --data-urlencode "username=admin@tenure.local" --data-urlencode "password=bench-password-1" \
    --data-urlencode "_csrf=$csrf" "$base/login" || return 1
  curl -sf -b "$cookies" "$base/accounts" | grep -q 'id="account-table"'
}

# Starts Tenure and sets $pid and $elapsed (seconds until the first page).
start() {
  local t0 t1
  t0=$(date +%s.%N)
  TENURE_DATA_DIR="$data/tenure" TENURE_PORT=$port TENURE_ADMIN_PASSWORD=bench-password-1 \
    java -jar "$jar" >"$data/tenure.out" 2>&1 &
  pid=$!
  until first_page; do
    kill -0 "$pid" 2>/dev/null || { echo "Tenure exited:"; tail -20 "$data/tenure.out"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
}

stop() {
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}

for i in $(seq "$runs"); do
  rm -rf "$data/tenure"
  start; cold=$elapsed; stop
  start; warm=$elapsed; stop
  echo "run $i: cold start ${cold} s, warm restart ${warm} s"
done
