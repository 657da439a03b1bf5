#!/usr/bin/env bash
# Runs the spark-extract job the way spark-submit starts it, in Spark local mode on this machine:
# the application jar, its dependencies, and Spark's jars from the Maven repository (Spark is a
# provided dependency, so target/lib does not hold it).
#
#   scripts/spark-local.sh [INPUT] [OUTPUT] [job options...]
#
# Defaults: the .txt files of samples/ in, JSON Lines in target/spark-local/ out. Extra arguments go
# to the job (see --help).
set -euo pipefail
cd "$(dirname "$0")/.."

input=${1:-samples}
output=${2:-target/spark-local}
shift $(( $# > 2 ? 2 : $# ))
cores=${SPARK_LOCAL_CORES:-2}

mvn -q package -DskipTests
# compile scope = compile + provided: the library's dependencies and Spark's.
classpath=$(mvn -q dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=/dev/stdout)
# The JDK module flags Spark needs, kept in one place: the pom.
add_opens=$(sed -n 's:.*<spark.addOpens>\(--[^<]*\)</spark.addOpens>.*:\1:p' pom.xml)

input_format=JSONL
if [[ -d $input || $input == *.txt ]]; then input_format=TEXT; fi

# shellcheck disable=SC2086 # add_opens is a list of flags
SPARK_LOCAL_IP=127.0.0.1 exec java -Xmx6g $add_opens \
  -Dspark.master="local[$cores]" \
  -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Dspark.ui.enabled=false \
  -Dorg.slf4j.simpleLogger.log.org.apache.spark=warn -Dorg.slf4j.simpleLogger.log.org.apache.hadoop=warn \
  -cp "target/attribution-extractor.jar:$classpath" \
  org.attribution.spark.ExtractJob \
  --input "$input" --input-format "$input_format" \
  --output "$output" --output-format JSONL --overwrite "$@"
