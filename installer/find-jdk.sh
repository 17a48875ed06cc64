#!/usr/bin/env bash
# Prints the home of a JDK 25 or later for the installer build (its AOT cache starts the window
# faster than JDK 17's class-data sharing), or nothing when there is none:
#   mvn -Pinstaller package -Dinstaller.jdk="$(installer/find-jdk.sh)"   (an empty value: the build's JDK)
# Looks at $QUOTEBENCH_INSTALLER_JDK, $JAVA_HOME, then the JDKs installed under /usr/lib/jvm and /opt.
set -uo pipefail
major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
best= best_major=0
for home in "${QUOTEBENCH_INSTALLER_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/*jdk* /opt/java/*; do
    [ -n "$home" ] && [ -x "$home/bin/jlink" ] && [ -x "$home/bin/jpackage" ] || continue
    m=$(major "$home")
    if [ -n "$m" ] && [ "$m" -ge 25 ] && [ "$m" -gt "$best_major" ]; then
        best=$home best_major=$m
    fi
done
[ -n "$best" ] && echo "$best"
exit 0
