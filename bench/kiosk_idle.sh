#!/bin/sh
# Benchmark (not a test): the kiosk as a wall runs it — a real X11 window under
# Xvfb at 1920x1080, SDL's software renderer, the shared example school
# (../shared/examples/de-vlinder.json) with its school hours replaced by all day,
# every day, pages every 15 s —
# on both present paths (framebuffer: no GL stack; gpu: SDL's GL framebuffer, as
# shipped before issue 15), lit and dark, each measured for SECONDS after 5 s of
# start-up. Prints per run: CPU % of one core, wake-ups per second (voluntary
# context switches of all threads, docs/ARCHITECTURE.md), frames drawn, clock
# regions drawn (the minute tick alone), PSS and RSS.
# Then 30 simulated days (school days, nights, weekends, a holiday) headless with
# an accelerated clock: RSS at start and end.
# Targets (issue 15, desktop path, lit): <= 0.10 % of one core, <= 30 MiB PSS;
# dark: <= 0.1 wake-ups/s besides the watchdog.
# HGW_BENCH_PAGES=overzicht (a comma-separated list) shows only those pages: on a
# single-page wall no page turn coincides with the minute, so each minute costs
# the clock's region alone. HGW_BENCH_PRESENT=framebuffer (or gpu) measures one
# present path only, for repeated rounds of the shipped desktop path.
#
#   bench/kiosk_idle.sh [BUILD_DIR] [SECONDS] [SECONDS_FOR_30_DAYS, 0 to skip]
set -eu

build=${1:-build}
seconds=${2:-60}
month_seconds=${3:-60}
binary=$build/dashboard/app/hgw-dashboard
here=$(cd "$(dirname "$0")/.." && pwd)
example=${HGW_BENCH_EXAMPLE:-$here/../shared/examples/de-vlinder.json}
work=$(mktemp -d)
xvfb_pid=
display=
# shellcheck source=bench/xvfb.sh disable=SC1091
. "$here/bench/xvfb.sh"
cleanup() {
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The example lit all day (no school hours) and with 15 s pages; for
# the dark runs the same school with its hours, its clock started at night.
python3 - "$example" "$work/wall.json" "${HGW_BENCH_PAGES:-}" <<'PY'
import json, sys
document = json.load(open(sys.argv[1]))
document["display"]["page_seconds"] = 15
if sys.argv[3]:
    document["display"]["pages"] = sys.argv[3].split(",")
json.dump(document, open(sys.argv[2] + ".dark", "w"))
# Without a schedule the wall keeps the default school hours: lit means every day.
document["display"]["schedule"] = {"days": ["ma", "di", "wo", "do", "vr", "za", "zo"],
                                   "on": "00:00", "off": "23:59"}
json.dump(document, open(sys.argv[2], "w"))
PY
for state in lit dark; do
  suffix=
  if [ "$state" = dark ]; then suffix=.dark; fi
  cat > "$work/$state.conf" <<CONF
[source]
url = file://$work/wall.json$suffix
poll_seconds = 60
[cache]
directory = $work/cache-$state
CONF
done

switches() {  # voluntary context switches of every thread: the times it went to sleep
  cat /proc/"$1"/task/*/status 2>/dev/null |
    awk '/^voluntary_ctxt_switches/ { total += $2 } END { print total + 0 }'
}
cpu_ticks() {  # utime + stime of the whole process, in clock ticks
  awk '{ print $14 + $15 }' /proc/"$1"/stat
}
hz=$(getconf CLK_TCK)

# Measures one running kiosk ($1 = pid, $2 = its stderr, $3 = label).
measure() {
  pid=$1
  sleep 5  # start-up (fonts, first frame) is not the steady state being measured
  ticks0=$(cpu_ticks "$pid")
  switches0=$(switches "$pid")
  sleep "$seconds"
  ticks1=$(cpu_ticks "$pid")
  switches1=$(switches "$pid")
  rss=$(awk '/^VmRSS/ { print $2 }' /proc/"$pid"/status)
  pss=$(awk '/^Pss:/ { print $2 }' /proc/"$pid"/smaps_rollup)
  gl=$(awk '$6 ~ /(libLLVM|_dri\.so|libEGL|libGL)/ { print $6 }' /proc/"$pid"/maps | sort -u |
    sed 's|.*/||' | tr '\n' ' ')
  kill -TERM "$pid"
  wait "$pid" || true
  frames=$(sed -n 's/.*: \([0-9]*\) frames drawn.*/\1/p' "$2")
  regions=$(sed -n 's/.* \([0-9]*\) clock regions drawn.*/\1/p' "$2")
  awk -v label="$3" -v t0="$ticks0" -v t1="$ticks1" -v hz="$hz" -v s="$seconds" \
    -v w0="$switches0" -v w1="$switches1" -v f="${frames:-?}" -v r="${regions:-?}" \
    -v pss="$pss" -v rss="$rss" 'BEGIN {
    printf "%-16s %8.3f %12.2f %7s %8s %9.1f %9.1f\n", label, 100 * (t1 - t0) / hz / s,
      (w1 - w0) / s, f, r, pss / 1024, rss / 1024 }'
  echo "                 GL libraries mapped: ${gl:-none}"
}

if command -v Xvfb >/dev/null 2>&1; then
  start_xvfb "$work"
  echo "kiosk benchmark: Xvfb 1920x1080, SDL_RENDER_DRIVER=software, $(basename "$example")" \
    "lit all day, 15 s pages${HGW_BENCH_PAGES:+ (only $HGW_BENCH_PAGES)};" \
    "${seconds} s measured after 5 s start-up"
  echo "path/state       CPU%core  wake-ups/s  frames  regions  PSS MiB   RSS MiB"
  for present in ${HGW_BENCH_PRESENT:-framebuffer gpu}; do
    case "$present" in
      framebuffer | gpu) ;;
      *) echo "HGW_BENCH_PRESENT: framebuffer or gpu, not $present" >&2 && exit 2 ;;
    esac
    for state in lit dark; do
      now=
      if [ "$state" = dark ]; then now="--now 2026-11-30T22:00:00+01:00"; fi
      # shellcheck disable=SC2086 # $now is two words or none
      env -u WAYLAND_DISPLAY DISPLAY="$display" SDL_RENDER_DRIVER=software \
        TZ=${TZ:-Europe/Amsterdam} "$binary" --present "$present" --fullscreen \
        --config "$work/$state.conf" $now 2>"$work/stderr-$present-$state" &
      measure $! "$work/stderr-$present-$state" "$present/$state"
    done
  done
  kill "$xvfb_pid"
  wait "$xvfb_pid" 2>/dev/null || true
  xvfb_pid=
else
  echo "kiosk benchmark: no Xvfb (Debian package xvfb); the presenting kiosk is not measured"
fi
[ "$month_seconds" -gt 0 ] || exit 0

# 30 days in month_seconds, headless: the demo school with its own hours, its clock
# from the demo's Monday running 2592000/month_seconds times faster, through nights
# (dark, nothing drawn), weekends and the Christmas break.
python3 - "$here/dashboard/api/demo-school.json" "$work/demo.json.month" <<'PY'
import json, sys
document = json.load(open(sys.argv[1]))
document["display"]["page_seconds"] = 15
json.dump(document, open(sys.argv[2], "w"))
PY
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
