#!/usr/bin/env bash
# Makes a fresh machine of our kind ready for the whole suite: Debian's Chromium for the browser
# tests, and the local PostgreSQL the server tests run against. Idempotent and quiet when ready.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests…"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi

# The fonts a Chinese phone has: without them Chinese and emoji draw as boxes, and the layout the
# size and reflow checks measure is not the one people see.
if ! fc-list 2>/dev/null | grep -q 'Noto Sans CJK'; then
  echo "Installing the CJK and emoji fonts for the browser tests…"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq fonts-noto-cjk fonts-noto-color-emoji >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq fonts-noto-cjk fonts-noto-color-emoji >/dev/null; fi
fi

# Only the default local server is ours to start; a TEST_DATABASE_URL elsewhere is the caller's.
if [ -z "${TEST_DATABASE_URL:-}" ] && command -v pg_isready >/dev/null 2>&1; then
  if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    echo "Starting the local PostgreSQL…"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
  fi
fi
