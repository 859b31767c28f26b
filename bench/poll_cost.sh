#!/bin/sh
# What one kiosk costs its source server and itself: a headless kiosk polls an
# unchanged document on a fixture server on 127.0.0.1, then the document changes.
# Prints requests (and how many were conditional), the bytes of one unchanged
# poll as curl measures it against the same server, the kiosk's CPU time, and
# whether the change reached the status file within poll_seconds + jitter.
# Figures, not a test: run by hand.
#
#   bench/poll_cost.sh [BUILD_DIR=build] [SECONDS=120] [POLL_SECONDS=10]
set -eu

build=${1:-build}
seconds=${2:-120}
poll=${3:-10}
here=$(cd "$(dirname "$0")/.." && pwd)
binary="$build/dashboard/app/hgw-dashboard"
[ -x "$binary" ] || { echo "poll_cost: no $binary; build first" >&2; exit 2; }

work=$(mktemp -d)
server_pid=""
kiosk_pid=""
cleanup() {
  [ -z "$kiosk_pid" ] || kill "$kiosk_pid" 2>/dev/null || true
  [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

/usr/bin/python3 "$here/tests/net/fixture_server.py" > "$work/server.out" &
server_pid=$!
for _ in $(seq 50); do grep -q '^PORT' "$work/server.out" 2>/dev/null && break; sleep 0.1; done
port=$(awk '/^PORT/ {print $2}' "$work/server.out")
base="http://127.0.0.1:$port"

# Serve the demo school (or a renamed copy of it) as the resource "board".
serve() {
  /usr/bin/python3 - "$here/dashboard/api/demo-school.json" "$1" > "$work/control.json" <<'PY'
import json, sys
document = json.load(open(sys.argv[1]))
document["school"]["name"] = sys.argv[2]
# The demo's own school hours would darken the wall at night and on weekends, and
# a dark wall polls slowly on purpose; this measures the daytime pace.
document["display"].pop("schedule", None)
print(json.dumps({"mode": "document", "body": json.dumps(document), "reset_stats": False}))
PY
  curl -sS -o /dev/null -X POST --data-binary @"$work/control.json" "$base/_control/board"
}
serve "IKC De Regenboog"

# Lit all day, so the measurement is not the slower night-time pace.
cat > "$work/wall.conf" <<CONF
[source]
url = $base/board
poll_seconds = $poll
[schedule]
days = ma, di, wo, do, vr, za, zo
on = 00:00
off = 23:59
[cache]
directory = $work/cache
CONF

"$binary" --config "$work/wall.conf" --headless --size 1280x720 --status-file "$work/status.json" \
  > "$work/kiosk.out" 2>&1 &
kiosk_pid=$!

half=$((seconds / 2))
sleep "$half"
changed_at=$(date +%s)
serve "IKC De Regenboog (gewijzigd)"
sleep $((seconds - half))

ticks=$(getconf CLK_TCK)
cpu=$(awk -v t="$ticks" '{printf "%.2f", ($14 + $15) / t}' "/proc/$kiosk_pid/stat")
# Every thread but the main (render) thread: the source workers and the signal watcher.
worker_cpu=0
for task in /proc/"$kiosk_pid"/task/*; do
  [ "${task##*/}" = "$kiosk_pid" ] && continue
  worker_cpu=$(awk -v t="$ticks" -v sum="$worker_cpu" '{printf "%.3f", sum + ($14 + $15) / t}' "$task/stat")
done
stats=$(curl -sS "$base/_stats/board")
etag=$(curl -sS -D - -o /dev/null "$base/board" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
unchanged=$(curl -sS -o /dev/null -H "If-None-Match: $etag" -H 'Accept-Encoding: gzip' \
  -w '%{http_code} %{size_request} %{size_header} %{size_download}' "$base/board")
changed=$(curl -sS -o /dev/null -H 'Accept-Encoding: gzip' \
  -w '%{http_code} %{size_request} %{size_header} %{size_download}' "$base/board")

/usr/bin/python3 - "$stats" "$unchanged" "$changed" "$work/status.json" "$changed_at" \
  "$seconds" "$poll" "$cpu" "$worker_cpu" <<'PY'
import json, sys
from datetime import datetime
stats = json.loads(sys.argv[1])
code, request, header, body = (int(x) for x in sys.argv[2].split())
_, c_request, c_header, c_body = (int(x) for x in sys.argv[3].split())
status = json.load(open(sys.argv[4]))
changed_at, seconds, poll, cpu = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7]), float(sys.argv[8])
worker_cpu = float(sys.argv[9])
source = status["sources"][0]
last_change = datetime.fromisoformat(source["last_change"]).timestamp()
unchanged_bytes = request + header + body
per_hour_default = 3600 / 60
print(f"run: {seconds} s, poll_seconds {poll}")
print(f"requests: {stats['requests']} ({stats['conditional']} conditional)")
print(f"unchanged poll: HTTP {code}, {request} B request + {header + body} B response = {unchanged_bytes} B")
print(f"changed poll:   {c_request} B request + {c_header + c_body} B response (gzip)")
print(f"at the default 60 s: {per_hour_default:.0f} requests/hour, "
      f"{per_hour_default * unchanged_bytes / 1024:.1f} KiB/hour for an unchanged source")
print(f"kiosk CPU (rendering + worker): {cpu:.2f} s in {seconds} s = {100 * cpu / seconds:.3f} % of one core")
per_request = worker_cpu / max(stats["requests"], 1)
print(f"worker threads CPU: {worker_cpu:.3f} s for {stats['requests']} requests = {1000 * per_request:.1f} ms each, "
      f"{per_hour_default * per_request:.2f} s/hour at the default 60 s (counted in 10 ms clock ticks: rough)")
delay = last_change - changed_at
print(f"change reached the status file after {delay:.1f} s (limit {poll * 1.1 + 1:.1f} s): "
      f"{'ok' if 0 <= delay <= poll * 1.1 + 1 else 'LATE'}")
print(f"status file: http_status {source['http_status']}, has_document {source['has_document']}")
PY
