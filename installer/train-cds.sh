#!/usr/bin/env bash
# Makes the app image's class-data-sharing archive (AppCDS): runs it once, records the classes it
# loads into APPDIR/quotebench.jsa, which the launcher then maps at every start instead of loading
# and verifying those classes again. The training run opens the window on a scratch workspace and
# quits as soon as it is usable (-Dquotebench.startup=exit); without a display (and no Xvfb to make
# one) it runs a command-line import instead, which covers the workspace code but not the window.
set -euo pipefail
image=$1                                  # the app image folder (holding bin/ and lib/)
appdir="$image/lib/app"
java="$image/lib/runtime/bin/java"
work=$(mktemp -d)
xvfb_pid=
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
rm -f "$appdir/quotebench.jsa"
# The same class path the launcher passes, so that the archive matches it.
jvm=("$java" -XX:ArchiveClassesAtExit="$appdir/quotebench.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
     -Dquotebench.settings="$work/settings.json")
main=(-cp "$appdir/quotebench.jar" org.quotebench.app.Main)
samples=$(cd "$(dirname "$0")/../assets/samples" && pwd)
if [ -z "${DISPLAY:-}" ] && command -v Xvfb > /dev/null; then
    Xvfb :97 -screen 0 1400x900x24 > /dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=:97
    sleep 1
fi
"${jvm[@]}" "${main[@]}" import -w "$work/train.qb" "$samples" > /dev/null
if [ -n "${DISPLAY:-}" ]; then
    "${jvm[@]}" -Dquotebench.startup=exit "${main[@]}" -w "$work/train.qb" 2>&1 | grep 'window ready' \
        || echo "train-cds: the window did not report ready; the archive holds what ran" >&2
fi
ls -l "$appdir/quotebench.jsa"
