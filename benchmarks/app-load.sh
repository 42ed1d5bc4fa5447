#!/usr/bin/env bash
# Load benchmark of the generated sample app against hand-written Spring baselines in the same JVM
# (profile "benchmark"): GET by id (cache hit), GET list (database), POST create. Needs a built tree
# (mvn -B -ntp install -DskipTests), wrk (apt-get install -y wrk) and Node.js for autocannon.
# Usage: benchmarks/app-load.sh            Report: target/bench/app-load.md
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
if [[ ! -x target/bench/node_modules/.bin/autocannon ]]; then
  (cd target/bench && npm install --silent --no-audit --no-fund autocannon@7 >/dev/null)
fi
exec python3 benchmarks/app_load.py --jar sample-generated-app/target/keel-sample-app.jar \
  --autocannon target/bench/node_modules/.bin/autocannon --report target/bench/app-load.md "$@"
