#!/usr/bin/env bash
# Parallax's benchmark: the job against the bare OpenNLP limit, on the 6,000 articles of
# ../shared/datasets/article-bias (or a corpus given as $1). Several runs, medians; the last
# line is `job_over_limit=R scaling_vs_limit=S`. Not part of the tests: run it on a quiet machine.
#
#   scripts/bench.sh [CORPUS.jsonl[.gz]] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/datasets/article-bias/articles.jsonl.gz}
runs=${2:-3}
if [ ! -f "$corpus" ]; then
  echo "bench: corpus $corpus not found (the article-bias dataset lives in ../shared/datasets)" >&2
  exit 2
fi
mvn -q package -DskipTests
mvn -q test-compile
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
work=target/bench
rm -rf "$work"
java -Xmx6g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  parallax.bench.Benchmark "$corpus" "$runs" target/parallax-local.jar "$work"
