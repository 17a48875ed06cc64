#!/usr/bin/env bash
# Start-up time, launch to a usable window (workspace open, library listed, frame laid out), as the
# window itself logs it with -Dquotebench.startup=exit. Runs each way five times on a scratch
# workspace holding the sample articles and prints the median; uses Xvfb when there is no display.
#   installer/measure-startup.sh                 the jar (target/quotebench.jar) and, when built,
#                                                the app image (target/installer/Quotebench)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
work=$(mktemp -d)
xvfb_pid=
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :96 -screen 0 1400x900x24 > /dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=:96
    sleep 1
fi
java -jar target/quotebench.jar import -w "$work/start.qb" assets/samples > /dev/null
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # label, command...
    local label=$1; shift
    local times=()
    for _ in $(seq "$runs"); do
        times+=("$("$@" -w "$work/start.qb" 2>&1 | sed -n 's/.*window ready in \([0-9]*\) ms.*/\1/p')")
    done
    printf '%s: median %s ms (runs: %s)\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}
settings=-Dquotebench.settings="$work/settings.json"
measure "plain jar (java -jar)" java "$settings" -Dquotebench.startup=exit -jar target/quotebench.jar
if [ -x target/installer/Quotebench/bin/quotebench ]; then
    export JAVA_TOOL_OPTIONS="$settings -Dquotebench.startup=exit"
    measure "app image (jlink runtime, AppCDS, bin/quotebench)" target/installer/Quotebench/bin/quotebench
fi
