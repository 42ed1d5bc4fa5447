#!/usr/bin/env bash
# Generation benchmark: Keel's command-line entry against OpenAPI Generator 7.25.0 (-g spring) on every
# spec of ../shared/corpus, plus Keel's growth on synthetic contracts up to 5,000 operations and schemas.
# Needs a built tree (mvn -B -ntp install) and GNU time (apt-get install -y time) for peak RSS.
# Usage: benchmarks/generation.sh [runs]      Report: target/bench/generation.md
# Both tools run on the JDK of JAVA_HOME (else the java on PATH): JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 runs both
# on JDK 25 (then make the AOT caches first: JAVA_HOME=... benchmarks/keel-cli-cds.sh).
# Keel runs as `java $KEEL_CLI_JAVA_OPTS -jar generator-core/target/keel-cli.jar`, or as the command in KEEL_CLI,
# e.g. KEEL_CLI=$PWD/generator-core/src/main/scripts/keel after benchmarks/keel-cli-cds.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
peer_dir="$PWD/target/bench/peer"
peer_jar="$peer_dir/openapi-generator-cli-7.25.0.jar"
if [[ ! -f "$peer_jar" ]]; then
  mvn -B -ntp -q dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:7.25.0 -DoutputDirectory="$peer_dir"
fi
# Both tools write to tmpfs when the machine has one (KEEL_BENCH_OUTPUTS overrides): on this VM's ext4, files created
# within a minute or so of a large deletion (the previous harness run's outputs) are slow to create, which decided
# whole rows (GitHub 1.56 s against 1.25 s, the 10,000-item contract 5.8 s against 3.6 s).
if [[ -n "${KEEL_BENCH_OUTPUTS:-}" ]]; then
  outputs="$KEEL_BENCH_OUTPUTS"
elif [[ -d /dev/shm && -w /dev/shm ]]; then
  outputs=/dev/shm/keel-bench-outputs
else
  outputs="$PWD/target/bench/generation/outputs"
fi
test -f generator-core/target/keel-cli.jar || { echo "Build first: mvn -B -ntp install -DskipTests" >&2; exit 2; }
java -cp generator-core/target/test-classes dev.keel.core.bench.GenerationBenchmark \
  --keel "${KEEL_CLI:-${JAVA_HOME:+$JAVA_HOME/bin/}java ${KEEL_CLI_JAVA_OPTS:-} -jar $PWD/generator-core/target/keel-cli.jar}" \
  --peer-jar "$peer_jar" --corpus ../shared/corpus --runs "$runs" \
  --synthetic 25,250,625,1250 --work target/bench/generation --report target/bench/generation.md \
  --outputs "$outputs"
