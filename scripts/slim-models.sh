#!/usr/bin/env bash
# Builds a CoreNLP models jar that holds only the three models the ACCURATE profile loads (the
# part-of-speech tagger, the 3-class entity tagger and the english_UD dependency parser): a jar of
# 51,913,982 bytes instead of the 474,409,531 of stanford-corenlp-4.5.10-models.jar. Installs it in the local
# Maven repository as edu.stanford.nlp:stanford-corenlp-models-slim:4.5.10, for projects that
# exclude the full models jar (see "Use it as a dependency" in the README). The FAST profile needs
# no model at all.
#
#   scripts/slim-models.sh [FULL_MODELS_JAR]
#
# The jar is also left at target/stanford-corenlp-models-slim-4.5.10.jar.
set -euo pipefail
cd "$(dirname "$0")/.."

version=4.5.10
full=${1:-$HOME/.m2/repository/edu/stanford/nlp/stanford-corenlp/$version/stanford-corenlp-$version-models.jar}
slim=target/stanford-corenlp-models-slim-$version.jar
# The files CoreNlpSettings and CueSentenceParser load; nothing else in the full jar is read.
models=(
  edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger
  edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz
  edu/stanford/nlp/models/parser/nndep/english_UD.gz
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && jar xf "$full" "${models[@]}")
for m in "${models[@]}"; do
  [[ -f $work/$m ]] || { echo "slim-models: $m is not in $full" >&2; exit 1; }
done
mkdir -p target
rm -f "$slim"
jar --create --file "$slim" -C "$work" edu
mvn -q org.apache.maven.plugins:maven-install-plugin:3.1.2:install-file -Dfile="$slim" -DgroupId=edu.stanford.nlp \
  -DartifactId=stanford-corenlp-models-slim -Dversion="$version" -Dpackaging=jar
ls -l "$slim"
