#!/usr/bin/env bash
# Cold start of the packaged workbench, from process start to the window shown and laid out, under Xvfb:
#   installer/measure-startup.sh [RUNS] [LAUNCHER]     (defaults: 5, target/installer/Reassort/bin/Reassort)
# Prints every run and the median, twice: "first run" gives each run a fresh user.home (the store is created and
# JavaFX unpacks its native libraries), "next runs" reuses one home (the planner's everyday start). Also the median
# CPU time the process used until the store's first data was on screen (less sensitive to the machine's load),
# and with BREAKDOWN=1 the app's own breakdown line of every run (installer/README.md explains the marks).
# The app prints the figure itself (-Dreassort.startupProbe=exit, passed through JAVA_TOOL_OPTIONS, which any
# launcher honours) and exits; the planner's own store and preferences are never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
launcher=${2:-target/installer/Reassort/bin/Reassort}
[[ -x $launcher ]] || { echo "$launcher is missing. Run installer/build.sh app-image first." >&2; exit 1; }

if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$runs" "$launcher"
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

once() { # $1 = user.home; prints "WALL CPU" (CPU empty for a launcher without the breakdown)
  local lines
  lines=$(JAVA_TOOL_OPTIONS="-Dreassort.startupProbe=exit -Duser.home=$1 -Djava.util.prefs.userRoot=$1/.java" \
    XDG_DATA_HOME="$1/.local/share" timeout 120 "$launcher" 2>/dev/null | grep '^reassort:' || true)
  [[ ${BREAKDOWN:-0} == 1 ]] && echo "$lines" | grep breakdown >&2
  echo "$(echo "$lines" | sed -n 's/^reassort: window shown \([0-9-]*\) ms.*/\1/p') $(echo "$lines" | sed -n 's/.*; \([0-9]*\) ms CPU.*/\1/p')"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

report() { # $1 = label; stdin = "WALL CPU" per run
  local runs figures cpu
  runs=$(cat)
  figures=$(echo "$runs" | cut -d' ' -f1 | grep . || true)
  cpu=$(echo "$runs" | cut -d' ' -f2 | grep . || true)
  echo "$1: $(echo $figures | tr ' ' ',') ms; median $(echo "$figures" | median) ms$([[ -n $cpu ]] && echo "; CPU median $(echo "$cpu" | median) ms") (load average $(cut -d' ' -f1 /proc/loadavg))"
}

for i in $(seq "$runs"); do once "$scratch/first-$i"; done | report "first run"
once "$scratch/home" >/dev/null
for i in $(seq "$runs"); do once "$scratch/home"; done | report "next runs"
