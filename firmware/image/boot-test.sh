#!/bin/sh
# Boots a built HGW Dashboard image under qemu-system-aarch64 -M virt with a virtio
# GPU and proves from the serial console that hgw-dashboard.service reached READY
# (a Type=notify unit is "active" only after the kiosk's READY=1, sent after its
# first frame on the screen), and that it got there without GL: on DRM dumb
# buffers, with no GL library in its process.
#
# The image's own kernel, initrd and cmdline.txt are taken from its FAT partition
# (mtools, nothing mounted); the image is attached read-only (qemu's snapshot=on),
# so the test changes nothing on it. The only test additions are on the kernel
# command line: the console on the virt machine's serial port (with no getty on
# it), and a one-shot command (systemd-run-generator's systemd.run=) that waits for
# the service, prints what it found and powers the machine off. Nothing of this is
# in the image.
#
# It also prints what the wall costs once it shows its document (issue 15): the
# kiosk's PSS and RSS and the whole system's used memory. --memory 512 boots with a
# Pi Zero 2 W's memory to show the wall still starts there.
#
# Usage: boot-test.sh [--timeout SECONDS] [--memory MIB] IMAGE
# Needs: qemu-system-aarch64 (qemu-system-arm), fdisk (sfdisk), mtools. No KVM: under
# TCG on two busy cores the boot takes several minutes.
set -eu
# depmod, sfdisk, mkfs.* and debootstrap live in sbin, which a user's PATH may lack.
PATH=$PATH:/usr/sbin:/sbin
export PATH

usage() {
  echo "usage: $0 [--timeout SECONDS] [--memory MIB] IMAGE"
  echo "  boots IMAGE under qemu-system-aarch64 -M virt (virtio GPU, MIB of memory,"
  echo "  default 2048) and waits for hgw-dashboard.service to reach READY (default"
  echo "  timeout 1800 s); prints the kiosk's memory and the system's once it runs"
}
# shellcheck source=firmware/image/guest-boot.sh disable=SC1091
. "$(dirname "$0")/guest-boot.sh"
number=1800
memory_mb=2048
guest_boot_options --timeout "$@"
timeout_s=$number

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log=${HGW_BOOT_TEST_LOG:-$(dirname "$image")/boot-test.log}

guest_boot_files "$image" "$work"
pi_cmdline=$(cat "$work/guest-cmdline")
# The probe: runs once the default target is reached (systemd.run= replaces it;
# systemd.wants= puts multi-user.target, and with it the wall, back in), polls the
# service, prints the evidence and powers off. No '$' (systemd would expand it) and
# no double quote (the kernel's quoting) inside.
probe="/bin/sh -c 'exec >/dev/console 2>&1; until systemctl is-active -q hgw-dashboard.service; do sleep 2; done;"
probe="$probe echo HGW-BOOT-TEST-READY; systemctl show -p ActiveEnterTimestampMonotonic -p StatusText -p NRestarts hgw-dashboard.service;"
probe="$probe echo HGW-BOOT-TEST-UPTIME; cat /proc/uptime; ls -l /dev/dri;"
probe="$probe echo HGW-BOOT-TEST-MOUNTS; systemctl show -p MainPID --value hgw-dashboard | xargs -I@ cat /proc/@/mounts; echo HGW-BOOT-TEST-MOUNTS-END;"
# How the kiosk presents (issue 15): virtio-gpu is no hardware GL, so the wall is
# drawn in software on DRM dumb buffers — what its log says, and what its process
# maps (GL libraries and libdrm). xargs takes the main PID in without a '$'.
probe="$probe echo HGW-BOOT-TEST-GL; journalctl -o cat -u hgw-dashboard | grep -e presenting -e DRM -e falling;"
probe="$probe systemctl show -p MainPID --value hgw-dashboard | xargs -I@ grep -e LLVM -e _dri -e EGL -e libGL -e drm /proc/@/maps; echo HGW-BOOT-TEST-GL-END;"
# Then the first fetch from the board service (up to two minutes): the status file
# says whether the wall has a document, and whether the board is up.
probe="$probe for try in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30;"
probe="$probe do grep -q has_document...true /run/hgw-dashboard/status.json && break; sleep 4; done;"
probe="$probe echo HGW-BOOT-TEST-STATUS; cat /run/hgw-dashboard/status.json;"
probe="$probe echo HGW-BOOT-TEST-BOARD; systemctl is-active hgw-board.service;"
# The first run (issue 16): the board's notice with the setup code, as the kiosk's
# own user reads it; avahi for hgw-wall.local; nginx's default site gone.
probe="$probe echo HGW-BOOT-TEST-FIRST-RUN; ls -ld /run/hgw-board /run/hgw-board/first-run.json;"
probe="$probe runuser -u hgw-dashboard -- cat /run/hgw-board/first-run.json; echo HGW-BOOT-TEST-FIRST-RUN-END;"
probe="$probe echo HGW-BOOT-TEST-AVAHI; systemctl is-active avahi-daemon.service;"
probe="$probe echo HGW-BOOT-TEST-SITES; ls /etc/nginx/sites-enabled; echo HGW-BOOT-TEST-SITES-END;"
# What the wall costs once it shows its document (issue 15): the kiosk's memory and
# the whole system's.
probe="$probe echo HGW-BOOT-TEST-MEMORY; systemctl show -p MainPID --value hgw-dashboard | xargs -I@ grep -e ^Rss: -e ^Pss: /proc/@/smaps_rollup;"
probe="$probe grep -e ^MemTotal: -e ^MemAvailable: /proc/meminfo; echo HGW-BOOT-TEST-MEMORY-END;"
probe="$probe systemctl --no-pager --failed; echo HGW-BOOT-TEST-END'"
# No login prompt on the serial port: agetty flushes the terminal as it starts and
# would swallow probe lines written in the same moment (seen: avahi's "active").
append="$pi_cmdline console=ttyAMA0 systemd.show_status=yes systemd.journald.forward_to_console=1"
append="$append systemd.mask=serial-getty@ttyAMA0.service"
append="$append systemd.wants=multi-user.target systemd.run=\"$probe\""
append="$append systemd.run_success_action=poweroff systemd.run_failure_action=poweroff"
# arm64 kernels keep 2048 bytes of command line (COMMAND_LINE_SIZE) and cut the rest
# off silently: the probe would lose its end, and the test would only time out.
[ "$(printf %s "$append" | wc -c)" -lt 2048 ] || die "the kernel command line is over 2047 bytes: shorten the probe"

echo "== booting $image under qemu-system-aarch64 -M virt (virtio GPU, $memory_mb MiB, up to $timeout_s s; console: $log)"
echo "   $(cat "$work/boot-names")"
echo "   cmdline: $append"
started=$(date +%s)
: >"$log"
# The marker's arrival time is taken on the host as the console is read.
timeout "$timeout_s" qemu-system-aarch64 -M virt -accel tcg,thread=multi -cpu cortex-a57 -smp 2 -m "$memory_mb" \
  -nographic -no-reboot -nic none -device virtio-gpu-pci -display none \
  -kernel "$work/kernel" -initrd "$work/initrd" -append "$append" \
  -drive "file=$image,format=raw,if=virtio,snapshot=on" </dev/null 2>&1 |
  while IFS= read -r line; do
    printf '%s\n' "$line" >>"$log"
    case "$line" in
      *HGW-BOOT-TEST-READY*) echo "   READY seen on the console after $(($(date +%s) - started)) s (host clock)" ;;
      *hgw-dashboard*|*HGW-*|*"Reached target"*|*"Kernel panic"*|*overlayroot*) printf '   | %s\n' "$line" ;;
    esac
  done
elapsed=$(($(date +%s) - started))

grep -q 'HGW-BOOT-TEST-READY' "$log" || {
  tail -n 60 "$log" >&2
  die "hgw-dashboard.service did not reach READY within $timeout_s s (console log: $log)"
}
ready_us=$(sed -n 's/^ActiveEnterTimestampMonotonic=\([0-9]*\).*/\1/p' "$log" | tail -n 1)
status=$(sed -n 's/^StatusText=//p' "$log" | tail -n 1)
echo "== READY: hgw-dashboard.service active $((ready_us / 1000000)).$((ready_us / 100000 % 10)) s after the guest kernel started"
echo "   status: $status"
echo "   whole run (qemu start to power-off): $elapsed s"
board=$(sed -n '/HGW-BOOT-TEST-BOARD/{n;p;}' "$log" | tr -d '\r' | tail -n 1)
echo "   hgw-board.service: ${board:-unknown}"
sed -n '/HGW-BOOT-TEST-STATUS/,/HGW-BOOT-TEST-BOARD/p' "$log" |
  grep -E '"(url|has_document|last_success|http_status|kind)"' | sed 's/^ */   status file: /'
# The mounts the wall relies on, as the kiosk sees them (its cache is bound into its
# own namespace by a drop-in, firmware/image/rootfs/etc/fstab says why): the root
# read-only under overlayroot, the boot partition read-only, the cache and the
# board's state on the data partition.
tr -d '\r' <"$log" | sed -n '/HGW-BOOT-TEST-MOUNTS$/,/HGW-BOOT-TEST-MOUNTS-END/p' >"$work/mounts"
awk '$2 ~ "^(/|/media/root-ro|/boot/firmware|/var/lib/hgw-data|/var/cache/hgw-dashboard|/var/lib/private/hgw-board|/var/lib/systemd/timesync)$" {
  print "   mount: " $2 " " $3 " " substr($4, 1, 2) " (" $1 ")" }' "$work/mounts"
awk '$2 == "/" && $3 == "overlay" { found = 1 } END { exit !found }' "$work/mounts" ||
  die "the root is not the overlayroot overlay (console log: $log)"
awk '$2 == "/var/cache/hgw-dashboard" && $3 == "ext4" && $4 ~ /^rw/ { found = 1 } END { exit !found }' "$work/mounts" ||
  die "/var/cache/hgw-dashboard is not mounted writable from the data partition (console log: $log)"
# The console's no-GL path: the kiosk says it presents through the framebuffer on DRM
# dumb buffers (and did not fall back to SDL's KMSDRM), and its process maps libdrm
# but no GL stack: no libLLVM, no mesa *_dri.so, no libEGL, no libGL*. The libdrm
# line proves the maps were read at all. Only lines shaped like /proc/PID/maps count
# (the journal is forwarded to the same console).
tr -d '\r' <"$log" | sed -n '/HGW-BOOT-TEST-GL$/,/HGW-BOOT-TEST-GL-END/p' >"$work/gl-section"
grep -F 'hgw-dashboard:' "$work/gl-section" >"$work/present" || true
sed 's/^/   present: /' "$work/present"
if ! grep -q 'presenting through framebuffer' "$work/present" || ! grep -q 'DRM dumb buffers on' "$work/present" ||
  grep -q 'falling back' "$work/present"; then
  die "the kiosk does not present through the framebuffer on DRM dumb buffers (console log: $log)"
fi
grep -E '^[0-9a-f]+-[0-9a-f]+ ' "$work/gl-section" | awk '{ print $6 }' | sort -u >"$work/maps" || true
sed 's/^/   kiosk maps: /' "$work/maps"
grep -q 'libdrm' "$work/maps" || die "the kiosk's /proc/PID/maps were not read, or it maps no libdrm (console log: $log)"
if grep -E 'libLLVM|_dri[.]so|libEGL|libGL' "$work/maps" >"$work/gl"; then
  die "the kiosk maps a GL stack on the no-GL path: $(tr '\n' ' ' <"$work/gl")(console log: $log)"
fi
if [ "$board" != active ]; then
  die "hgw-board.service is ${board:-unknown}, not active (console log: $log)"
fi
sed -n '/HGW-BOOT-TEST-STATUS/,/HGW-BOOT-TEST-BOARD/p' "$log" | grep -q '"has_document": true' ||
  die "the wall had no document from its source within two minutes of READY (console log: $log)"
# The wall can show the first run's setup code: the kiosk's user reads the board's
# notice, which says no password is set yet (a new image) and carries a code.
tr -d '\r' <"$log" | sed -n '/HGW-BOOT-TEST-FIRST-RUN$/,/HGW-BOOT-TEST-FIRST-RUN-END/p' >"$work/first-run"
sed 's/^/   first run: /' "$work/first-run" | grep -v 'HGW-BOOT-TEST'
if ! grep -q '"password_set": false' "$work/first-run" ||
  ! grep -q '"setup_code": "[0-9]\{8\}"' "$work/first-run"; then
  die "the kiosk's user cannot read the board's first-run notice with a setup code (console log: $log)"
fi
avahi=$(sed -n '/HGW-BOOT-TEST-AVAHI/{n;p;}' "$log" | tr -d '\r' | tail -n 1)
echo "   avahi-daemon.service: ${avahi:-unknown}"
[ "$avahi" = active ] || die "avahi-daemon.service is ${avahi:-unknown}, not active: no hgw-wall.local (console log: $log)"
sites=$(tr -d '\r' <"$log" | sed -n '/HGW-BOOT-TEST-SITES$/,/HGW-BOOT-TEST-SITES-END/p' | grep -v 'HGW-BOOT-TEST' | tr '\n' ' ')
echo "   nginx sites-enabled: ${sites:-(none)}"
case " $sites " in *" default "*) die "nginx's default site is enabled (console log: $log)" ;; esac
# What the wall costs: the kiosk's PSS and RSS, and the system's used memory
# (MemTotal less MemAvailable: what the kernel could not hand out without swapping).
tr -d '\r' <"$log" | sed -n '/HGW-BOOT-TEST-MEMORY$/,/HGW-BOOT-TEST-MEMORY-END/p' >"$work/memory"
kiosk_pss=$(awk '$1 == "Pss:" { print int($2 / 1024 + 0.5) }' "$work/memory")
kiosk_rss=$(awk '$1 == "Rss:" { print int($2 / 1024 + 0.5) }' "$work/memory")
[ -n "$kiosk_pss" ] || die "no smaps_rollup of the kiosk on the console (console log: $log)"
used=$(awk '$1 == "MemTotal:" { total = $2 } $1 == "MemAvailable:" { available = $2 }
  END { printf "%d MiB used of %d MiB", (total - available) / 1024 + 0.5, total / 1024 + 0.5 }' "$work/memory")
echo "== memory once the wall shows its document ($memory_mb MiB machine)"
echo "   kiosk: PSS $kiosk_pss MiB, RSS $kiosk_rss MiB"
echo "   system: $used (MemTotal - MemAvailable)"
