#!/bin/sh
# Benchmark (not a test): a headless kiosk showing the demo school at 1920x1080
# with 15 s pages for 60 s, as a Pi behind a TV spends its day. Prints the CPU
# seconds it used, wake-ups per second (context switches of all its threads),
# frames drawn, peak RSS and PSS. Then 30 simulated days (school days, nights,
# weekends, a holiday) with an accelerated clock: RSS at start and end.
# Targets (issue 5): < 0.2 % of one core, <= 5 wake-ups/s, PSS < 40 MiB, RSS
# growth < 1 MiB over the 30 days.
#
#   bench/kiosk_idle.sh [BUILD_DIR] [SECONDS] [SECONDS_FOR_30_DAYS]
set -eu

build=${1:-build}
seconds=${2:-60}
month_seconds=${3:-60}
binary=$build/dashboard/app/hgw-dashboard
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The demo school with 15 s pages and a schedule that keeps it lit, served as a
# file:// source (the built-in demo would keep its own 20 s pages and hours).
python3 - "$here/dashboard/api/demo-school.json" "$work/demo.json" <<'PY'
import json, sys
document = json.load(open(sys.argv[1]))
document["display"]["page_seconds"] = 15
json.dump(document, open(sys.argv[2] + ".month", "w"))  # the school's own hours
document["display"]["schedule"] = {"days": ["ma", "di", "wo", "do", "vr", "za", "zo"],
                                   "on": "00:00", "off": "23:59"}
json.dump(document, open(sys.argv[2], "w"))
PY
cat > "$work/bench.conf" <<CONF
[source]
url = file://$work/demo.json
poll_seconds = 60
[cache]
directory = $work/cache
CONF

switches() {  # voluntary + involuntary context switches of every thread
  cat /proc/"$1"/task/*/status 2>/dev/null |
    awk '/ctxt_switches/ { total += $2 } END { print total + 0 }'
}
cpu_ticks() {  # utime + stime of the whole process, in clock ticks
  awk '{ print $14 + $15 }' /proc/"$1"/stat
}

TZ=${TZ:-Europe/Amsterdam} SDL_VIDEODRIVER=dummy "$binary" --headless --size 1920x1080 \
  --config "$work/bench.conf" 2>"$work/stderr" &
pid=$!
sleep 5  # start-up (fonts, first frame) is not the steady state being measured
ticks0=$(cpu_ticks "$pid")
switches0=$(switches "$pid")
sleep "$seconds"
ticks1=$(cpu_ticks "$pid")
switches1=$(switches "$pid")
peak_rss=$(awk '/VmHWM/ { print $2 }' /proc/"$pid"/status)
pss=$(awk '/^Pss:/ { print $2 }' /proc/"$pid"/smaps_rollup)
total_ticks=$ticks1
kill -TERM "$pid"
wait "$pid" || true
hz=$(getconf CLK_TCK)

echo "kiosk idle benchmark: 1920x1080, 15 s pages, ${seconds} s measured after 5 s start-up"
awk -v t0="$ticks0" -v t1="$ticks1" -v all="$total_ticks" -v hz="$hz" -v s="$seconds" 'BEGIN {
  printf "CPU seconds (measured window): %.2f  = %.3f %% of one core\n", (t1 - t0) / hz, 100 * (t1 - t0) / hz / s
  printf "CPU seconds (whole run incl. start-up): %.2f\n", all / hz }'
awk -v w0="$switches0" -v w1="$switches1" -v s="$seconds" 'BEGIN {
  printf "wake-ups per second (context switches, all threads): %.2f\n", (w1 - w0) / s }'
grep -o 'stopped after.*' "$work/stderr" | sed 's/^/kiosk: /'
echo "peak RSS: $((peak_rss / 1024)) MiB ($peak_rss KiB)"
echo "PSS: $((pss / 1024)) MiB ($pss KiB)"

# 30 days in month_seconds: the clock from the demo's Monday runs 2592000/month_seconds
# times faster, through nights (dark, nothing drawn), weekends and the Christmas break.
cat > "$work/month.conf" <<CONF
[source]
url = file://$work/demo.json.month
[cache]
directory = $work/cache-month
CONF
scale=$((2592000 / month_seconds))
TZ=${TZ:-Europe/Amsterdam} SDL_VIDEODRIVER=dummy "$binary" --headless --size 1920x1080 \
  --config "$work/month.conf" --now 2026-11-30T07:00:00+01:00 --time-scale "$scale" \
  2>"$work/stderr-month" &
pid=$!
sleep 5
rss_start=$(awk '/VmRSS/ { print $2 }' /proc/"$pid"/status)
sleep $((month_seconds - 5))
rss_end=$(awk '/VmRSS/ { print $2 }' /proc/"$pid"/status)
kill -TERM "$pid"
wait "$pid" || true
echo "30 simulated days in ${month_seconds} s (time scale $scale):"
echo "RSS after 5 s: $rss_start KiB, at the end: $rss_end KiB, growth: $((rss_end - rss_start)) KiB"
grep -o 'stopped after.*' "$work/stderr-month" | sed 's/^/kiosk: /'
