#!/usr/bin/env bash
# Start-up time: from the process's start to the account list's first page on screen, against the floor (a bare
# JavaFX window with one table). Each variant runs N times, interleaved, after one untimed warm-up run each.
#
#   bench/startup.sh [N] [--write] [--no-build] [--online]
#
#   N           runs of each variant (default 5)
#   --write     also replace the "## Start-up" section of docs/benchmarks.md with the figures and how to reproduce them
#   --no-build  reuse the jars and class path of the last build (fast re-runs while nothing changed)
#   --online    let Maven download what is missing from ~/.m2 (by default it builds offline)
#
# Variants:
#   (a) the app from its jars with plain `java -cp`, as `mvn -Prun` starts it (JavaFX on the class path, the JDK's
#       own CDS archive only)
#   (b) the jpackage app image without its AOT cache (_JAVA_OPTIONS=-XX:AOTMode=off); the image carries no CDS
#       archive either (the AOT cache replaces it), so this is the JVM with no start-up aid at all
#   (c) the jpackage app image with its AOT cache, as shipped
#   (d) the floor: bench/floor/FloorApp.java, one window with one 5-column TableView, no app code, on the JDK
#       (JAVA_HOME, Java 25) with JavaFX from ~/.m2 on the module path: plain, with the JDK's default CDS archive
#   (e) the floor with the same start-up aid as (c): an AOT cache of the floor itself, from a training run of it
# (b) and (c) need packaging/target/app-image/Accounts Desk (built by the packaging module; STARTUP_BENCH_IMAGE may
# point at another launcher) and are skipped without it. The target is (c)/(d) <= 1.25; (c)/(e) says what is left
# to the app itself.
#
# The app runs with --startup-probe on a sandbox and settings of its own under bench/target/startup, prepared by the
# warm-up, so no demo data is generated while the clock runs. With no DISPLAY everything runs in one Xvfb (xvfb-run).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$ROOT/bench/target/startup
TARGET_RATIO=1.25
JAVAFX_VERSION=26.0.2
M2=${M2_REPO:-$HOME/.m2/repository}
IMAGE_LAUNCHER=${STARTUP_BENCH_IMAGE:-$ROOT/packaging/target/app-image/Accounts Desk/bin/Accounts Desk}
SCREEN="-screen 0 1440x900x24 -nolisten tcp"

die() { echo "startup.sh: $*" >&2; exit 1; }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }

runs=5 write=false build=true offline=-o
for arg in "$@"; do
  case $arg in
    --write) write=true ;;
    --no-build) build=false ;;
    --online) offline= ;;
    -h|--help) usage; exit 0 ;;
    *[!0-9]*|'') echo "startup.sh: unknown argument '$arg'; usage: bench/startup.sh [N] [--write] [--no-build]" \
                   "[--online] (--help says more)" >&2; exit 2 ;;
    *) [ "$arg" -ge 1 ] || die "N must be at least 1"; runs=$arg ;;
  esac
done
[ -n "${STARTUP_BENCH_BUILT:-}" ] && build=false # the second half of a run re-started under xvfb-run

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
command -v "$JAVA" >/dev/null || die "no java on PATH (JDK 25 or newer; or set JAVA_HOME)"
command -v "$JAVAC" >/dev/null || die "no javac on PATH: a JDK is needed, not only a JRE"
mkdir -p "$WORK/logs"

CLASSPATH_FILE=$ROOT/app/target/runtime.classpath
FLOOR_CLASSES=$WORK/floor-classes
FX_MODULES=
for module in base graphics controls; do
  jar=$M2/org/openjfx/javafx-$module/$JAVAFX_VERSION/javafx-$module-$JAVAFX_VERSION-linux.jar
  [ -f "$jar" ] || die "missing $jar: build the app once (mvn -B -DskipTests package) so Maven fetches JavaFX"
  FX_MODULES=${FX_MODULES:+$FX_MODULES:}$jar
done

# --- build: the app's jars and run-time class path, and the floor -------------------------------------------------
if $build; then
  echo "Building the app (mvn -pl app -am package, tests skipped)…"
  if ! (cd "$ROOT" && mvn -B -q $offline -pl app -am -DskipTests package dependency:build-classpath \
      -Dmdep.outputFile=target/runtime.classpath -DincludeScope=runtime) >"$WORK/logs/build.log" 2>&1; then
    tail -n 30 "$WORK/logs/build.log" >&2
    die "the Maven build failed, log in ${WORK#"$ROOT"/}/logs/build.log (it runs offline: --online fetches what ~/.m2 lacks)"
  fi
fi
APP_JAR=$(ls -t "$ROOT"/app/target/app-*.jar 2>/dev/null | grep -v -e -sources -e -tests | head -n 1 || true)
[ -f "$APP_JAR" ] && [ -f "$CLASSPATH_FILE" ] || die "no app build in app/target: run without --no-build"
APP_CP=$APP_JAR:$(cat "$CLASSPATH_FILE")

FLOOR_SRC=$ROOT/bench/floor/FloorApp.java
if [ ! -f "$FLOOR_CLASSES/FloorApp.class" ] || [ "$FLOOR_SRC" -nt "$FLOOR_CLASSES/FloorApp.class" ]; then
  rm -rf "$FLOOR_CLASSES"
  "$JAVAC" -d "$FLOOR_CLASSES" --module-path "$FX_MODULES" --add-modules javafx.controls "$FLOOR_SRC" \
    || die "could not compile $FLOOR_SRC"
fi
# In a jar, like the app's classes: an AOT cache takes classes from jars only, not from a directory.
FLOOR_JAR=$WORK/floor.jar
if [ ! -f "$FLOOR_JAR" ] || [ "$FLOOR_CLASSES/FloorApp.class" -nt "$FLOOR_JAR" ]; then
  "${JAVAC%javac}jar" --create --file "$FLOOR_JAR" -C "$FLOOR_CLASSES" . || die "could not make $FLOOR_JAR"
fi

# --- a display: the current one, or one Xvfb for the whole measurement ---------------------------------------------
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null && command -v xauth >/dev/null \
    || die "no DISPLAY and no xvfb-run/xauth to make one: apt-get install -y xvfb xauth"
  echo "No DISPLAY: measuring on Xvfb (xvfb-run -a, 1440x900x24)."
  STARTUP_BENCH_BUILT=1 STARTUP_BENCH_DISPLAY="Xvfb 1440x900x24 (xvfb-run)" \
    exec xvfb-run -a -s "$SCREEN" "${BASH_SOURCE[0]}" "$@"
fi
DISPLAY_KIND=${STARTUP_BENCH_DISPLAY:-"DISPLAY=$DISPLAY"}

# --- variants -------------------------------------------------------------------------------------------------------
PROBE_ARGS=(--startup-probe --sandbox-data-dir "$WORK/sandbox" --config-dir "$WORK/config")
declare -A LABEL=(
  [a]="(a) app, java -cp (as mvn -Prun)"
  [b]="(b) app image, no AOT cache"
  [c]="(c) app image, AOT cache (as shipped)"
  [d]="(d) floor: bare JavaFX table, JDK plain"
  [e]="(e) floor with its own AOT cache"
)
variants=(a)
skipped_image=
if [ -x "$IMAGE_LAUNCHER" ]; then
  variants+=(b c)
else
  skipped_image="no app image at ${IMAGE_LAUNCHER#"$ROOT"/} (build the packaging module first)"
  echo "Skipping (b) and (c): $skipped_image."
fi
# Plain: the JDK as installed, its default CDS archive included. (The image's runtime has none, so a floor on it
# would be slower than a plain JDK and flatter the ratio.)
FLOOR_JAVA=("$JAVA" --module-path "$FX_MODULES" --add-modules javafx.controls --enable-native-access=javafx.graphics)
FLOOR_RUNTIME="Java $("$JAVA" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1) (JAVA_HOME) with JavaFX $JAVAFX_VERSION from ~/.m2 on the module path"
variants+=(d e)
FLOOR_CACHE=$WORK/floor.aot
rm -f "$FLOOR_CACHE" # made again by (e)'s warm-up run, for this runtime and these classes

command_for() {
  case $1 in
    a) CMD=(env -u _JAVA_OPTIONS "$JAVA" -cp "$APP_CP" io.accountsdesk.app.Main "${PROBE_ARGS[@]}") ;;
    # The launcher reads _JAVA_OPTIONS after the options of its .cfg, so this turns its AOT cache off.
    b) CMD=(env "_JAVA_OPTIONS=-XX:AOTMode=off" "$IMAGE_LAUNCHER" "${PROBE_ARGS[@]}") ;;
    c) CMD=(env -u _JAVA_OPTIONS "$IMAGE_LAUNCHER" "${PROBE_ARGS[@]}") ;;
    d) CMD=(env -u _JAVA_OPTIONS "${FLOOR_JAVA[@]}" -cp "$FLOOR_JAR" FloorApp) ;;
    # The first run (the warm-up) is the training run: the JVM writes the cache as the floor exits.
    e) if [ -f "$FLOOR_CACHE" ]; then aot=-XX:AOTCache=$FLOOR_CACHE; else aot=-XX:AOTCacheOutput=$FLOOR_CACHE; fi
       CMD=(env -u _JAVA_OPTIONS "${FLOOR_JAVA[@]}" "$aot" -cp "$FLOOR_JAR" FloorApp) ;;
  esac
}

# Runs one variant once; sets READY_MS, or stops the whole benchmark with the run's log.
run_once() {
  local variant=$1 log=$WORK/logs/$1-$2.log status=0 line
  command_for "$variant"
  timeout --kill-after=10 150 "${CMD[@]}" >"$log" 2>&1 || status=$?
  line=$(grep -m1 '^startup-probe ' "$log" || true)
  if [ "$status" -ne 0 ] || [[ $line != "startup-probe ready_ms="* ]]; then
    echo >&2
    echo "startup.sh: ${LABEL[$variant]} failed (exit status $status${line:+, \"$line\"}); last lines of $log:" >&2
    tail -n 15 "$log" >&2
    exit 1
  fi
  READY_MS=${line#startup-probe ready_ms=}
  READY_MS=${READY_MS%% *}
}

# --- measure --------------------------------------------------------------------------------------------------------
LOAD=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo unknown)
echo "Load average before the run: $LOAD on $(nproc) cores (other work on the machine moves every figure)."
printf 'Warm-up, not timed (prepares the sandbox data and the file cache):'
for v in "${variants[@]}"; do
  run_once "$v" warmup
  printf ' %s' "$v"
done
echo

declare -A TIMES
for ((i = 1; i <= runs; i++)); do
  printf 'Round %d/%d:' "$i" "$runs"
  for v in "${variants[@]}"; do
    run_once "$v" "$i"
    TIMES[$v]+="$READY_MS "
    printf ' %s=%s' "$v" "$READY_MS"
  done
  echo
done

# median min max of the numbers given
stats() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
  m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
  printf "%d %d %d\n", m + 0.5, v[1], v[NR] }'; }
declare -A MEDIAN MIN MAX
for v in "${variants[@]}"; do
  # shellcheck disable=SC2086 # the times are a space-separated list of numbers
  read -r MEDIAN[$v] MIN[$v] MAX[$v] < <(stats ${TIMES[$v]})
done
ratio() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", x / y }'; }

echo
echo "Start-up to the first page on screen, ms since the process started ($runs runs each, interleaved)"
printf '  %-40s %7s %7s %7s\n' variant median min max
for v in a b c d e; do
  if [[ -n ${MEDIAN[$v]:-} ]]; then
    printf '  %-40s %7s %7s %7s\n' "${LABEL[$v]}" "${MEDIAN[$v]}" "${MIN[$v]}" "${MAX[$v]}"
  else
    printf '  %-40s skipped\n' "${LABEL[$v]}"
  fi
done
if [[ -n ${MEDIAN[c]:-} ]]; then
  verdict=$(awk -v r="$(ratio "${MEDIAN[c]}" "${MEDIAN[d]}")" -v t=$TARGET_RATIO 'BEGIN { print (r <= t) ? "met" : "missed" }')
  summary="(c)/(d) = $(ratio "${MEDIAN[c]}" "${MEDIAN[d]}")x against the target of ${TARGET_RATIO}x: $verdict"
  summary+="; (c)/(e) = $(ratio "${MEDIAN[c]}" "${MEDIAN[e]}")x against the floor with the same aid"
else
  summary="(c)/(d) not measured: $skipped_image. (a)/(d) = $(ratio "${MEDIAN[a]}" "${MEDIAN[d]}")x, for scale"
fi
echo "  $summary"
echo "  (logs of every run: ${WORK#"$ROOT"/}/logs)"

$write || exit 0

# --- docs/benchmarks.md ---------------------------------------------------------------------------------------------
DOC=$ROOT/docs/benchmarks.md
[ -f "$DOC" ] || die "no $DOC to write to"
os=$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || uname -sr)
jdk=$("$JAVA" -version 2>&1 | head -n 1 | sed -E 's/^([^ ]+) version "([^"]+)".*/\1 \2/')
section=$WORK/section.md
paragraph() { fmt -w 118; echo; }
{
  echo "## Start-up"
  echo
  echo '```'
  echo "bench/startup.sh $runs --write   # N runs of each variant; --no-build to re-run on the same build"
  echo '```'
  echo
  paragraph <<TEXT
The time from the process's start to the account list's first page on screen: the app's \`--startup-probe\` prints
\`startup-probe ready_ms=… rows=50\` after the first layout pass that shows the page, and exits. The floor
(\`bench/floor/FloorApp.java\`) is the least a JavaFX window with a table costs: one window, one 5-column \`TableView\`
of 50 rows, no app code, on $FLOOR_RUNTIME, timed the same way. Target: the packaged app with its AOT
cache within ${TARGET_RATIO}× of the plain floor; the floor with an AOT cache of its own is the physical floor for a
JavaFX table on this runtime.
TEXT
  paragraph <<TEXT
Measured $(date +%F) on $(nproc) cores (load average $LOAD before the run), $os, $jdk, $DISPLAY_KIND: $runs runs
of each, interleaved, after one untimed warm-up each, which also prepares the sandbox's 250 accounts in
\`bench/target/startup\`.
TEXT
  echo "| variant | median | min | max |"
  echo "|---|---|---|---|"
  for v in a b c d e; do
    if [[ -n ${MEDIAN[$v]:-} ]]; then
      echo "| ${LABEL[$v]} | ${MEDIAN[$v]} ms | ${MIN[$v]} ms | ${MAX[$v]} ms |"
    else
      echo "| ${LABEL[$v]} | not measured | | |"
    fi
  done
  echo
  echo "**$summary.**" | paragraph
  cat <<'TEXT'
- The clock starts when the process does, read from `/proc` on Linux: `ProcessHandle`'s start instant adds a boot
  time that Linux keeps in whole seconds, so it reads up to a second early (about 250 ms on the development VM, added
  to every figure alike, which would make every ratio look better than it is).
- (a) is `java -cp` on the jars Maven builds, as `mvn -Prun` starts the app; (b) and (c) are the jpackage app image
  with its AOT cache turned off (`_JAVA_OPTIONS=-XX:AOTMode=off`) and as shipped; (e) is the floor started with
  `-XX:AOTCache` after a training run of its own (`-XX:AOTCacheOutput`, the untimed warm-up run).
- Other work on the machine moves these figures a lot: interleaving spreads it over every variant alike, and the load
  average above says how quiet the machine was.

TEXT
} >"$section"
awk -v section="$section" '
  function emit() { while ((getline line < section) > 0) print line; close(section); done = 1 }
  /^## Start-up[[:space:]]*$/ { emit(); skipping = 1; next }
  skipping && /^## / { skipping = 0 }
  !skipping { print }
  END { if (!done) { print ""; emit() } }
' "$DOC" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$DOC.tmp"
mv "$DOC.tmp" "$DOC"
echo "Updated the Start-up section of ${DOC#"$ROOT"/}."
