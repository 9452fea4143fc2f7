#!/usr/bin/env bash
# Runs every test: backend unit + integration tests (real embedded PostgreSQL 17 and a real Redis that
# the tests start), front-end unit tests (Vitest), and the Playwright end-to-end suite in headless Debian
# Chromium against the packaged app, plus the OpenAPI lint. Installs Chromium when it is missing.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the end-to-end tests..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
. scripts/java-home.sh
./mvnw -B verify "$@"
