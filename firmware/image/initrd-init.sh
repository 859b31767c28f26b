#!/bin/sh
# /init of the small initrd that boots the half-made arm64 root inside
# qemu-system-aarch64 -M virt for the image's second stage (make-stage2-initrd.sh
# builds it). Debian's arm64 kernel has virtio-blk, virtio-pci and ext4 as modules,
# and the root has no initramfs yet, so this loads them, mounts /dev/vda and hands
# over to the script named by hgw.init= on the kernel command line.
# busybox (static, arm64) provides every command here.
PATH=/bin
export PATH

fail() {
  echo "HGW-STAGE2-FAILED: $*"
  sleep 2
  # panic=-1 on the command line turns the end of PID 1 into a reboot, and qemu's
  # -no-reboot into an exit: the host sees the marker and stops.
  exit 1
}

mkdir -p /proc /sys /dev /newroot
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev

# modules.order lists the modules in dependency order (make-stage2-initrd.sh).
while read -r module; do
  insmod "/modules/$module" || fail "insmod $module"
done </modules.order

next=
read -r cmdline </proc/cmdline
for word in $cmdline; do
  case "$word" in
    hgw.init=*) next=${word#hgw.init=} ;;
  esac
done
[ -n "$next" ] || fail "no hgw.init= on the kernel command line"

tries=0
until [ -b /dev/vda ]; do
  tries=$((tries + 1))
  [ "$tries" -le 50 ] || fail "/dev/vda did not appear (virtio-blk)"
  sleep 0.2
done
mount -t ext4 -o rw /dev/vda /newroot || fail "mount /dev/vda (ext4)"
[ -x "/newroot$next" ] || fail "$next is missing or not executable in the root"

mount --move /dev /newroot/dev 2>/dev/null || mkdir -p /newroot/dev
umount /proc /sys
exec switch_root /newroot "$next"
