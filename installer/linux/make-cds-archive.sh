#!/bin/sh
# Dumps Quotebench's class-data-sharing archive from its class list, for the jar where it is now
# (the archive only works for that path). Run by the installer build and by the .deb after install.
# A failure only costs start-up speed: the launcher runs without the archive. An image with a JDK 25
# runtime has no class list: its archive is an AOT cache, which works wherever the image is put.
image=${1:-/opt/quotebench}
app="$image/lib/app"
[ -f "$app/quotebench.classlist" ] || exit 0
"$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/quotebench.classlist" \
    -XX:SharedArchiveFile="$app/quotebench.jsa" -cp "$app/quotebench.jar" -Xlog:cds=off -Xlog:cds+dynamic=off > /dev/null 2>&1 \
    || { echo "Quotebench: could not make the start-up archive (start-up will be slower)" >&2; rm -f "$app/quotebench.jsa"; }
