#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for the full test suite: Chromium (viewer tests),
# docker-compose (compose file check) and pnpm. Java 17 and Maven are expected to be present.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v pnpm >/dev/null 2>&1 && pnpm --version | grep -q '^10\.' || npm install -g --silent pnpm@10.34.8
for tool in java mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "install-system-deps: $tool is required (Java 17 + Maven) for the local Neo4j" >&2; exit 1; }
done
