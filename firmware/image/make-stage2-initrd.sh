#!/bin/sh
# Builds the small initrd that boots the image's half-made root inside
# qemu-system-aarch64 for the second stage: busybox (static, arm64) from its Debian
# package, the virtio-blk, virtio-pci and ext4 modules (with their dependencies)
# from the kernel's Debian package, and initrd-init.sh as /init. Nothing is run as
# arm64 on the host: the modules' dependencies are read with the host's depmod and
# modprobe --show-depends.
#
# Usage: make-stage2-initrd.sh KERNEL_DEB BUSYBOX_STATIC_DEB OUT.cpio.gz
set -eu
# depmod, sfdisk, mkfs.* and debootstrap live in sbin, which a user's PATH may lack.
PATH=$PATH:/usr/sbin:/sbin
export PATH

die() {
  echo "make-stage2-initrd: $*" >&2
  exit 1
}

[ $# -eq 3 ] || die "usage: $0 KERNEL_DEB BUSYBOX_STATIC_DEB OUT.cpio.gz"
kernel_deb=$1
busybox_deb=$2
out=$3
here=$(cd "$(dirname "$0")" && pwd)
for tool in dpkg-deb depmod modprobe cpio gzip; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool not found (Debian packages dpkg, kmod, cpio, gzip)"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$kernel_deb" "$work/kernel"
dpkg-deb -x "$busybox_deb" "$work/busybox"
version=$(ls "$work/kernel/lib/modules")
[ -n "$version" ] || die "$kernel_deb has no /lib/modules/VERSION"
depmod -b "$work/kernel" "$version"

tree=$work/tree
mkdir -p "$tree/bin" "$tree/modules" "$tree/proc" "$tree/sys" "$tree/dev" "$tree/newroot"
cp "$work/busybox/bin/busybox" "$tree/bin/busybox"
file -b "$tree/bin/busybox" | grep -q "ARM aarch64" || die "$busybox_deb does not hold an aarch64 busybox"
for applet in sh mount umount mkdir insmod sleep cat switch_root echo; do
  ln -s busybox "$tree/bin/$applet"
done
cp "$here/initrd-init.sh" "$tree/init"
chmod 755 "$tree/init"

: >"$tree/modules.order"
for wanted in virtio_pci virtio_blk ext4; do
  modprobe -d "$work/kernel" -S "$version" --show-depends "$wanted" |
    sed -n 's/^insmod //p' | while read -r path _; do
    name=$(basename "$path")
    grep -qx "$name" "$tree/modules.order" && continue
    case "$name" in
      *.xz) xz -dc "$path" >"$tree/modules/${name%.xz}"; name=${name%.xz} ;;
      *) cp "$path" "$tree/modules/$name" ;;
    esac
    echo "$name" >>"$tree/modules.order"
  done
done
[ -s "$tree/modules.order" ] || die "no module found for virtio_pci, virtio_blk, ext4 in $kernel_deb"

(cd "$tree" && find . | cpio -o -H newc --quiet) | gzip -9 >"$out"
echo "make-stage2-initrd: $out ($(wc -l <"$tree/modules.order") modules from $version)"
