#!/usr/bin/env bash
# Makes the app image's start-up archive, lib/app/quotebench.jsa, so that the classes Quotebench
# needs at start are mapped from one file instead of being loaded and verified one by one.
# With a JDK 25 (or later) runtime it is an AOT cache (JEP 483/514/515): one training run records the
# classes, already linked, and the methods' profiles, so the JIT starts warm too; it may move with
# the image. The run (-Dquotebench.startup=train, ui/startup/TrainingRun) opens the window on a scratch
# workspace (make-training-workspace.sh: the samples and a long made-up article, with quotes) and,
# once it is usable, opens each of its articles a few times, then opens long made-up articles and
# reads through one off screen (page by page, jumps, quotes selected), then quits: about 15-30 s. With those profiles the window keeps both JIT compilers
# (bin/quotebench, decision 0014).
# With a JDK 17 runtime it is a static AppCDS archive, in two steps:
#  1. the class list: runs the image once, opening the window on a scratch workspace and quitting as
#     soon as it is usable (-Dquotebench.startup=exit), and writes the classes it loaded to
#     lib/app/quotebench.classlist; without a display (and no Xvfb to make one) a command-line import
#     stands in, which covers the workspace code but not the window;
#  2. the archive: a static dump of those classes into lib/app/quotebench.jsa, for the jar at the
#     path it has now. JDK 17 only maps an archive for the class path it was made for, so the .deb
#     runs installer/linux/make-cds-archive.sh again where it installs (see its postinst).
set -euo pipefail
image=$(cd "$1" && pwd)                   # the app image folder (holding bin/ and lib/)
appdir="$image/lib/app"
java="$image/lib/runtime/bin/java"
work=$(mktemp -d)
xvfb_pid=
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
rm -f "$appdir/quotebench.jsa" "$appdir/quotebench.classlist"
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release")
list=(-Xshare:off -XX:DumpLoadedClassList="$appdir/quotebench.classlist" -Dquotebench.settings="$work/settings.json")
main=(-cp "$appdir/quotebench.jar" org.quotebench.app.Main)
samples=$(cd "$(dirname "$0")/../assets/samples" && pwd)
if [ -z "${DISPLAY:-}" ] && command -v Xvfb > /dev/null; then
    Xvfb :97 -screen 0 1400x900x24 > /dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=:97
    sleep 1
fi
if [ "${major:-17}" -ge 25 ]; then
    aot=(-XX:AOTCacheOutput="$appdir/quotebench.jsa" -Dquotebench.settings="$work/settings.json")
    bash "$(dirname "$0")/make-training-workspace.sh" "$work/train.qb" "$java" -Xshare:off "${main[@]}"
    if [ -n "${DISPLAY:-}" ]; then
        out=$(timeout -k 10 600 "$java" "${aot[@]}" -Dquotebench.startup=train "${main[@]}" -w "$work/train.qb" 2>&1 || true)
        grep 'window ready\|training ran\|training failed' <<< "$out" || true
        grep -q 'training ran' <<< "$out" \
            || echo "train-cds: the window did not report its training run; the cache holds what ran" >&2
    else
        "$java" "${aot[@]}" "${main[@]}" list -w "$work/train.qb" > /dev/null
    fi
    [ -s "$appdir/quotebench.jsa" ] || { echo "train-cds: no AOT cache made (start-up will be slower)" >&2; exit 0; }
    exit 0
fi
"$java" "${list[@]}" "${main[@]}" import -w "$work/train.qb" "$samples" > /dev/null
if [ -n "${DISPLAY:-}" ]; then
    "$java" "${list[@]}" -Dquotebench.startup=exit "${main[@]}" -w "$work/train.qb" 2>&1 | grep 'window ready' \
        || echo "train-cds: the window did not report ready; the class list holds what ran" >&2
fi
sh "$appdir/make-cds-archive.sh" "$image"
