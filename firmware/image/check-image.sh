#!/bin/sh
# Inspects a built HGW Dashboard SD-card image without mounting anything: the
# partition table (sfdisk on the file), the FAT boot partition through mtools at its
# offset, the ext4 partitions through debugfs on copies taken out with dd.
#
# Usage: check-image.sh IMAGE        (also: build-image.sh --check IMAGE)
# Prints one line per check ("ok" or "FAIL") and exits 1 if any check failed.
# Needs: sfdisk (fdisk), mtools, e2fsprogs (debugfs), file. Runs as any user.
set -eu
# depmod, sfdisk, mkfs.* and debootstrap live in sbin, which a user's PATH may lack.
PATH=$PATH:/usr/sbin:/sbin
export PATH

die() {
  echo "check-image: $*" >&2
  exit 2
}
[ $# -eq 1 ] || die "usage: $0 IMAGE"
[ "$1" != --help ] || { echo "usage: $0 IMAGE   (inspects a built image, mounts nothing)"; exit 0; }
image=$1
[ -f "$image" ] || die "$image: no such file"
missing=
for tool in sfdisk mdir mcopy mlabel debugfs file dd; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
[ -z "$missing" ] || die "missing tools:$missing (apt-get install fdisk mtools e2fsprogs file)"
source_dir=$(cd "$(dirname "$0")/../.." && pwd)

failures=0
ok() { echo "ok    $*"; }
bad() {
  echo "FAIL  $*"
  failures=$((failures + 1))
}
check() { # DESCRIPTION COMMAND...
  description=$1
  shift
  if "$@" >/dev/null 2>&1; then ok "$description"; else bad "$description"; fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- Partition table --------------------------------------------------------------
sfdisk -d "$image" >"$work/table" 2>/dev/null || die "$image has no partition table sfdisk can read"
partition() { # N FIELD -> value (start and size in sectors, type in hex)
  sed -n "s|^.*$1 : ||p" "$work/table" | tr ',' '\n' | sed -n "s/^ *$2= *//p"
}
if [ "$(grep -c ' : start=' "$work/table")" -eq 3 ]; then ok "three partitions"; else bad "three partitions (found $(grep -c ' : start=' "$work/table"))"; fi
if grep -q '^label: dos' "$work/table"; then ok "MBR partition table (the Pi's firmware reads MBR)"; else bad "MBR partition table"; fi
for n in 1 2 3; do
  eval "start$n=\$(partition $n start)"
  eval "size$n=\$(partition $n size)"
  eval "type$n=\$(partition $n type)"
done
if [ "${type1:-}" = c ]; then ok "partition 1 is FAT32 LBA (type c)"; else bad "partition 1 is FAT32 LBA (type ${type1:-none})"; fi
if sed -n 's|^.*1 : ||p' "$work/table" | grep -q bootable; then ok "partition 1 is marked bootable"; else bad "partition 1 is marked bootable"; fi
if [ $((${start1:-1} % 8192)) -eq 0 ]; then ok "partition 1 starts on a 4 MiB boundary"; else bad "partition 1 starts on a 4 MiB boundary"; fi

# --- FAT boot partition (mtools at an offset: IMAGE@@BYTES) ------------------------
fat="$image@@$((start1 * 512))"
label=$(mlabel -s -i "$fat" :: 2>/dev/null | sed -n 's/^ *Volume label is \([^ ]*\).*/\1/p')
if [ "$label" = RASPIFIRM ]; then ok "partition 1 label RASPIFIRM"; else bad "partition 1 label RASPIFIRM (got '$label')"; fi
mdir -b -i "$fat" :: 2>/dev/null | sed 's|^::/||' >"$work/fat-files" || bad "mdir of the FAT partition"
has_fat_file() { grep -qx "$1" "$work/fat-files"; }
for file in config.txt cmdline.txt hgw-dashboard.conf wpa_supplicant.conf bootcode.bin start.elf \
  start4.elf fixup.dat fixup4.dat bcm2837-rpi-3-b.dtb bcm2837-rpi-3-b-plus.dtb \
  bcm2837-rpi-3-a-plus.dtb bcm2837-rpi-zero-2-w.dtb bcm2711-rpi-4-b.dtb bcm2711-rpi-400.dtb; do
  check "boot file $file" has_fat_file "$file"
done
mcopy -n -i "$fat" ::config.txt ::cmdline.txt ::hgw-dashboard.conf "$work/" 2>/dev/null || true
kernel=$(sed -n 's/^kernel=//p' "$work/config.txt" 2>/dev/null | head -n 1)
initrd=$(sed -n 's/^initramfs \([^ ]*\).*/\1/p' "$work/config.txt" 2>/dev/null | head -n 1)
if [ -n "$kernel" ] && has_fat_file "$kernel"; then ok "config.txt's kernel ($kernel) is on the FAT"; else bad "config.txt's kernel= names a file on the FAT (${kernel:-none})"; fi
if [ -n "$initrd" ] && has_fat_file "$initrd"; then ok "config.txt's initramfs ($initrd) is on the FAT"; else bad "config.txt's initramfs names a file on the FAT (${initrd:-none})"; fi
check "config.txt: arm_64bit=1" grep -q '^arm_64bit=1' "$work/config.txt"
check "config.txt: dtoverlay=vc4-kms-v3d (firmware/raspi/raspi-firmware-custom)" \
  grep -q '^dtoverlay=vc4-kms-v3d' "$work/config.txt"
check "cmdline.txt: root=LABEL=RASPIROOT" grep -q 'root=LABEL=RASPIROOT' "$work/cmdline.txt"
check "cmdline.txt: overlayroot=tmpfs:recurse=0" grep -q 'overlayroot=tmpfs:recurse=0' "$work/cmdline.txt"
check "cmdline.txt: transparent_hugepage=never" grep -q 'transparent_hugepage=never' "$work/cmdline.txt"
if [ -f "$source_dir/firmware/hgw-dashboard.conf" ]; then
  check "hgw-dashboard.conf on the FAT is firmware/hgw-dashboard.conf" \
    cmp "$work/hgw-dashboard.conf" "$source_dir/firmware/hgw-dashboard.conf"
else
  check "hgw-dashboard.conf on the FAT has a [source] section" grep -q '^\[source\]' "$work/hgw-dashboard.conf"
fi

# --- ext4 partitions (copied out with dd; debugfs reads the copies) -------------
extract() { # N OUT
  eval "dd if=\"\$image\" of=\"\$2\" bs=512 skip=\$start$1 count=\$size$1 conv=sparse status=none"
}
in_root() { debugfs -R "$1" "$work/root.ext4" 2>/dev/null; }
extract 2 "$work/root.ext4"
extract 3 "$work/data.ext4"
root_label=$(debugfs -R stats "$work/root.ext4" 2>/dev/null | sed -n 's/^Filesystem volume name: *//p')
data_label=$(debugfs -R stats "$work/data.ext4" 2>/dev/null | sed -n 's/^Filesystem volume name: *//p')
if [ "$root_label" = RASPIROOT ]; then ok "partition 2 label RASPIROOT (ext4)"; else bad "partition 2 label RASPIROOT (got '$root_label')"; fi
if [ "$data_label" = HGWDATA ]; then ok "partition 3 label HGWDATA (ext4)"; else bad "partition 3 label HGWDATA (got '$data_label')"; fi

in_root "dump /usr/bin/hgw-dashboard $work/hgw-dashboard" >/dev/null
if [ -s "$work/hgw-dashboard" ] && file -b "$work/hgw-dashboard" | grep -q 'ELF 64-bit.*ARM aarch64'; then
  ok "/usr/bin/hgw-dashboard is an aarch64 executable"
else
  bad "/usr/bin/hgw-dashboard is an aarch64 executable ($(file -b "$work/hgw-dashboard" 2>/dev/null || echo missing))"
fi
if in_root "stat /lib/systemd/system/hgw-dashboard.service" | grep -q 'Type: regular'; then ok "/lib/systemd/system/hgw-dashboard.service"; else bad "/lib/systemd/system/hgw-dashboard.service"; fi
wants=$(in_root "stat /etc/systemd/system/multi-user.target.wants/hgw-dashboard.service")
if echo "$wants" | grep -q 'Type: symlink' && echo "$wants" | grep -q 'hgw-dashboard.service"'; then ok "hgw-dashboard.service enabled (symlink in multi-user.target.wants)"; else bad "hgw-dashboard.service enabled (symlink in multi-user.target.wants)"; fi
in_root "cat /etc/passwd" >"$work/passwd"
check "user hgw-dashboard exists" grep -q '^hgw-dashboard:' "$work/passwd"
in_root "cat /etc/group" >"$work/group"
for group in video render input; do
  check "hgw-dashboard is in group $group" grep -Eq "^$group:.*[:,]hgw-dashboard(,|$)" "$work/group"
done
in_root "cat /etc/fstab" >"$work/fstab"
check "fstab mounts LABEL=HGWDATA" grep -q '^LABEL=HGWDATA' "$work/fstab"
check "fstab binds the data partition to /var/lib/private/hgw-board (DynamicUser's state)" \
  grep -q ' /var/lib/private/hgw-board ' "$work/fstab"
# The kiosk's cache and timesyncd's clock are bound by drop-ins, never by fstab: a
# mount on a CacheDirectory=/StateDirectory= path is a hard requirement of the unit.
if grep -Eq ' /var/cache/hgw-dashboard | /var/lib/systemd/timesync ' "$work/fstab"; then
  bad "fstab leaves the kiosk's cache and timesyncd's clock to the drop-ins"
else
  ok "fstab leaves the kiosk's cache and timesyncd's clock to the drop-ins"
fi
for dropin in hgw-dashboard.service.d/hgw-data-partition.conf:/var/cache/hgw-dashboard \
  systemd-timesyncd.service.d/hgw-data-partition.conf:/var/lib/systemd/timesync; do
  file=/etc/systemd/system/${dropin%%:*}
  if in_root "cat $file" | grep -q "^BindPaths=-/var/lib/hgw-data/.*:${dropin#*:}$"; then
    ok "$file binds the data partition to ${dropin#*:} when it is there"
  else
    bad "$file binds the data partition to ${dropin#*:} when it is there"
  fi
done
if in_root "stat /etc/wpa_supplicant/wpa_supplicant-wlan0.conf" | grep -q '/boot/firmware/wpa_supplicant.conf'; then ok "wpa_supplicant-wlan0.conf links to the boot partition"; else bad "wpa_supplicant-wlan0.conf links to the boot partition"; fi
if in_root "stat /etc/nginx/conf.d/hgw-board.conf" | grep -q 'Type: regular'; then ok "nginx serves the board's front (conf.d/hgw-board.conf)"; else bad "nginx serves the board's front (conf.d/hgw-board.conf)"; fi
if in_root "stat /etc/nginx/sites-enabled/default" | grep -q 'Type:'; then
  bad "nginx's default site is disabled (it would listen on port 80)"
else
  ok "nginx's default site is disabled (it would listen on port 80)"
fi
# networkd is wanted by multi-user.target, resolved and timesyncd by sysinit.target.
enabled_in() {
  in_root "stat /etc/systemd/system/multi-user.target.wants/$1" | grep -q 'Type: symlink' ||
    in_root "stat /etc/systemd/system/sysinit.target.wants/$1" | grep -q 'Type: symlink'
}
for unit in systemd-networkd.service systemd-resolved.service systemd-timesyncd.service \
  hgw-board.service avahi-daemon.service; do
  check "$unit enabled" enabled_in "$unit"
done
# avahi answers for the host name under .local: the setup page's https://hgw-wall.local:8443/.
if [ "$(in_root "cat /etc/hostname")" = hgw-wall ]; then ok "host name hgw-wall (hgw-wall.local by avahi)"; else bad "host name hgw-wall (got '$(in_root "cat /etc/hostname")')"; fi
# Wi-Fi starts with the wlan0 device, so nothing waits for a Wi-Fi chip that is not there.
if in_root "stat /etc/systemd/system/sys-subsystem-net-devices-wlan0.device.wants/wpa_supplicant@wlan0.service" |
  grep -q 'Type: symlink'; then
  ok "wpa_supplicant@wlan0.service starts with the wlan0 device"
else
  bad "wpa_supplicant@wlan0.service starts with the wlan0 device"
fi
if in_root "stat /etc/systemd/system/multi-user.target.wants/wpa_supplicant@wlan0.service" | grep -q 'Type: symlink'; then
  bad "wpa_supplicant@wlan0.service is not in multi-user.target.wants (it would hold the boot without wlan0)"
fi
for path in /usr/bin/cec-ctl /usr/sbin/wpa_supplicant /usr/sbin/overlayroot-chroot \
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /etc/default/raspi-firmware-custom \
  /etc/default/raspi-extra-cmdline; do
  if in_root "stat $path" | grep -q 'Type: regular'; then ok "$path"; else bad "$path"; fi
done
if in_root "ls -p /lib/firmware/brcm" | grep -q 'brcmfmac43455'; then ok "Wi-Fi firmware (brcmfmac, Pi 3B+/4)"; else bad "Wi-Fi firmware (brcmfmac, Pi 3B+/4)"; fi
# The device system's drop-ins from firmware/systemd (journald in RAM, watchdog),
# which the package installs under /usr/lib/systemd.
for dropin in /usr/lib/systemd/journald.conf.d/hgw-dashboard.conf \
  /usr/lib/systemd/system.conf.d/hgw-dashboard-watchdog.conf; do
  if in_root "stat $dropin" | grep -q 'Type: regular'; then ok "$dropin"; else bad "$dropin"; fi
done

# Each folder of the data partition belongs to the user of the service it is bound
# into; the same folders on the root under the mount point are what the drop-ins bind
# when the partition is not mounted (missing, the bind is skipped and systemd leaves
# the cache, or the clock file's folder, read-only).
owner_in() { debugfs -R "stat $2" "$1" 2>/dev/null | sed -n 's/.*User: *\([0-9]*\).*/\1/p'; }
for folder in dashboard-cache:hgw-dashboard timesync:systemd-timesync; do
  name=${folder%%:*}
  user=${folder#*:}
  user_id=$(sed -n "s/^$user:[^:]*:\([0-9]*\):.*/\1/p" "$work/passwd")
  owner=$(owner_in "$work/data.ext4" "/$name")
  if [ -n "$user_id" ] && [ "$owner" = "$user_id" ]; then ok "data partition: $name owned by $user ($user_id)"; else bad "data partition: $name owned by $user (owner ${owner:-none}, user ${user_id:-none})"; fi
  owner=$(owner_in "$work/root.ext4" "/var/lib/hgw-data/$name")
  if [ -n "$user_id" ] && [ "$owner" = "$user_id" ]; then ok "root: /var/lib/hgw-data/$name for when the data partition is missing (owner $owner)"; else bad "root: /var/lib/hgw-data/$name for when the data partition is missing (owner ${owner:-none}, want ${user_id:-none})"; fi
done

# --- Sizes ------------------------------------------------------------------------
echo "image: $(du -m --apparent-size "$image" | cut -f1) MiB ($(du -m "$image" | cut -f1) MiB allocated)"
for n in 1 2 3; do
  eval "echo \"  partition $n: type \$type$n, start \$((start$n / 2048)) MiB, size \$((size$n / 2048)) MiB\""
done
echo "  root: $(debugfs -R stats "$work/root.ext4" 2>/dev/null |
  awk -F: '/^Block count/ { total = $2 } /^Free blocks/ { free = $2 } /^Block size/ { bs = $2 }
  END { printf "%d of %d MiB used", (total - free) * bs / 1048576, total * bs / 1048576 }')"
echo "  boot: $(mdir -i "$fat" :: 2>/dev/null | grep 'bytes free' | sed 's/^ *//')"

if [ "$failures" -gt 0 ]; then
  echo "check-image: $failures check(s) failed" >&2
  exit 1
fi
echo "check-image: all checks passed"
