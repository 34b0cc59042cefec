#!/usr/bin/env bash
# Installs Debian's Chromium for the report's browser test when it is missing and apt is usable.
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) 2>&1 | tail -3
fi
exit 0
