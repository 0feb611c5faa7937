#!/usr/bin/env bash
# Times Tenure's start to the first page: cold (empty data directory: initdb, migrations, first
# admin, demo workspace) and warm (the same data again). Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${TENURE_BENCH_PORT:-18080}
jar=target/tenure.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

start() {
  local t0 t1
  t0=$(date +%s.%N)
  TENURE_DATA_DIR="$data" TENURE_PORT=$port TENURE_ADMIN_PASSWORD=bench-password-1 java -jar "$jar" >"$data/tenure.out" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/login"; do
    kill -0 "$pid" 2>/dev/null || { echo "Tenure exited:"; tail -20 "$data/tenure.out"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" "BEGIN { print b - a }"
}

stop() {
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

for i in $(seq "$runs"); do
  rm -rf "${data:?}"/*
  cold=$(start); stop
  warm=$(start); stop
  printf 'run %d: cold start %.1f s, warm restart %.1f s\n' "$i" "$cold" "$warm"
done
