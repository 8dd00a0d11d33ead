#!/bin/sh
# Starts Chromium in a private mount namespace in which $POLICY_DIR is bind-mounted over
# Chromium's managed policy directory, so the policy files a test writes reach only this browser
# and not other Chromium processes on the machine. Needs root (for unshare and mount).
# Playwright uses this script as executablePath; every argument is passed on to Chromium.
set -e
: "${POLICY_DIR:?POLICY_DIR must name the directory that holds the test policy files}"
: "${REAL_CHROMIUM:=/usr/bin/chromium}"
export REAL_CHROMIUM
mkdir -p /etc/chromium/policies/managed
exec unshare --mount --propagation private sh -c \
  'mount --bind "$POLICY_DIR" /etc/chromium/policies/managed && exec "$REAL_CHROMIUM" "$@"' chromium "$@"
