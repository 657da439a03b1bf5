#!/bin/sh
# Fine-tunes the learned tagger (see README, "The learned tagger"): builds with the train profile,
# then runs TrainTaggerCommand on PyTorch's CPU natives, offline, two threads. Arguments go to the
# command, e.g.:
#   scripts/train-tagger.sh --gold train.jsonl --dev dev.jsonl --checkpoints target/tagger
# Run it again with the same --checkpoints to resume after the last whole epoch.
set -e
cd "$(dirname "$0")/.."
mvn -B -q -Ptrain compile dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile=target/train-classpath.txt
export DJL_CACHE_DIR="${DJL_CACHE_DIR:-$PWD/target/djl-cache}" OMP_NUM_THREADS=2
# PyTorch's tensors of windows of 510 pieces (attention scores of 4 x 12 x 512 x 512 floats) are
# larger than glibc's largest mmap threshold (32 MB), so glibc maps and unmaps each one and every
# step faults its pages in again: 220 pieces/s, where jemalloc, when installed (Debian's
# libjemalloc2), serving them from its arenas (oversize_threshold:0), gives 550.
jemalloc=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2
if [ -z "${LD_PRELOAD:-}" ] && [ -f "$jemalloc" ]; then
  export LD_PRELOAD="$jemalloc" MALLOC_CONF="${MALLOC_CONF:-oversize_threshold:0}"
fi
exec java -Xmx6g -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=2 \
  -Dai.djl.pytorch.num_interop_threads=1 \
  -cp "target/classes:$(cat target/train-classpath.txt)" \
  "${TAGGER_MAIN:-org.attribution.train.TrainTaggerCommand}" "$@"
