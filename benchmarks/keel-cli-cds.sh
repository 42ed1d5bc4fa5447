#!/usr/bin/env bash
# Builds class-data-sharing archives for Keel's command line (JDK 17+), beside the jar: a training run records the
# classes it loads, and later runs map them instead of loading and verifying them from the 16 MB jar.
#   keel-cli.jsa         trained on the sample contract alone: what a run without --schema needs (about 30 MB)
#   keel-cli-schema.jsa  trained with the sample DDL too, so it adds jOOQ's parser
# Below JDK 25 the archive is a static one, the JDK's classes and Keel's in one file, dumped from the training run's
# class list: its method-handle holder classes are generated with the lambda forms the training used, so a run spins
# about half as many at run time as with a dynamic archive on top of the JDK's (GitHub 1.635 to 1.495 s, CPU 2.87 to
# 2.57 s; petstore v3 0.515 to 0.48 s; 1 to 3 MiB less; JDK 17, alternating runs).
# A run maps (and, through the kernel's read-around, keeps resident) most of the archive it uses, so a run without
# DDL uses the small one: about 25 MiB less peak RSS. generator-core/src/main/scripts/keel picks the archive and
# the flags. Rebuild after every build of keel-cli.jar (the launcher ignores an archive older than the jar). The
# archives are made with the java the launcher finds (JAVA_HOME, else PATH): an archive serves only its own JDK.
# With JDK 25 or later the script makes AOT caches instead (keel-cli.aot, keel-cli-schema.aot; JEP 514's one-step
# -XX:AOTCacheOutput), which also hold linked classes and resolved lambdas; the launcher uses them on such a JDK.
# Run it once per JDK to have both kinds.
# Usage: benchmarks/keel-cli-cds.sh      then   generator-core/src/main/scripts/keel generate --spec F --out D
set -euo pipefail
cd "$(dirname "$0")/.."
jar="$PWD/generator-core/target/keel-cli.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
test -f "$jar" || { echo "Build first: mvn -B -ntp package -pl generator-core -am -DskipTests" >&2; exit 2; }
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT

feature=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
if [[ "${feature%%.*}" -ge 25 ]]; then
  suffix=aot
  # Without the training run's method profiles (JEP 515): they serve C2, which the launcher does not run, and
  # replaying them cost every run (petstore-expanded 0.29 to 0.26 s and 76 to 74 MiB, CPU 0.49 to 0.40 s).
  dump() { echo "-XX:AOTCacheOutput=$1 -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"; }
else
  suffix=jsa
  # The training run writes the class list; dump_static turns it into the archive.
  dump() { echo "-XX:DumpLoadedClassList=$training/$(basename "$1").classlist"; }
fi

# dump_static ARCHIVE: the static archive of the class list the training for ARCHIVE wrote (JDK 17 to 24). Dumped
# with the launcher's collector: JDK 17 maps archived heap objects only for G1, so a G1 dump would be 2 MB larger
# for nothing. Classes the list names but the dump cannot find (dynamic proxies) are warned about and left out.
dump_static() {
  local archive="$1"
  "$java" -Xshare:dump -XX:+UseParallelGC -XX:SharedClassListFile="$training/$(basename "$archive").classlist" \
    -XX:SharedArchiveFile="$archive" -cp "$jar" >"$training/dump.log" 2>&1 \
    || { cat "$training/dump.log" >&2; exit 1; }
}

# train ARCHIVE [ARGS...]: generation runs in one JVM that dump the classes they loaded: the sample contract (OpenAPI
# 3.1, YAML) and the same contract as OpenAPI 3.0 JSON (benchmarks/training), so that both readers and swagger-parser's
# 3.0 resolver are in the archive, and a 3.1 contract split over two files (benchmarks/training/split-3.1) for
# swagger-parser's 3.1 resolution, which only references to other files need (Train Travel 0.68 to 0.63 s on JDK 17,
# 0.59 to 0.555 s on 25; 1.7 MB more archive).
train() {
  local archive="$1"
  shift
  rm -f "$archive"
  local out="$training/$(basename "$archive")"
  # The same compiler and collector as the runs that use the archive; the jar on the class path as `-jar` puts it.
  # shellcheck disable=SC2046 # dump's options are meant to split into words
  "$java" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:MaxTenuringThreshold=0 $(dump "$archive") -cp "$jar" \
    dev.keel.core.cli.ArchiveTraining \
    generate --spec sample-specs/projects/openapi.yaml --out "$out-yaml" --package com.example.projects "$@" --then \
    generate --spec benchmarks/training/projects-openapi-3.0.json --out "$out-json" --package com.example.projects "$@" \
    --then generate --spec benchmarks/training/split-3.1/openapi.yaml --out "$out-split" --package com.example.tasks \
    >"$training/log" 2>&1 || { cat "$training/log" >&2; exit 1; }
  if [[ "$suffix" == jsa ]]; then
    dump_static "$archive"
  fi
  test -f "$archive" || { cat "$training/log" >&2; echo "No archive written: $archive" >&2; exit 1; }
  echo "Wrote $archive"
}
train "${jar%.jar}.$suffix"
train "${jar%.jar}-schema.$suffix" --schema sample-specs/projects/schema.sql
echo "Fast start: generator-core/src/main/scripts/keel generate ...   (the flags it applies are listed in it)"
