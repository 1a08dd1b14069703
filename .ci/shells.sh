#!/usr/bin/env bash
# The shells whose completion scripts the tests load for real: bash is here already;
# zsh and fish come from Debian's packages (needs root, as in CI). Silent when present.
set -euo pipefail
missing=()
for shell in zsh fish; do
    command -v "$shell" >/dev/null || missing+=("$shell")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "shells.sh: installing ${missing[*]} (apt-get install)" >&2
log=$(mktemp)
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "shells.sh: installing ${missing[*]} failed" >&2
    exit 1
fi
rm -f "$log"
