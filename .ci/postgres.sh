#!/usr/bin/env bash
# Make sure the PostgreSQL server binaries (initdb, postgres) are installed, so
# tests/pgcluster.py can start a throwaway cluster. Silent when they already are;
# otherwise installs Debian's `postgresql` package (needs root, as in CI).
# Works when run directly or sourced; sourcing leaves the caller's shell options alone.

# Same search as tests/pgcluster.py: `pg_config --bindir` if it has initdb, else
# the newest /usr/lib/postgresql/*/bin with initdb. Prints the directory.
_pg_find_bindir() {
    local dir
    dir=$(pg_config --bindir 2>/dev/null) && [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5V | while read -r d; do
        [ -x "$d/initdb" ] && echo "$d"; done | tail -n 1)
    [ -n "$dir" ] && { echo "$dir"; return 0; }
    return 1
}

ensure_postgres() {
    if ! _pg_find_bindir >/dev/null; then
        if [ "$(id -u)" -ne 0 ]; then
            echo "postgres.sh: PostgreSQL server binaries not found and not root; install the 'postgresql' package" >&2
            return 1
        fi
        echo "postgres.sh: installing PostgreSQL server (apt-get install postgresql)" >&2
        local log
        log=$(mktemp)
        if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >"$log" 2>&1; then
            cat "$log" >&2
            rm -f "$log"
            echo "postgres.sh: installing the 'postgresql' package failed" >&2
            return 1
        fi
        rm -f "$log"
        if ! _pg_find_bindir >/dev/null; then
            echo "postgres.sh: 'postgresql' installed but no initdb found (pg_config --bindir, /usr/lib/postgresql/*/bin)" >&2
            return 1
        fi
    fi
    # As root, initdb/postgres run as the 'postgres' OS user. The Debian package
    # creates it; binaries from elsewhere may not, and the test helper won't.
    if [ "$(id -u)" -eq 0 ] && ! getent passwd postgres >/dev/null; then
        useradd --system --no-create-home --user-group postgres || {
            echo "postgres.sh: could not create the 'postgres' OS user" >&2
            return 1
        }
    fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    ensure_postgres
    exit $?
else
    ensure_postgres
fi
