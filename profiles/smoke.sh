#!/usr/bin/env bash
# Smoke test of a storage variant (CI, issue 10):
#   profiles/smoke.sh zeo|relstorage [port]
# The topology comes up (storage server, site, 2 instances behind HAProxy,
# worker); a write through one instance is read through the other and
# through the balancer; a worker process ingests a drop folder while the
# instances serve; backup -> destroy -> restore: counts equal, the scan
# downloads again.
set -euo pipefail
cd "$(dirname "$0")/.."
STORAGE=${1:?zeo or relstorage}
PORT=${2:-8180}
BIN=${VENV:-.venv}/bin
ROOT=$(mktemp -d /tmp/ia-smoke-$STORAGE.XXXX)
chmod 755 "$ROOT"
VAR=$ROOT/var
AUTH=admin:admin
SITE=demo
# The storage is what is tested: the demo municipality with iA.Docs only
# (mails, scans, ingestion), so that site creation stays short in CI.
PROFILE=$ROOT/smoke.toml
"$BIN/python" - profiles/demo.toml "$PROFILE" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"products = \[[^\]]*\]", 'products = ["ia.core", "ia.docs"]', text, count=1)
text = re.sub(r'\n\[demo\."ia\.(?!docs")[a-z]+"\].*?(?=\n\[|\Z)', "", text, flags=re.S)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
TOPO=("$BIN/python" -m ia.policy.topology --storage "$STORAGE" --instances 2
      --port "$PORT" --var "$VAR" --dir "$ROOT/instances" --profile "$PROFILE")
I1=http://127.0.0.1:$((PORT + 1))/$SITE
I2=http://127.0.0.1:$((PORT + 2))/$SITE
LB=http://127.0.0.1:$PORT/$SITE
say() { printf 'smoke %s: %s (%ss)\n' "$STORAGE" "$*" "$SECONDS"; }
fail() {
  echo "smoke $STORAGE: FAILED: $*" >&2
  grep -v 'uncatalog\|No cleaning\|MimeTypesRegistry' "$ROOT/topology.log" | tail -30 >&2
  exit 1
}

ready() {  # the instances answer once their configuration is loaded: 2 min at most
  for _ in $(seq 1 60); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/@@ia-health")" = 200 ] \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' "$I1")" = 200 ] \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' "$I2")" = 200 ] && return 0
    sleep 2
  done
  fail "the instances did not answer"
}

up() {  # start the topology, wait until the balancer and both instances answer
  touch "$ROOT/topology.log"
  local from=$(($(wc -l < "$ROOT/topology.log") + 1))
  setsid "${TOPO[@]}" "$@" >> "$ROOT/topology.log" 2>&1 &
  TOPO_PID=$!
  for _ in $(seq 1 400); do
    tail -n +$from "$ROOT/topology.log" | grep -q "^topology: .* up" && { ready; return 0; }
    kill -0 $TOPO_PID 2>/dev/null || fail "the topology stopped"
    sleep 2
  done
  fail "the topology did not come up"
}
down() { kill -TERM $TOPO_PID 2>/dev/null || true; wait $TOPO_PID 2>/dev/null || true; }
cleanup() {
  down
  [ "$STORAGE" = relstorage ] && "$BIN/python" -m ia.policy.pgcluster --var "$VAR" stop >/dev/null 2>&1
  [ -n "${PASSED:-}" ] && rm -rf "$ROOT"  # kept for a look when it failed
  true
}
trap cleanup EXIT

count() {  # number of incoming mails, through $1
  curl -sf -u $AUTH -H 'Accept: application/json' \
    "$1/@search?portal_type=IaIncomingMail&b_size=1" | "$BIN/python" -c 'import json,sys; print(json.load(sys.stdin)["items_total"])'
}

up
say "topology up"
# The instances answer once their configuration is loaded: 2 minutes at most.
healthy=
for _ in $(seq 1 60); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/@@ia-health")" = 200 ] && { healthy=1; break; }
  sleep 2
done
[ -n "$healthy" ] || fail "health"
code=$(curl -s -o /dev/null -w '%{http_code}' "$LB") ; [ "$code" = 200 ] || fail "balancer: $code"
seen=$(for _ in 1 2 3 4; do
  curl -s -D - -o /dev/null "http://127.0.0.1:$PORT/@@ia-health" | tr -d '\r' | grep -i '^x-ia-instance'
done | sort -u | wc -l)
say "balancer answers from $seen instance(s)"
[ "$seen" -ge 2 ] || fail "the balancer does not use both instances"

say "write through instance-1, read through instance-2"
svc=$(curl -sf -u $AUTH -H 'Accept: application/json' "$I1/@search?portal_type=IaService&getId=secretariat&metadata_fields=UID" \
  | "$BIN/python" -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["UID"])') || fail "no service"
ref=$(curl -sf -u $AUTH -H 'Accept: application/json' -H 'Content-Type: application/json' \
  -X POST "$I1/courrier" -d "{\"@type\": \"IaIncomingMail\", \"title\": \"Smoke test\", \"mail_type\": \"letter\", \"responsible_services\": [\"$svc\"]}" \
  | "$BIN/python" -c 'import json,sys; d=json.load(sys.stdin); print(d["@id"])') || fail "POST on instance-1"
path=${ref#*/$SITE/}
curl -sf -u $AUTH -H 'Accept: application/json' "$I2/$path" | grep -q "Smoke test" || fail "instance-2 does not see the write"

say "a worker ingests a drop folder while the instances serve"
DROP=$ROOT/drop; mkdir -p "$DROP/scans"
curl -sf -u $AUTH -H 'Accept: application/json' -H 'Content-Type: application/json' \
  -X PATCH "$LB/@registry" -d "{\"ia.docs.ingest_folder\": \"$DROP\"}" || fail "drop folder setting"
printf '%%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%%%EOF\n' > "$DROP/scans/smoke.pdf"
echo '{"subject": "Scan du smoke test", "treating_services": ["secretariat"]}' > "$DROP/scans/smoke.json"
before=$(count "$LB")
"$BIN/python" -m ia.core.jobs.cli --zope-conf "$ROOT/instances/worker/etc/zope.conf" \
  --once --job ia.docs.ingestion --force | tee "$ROOT/ingest.log"
after=$(count "$LB")
[ "$after" = $((before + 1)) ] || fail "ingestion: $before -> $after mails"
newest=$(curl -sf -u $AUTH -H 'Accept: application/json' \
  "$LB/@search?portal_type=IaIncomingMail&Title=Scan%20du%20smoke%20test&b_size=1" \
  | "$BIN/python" -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["@id"])')
scan=$LB/${newest#*/$SITE/}/@@download/main_file
downloads() { curl -sf -u $AUTH "$scan" | head -c 5 | grep -q '%PDF'; }
downloads || fail "the ingested scan does not download ($scan)"

say "two overlapping worker runs (two cron entries at once) ingest each scan once"
for i in $(seq 1 20); do
  printf '%%PDF-1.4\n%% overlap %s\n1 0 obj<<>>endobj\ntrailer<<>>\n%%%%EOF\n' "$i" > "$DROP/scans/overlap-$i.pdf"
  echo "{\"subject\": \"Scan concurrent $i\", \"treating_services\": [\"secretariat\"]}" > "$DROP/scans/overlap-$i.json"
done
before=$(count "$LB")
runs=
for run in a b; do
  "$BIN/python" -m ia.core.jobs.cli --zope-conf "$ROOT/instances/worker/etc/zope.conf" \
    --once --job ia.docs.ingestion --force > "$ROOT/overlap-$run.log" 2>&1 &
  runs="$runs $!"
done
for pid in $runs; do wait "$pid" || fail "an overlapping worker run failed"; done
cat "$ROOT/overlap-a.log" "$ROOT/overlap-b.log"
after=$(count "$LB")
[ "$after" = $((before + 20)) ] || fail "overlapping runs: $before -> $after mails (20 scans)"

say "backup, destroy, restore"
"$BIN/ia-backup" --storage "$STORAGE" --var "$VAR" --to "$ROOT/backups"
down
if [ "$STORAGE" = relstorage ]; then
  "$BIN/python" -m ia.policy.pgcluster --var "$VAR" start
  runuser -u ia-postgres -- psql -h "$VAR/postgres/run" -p 5433 -U postgres -c "DROP DATABASE ia WITH (FORCE)" postgres
else
  rm -rf "$VAR/filestorage" "$VAR/blobstorage"
fi
"$BIN/ia-restore" --storage "$STORAGE" --var "$VAR" --from "$ROOT/backups"
up --no-site
[ "$(count "$LB")" = "$after" ] || fail "restored count $(count "$LB") != $after"
downloads || fail "the scan does not download after the restore"
say "done"
PASSED=1
