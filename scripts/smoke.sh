#!/usr/bin/env bash
# Proves the README's start command: `npm start` in the background, then real HTTP requests.
set -euo pipefail
port="${SMOKE_PORT:-8799}"
log="$(mktemp)"
state="$(mktemp -d)"
# setsid: the server gets its own process group, so one kill stops npm, wrangler and workerd.
setsid npm start -- --port "$port" --ip 127.0.0.1 --persist-to "$state" >"$log" 2>&1 &
pid=$!
trap 'kill -TERM -- -"$pid" 2>/dev/null; sleep 1; rm -rf "$state"' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "smoke: npm start did not come up"; cat "$log"; exit 1; }
first=$(curl -s -o /dev/null -w '%{http_code} %header{x-cache}' -X POST -H 'content-type: text/plain' \
  --data-binary 'Storm hits coast. A storm hit the coast on Monday, officials said.' "http://127.0.0.1:$port/v1/briefs")
second=$(curl -s -o /dev/null -w '%{http_code} %header{x-cache}' -X POST -H 'content-type: application/json' \
  --data '{"text":"Storm hits coast. A storm hit the coast on Monday, officials said."}' "http://127.0.0.1:$port/v1/briefs")
echo "smoke: npm start answered POST /v1/briefs with [$first] then [$second]"
[ "$first" = "200 MISS" ] && [ "$second" = "200 HIT" ] || { cat "$log"; exit 1; }
# The start script applied the desk's D1 migrations to this fresh state: the desk answers, not 503.
desk=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v1/desk/summary")
echo "smoke: GET /v1/desk/summary answered [$desk]"
[ "$desk" = "200" ] || { cat "$log"; exit 1; }
