#!/usr/bin/env bash
# GET-by-id throughput of the built sample app, cache on (every read after the first is a hit) against cache off
# (keel.cache.enabled=false: every read goes to PostgreSQL). Each run starts the jar on its embedded PostgreSQL and
# Redis, registers a user, creates one project and loads GET /api/v1/projects/{id} with wrk on loopback.
# Build first: mvn -B -ntp package -pl sample-generated-app -am -DskipTests -Dinvoker.skip=true
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${JAR:-sample-generated-app/target/keel-sample-app.jar}
PORT=${PORT:-18080}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
BASE="http://127.0.0.1:$PORT/api/v1"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "$JAR is missing: build the sample app first" >&2; exit 1; }

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

# run LABEL [extra app arguments...]: prints one Markdown table row.
run() {
  local label=$1
  shift
  java -jar "$JAR" --server.port="$PORT" --keel.rate-limit.enabled=false "$@" >"/tmp/keel-bench-$label.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -s -o /dev/null "$BASE/projects" && break
    sleep 1
  done
  local email="bench-$label-$RANDOM@example.com"
  local token
  token=$(curl -sf -H 'Content-Type: application/json' \
      -d "{\"email\":\"$email\",\"password\":\"benchmark-password\",\"name\":\"Bench\"}" \
      "$BASE/auth/register" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  local id
  id=$(curl -sf -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
      -d '{"name":"Benchmark project","description":"read by id"}' \
      "$BASE/projects" | sed -E 's/.*"id":"([^"]+)".*/\1/')
  # Warm-up: JIT, connection pools, and the cache entry itself.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $token" "$BASE/projects/$id" >/dev/null
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $token" \
      "$BASE/projects/$id")
  stop_app
  echo "$out" >"/tmp/keel-bench-$label.wrk"
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  echo "| $label | $rps | $p50 | $p99 | ${errors:-0} |"
}

echo "| GET /projects/{id} | req/s | p50 | p99 | non-2xx |"
echo "| --- | --- | --- | --- | --- |"
run cache-hit
run cache-miss --keel.cache.enabled=false
