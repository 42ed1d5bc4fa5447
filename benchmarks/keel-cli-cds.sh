#!/usr/bin/env bash
# Builds a class-data-sharing archive for Keel's command line (JDK 17+): one training run on the sample contract
# records the classes it loads into generator-core/target/keel-cli.jsa; later runs map them instead of loading
# and verifying them from the 24 MB jar. Rebuild it after every build of keel-cli.jar (a stale archive is
# refused by the JVM with a warning, and the run just starts without it).
# Usage: benchmarks/keel-cli-cds.sh        then   java $KEEL_CLI_FAST_OPTS -jar generator-core/target/keel-cli.jar ...
set -euo pipefail
cd "$(dirname "$0")/.."
jar="$PWD/generator-core/target/keel-cli.jar"
archive="$PWD/generator-core/target/keel-cli.jsa"
test -f "$jar" || { echo "Build first: mvn -B -ntp package -pl generator-core -am -DskipTests" >&2; exit 2; }
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
rm -f "$archive"
# The same flags as the runs that use the archive: CDS needs a matching garbage collector.
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$archive" -jar "$jar" generate \
  --spec sample-specs/projects/openapi.yaml --schema sample-specs/projects/schema.sql \
  --out "$training/app" --package com.example.projects >"$training/log" 2>&1 || { cat "$training/log" >&2; exit 1; }
echo "Wrote $archive. Fast start:"
echo "  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -XX:SharedArchiveFile=$archive -jar $jar generate ..."
