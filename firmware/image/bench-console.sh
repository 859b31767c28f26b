#!/bin/sh
# Benchmark (not a test): the wall's console path as the device runs it (issue 15).
# Boots a built image under qemu-system-aarch64 -M virt with a virtio GPU at
# 1920x1080 — no hardware GL, so the kiosk presents through DRM dumb buffers — and
# runs the installed hgw-dashboard.service on the shared example school
# (../shared/examples/de-vlinder.json) with pages every 15 s, lit all day and then
# dark (a schedule that is off now). For each it prints what bench/kiosk_idle.sh
# prints for the desktop: CPU % of one core, wake-ups per second (voluntary context
# switches of all threads), frames and clock regions drawn, PSS and RSS, the GL
# libraries mapped; and the whole system's used memory, with where it goes while lit
# (the kernel's share from /proc/meminfo, the largest processes by PSS).
#
# Everything the benchmark adds reaches the guest through qemu's fw_cfg (the probe
# script, the documents and the kiosk's bench config), and a drop-in under /run
# points the service at that config: nothing of it is in the image, which is
# attached read-only (snapshot=on). The probe restarts the real unit, with all its
# sandboxing, as the device would run it.
#
# What it cannot say: the CPU figures are of an emulated Cortex-A57 under TCG on
# the host, many times slower than a Pi's cores — compare the two states and the
# two paths, not the absolute value with a Pi. The GPU path (a Pi's vc4/v3d) is
# not there to measure.
#
# Usage: bench-console.sh [--seconds N] [--memory MIB] IMAGE
#   N: the measured window per state (default 120), after 40 s of settling.
set -eu
PATH=$PATH:/usr/sbin:/sbin
export PATH

usage() {
  echo "usage: $0 [--seconds N] [--memory MIB] IMAGE"
}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=firmware/image/guest-boot.sh disable=SC1091
. "$here/guest-boot.sh"
number=120
memory_mb=2048
guest_boot_options --seconds "$@"
seconds=$number
command -v python3 >/dev/null 2>&1 || die "missing tool: python3"
example=${HGW_BENCH_EXAMPLE:-$here/../../../shared/examples/de-vlinder.json}
[ -f "$example" ] || die "$example: no such file (HGW_BENCH_EXAMPLE names another)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log=${HGW_BENCH_LOG:-$(dirname "$image")/bench-console.log}
guest_boot_files "$image" "$work"

# The school lit all day, every day; and dark: on for one hour in the other half of
# the day (the guest's clock is the host's, through the virt machine's RTC).
TZ=Europe/Amsterdam /usr/bin/python3 - "$example" "$work" <<'PY'
import datetime, json, sys
document = json.load(open(sys.argv[1]))
document["display"]["page_seconds"] = 15
days = ["ma", "di", "wo", "do", "vr", "za", "zo"]
document["display"]["schedule"] = {"days": days, "on": "00:00", "off": "23:59"}
json.dump(document, open(sys.argv[2] + "/lit.json", "w"))
morning = datetime.datetime.now().hour >= 12
document["display"]["schedule"] = {"days": days, "on": "06:00" if morning else "13:00",
                                   "off": "07:00" if morning else "14:00"}
json.dump(document, open(sys.argv[2] + "/dark.json", "w"))
PY
for state in lit dark; do
  cat >"$work/$state.conf" <<CONF
[source]
url = file:///run/hgw-bench/$state.json
poll_seconds = 60
[cache]
directory = /var/cache/hgw-dashboard/bench-$state
[display]
language = nl
CONF
done

# The probe, run as root by systemd.run= once the system is up. Per state: point
# the unit at the bench config, restart it, let it settle, then read the kiosk's
# CPU time (schedstat: nanoseconds on a CPU, all threads), its voluntary context
# switches, its memory and maps; stop it, and read its own count of frames.
cat >"$work/probe.sh" <<PROBE
exec >/dev/console 2>&1
fw=/sys/firmware/qemu_fw_cfg/by_name/opt/hgw
mkdir -p /run/hgw-bench /run/systemd/system/hgw-dashboard.service.d
for file in lit.json dark.json lit.conf dark.conf; do cat "\$fw/\$file/raw" >"/run/hgw-bench/\$file"; done
chmod 755 /run/hgw-bench
chmod 644 /run/hgw-bench/*
until systemctl is-active -q hgw-dashboard.service; do sleep 2; done
echo HGW-BENCH-BOOTED
for state in lit dark; do
  cat >/run/systemd/system/hgw-dashboard.service.d/bench.conf <<UNIT
[Service]
ExecStart=
ExecStart=/usr/bin/hgw-dashboard --fullscreen --status-file /run/hgw-dashboard/status.json --config /run/hgw-bench/\$state.conf
UNIT
  systemctl daemon-reload
  systemctl restart hgw-dashboard.service
  until systemctl is-active -q hgw-dashboard.service; do sleep 1; done
  sleep 40
  pid=\$(systemctl show -p MainPID --value hgw-dashboard.service)
  cpu0=\$(cat /proc/\$pid/task/*/schedstat | awk '{ total += \$1 } END { printf "%.0f", total }')
  switches0=\$(cat /proc/\$pid/task/*/status | awk '/^voluntary_ctxt_switches/ { total += \$2 } END { print total }')
  sleep $seconds
  cpu1=\$(cat /proc/\$pid/task/*/schedstat | awk '{ total += \$1 } END { printf "%.0f", total }')
  switches1=\$(cat /proc/\$pid/task/*/status | awk '/^voluntary_ctxt_switches/ { total += \$2 } END { print total }')
  pss=\$(awk '/^Pss:/ { print \$2 }' /proc/\$pid/smaps_rollup)
  rss=\$(awk '/^Rss:/ { print \$2 }' /proc/\$pid/smaps_rollup)
  gl=\$(awk '\$6 ~ /(libLLVM|_dri[.]so|libEGL|libGL)/ { print \$6 }' /proc/\$pid/maps | sort -u | tr '\n' ' ')
  used=\$(awk '/^MemTotal:/ { t = \$2 } /^MemAvailable:/ { a = \$2 } END { print t - a, t }' /proc/meminfo)
  mode=\$(journalctl -o cat _PID=\$pid | grep -m1 'DRM dumb buffers on' || true)
  if [ "\$state" = lit ]; then
    # Where the system's memory goes while the wall is lit: the kernel's share, and
    # the processes by PSS.
    grep -E '^(MemTotal|MemFree|MemAvailable|Cached|Shmem|AnonPages|SReclaimable|SUnreclaim|PageTables|KernelStack|Percpu|VmallocUsed):' /proc/meminfo |
      sed 's/^/HGW-BENCH-MEMINFO /'
    # MemAvailable leaves out the kernel's reserve: per zone its high watermark and
    # its largest protection against allocations meant for the zones above, at most
    # the zone's pages (calculate_totalreserve_pages): free, but never available.
    awk '\$1 == "high" { high = \$2 } \$1 == "managed" { managed = \$2 }
      \$1 == "protection:" { gsub(/[(),]/, " "); max = 0; for (i = 2; i <= NF; i++) if (\$i + 0 > max) max = \$i + 0
        zone = high + max; if (zone > managed) zone = managed; reserve += zone }
      END { printf "HGW-BENCH-MEMINFO KernelReserve: %d kB\\n", 4 * reserve }' /proc/zoneinfo
    for status in /proc/[0-9]*/status; do
      dir=\${status%/status}
      process_pss=\$(awk '/^Pss:/ { print \$2 }' \$dir/smaps_rollup 2>/dev/null)
      [ -n "\$process_pss" ] && [ "\$process_pss" -gt 0 ] && echo "\$process_pss \$(awk '/^Name:/ { print \$2 }' \$status)"
    done | sort -rn | head -n 10 | sed 's/^/HGW-BENCH-PSS /'
  fi
  systemctl stop hgw-dashboard.service
  frames=\$(journalctl -o cat _PID=\$pid | sed -n 's/.*: \([0-9]*\) frames drawn.*/\1/p' | tail -n 1)
  regions=\$(journalctl -o cat _PID=\$pid | sed -n 's/.* \([0-9]*\) clock regions drawn.*/\1/p' | tail -n 1)
  echo "HGW-BENCH \$state cpu_ns=\$((cpu1 - cpu0)) switches=\$((switches1 - switches0)) frames=\${frames:-?} regions=\${regions:-?} pss=\$pss rss=\$rss used=\$used gl=\${gl:-none}"
  echo "HGW-BENCH-MODE \$mode"
done
echo HGW-BENCH-END
PROBE

append="$(cat "$work/guest-cmdline") console=ttyAMA0 systemd.show_status=yes systemd.journald.forward_to_console=1"
# Emulated on a busy host, udev may take longer than systemd's 90 s wait for the
# boot partition, and the guest would stop in emergency mode.
append="$append systemd.wants=multi-user.target systemd.default_device_timeout_sec=900"
append="$append systemd.run=\"/bin/sh -c 'modprobe qemu_fw_cfg; sh /sys/firmware/qemu_fw_cfg/by_name/opt/hgw/probe.sh/raw'\""
append="$append systemd.run_success_action=poweroff systemd.run_failure_action=poweroff"
fw_cfg=
for file in probe.sh lit.json dark.json lit.conf dark.conf; do
  fw_cfg="$fw_cfg -fw_cfg name=opt/hgw/$file,file=$work/$file"
done

echo "== console path benchmark: $image under qemu -M virt (TCG, 2 vCPUs, $memory_mb MiB," \
  "virtio-gpu 1920x1080), $(basename "$example") with 15 s pages; per state 40 s settling," \
  "then $seconds s measured (console: $log)"
started=$(date +%s)
: >"$log"
# Up to half an hour for the boot, and the two states.
# shellcheck disable=SC2086 # $fw_cfg is a list of options
timeout $((1800 + 2 * (seconds + 120))) qemu-system-aarch64 -M virt -accel tcg,thread=multi \
  -cpu cortex-a57 -smp 2 -m "$memory_mb" -nographic -no-reboot -nic none \
  -device virtio-gpu-pci,xres=1920,yres=1080 -display none $fw_cfg \
  -kernel "$work/kernel" -initrd "$work/initrd" -append "$append" \
  -drive "file=$image,format=raw,if=virtio,snapshot=on" </dev/null >"$log" 2>&1 || true
echo "   qemu ran $(($(date +%s) - started)) s"
grep -q 'HGW-BENCH-END' "$log" || {
  tail -n 40 "$log" >&2
  die "the probe did not finish (console log: $log)"
}
echo "path/state         CPU%core  wake-ups/s  frames  regions  PSS MiB   RSS MiB  system used"
tr -d '\r' <"$log" | grep '^HGW-BENCH ' | while read -r _ state rest; do
  eval "$(printf '%s\n' "$rest" | tr ' ' '\n' | grep -E '^(cpu_ns|switches|frames|regions|pss|rss)=')"
  used=$(printf '%s\n' "$rest" | sed -n 's/.*used=\([0-9]*\) \([0-9]*\).*/\1 \2/p')
  gl=$(printf '%s\n' "$rest" | sed -n 's/.*gl=//p')
  # shellcheck disable=SC2154 # set by the eval above
  awk -v label="console/$state" -v ns="$cpu_ns" -v s="$seconds" -v w="$switches" -v f="$frames" \
    -v r="$regions" -v pss="$pss" -v rss="$rss" -v used="$used" 'BEGIN {
    split(used, u, " ")
    printf "%-18s %8.3f %11.2f %7s %8s %8.1f %9.1f  %d of %d MiB\n", label, 100 * ns / 1e9 / s,
      w / s, f, r, pss / 1024, rss / 1024, u[1] / 1024 + 0.5, u[2] / 1024 + 0.5 }'
  echo "                   GL libraries mapped: ${gl:-none}"
done
tr -d '\r' <"$log" | sed -n 's/^HGW-BENCH-MODE /   /p' | sort -u
echo "system memory (kB) while lit:"
tr -d '\r' <"$log" | sed -n 's/^HGW-BENCH-MEMINFO /   /p'
echo "largest processes by PSS (kB):"
tr -d '\r' <"$log" | sed -n 's/^HGW-BENCH-PSS /   /p'
