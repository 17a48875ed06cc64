#!/usr/bin/env bash
# Finishes the Linux app image: the plain launcher (bin/quotebench), the script that makes the
# start-up archive (lib/app/make-cds-archive.sh, run again by the .deb where it installs), and the
# archive itself for the image where it is now (installer/train-cds.sh).
set -euo pipefail
image=$1
here=$(dirname "$0")
install -m 755 "$here/quotebench" "$image/bin/quotebench"
install -m 755 "$here/make-cds-archive.sh" "$image/lib/app/make-cds-archive.sh"
bash "$here/../train-cds.sh" "$image"
