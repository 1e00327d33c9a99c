#!/usr/bin/env bash
# Parallax's benchmarks, on the 6,000 articles of ../shared/datasets/article-bias (or a corpus given
# as CORPUS). Not part of the tests: run them on a quiet machine.
#
#   scripts/bench.sh [CORPUS.jsonl[.gz]] [RUNS]
#       the job against the bare OpenNLP limit: several interleaved runs, medians; the last line
#       is `job_over_limit=R scaling_vs_limit=S`.
#   scripts/bench.sh jmh [CORPUS.jsonl[.gz]] [JMH OPTIONS...]
#       the per-article analysis code under JMH (ms per batch of 500 articles per analysis).
#   scripts/bench.sh scale [CORPUS.jsonl[.gz]] [RUNS]
#       the job on local[2] over a quarter, half and all of the corpus: its fixed cost and its
#       cost per 1,000 articles.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=job
if [ "${1:-}" = jmh ] || [ "${1:-}" = scale ]; then
  mode=$1
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
# The JVM runs with the collector the README's run command gives it, so the job is measured as run.
work=target/bench
rm -rf "$work"
if [ "$mode" = scale ]; then
  exec java -Xmx6g -XX:+UseParallelGC -cp "$classpath" parallax.bench.ScaleBenchmark "$corpus" "$runs" "$work"
fi
java -Xmx6g -XX:+UseParallelGC -cp "$classpath" parallax.bench.Benchmark "$corpus" "$runs" target/parallax-local.jar "$work"
