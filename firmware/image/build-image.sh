#!/bin/sh
# Builds the HGW Dashboard SD-card image for the Raspberry Pi 3 and 4 (arm64) from
# Debian bookworm packages only, with Debian's own tools, on any amd64 machine:
# no binfmt handler, no loop device, nothing mounted on the host.
#
#   1. debootstrap --foreign (arm64) unpacks the root on the host and downloads
#      every package the image needs, the .deb's dependencies included.
#   2. The second stage (every maintainer script, dpkg -i of the project's .deb,
#      the initramfs, raspi-firmware's boot files) runs as arm64 inside
#      qemu-system-aarch64 -M virt, booted with a small initrd built here
#      (make-stage2-initrd.sh) on the root as an ext4 image (mkfs.ext4 -d).
#   3. genimage joins the FAT boot partition RASPIFIRM (made from a folder with
#      mtools), the root RASPIROOT and the data partition HGWDATA into one image.
#   4. check-image.sh inspects the result.
#
# Usage: build-image.sh [--out DIR] [--mirror URL] [--keep-work] HGW_DASHBOARD_ARM64_DEB
#        build-image.sh --check IMAGE        (the same as check-image.sh IMAGE)
#        build-image.sh --help
# Needs: root (debootstrap), about 10 GB free, network access to the Debian mirror,
# and the Debian packages debootstrap genimage qemu-system-arm e2fsprogs dosfstools
# mtools cpio kmod fdisk file, plus busybox-static:arm64 (downloaded with apt-get
# download; dpkg --add-architecture arm64 must have been done, as cross/install-deps.sh
# arm64 does). Takes 20-40 minutes on two idle cores, far longer on busy ones, most of it under emulation.
set -eu
# depmod, sfdisk, mkfs.* and debootstrap live in sbin, which a user's PATH may lack.
PATH=$PATH:/usr/sbin:/sbin
export PATH

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
image_name=hgw-dashboard-pi-arm64.img
suite=bookworm
mirror=http://deb.debian.org/debian
out_dir=$source_dir/out/image
keep_work=no
# Partition sizes in MiB. The root holds ~1.2 GB of packages (kernel modules,
# firmware, Mesa); it is read-only on the wall, so little headroom is needed.
boot_mb=256
root_mb=2048
data_mb=256
# ~10 minutes on an idle 2-core machine; more than an hour was seen with the two
# cores shared by other builds (load ~25).
stage2_timeout=${HGW_IMAGE_STAGE2_TIMEOUT:-14400}

# Everything the wall needs from Debian, besides the .deb's own dependencies: the
# kernel and the Pi's boot firmware, Wi-Fi firmware and wpa_supplicant, overlayroot,
# cec-ctl (v4l-utils), the network (systemd-networkd is in systemd; resolved and
# timesyncd are packages of their own in bookworm), TLS roots for https sources, and
# Mesa's EGL/GLES drivers, which SDL opens at run time (so shlibdeps cannot see them),
# and avahi-daemon, which answers for hgw-wall.local (mDNS): the name the wall's setup
# page gives for the editor beside its IP address (the .deb only recommends it, and
# debootstrap installs no recommends).
# dbus is named because debootstrap does not resolve virtual packages:
# systemd-resolved depends on "default-dbus-system-bus | dbus-system-bus", which
# nothing in the list provided, and its configuration failed five times.
packages="systemd-sysv udev kmod initramfs-tools busybox zstd dbus
linux-image-arm64 raspi-firmware firmware-brcm80211 wireless-regdb wpasupplicant
overlayroot v4l-utils fonts-dejavu-core
systemd-resolved systemd-timesyncd ca-certificates tzdata e2fsprogs dosfstools avahi-daemon
libegl1 libgles2 libegl-mesa0 libgbm1 libgl1-mesa-dri"

usage() {
  cat <<EOF
usage: $0 [--out DIR] [--mirror URL] [--keep-work] HGW_DASHBOARD_ARM64_DEB
       $0 --check IMAGE
Builds $image_name (Raspberry Pi 3/4, Debian $suite arm64) in DIR
(default: $out_dir) from the project's arm64 package, e.g.
  cmake -S . -B build-arm64 -G Ninja -DCMAKE_TOOLCHAIN_FILE=cross/toolchain-aarch64-linux-gnu.cmake \\
    -DCMAKE_BUILD_TYPE=Release && cmake --build build-arm64 && (cd build-arm64 && cpack)
  sudo $0 build-arm64/hgw-dashboard_*_arm64.deb
Needs root, ~10 GB free, the Debian mirror ($mirror), and the packages
debootstrap genimage qemu-system-arm e2fsprogs dosfstools mtools cpio kmod fdisk file.
Environment: HGW_IMAGE_STAGE2_TIMEOUT (seconds for the emulated second stage,
default 14400).
EOF
}
die() {
  echo "build-image: $*" >&2
  exit 1
}

deb=
while [ $# -gt 0 ]; do
  case "$1" in
    --help | -h) usage; exit 0 ;;
    --check)
      [ $# -eq 2 ] || die "--check takes one argument, the image"
      exec "$here/check-image.sh" "$2"
      ;;
    --out) [ $# -ge 2 ] || die "--out needs a folder"; out_dir=$2; shift 2 ;;
    --mirror) [ $# -ge 2 ] || die "--mirror needs a URL"; mirror=$2; shift 2 ;;
    --keep-work) keep_work=yes; shift ;;
    -*) usage >&2; exit 2 ;;
    *) [ -z "$deb" ] || die "one .deb only (got $deb and $1)"; deb=$1; shift ;;
  esac
done
[ -n "$deb" ] || { usage >&2; exit 2; }

# --- What the build needs, checked before anything takes time ---------------------
missing=
for tool in debootstrap genimage qemu-system-aarch64 mkfs.ext4 debugfs e2fsck mkfs.vfat \
  mcopy dpkg-deb apt-get cpio gzip depmod modprobe file tar sfdisk timeout; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
[ -z "$missing" ] || die "missing tools:$missing
  install: apt-get install debootstrap genimage qemu-system-arm e2fsprogs dosfstools mtools cpio kmod fdisk file"
[ "$(id -u)" -eq 0 ] || die "run as root: debootstrap creates device nodes and files owned by other users"
[ -f "$deb" ] || die "$deb: no such file (build it with cpack in an arm64 cross build, see --help)"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
[ "$(dpkg-deb -f "$deb" Package 2>/dev/null)" = hgw-dashboard ] || die "$deb is not the hgw-dashboard package"
deb_arch=$(dpkg-deb -f "$deb" Architecture)
[ "$deb_arch" = arm64 ] || die "$deb is for $deb_arch; the Pi image needs the arm64 package"
dpkg --print-foreign-architectures | grep -qx arm64 ||
  die "arm64 is not a foreign architecture here (needed for busybox-static:arm64): dpkg --add-architecture arm64 && apt-get update"
qemu-system-aarch64 -machine help | grep -q '^virt ' || die "qemu-system-aarch64 has no 'virt' machine"
mkdir -p "$out_dir"
free_kb=$(df -Pk "$out_dir" | awk 'NR == 2 { print $4 }')
[ "$free_kb" -ge $((10 * 1024 * 1024)) ] || die "$out_dir: $((free_kb / 1024)) MiB free, the build needs about 10 GB"
for file in "$source_dir/firmware/hgw-dashboard.conf" "$here/boot/wpa_supplicant.conf" \
  "$here/stage2-init.sh" "$here/genimage.cfg.in" "$here/make-stage2-initrd.sh"; do
  [ -f "$file" ] || die "$file is missing from the source tree"
done

# The .deb's Depends, first alternative, without versions: debootstrap downloads them
# (and what they depend on) in the first stage, since the emulated machine has no
# network.
deb_depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/[[:space:]]//g' |
  grep -v '^$' | tr '\n' ' ')
include=$(echo "$packages $deb_depends" | tr -s ' \n' ',' | sed 's/^,//; s/,$//')

work=$out_dir/work
root=$work/root
started=$(date +%s)
phase_started=$started
timings=""
phase_done() {
  now=$(date +%s)
  timings="$timings  $1: $((now - phase_started)) s
"
  echo "== $1 done in $((now - phase_started)) s"
  phase_started=$now
}
rm -rf "$work" "${out_dir:?}/$image_name"
mkdir -p "$work"
cleanup() {
  if [ "$keep_work" = no ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

# --- 1. First stage on the host ---------------------------------------------------
echo "== debootstrap --foreign $suite arm64 from $mirror"
echo "   packages: $include"
# The downloaded packages are kept in DIR/debootstrap-cache for the next build
# (debootstrap checks each against the mirror's checksums before using it).
mkdir -p "$out_dir/debootstrap-cache"
debootstrap --foreign --arch=arm64 --variant=minbase --components=main,non-free-firmware \
  --cache-dir="$out_dir/debootstrap-cache" --include="$include" "$suite" "$root" "$mirror" ||
  die "debootstrap (first stage) failed"
# The first stage may leave /proc as a link to the host's /proc.
if [ -L "$root/proc" ]; then rm "$root/proc" && mkdir "$root/proc"; fi
phase_done "first stage (debootstrap --foreign)"

# --- 2. What the second stage installs and copies --------------------------------
payload=$root/var/tmp/hgw-image
mkdir -p "$payload/rootfs"
cp "$deb" "$payload/hgw-dashboard.deb"
cp "$here/stage2-init.sh" "$payload/stage2-init.sh"
chmod 755 "$payload/stage2-init.sh"
cp -a "$here/rootfs/." "$payload/rootfs/"
# The device system from firmware/ as it is at build time, unless the .deb ships it:
# raspi-firmware's documented additions to config.txt and cmdline.txt, and the
# systemd drop-ins (journald in RAM, the hardware watchdog).
deb_files=$(dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|')
add_firmware_file() { # SOURCE DESTINATION
  # The package may install the same file elsewhere (a vendor drop-in under
  # /usr/lib/systemd/...): compare the last two parts of the path.
  if echo "$deb_files" | grep -q "/$(basename "$(dirname "$2")")/$(basename "$2")\$"; then
    echo "   $2: the package has it ($(echo "$deb_files" | grep "/$(basename "$2")\$" | head -n 1))"
  else
    mkdir -p "$payload/rootfs$(dirname "$2")"
    cp "$1" "$payload/rootfs$2"
    echo "   $2: from ${1#"$source_dir"/}"
  fi
}
for name in raspi-firmware-custom raspi-extra-cmdline; do
  [ -f "$source_dir/firmware/raspi/$name" ] ||
    die "firmware/raspi/$name is missing: the boot configuration comes from there"
  add_firmware_file "$source_dir/firmware/raspi/$name" "/etc/default/$name"
done
grep -q 'overlayroot=' "$source_dir/firmware/raspi/raspi-extra-cmdline" ||
  die "firmware/raspi/raspi-extra-cmdline has no overlayroot=: the root would not be read-only"
for dropin in "$source_dir"/firmware/systemd/*.conf.d/*.conf; do
  [ -f "$dropin" ] || continue
  add_firmware_file "$dropin" "/etc/systemd/${dropin#"$source_dir"/firmware/systemd/}"
done
# Needed before the second stage: the initramfs is built there, twice, and with
# MODULES=most each build takes ~14 minutes under emulation; raspi-firmware's hook
# writes cmdline.txt from these files.
cp -a "$payload/rootfs/etc/initramfs-tools" "$root/etc/"
mkdir -p "$root/usr/share/initramfs-tools"
cp -a "$payload/rootfs/usr/share/initramfs-tools/." "$root/usr/share/initramfs-tools/"
mkdir -p "$root/etc/default"
cp "$payload/rootfs/etc/default/raspi-firmware-custom" "$payload/rootfs/etc/default/raspi-extra-cmdline" \
  "$root/etc/default/"

# --- 3. The kernel and the small initrd that boot the second stage ---------------
kernel_deb=$(find "$root/var/cache/apt/archives" -name "linux-image-[0-9]*-arm64_*.deb" | head -n 1)
[ -n "$kernel_deb" ] || die "the first stage downloaded no linux-image-*-arm64 package"
mkdir -p "$work/kernel"
dpkg-deb --fsys-tarfile "$kernel_deb" | tar -x -C "$work/kernel" --wildcards './boot/vmlinuz-*'
kernel=$(ls "$work"/kernel/boot/vmlinuz-*)
(cd "$work" && apt-get download -q busybox-static:arm64) || die "apt-get download busybox-static:arm64 failed"
"$here/make-stage2-initrd.sh" "$kernel_deb" "$work"/busybox-static_*_arm64.deb "$work/stage2-initrd.cpio.gz"

mkfs.ext4 -q -F -L RASPIROOT -d "$root" "$work/root.ext4" "${root_mb}M" ||
  die "mkfs.ext4 of the root failed (is ${root_mb} MiB too small? $(du -sm "$root" | cut -f1) MiB so far)"
truncate -s 512M "$work/boot-files.tar"
phase_done "root image and stage-2 initrd"

# --- 4. Second stage inside qemu-system-aarch64 -----------------------------------
echo "== second stage under qemu-system-aarch64 (log: $work/stage2.log; up to $stage2_timeout s)"
timeout "$stage2_timeout" qemu-system-aarch64 -M virt -accel tcg,thread=multi -cpu cortex-a57 \
  -smp 2 -m 2048 -nographic -no-reboot -nic none \
  -kernel "$kernel" -initrd "$work/stage2-initrd.cpio.gz" \
  -append "console=ttyAMA0 panic=-1 hgw.init=/var/tmp/hgw-image/stage2-init.sh" \
  -drive "file=$work/root.ext4,format=raw,if=virtio" \
  -drive "file=$work/boot-files.tar,format=raw,if=virtio" \
  </dev/null 2>&1 | tee "$work/stage2.log" | grep --line-buffered -E '^(== stage 2|HGW-STAGE2|Setting up linux-image|update-initramfs|E: |dpkg: error)' || true
grep -q '^HGW-STAGE2-OK' "$work/stage2.log" || {
  tail -n 40 "$work/stage2.log" >&2
  keep_work=yes
  die "the second stage did not finish (HGW-STAGE2-OK missing; whole log kept in $work/stage2.log)"
}
phase_done "second stage (qemu)"

# --- 5. The partitions ------------------------------------------------------------
e2fsck -fy "$work/root.ext4" >/dev/null || [ $? -le 1 ] || die "e2fsck of the root failed"
fat=$work/boot
mkdir -p "$fat"
tar -x -f "$work/boot-files.tar" -C "$fat" --no-same-owner || die "the boot files did not come out of the second stage"
cp "$source_dir/firmware/hgw-dashboard.conf" "$fat/hgw-dashboard.conf"
cp "$here/boot/wpa_supplicant.conf" "$fat/wpa_supplicant.conf"
for file in config.txt cmdline.txt; do
  [ -f "$fat/$file" ] || die "raspi-firmware left no $file"
done

# The cache folder belongs to the kiosk's user from the start (systemd would fix
# the owner too, but a fresh card should not depend on that).
user_line=$(debugfs -R "cat /etc/passwd" "$work/root.ext4" 2>/dev/null | grep '^hgw-dashboard:') ||
  die "the root has no hgw-dashboard user: the package's postinst did not run"
uid=$(echo "$user_line" | cut -d: -f3)
gid=$(echo "$user_line" | cut -d: -f4)
mkdir -p "$work/data/dashboard-cache" "$work/data/board" "$work/data/timesync"
chown "$uid:$gid" "$work/data/dashboard-cache"
chmod 750 "$work/data/dashboard-cache"
# The Pi has no clock battery. systemd-timesyncd keeps the time of its last sync in
# /var/lib/systemd/timesync/clock and starts the clock from there at boot; on the
# read-only root that file would be gone at every boot, so it lives here.
timesync_line=$(debugfs -R "cat /etc/passwd" "$work/root.ext4" 2>/dev/null | grep '^systemd-timesync:') ||
  die "the root has no systemd-timesync user (package systemd-timesyncd)"
chown "$(echo "$timesync_line" | cut -d: -f3):$(echo "$timesync_line" | cut -d: -f4)" "$work/data/timesync"
mkfs.ext4 -q -F -L HGWDATA -d "$work/data" "$work/data.ext4" "${data_mb}M"

mkdir -p "$work/empty" "$work/genimage-tmp"
sed -e "s|@BOOT_DIR@|$fat|" -e "s|@BOOT_MB@|$boot_mb|" -e "s|@IMAGE_NAME@|$image_name|" \
  "$here/genimage.cfg.in" >"$work/genimage.cfg"
genimage --config "$work/genimage.cfg" --inputpath "$work" --outputpath "$work" \
  --rootpath "$work/empty" --tmppath "$work/genimage-tmp" || die "genimage failed"
mv "$work/$image_name" "$out_dir/$image_name"
phase_done "partitions and genimage"

# --- 6. Check ---------------------------------------------------------------------
"$here/check-image.sh" "$out_dir/$image_name" || die "the built image fails check-image.sh"
phase_done "check"

echo "== $out_dir/$image_name"
echo "   size: $(du -m --apparent-size "$out_dir/$image_name" | cut -f1) MiB" \
  "($(du -m "$out_dir/$image_name" | cut -f1) MiB allocated; partitions: FAT ${boot_mb}, root ${root_mb}, data ${data_mb} MiB)"
echo "   built in $(($(date +%s) - started)) s"
printf '%s' "$timings"
echo "   write it to an SD card: dd if=$out_dir/$image_name of=/dev/sdX bs=4M conv=fsync"
