#!/usr/bin/env bash
# Renders the HTML report of the reference article in headless Chromium and saves the pictures
# shown in the README: docs/report-screenshot.png (article view) and docs/report-archive.png.
#
#   scripts/report-screenshot.sh [OUTPUT.jsonl [TEXTS [ATTRIBUTION]]]
#
# Without OUTPUT, the extractor is run on the reference article in samples/ first. TEXTS defaults
# to that article's text; ATTRIBUTION is the number (from 0) of the attribution selected in the
# side panel. Needs Chromium and chromedriver (.ci/install-chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

texts=${2:-samples/putin-xi-2024-05-16.txt}
focus=${3:-4}
if [ $# -ge 1 ]; then
  output=$1
else
  [ -f target/attribution-extractor.jar ] || mvn -q -DskipTests package
  output=target/reference-output.jsonl
  java -Xmx4g -jar target/attribution-extractor.jar extract --input "$texts" --output "$output" 2>/dev/null
fi

mvn -q test-compile
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.attribution.report.ReportScreenshot "$output" "$texts" "$focus" docs
