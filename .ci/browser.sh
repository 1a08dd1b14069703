#!/usr/bin/env bash
# The browser the `evtcli serve` tests drive (tests/browser.py): Debian's chromium and
# its chromedriver, at /usr/bin/chromium and /usr/bin/chromedriver, so Selenium never
# downloads one. Silent when both are present; otherwise apt-get (needs root, as in CI).
set -euo pipefail
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "browser.sh: chromium or chromedriver not found and not root; install the 'chromium' and 'chromium-driver' packages" >&2
    exit 1
fi
echo "browser.sh: installing chromium and chromium-driver (apt-get install)" >&2
log=$(mktemp)
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "browser.sh: installing chromium and chromium-driver failed" >&2
    exit 1
fi
rm -f "$log"
for binary in /usr/bin/chromium /usr/bin/chromedriver; do
    [ -x "$binary" ] || { echo "browser.sh: the packages installed but $binary is missing" >&2; exit 1; }
done
