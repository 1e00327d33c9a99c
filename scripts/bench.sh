#!/usr/bin/env bash
# Parallax's benchmarks, on the 6,000 articles of ../shared/datasets/article-bias (or a corpus given
# as CORPUS). Not part of the tests: run them on a quiet machine.
#
#   scripts/bench.sh [CORPUS.jsonl[.gz]] [RUNS]
#       the job against the bare OpenNLP limit: several interleaved runs, medians; the last line
#       is `job_over_limit=R scaling_vs_limit=S`.
#   scripts/bench.sh jmh [CORPUS.jsonl[.gz]] [JMH OPTIONS...]
#       the per-article analysis code under JMH (ms per batch of 500 articles per analysis).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=job
if [ "${1:-}" = jmh ]; then
  mode=jmh
  shift
fi
corpus=${1:-../shared/datasets/article-bias/articles.jsonl.gz}
[ $# -gt 0 ] && shift
if [ ! -f "$corpus" ]; then
  echo "bench: corpus $corpus not found (the article-bias dataset lives in ../shared/datasets)" >&2
  exit 2
fi
mvn -q package -DskipTests
mvn -q test-compile
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
if [ "$mode" = jmh ]; then
  exec java -Xmx3g -Dparallax.bench.corpus="$corpus" -cp "$classpath" \
    org.openjdk.jmh.Main parallax.bench.ArticleAnalysisBenchmark "$@"
fi
runs=${1:-3}
work=target/bench
rm -rf "$work"
java -Xmx6g -cp "$classpath" parallax.bench.Benchmark "$corpus" "$runs" target/parallax-local.jar "$work"
