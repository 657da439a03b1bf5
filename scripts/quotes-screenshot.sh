#!/usr/bin/env bash
# Renders the Quotes view of the HTML report in headless Chromium and saves the picture shown in
# the README: docs/report-quotes.png.
#
#   scripts/quotes-screenshot.sh [OUTPUT.jsonl TEXTS]
#
# Without arguments, the extractor (FAST profile) is run first on the test archive of the quote
# index, keeping its dates, URLs and outlets. Needs Chromium and chromedriver (.ci/install-chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ge 2 ]; then
  output=$1
  texts=$2
else
  [ -f target/attribution-extractor.jar ] || mvn -q -DskipTests package
  texts=src/test/resources/org/attribution/index/archive.jsonl
  output=target/quote-archive-output.jsonl
  java -Xmx2g -jar target/attribution-extractor.jar extract --input "$texts" --profile FAST \
    --keep-fields date,url,outlet --output "$output" --quiet 2>/dev/null
fi

mvn -q test-compile
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.attribution.report.QuotesScreenshot "$output" "$texts" docs
