#!/bin/sh
# Benchmark (not a test): what the wall would cost as a Chromium kiosk, the usual
# alternative, measured the way bench/kiosk_idle.sh measures hgw-dashboard — so the
# two can be compared on the same machine in the same hour (issue 15's table).
# Chromium (Debian's) in --kiosk mode under Xvfb 1920x1080 shows the same school's
# pages: hgw-dashboard renders them to PNG once, and a page of plain HTML turns them
# every 15 s and keeps a clock, with no framework and no network — a lighter page
# than any real web dashboard, so Chromium's figures here are a lower bound.
# Measured over SECONDS after 20 s of start-up, for all of Chromium's processes
# (its session): CPU % of one core, PSS and RSS summed. Without a window manager
# --kiosk alone opens a smaller window: it is placed and sized to the screen.
#
#   bench/chromium_idle.sh [BUILD_DIR] [SECONDS]
set -eu

build=${1:-build}
seconds=${2:-60}
binary=$build/dashboard/app/hgw-dashboard
here=$(cd "$(dirname "$0")/.." && pwd)
example=${HGW_BENCH_EXAMPLE:-$here/../shared/examples/de-vlinder.json}
for tool in Xvfb chromium setsid; do
  command -v "$tool" >/dev/null 2>&1 || { echo "chromium benchmark: no $tool (Debian packages xvfb, chromium)"; exit 0; }
done
work=$(mktemp -d)
xvfb_pid=
display=
# shellcheck source=bench/xvfb.sh disable=SC1091
. "$here/bench/xvfb.sh"
session=
cleanup() {
  [ -z "$session" ] || pkill -KILL -s "$session" 2>/dev/null || true
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The pages as the wall draws them, at the screen's size.
TZ=${TZ:-Europe/Amsterdam} SDL_VIDEODRIVER=dummy "$binary" render "$example" --page all \
  --size 1920x1080 --out "$work/pages" >/dev/null
pages=
for png in "$work"/pages/*.png; do
  [ -f "$png" ] && pages="$pages${pages:+,}\"$(basename "$png")\""
done
[ -n "$pages" ] || { echo "chromium benchmark: hgw-dashboard rendered no pages" >&2; exit 1; }
cat >"$work/pages/wall.html" <<HTML
<!doctype html>
<html lang="nl" translate="no"><head><meta charset="utf-8"><meta name="google" content="notranslate"><title>wall</title>
<style>
html, body { margin: 0; background: #000; overflow: hidden; }
img { display: block; width: 100vw; height: 100vh; object-fit: contain; }
#clock { position: fixed; top: 12px; right: 16px; padding: 4px 12px; background: #15181e; color: #fff; font: bold 40px sans-serif; }
</style></head>
<body><img id="page" alt=""><div id="clock"></div>
<script>
const pages = [$pages];
let shown = 0;
const page = document.getElementById("page");
const clock = document.getElementById("clock");
function turn() { page.src = pages[shown++ % pages.length]; }
function tick() {
  const now = new Date();
  clock.textContent = now.toTimeString().slice(0, 5);
  setTimeout(tick, (60 - now.getSeconds()) * 1000 - now.getMilliseconds());
}
turn();
tick();
setInterval(turn, 15000);
</script></body></html>
HTML

start_xvfb "$work"

# Chromium refuses to run as root with its sandbox (CI and this benchmark's machine
# run as root); a kiosk user would keep it.
sandbox=
if [ "$(id -u)" -eq 0 ]; then sandbox=--no-sandbox; fi
# shellcheck disable=SC2086 # $sandbox is one word or none
env -u WAYLAND_DISPLAY DISPLAY="$display" setsid chromium $sandbox --kiosk --no-first-run \
  --noerrdialogs --disable-infobars --password-store=basic --user-data-dir="$work/profile" \
  --window-position=0,0 --window-size=1920,1080 --lang=nl \
  "file://$work/pages/wall.html" >"$work/chromium.log" 2>&1 &
session=$!

session_ticks() {  # utime + stime of every process in Chromium's session
  total=0
  for pid in $(ps -eo pid=,sid= | awk -v s="$session" '$2 == s { print $1 }'); do
    ticks=$(awk '{ print $14 + $15 }' /proc/"$pid"/stat 2>/dev/null || echo 0)
    total=$((total + ticks))
  done
  echo "$total"
}
session_memory() {  # PSS and RSS in KiB, summed over the session
  for pid in $(ps -eo pid=,sid= | awk -v s="$session" '$2 == s { print $1 }'); do
    cat /proc/"$pid"/smaps_rollup 2>/dev/null || true
  done | awk '$1 == "Pss:" { pss += $2 } $1 == "Rss:" { rss += $2 } END { print pss + 0, rss + 0 }'
}

sleep 20
processes=$(ps -eo sid= | awk -v s="$session" '$1 == s' | wc -l)
[ "$processes" -gt 0 ] || { echo "chromium benchmark: Chromium did not start:" >&2; tail -n 20 "$work/chromium.log" >&2; exit 1; }
ticks0=$(session_ticks)
sleep "$seconds"
ticks1=$(session_ticks)
memory=$(session_memory)
hz=$(getconf CLK_TCK)
echo "chromium benchmark: Xvfb 1920x1080, $(chromium --version 2>/dev/null | head -n 1), --kiosk," \
  "$(basename "$example")'s pages as PNG turned every 15 s; ${seconds} s measured after 20 s start-up"
echo "program          CPU%core  processes  PSS MiB   RSS MiB"
echo "$memory" | awk -v t0="$ticks0" -v t1="$ticks1" -v hz="$hz" -v s="$seconds" -v n="$processes" '{
  printf "%-16s %8.3f %10d %8.1f %9.1f\n", "chromium/lit", 100 * (t1 - t0) / hz / s, n, $1 / 1024, $2 / 1024 }'
