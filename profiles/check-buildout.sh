#!/usr/bin/env bash
# Smoke test of the buildout path (CI): buildout completes, the site is
# created or updated, the instance starts and the site answers.
#   profiles/check-buildout.sh [profiles/demo.cfg] [port]
set -euo pipefail
cd "$(dirname "$0")/.."
CFG=${1:-profiles/demo.cfg}
PORT=${2:-8080}
BIN=${VENV:-.venv}/bin

"$BIN/buildout" -c "$CFG" "instance:http-address=127.0.0.1:$PORT"
bin/ia-site create-or-update
SITE=$("$BIN/python" -c "from ia.policy.municipality import load; print(load('$CFG').site_id)")

mkdir -p var/log
# Own process group: `bin/instance fg` serves from a child process.
setsid bin/instance fg > var/log/check-buildout.log 2>&1 &
PID=$!
trap 'kill -- -$PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/$SITE" || true)
  [ "$code" = 200 ] && { echo "check-buildout: http://127.0.0.1:$PORT/$SITE answers 200"; exit 0; }
  kill -0 $PID 2>/dev/null || break
  sleep 2
done
echo "check-buildout: the site did not answer (last status: ${code:-none})" >&2
tail -40 var/log/check-buildout.log >&2
exit 1
