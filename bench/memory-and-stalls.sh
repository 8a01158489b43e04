#!/usr/bin/env bash
# Memory and FX-thread stalls of the real app, driven from inside it by --bench-scenario (app/src/main/java/io/
# accountsdesk/app/diagnostics). Figures only: nothing here passes or fails on them.
#
#   bench/memory-and-stalls.sh [--no-build] [--online] [--only PARTS] [--variants NAMES]
#
#   --no-build        reuse the jars and class path of the last build
#   --online          let Maven download what is missing from ~/.m2 (by default it builds offline)
#   --only PARTS      a comma-separated subset of: memory, standalone, stalls, image (default: all of them)
#   --variants NAMES  a comma-separated subset of the JVM option sets below for the memory part (default: all)
#
# Parts:
#   memory      --bench-scenario memory on the embedded sandbox (10,000 accounts), once per JVM option set: the
#               first page, the list paged to 10,000 rows (200 pages of 50, by scrolling to its end), then 50
#               accounts opened one after another (each on another tab) and back to the list. Prints the resident
#               set (RSS) and the Java heap after a full GC at each stage, whether every page left behind was
#               collected (weak references), and live instance counts.
#   standalone  the same scenario with the recommended options against a standalone sandbox (java -jar
#               sandbox/target/sandbox-*-standalone.jar, default JVM options), so the app's own share shows; the
#               sandbox's RSS is read at the same moments.
#   stalls      --bench-scenario stalls with the recommended options on the embedded sandbox with 100,000 accounts:
#               the longest and 99th-percentile FX-thread wait (a heartbeat runLater every ~4 ms) and pulse (CSS +
#               layout) while (1) typing searches key by key, (2) paging 10,000 rows, (3) switching screens and
#               tabs, (4) opening an account with 1,000 events and reading them all (the bench adds the events
#               through the API first). Waits over 50 ms are sampled: BENCH stall-at lines say where the FX thread was.
#   image       memory and stalls with packaging/target/app-image/Accounts Desk/bin/Accounts Desk (its own launcher
#               options), when that exists; skipped with a message otherwise.
#
# Data and logs live in bench/target/memory-and-stalls (the sandboxes are generated once, by the standalone jar,
# before anything is measured: 100,000 accounts take a few minutes). With no DISPLAY everything runs in one Xvfb.
# Run it alone on the machine (or under `flock /tmp/mvn.lock`): other work moves every figure.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$ROOT/bench/target/memory-and-stalls
SCREEN="-screen 0 1440x900x24 -nolisten tcp"
IMAGE_LAUNCHER=${BENCH_IMAGE:-$ROOT/packaging/target/app-image/Accounts Desk/bin/Accounts Desk}

# The JVM option sets compared; "recommended" is what the packaged launcher should use (docs/benchmarks.md says why).
declare -A OPTIONS=(
  [g1-default]=""
  [g1-tuned]="-XX:+UseG1GC -Xms64m -Xmx512m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
  [serial]="-XX:+UseSerialGC -Xms64m -Xmx512m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
  [g1-coh]="-XX:+UseG1GC -Xms64m -Xmx512m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseCompactObjectHeaders"
  [serial-small]="-XX:+UseSerialGC -Xms64m -Xmx512m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseCompactObjectHeaders -Xss512k -XX:ReservedCodeCacheSize=64m"
  [recommended]="-XX:+UseSerialGC -Xms64m -Xmx512m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseCompactObjectHeaders"
)
ORDER=(g1-default g1-tuned g1-coh serial serial-small recommended)

die() { echo "memory-and-stalls.sh: $*" >&2; exit 1; }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }

ARGS=("$@") # kept whole for the re-start under xvfb-run: the loop below shifts them away
build=true offline=-o only=memory,standalone,stalls,image variants=$(IFS=,; echo "${ORDER[*]}")
while [ $# -gt 0 ]; do
  case $1 in
    --no-build) build=false ;;
    --online) offline= ;;
    --only) shift; only=${1:?--only needs parts} ;;
    --variants) shift; variants=${1:?--variants needs names} ;;
    -h|--help) usage; exit 0 ;;
    *) echo "memory-and-stalls.sh: unknown argument '$1' (--help says more)" >&2; exit 2 ;;
  esac
  shift
done
[ -n "${BENCH_BUILT:-}" ] && build=false # the second half of a run re-started under xvfb-run
wants() { [[ ",$only," == *",$1,"* ]]; }
for v in ${variants//,/ }; do [ -n "${OPTIONS[$v]+x}" ] || die "unknown variant '$v' (${ORDER[*]})"; done

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v "$JAVA" >/dev/null || die "no java on PATH (or set JAVA_HOME)"
mkdir -p "$WORK/logs"

# --- build ----------------------------------------------------------------------------------------------------------
if $build; then
  echo "Building the app and the sandbox (mvn -pl app -am package, tests skipped)…"
  if ! (cd "$ROOT" && mvn -B -q $offline -pl app -am -DskipTests package dependency:build-classpath \
      -Dmdep.outputFile=target/runtime.classpath -DincludeScope=runtime) >"$WORK/logs/build.log" 2>&1; then
    tail -n 30 "$WORK/logs/build.log" >&2
    die "the Maven build failed, log in ${WORK#"$ROOT"/}/logs/build.log"
  fi
fi
APP_JAR=$(ls -t "$ROOT"/app/target/app-*.jar 2>/dev/null | grep -v -e -sources -e -tests | head -n 1 || true)
SANDBOX_JAR=$(ls "$ROOT"/sandbox/target/sandbox-*-standalone.jar 2>/dev/null | head -n 1)
[ -f "$APP_JAR" ] && [ -f "$ROOT/app/target/runtime.classpath" ] || die "no app build: run without --no-build"
[ -n "$SANDBOX_JAR" ] || die "no standalone sandbox jar in sandbox/target: run without --no-build"
APP_CP=$APP_JAR:$(cat "$ROOT/app/target/runtime.classpath")

# --- a display ------------------------------------------------------------------------------------------------------
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || die "no DISPLAY and no xvfb-run: apt-get install -y xvfb xauth"
  echo "No DISPLAY: running on Xvfb (xvfb-run -a, 1440x900x24)."
  BENCH_BUILT=1 exec xvfb-run -a -s "$SCREEN" "${BASH_SOURCE[0]}" ${ARGS[@]+"${ARGS[@]}"}
fi

# --- the standalone sandbox -----------------------------------------------------------------------------------------
SANDBOX_PID= SANDBOX_LOG=
# Starts the standalone sandbox on DIR with N accounts (generating them if DIR is new); sets SANDBOX_PID,
# BASE_URL, CLIENT_ID and CLIENT_SECRET.
start_sandbox() {
  local dir=$1 accounts=$2 i
  SANDBOX_LOG=$WORK/logs/sandbox-$(basename "$dir").log
  "$JAVA" -jar "$SANDBOX_JAR" --port 0 --accounts "$accounts" --data-dir "$dir" >"$SANDBOX_LOG" 2>&1 &
  SANDBOX_PID=$!
  for ((i = 0; i < 1800; i++)); do
    grep -q '^  Client secret' "$SANDBOX_LOG" && break
    kill -0 "$SANDBOX_PID" 2>/dev/null || { tail -n 20 "$SANDBOX_LOG" >&2; die "the sandbox did not start"; }
    sleep 0.5
  done
  BASE_URL=$(awk '/^  Base URL/ { print $3 }' "$SANDBOX_LOG")
  CLIENT_ID=$(awk '/^  Client id/ { print $3 }' "$SANDBOX_LOG")
  CLIENT_SECRET=$(awk '/^  Client secret/ { print $3 }' "$SANDBOX_LOG")
  [ -n "$CLIENT_SECRET" ] || die "the sandbox printed no credentials (log: $SANDBOX_LOG)"
}
stop_sandbox() {
  if [ -n "$SANDBOX_PID" ]; then
    # TERM, not INT: a background job of a script starts with SIGINT ignored. The JVM closes the sandbox either way.
    kill -TERM "$SANDBOX_PID" 2>/dev/null || true
    wait "$SANDBOX_PID" 2>/dev/null || true
    SANDBOX_PID=
  fi
}
trap stop_sandbox EXIT

# Generates the demo data once, outside any measurement.
prepare() {
  local dir=$1 accounts=$2
  if [ ! -f "$dir/.prepared-$accounts" ]; then
    echo "Preparing $accounts sandbox accounts in ${dir#"$ROOT"/} (once)…"
    start_sandbox "$dir" "$accounts"
    stop_sandbox
    touch "$dir/.prepared-$accounts"
  fi
}

# --- running a scenario ---------------------------------------------------------------------------------------------
# run NAME SCENARIO DATA_DIR ACCOUNTS "JVM OPTIONS" [launcher|cp] [extra app args…]: the BENCH lines go to logs/NAME.log
run() {
  local name=$1 scenario=$2 dir=$3 accounts=$4 jvm=$5 how=$6; shift 6
  local log=$WORK/logs/$name.log status=0
  local app_args=(--bench-scenario "$scenario" --sandbox-data-dir "$dir" --sandbox-accounts "$accounts"
                  --config-dir "$WORK/config-$name" --lang en --theme light "$@")
  rm -rf "$WORK/config-$name"
  printf '  %-28s' "$name"
  if [ "$how" = launcher ]; then
    # shellcheck disable=SC2086 # the options are words
    env -u _JAVA_OPTIONS ${jvm:+JDK_JAVA_OPTIONS="$jvm"} timeout --kill-after=10 1800 "$IMAGE_LAUNCHER" \
      "${app_args[@]}" >"$log" 2>&1 || status=$?
  else
    # shellcheck disable=SC2086
    env -u _JAVA_OPTIONS -u JDK_JAVA_OPTIONS timeout --kill-after=10 1800 "$JAVA" $jvm -cp "$APP_CP" \
      io.accountsdesk.app.Main "${app_args[@]}" >"$log" 2>&1 || status=$?
  fi
  if [ "$status" -ne 0 ] || ! grep -q '^BENCH done' "$log"; then
    echo "failed (status $status)"
    grep '^BENCH failed' "$log" >&2 || tail -n 20 "$log" >&2
    return 1
  fi
  grep -m1 '^BENCH done' "$log" | sed 's/^BENCH done //'
}

field() { grep -m1 "$2" "$1" | tr ' ' '\n' | awk -F= -v k="$3" '$1 == k { print $2 }'; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Load average before: $LOAD_BEFORE on $(nproc) cores; $("$JAVA" -version 2>&1 | head -n 1)"
prepare "$WORK/sandbox-10k" 10000
wants stalls && prepare "$WORK/sandbox-100k" 100000

MEMORY_RUNS=()
if wants memory; then
  echo "Memory, embedded sandbox (10,000 accounts):"
  for v in ${variants//,/ }; do
    run "memory-$v" memory "$WORK/sandbox-10k" 10000 "${OPTIONS[$v]}" cp && MEMORY_RUNS+=("memory-$v")
  done
fi
if wants standalone; then
  echo "Memory, standalone sandbox (10,000 accounts; recommended options for the app):"
  start_sandbox "$WORK/sandbox-10k" 10000
  ACCOUNTS_DESK_CLIENT_SECRET=$CLIENT_SECRET run "memory-standalone" memory "$WORK/sandbox-10k" 10000 \
    "${OPTIONS[recommended]} -Dbench.peerPid=$SANDBOX_PID" cp --env custom --base-url "$BASE_URL" \
    --partner-id T12300000 --client-id "$CLIENT_ID" && MEMORY_RUNS+=(memory-standalone)
  stop_sandbox
fi
STALL_RUNS=()
if wants stalls; then
  echo "FX-thread stalls, embedded sandbox (100,000 accounts; recommended options):"
  run "stalls-recommended" stalls "$WORK/sandbox-100k" 100000 "${OPTIONS[recommended]}" cp \
    && STALL_RUNS+=(stalls-recommended)
fi
if wants image; then
  if [ -x "$IMAGE_LAUNCHER" ]; then
    echo "The app image (${IMAGE_LAUNCHER#"$ROOT"/}, its own launcher options):"
    run "memory-image" memory "$WORK/sandbox-10k" 10000 "" launcher && MEMORY_RUNS+=(memory-image)
    wants stalls && run "stalls-image" stalls "$WORK/sandbox-100k" 100000 "" launcher && STALL_RUNS+=(stalls-image)
  else
    echo "Skipping the app image: no ${IMAGE_LAUNCHER#"$ROOT"/} (build the packaging module first)."
  fi
fi

# --- tables ---------------------------------------------------------------------------------------------------------
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg) (before: $LOAD_BEFORE)"
if [ ${#MEMORY_RUNS[@]} -gt 0 ]; then
  echo
  echo "Memory: RSS / Java heap used after a full GC / heap committed, MB (leak: pages left behind and collected)"
  printf '  %-26s %-20s %-20s %-20s %-12s %s\n' run "first page" "10,000 rows" "+ 50 accounts" "leak" "sandbox RSS"
  for r in "${MEMORY_RUNS[@]}"; do
    log=$WORK/logs/$r.log
    cell() { printf '%s / %s / %s' "$(field "$log" "stage=$1 " rss_mb)" "$(field "$log" "stage=$1 " heap_used_mb)" \
      "$(field "$log" "stage=$1 " heap_committed_mb)"; }
    leak="$(field "$log" '^BENCH leak' collected)/$(field "$log" '^BENCH leak' watched)"
    peer=$(field "$log" 'stage=after-' sandbox_rss_mb)
    printf '  %-26s %-20s %-20s %-20s %-12s %s\n' "${r#memory-}" "$(cell first-page)" "$(cell list-10000)" \
      "$(cell after-50-accounts)" "$leak" "${peer:--}"
  done
fi
if [ ${#STALL_RUNS[@]} -gt 0 ]; then
  echo
  echo "FX-thread stalls: the longest / 99th-percentile wait of a runLater heartbeat, and the longest CSS+layout pulse, ms"
  printf '  %-20s %-8s %-22s %-22s %s\n' run phase "FX wait max / p99" "pulse max / p99" "waits > 50 ms"
  for r in "${STALL_RUNS[@]}"; do
    log=$WORK/logs/$r.log
    for phase in search paging switch events; do
      line="phase=$phase "
      printf '  %-20s %-8s %-22s %-22s %s\n' "${r#stalls-}" "$phase" \
        "$(field "$log" "$line" fx_wait_max_ms) / $(field "$log" "$line" fx_wait_p99_ms)" \
        "$(field "$log" "$line" pulse_max_ms) / $(field "$log" "$line" pulse_p99_ms)" \
        "$(field "$log" "$line" fx_wait_over50) of $(field "$log" "$line" fx_wait_n)"
    done
    grep '^BENCH stall-at' "$log" | head -n 6 | sed 's/^BENCH /    /' || true
  done
fi
echo
echo "(every run's BENCH lines and log: ${WORK#"$ROOT"/}/logs)"
