#!/usr/bin/env bash
# A Spark standalone cluster on this machine: one master and two workers on 127.0.0.1, each its
# own JVM, for trying Parallax the way a data team runs it (spark-submit, client or cluster deploy
# mode) and for the integration tests.
#
#   scripts/spark-cluster.sh dist     assemble the Spark distribution only
#   scripts/spark-cluster.sh start    assemble it if needed, start master and workers, wait for them
#   scripts/spark-cluster.sh status   say what is running (exit 0 only when everything is)
#   scripts/spark-cluster.sh env      print the exports that point spark-submit at the cluster
#   scripts/spark-cluster.sh submit ARGS...   bin/spark-submit --master <this cluster> ARGS...
#   scripts/spark-cluster.sh stop     stop workers (with the executors and drivers they run), master
#
# The distribution is Spark ${spark.version} of pom.xml, assembled from the Maven Central jars
# (spark-core, spark-sql, spark-mllib and everything they depend on) with a RELEASE file and
# bin/spark-submit + bin/spark-class that run org.apache.spark.launcher.Main as Spark's own do.
# Nothing is downloaded except through Maven. Everything listens on 127.0.0.1 only.
#
# Settings (environment):
#   PARALLAX_SPARK_DIST      where the distribution goes   (default target/spark-<version>)
#   PARALLAX_CLUSTER_DIR     PID files, logs, worker dirs  (default target/spark-cluster)
#   PARALLAX_MASTER_PORT     master RPC port               (default 7077)
#   PARALLAX_MASTER_UI_PORT  master web UI port            (default 8080)
#   PARALLAX_MASTER_REST_PORT  master REST submission port (default 6066)
#   PARALLAX_WORKERS         number of workers             (default 2)
#   PARALLAX_WORKER_CORES    cores each worker offers      (default 2)
#   PARALLAX_WORKER_MEMORY   memory each worker offers     (default 2g)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOST=127.0.0.1

pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1
}

SPARK_VERSION="$(pom_property spark.version)"
SCALA_BINARY="$(pom_property scala.binary.version)"
DIST="${PARALLAX_SPARK_DIST:-$ROOT/target/spark-$SPARK_VERSION}"
STATE="${PARALLAX_CLUSTER_DIR:-$ROOT/target/spark-cluster}"
MASTER_PORT="${PARALLAX_MASTER_PORT:-7077}"
MASTER_UI_PORT="${PARALLAX_MASTER_UI_PORT:-8080}"
MASTER_REST_PORT="${PARALLAX_MASTER_REST_PORT:-6066}"
WORKERS="${PARALLAX_WORKERS:-2}"
WORKER_CORES="${PARALLAX_WORKER_CORES:-2}"
WORKER_MEMORY="${PARALLAX_WORKER_MEMORY:-2g}"
MASTER_URL="spark://$HOST:$MASTER_PORT"
START_TIMEOUT_SECONDS=120

say() { echo "spark-cluster: $*"; }
fail() {
  echo "spark-cluster: error: $*" >&2
  exit 1
}

# --- the distribution --------------------------------------------------------------------------

assemble() {
  [ -n "$SPARK_VERSION" ] || fail "no <spark.version> in $ROOT/pom.xml"
  if ! { [ -f "$DIST/RELEASE" ] && grep -q "^Spark $SPARK_VERSION " "$DIST/RELEASE"; }; then
    copy_jars
  fi
  # Scripts and configuration are cheap: always written, so they follow this script's changes.
  mkdir -p "$DIST/bin" "$DIST/conf"
  write_spark_class "$DIST/bin/spark-class"
  write_spark_submit "$DIST/bin/spark-submit"
  write_log_configs "$DIST/conf"
}

copy_jars() {
  say "assembling Spark $SPARK_VERSION (Scala $SCALA_BINARY) from Maven Central jars into $DIST"
  local building="$DIST.partial"
  rm -rf "$building"
  mkdir -p "$building/jars"
  mvn -q -B -f "$ROOT/scripts/spark-dist/pom.xml" \
    -Dspark.version="$SPARK_VERSION" -Dscala.binary.version="$SCALA_BINARY" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$building/jars" \
    || fail "Maven could not resolve the Spark $SPARK_VERSION jars"
  [ -f "$building/jars/spark-core_$SCALA_BINARY-$SPARK_VERSION.jar" ] \
    || fail "spark-core_$SCALA_BINARY-$SPARK_VERSION.jar is missing from the copied jars"
  echo "Spark $SPARK_VERSION built for Scala $SCALA_BINARY" >"$building/RELEASE"
  echo "Assembled by Parallax scripts/spark-cluster.sh from the Maven Central jars." \
    >>"$building/RELEASE"
  rm -rf "$DIST"
  mv "$building" "$DIST"
}

# bin/spark-class as Spark ships it in spirit: org.apache.spark.launcher.Main works out the java
# command (classpath, memory, Java module options, spark-defaults.conf, --driver-* options) and
# prints it NUL-separated after a NUL line; the script then execs it, keeping its process id.
write_spark_class() {
  cat >"$1" <<'SCRIPT'
#!/usr/bin/env bash
set -uo pipefail
SPARK_HOME="${SPARK_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
export SPARK_HOME
export SPARK_SCALA_VERSION="${SPARK_SCALA_VERSION:-2.13}"
if [ $# -eq 0 ]; then
  echo "Usage: spark-class <class> [<args>]" >&2
  exit 1
fi
if [ -n "${JAVA_HOME:-}" ]; then RUNNER="$JAVA_HOME/bin/java"; else RUNNER=java; fi
command_file="$(mktemp "${TMPDIR:-/tmp}/spark-class.XXXXXX")"
# shellcheck disable=SC2086 # SPARK_LAUNCHER_OPTS holds several JVM options on purpose
"$RUNNER" -Xmx128m ${SPARK_LAUNCHER_OPTS:-} -cp "$SPARK_HOME/jars/*" \
  org.apache.spark.launcher.Main "$@" >"$command_file"
status=$?
parts=()
mapfile -d '' -t parts <"$command_file"
rm -f "$command_file"
if [ "$status" -ne 0 ] || [ "${#parts[@]}" -lt 2 ]; then
  printf '%s' "${parts[@]}"
  echo "spark-class: the Spark launcher failed (exit code $status)" >&2
  exit $(( status == 0 ? 1 : status ))
fi
# Anything before the NUL line is a message for the user (e.g. usage errors).
[ -n "${parts[0]}" ] && printf '%s' "${parts[0]}"
command=("${parts[@]:1}")
command[0]="${command[0]#$'\n'}"
exec "${command[@]}"
SCRIPT
  chmod +x "$1"
}

write_spark_submit() {
  cat >"$1" <<'SCRIPT'
#!/usr/bin/env bash
exec "$(dirname "${BASH_SOURCE[0]}")/spark-class" org.apache.spark.deploy.SparkSubmit "$@"
SCRIPT
  chmod +x "$1"
}

# Applications (drivers, executors) log warnings only, as Parallax does on a laptop; the master
# and workers log at INFO into their log files, which is where a lost executor shows up.
write_log_configs() {
  cat >"$1/log4j2.properties" <<'CONF'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex
logger.nativecode.name = org.apache.hadoop.util.NativeCodeLoader
logger.nativecode.level = error
logger.stringutils.name = org.apache.spark.util.SparkStringUtils
logger.stringutils.level = error
CONF
  sed 's/^rootLogger.level = warn/rootLogger.level = info/' "$1/log4j2.properties" \
    >"$1/log4j2-daemon.properties"
}

# --- the daemons -------------------------------------------------------------------------------

daemon_env() {
  export SPARK_HOME="$DIST"
  export SPARK_CONF_DIR="$DIST/conf"
  export SPARK_SCALA_VERSION="$SCALA_BINARY"
  export SPARK_LOCAL_IP="$HOST"
  export SPARK_DAEMON_MEMORY="${SPARK_DAEMON_MEMORY:-256m}"
  export SPARK_DAEMON_JAVA_OPTS="-Dlog4j2.configurationFile=file:$DIST/conf/log4j2-daemon.properties"
  export SPARK_MASTER_OPTS="-Dspark.master.rest.port=$MASTER_REST_PORT"
}

# True when the PID file names a live JVM running the given Spark class (not a recycled PID).
alive() {
  local pid_file="$1" class="$2" pid
  [ -f "$pid_file" ] || return 1
  pid="$(cat "$pid_file")"
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && grep -qaF "$class" "/proc/$pid/cmdline"
}

launch() {
  local name="$1" class="$2"
  shift 2
  nohup "$DIST/bin/spark-class" "$class" "$@" >"$STATE/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$STATE/$name.pid"
}

alive_workers() {
  curl -fsS --max-time 5 "http://$HOST:$MASTER_UI_PORT/json/" 2>/dev/null \
    | tr -d ' \n' | sed -n 's/.*"aliveworkers":\([0-9]*\).*/\1/p'
}

cmd_start() {
  command -v curl >/dev/null || fail "curl is needed to ask the master whether its workers are up"
  assemble
  if alive "$STATE/master.pid" deploy.master.Master; then
    say "already running at $MASTER_URL (scripts/spark-cluster.sh stop first to restart)"
    return 0
  fi
  [ -d "$STATE" ] && cmd_stop >/dev/null
  rm -rf "$STATE"
  mkdir -p "$STATE/logs"
  daemon_env
  launch master org.apache.spark.deploy.master.Master \
    --host "$HOST" --port "$MASTER_PORT" --webui-port "$MASTER_UI_PORT"
  for i in $(seq 1 "$WORKERS"); do
    mkdir -p "$STATE/worker-$i"
    launch "worker-$i" org.apache.spark.deploy.worker.Worker \
      --host "$HOST" --port 0 --webui-port 0 --cores "$WORKER_CORES" --memory "$WORKER_MEMORY" \
      --work-dir "$STATE/worker-$i" "$MASTER_URL"
  done
  local waited=0
  until [ "$(alive_workers)" = "$WORKERS" ]; do
    if [ "$waited" -ge "$START_TIMEOUT_SECONDS" ]; then
      tail -n 30 "$STATE"/logs/*.log >&2 || true
      cmd_stop >&2
      fail "the master did not report $WORKERS alive workers within $START_TIMEOUT_SECONDS s"
    fi
    alive "$STATE/master.pid" deploy.master.Master \
      || { tail -n 30 "$STATE/logs/master.log" >&2; cmd_stop >&2; fail "the master exited"; }
    sleep 1
    waited=$((waited + 1))
  done
  say "master $MASTER_URL (web UI http://$HOST:$MASTER_UI_PORT) with $WORKERS workers" \
    "of $WORKER_CORES cores and $WORKER_MEMORY each; logs in $STATE/logs"
}

# Stops one daemon: SIGTERM lets a worker kill the executors and drivers it launched; any child
# left after that (or after a SIGKILL when the daemon does not stop) is killed too.
stop_daemon() {
  local name="$1" class="$2" pid_file="$STATE/$1.pid" pid children
  if ! alive "$pid_file" "$class"; then
    rm -f "$pid_file"
    return 0
  fi
  pid="$(cat "$pid_file")"
  children="$(pgrep -P "$pid" || true)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "$name did not stop within 15 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  for child in $children; do
    if kill -0 "$child" 2>/dev/null; then
      kill -KILL "$child" 2>/dev/null || true
    fi
  done
  rm -f "$pid_file"
  say "stopped $name (pid $pid)"
}

cmd_stop() {
  local pid_file name
  for pid_file in "$STATE"/worker-*.pid; do
    [ -e "$pid_file" ] || continue
    name="$(basename "$pid_file" .pid)"
    stop_daemon "$name" deploy.worker.Worker
  done
  stop_daemon master deploy.master.Master
}

cmd_status() {
  local running=0 total=0 pid_file name class
  for pid_file in "$STATE"/master.pid "$STATE"/worker-*.pid; do
    [ -e "$pid_file" ] || continue
    name="$(basename "$pid_file" .pid)"
    class=deploy.worker.Worker
    [ "$name" = master ] && class=deploy.master.Master
    total=$((total + 1))
    if alive "$pid_file" "$class"; then
      running=$((running + 1))
      say "$name running (pid $(cat "$pid_file"))"
    else
      say "$name not running"
    fi
  done
  if [ "$total" -eq 0 ]; then
    say "not started"
    return 3
  fi
  say "master $MASTER_URL, $(alive_workers || true) alive workers registered"
  [ "$running" -eq "$total" ] || return 3
}

cmd_env() {
  echo "export SPARK_HOME='$DIST'"
  echo "export SPARK_SCALA_VERSION='$SCALA_BINARY'"
  echo "export SPARK_LOCAL_IP='$HOST'"
  echo "export SPARK_MASTER_URL='$MASTER_URL'"
}

cmd_submit() {
  assemble
  SPARK_HOME="$DIST" SPARK_SCALA_VERSION="$SCALA_BINARY" SPARK_LOCAL_IP="$HOST" \
    exec "$DIST/bin/spark-submit" --master "$MASTER_URL" "$@"
}

case "${1:-}" in
  dist) assemble && say "Spark $SPARK_VERSION in $DIST" ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  env) assemble && cmd_env ;;
  submit)
    shift
    cmd_submit "$@"
    ;;
  *)
    sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
