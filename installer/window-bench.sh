#!/usr/bin/env bash
# Times the window as the app image runs it with a JDK 25 runtime (decision 0014): that JDK
# (installer/find-jdk.sh), an AOT cache made by the same training run as the image's
# (-Dquotebench.startup=train, see train-cds.sh) and both JIT compilers with the options bin/quotebench
# gives the window (its c2_later; WINDOW_BENCH_JVM_OPTIONS="…" times others). Then the same window
# benchmark as `mvn -q -B -DskipTests package exec:exec@window-bench`, headless (Monocle, software
# rendering, nothing to install), written to target/bench/window.md. About five minutes.
#   installer/window-bench.sh                  every group
#   installer/window-bench.sh open,scroll      some of them (open, mark, scroll, jump)
set -euo pipefail
cd "$(dirname "$0")/.."
jdk=$(installer/find-jdk.sh)
if [ -z "$jdk" ]; then
    echo "window-bench: no JDK 25 or later found (set QUOTEBENCH_INSTALLER_JDK); with a JDK 17 runtime the" \
        "window runs as 'mvn -q -B -DskipTests package exec:exec@window-bench' times it" >&2
    exit 1
fi
java="$jdk/bin/java"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
# The AOT cache needs classes in jars, and the benchmark's class path must start with the training's.
"$jdk/bin/jar" cf "$work/app.jar" -C target/classes .
"$jdk/bin/jar" cf "$work/bench.jar" -C target/test-classes .
cp="$work/app.jar:$(cat "$work/cp.txt")"
headless=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k
    -Dheadless.geometry=1600x1200-32 -Djava.awt.headless=true -Dquotebench.settings="$work/settings.json")
bash installer/make-training-workspace.sh "$work/train.qb" "$java" -cp "$cp" org.quotebench.app.Main
echo "window-bench: training run for the AOT cache ($java)" >&2
timeout -k 10 600 "$java" -XX:AOTCacheOutput="$work/window.aot" -Xlog:aot=off -Xlog:cds=off "${headless[@]}" \
    -Dquotebench.startup=train -cp "$cp" org.quotebench.app.Main -w "$work/train.qb" 2>&1 | grep 'training ran' >&2 \
    || { echo "window-bench: the training run did not finish" >&2; exit 1; }
window=${WINDOW_BENCH_JVM_OPTIONS-$(sed -n 's/^c2_later="\(.*\)"$/\1/p' installer/linux/quotebench)}
if [ -z "${WINDOW_BENCH_JVM_OPTIONS+set}" ] && [ -z "$window" ]; then
    echo "window-bench: no c2_later line in installer/linux/quotebench to take the window's options from" >&2
    exit 1
fi
set -f # the options hold * for the JVM, not for the shell
# shellcheck disable=SC2086 # the options are words
"$java" -XX:AOTCache="$work/window.aot" -Xlog:aot=off -Xlog:cds=off $window -Dwindow-bench.only="${1:-open,mark,scroll,jump}" \
    -cp "$cp:$work/bench.jar" org.quotebench.bench.WindowBenchmark
