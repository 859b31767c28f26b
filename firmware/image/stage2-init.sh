#!/bin/sh
# The image's second stage, run as PID 1 (init=) inside qemu-system-aarch64 -M virt
# on the half-made arm64 root: every maintainer script runs as arm64 in the emulated
# machine, none on the host (no binfmt handler). build-image.sh copies this file and
# its payload to /var/tmp/hgw-image/ in the root and reads the console for the
# HGW-STAGE2-OK / HGW-STAGE2-FAILED marker.
#
# Drives: /dev/vda is the root (ext4), /dev/vdb receives a tar of /boot/firmware
# (raspi-firmware's kernel, initrd, DTBs, config.txt, cmdline.txt) for the host to
# put on the FAT partition; no FAT driver is needed in here.
PATH=/usr/sbin:/usr/bin:/sbin:/bin
export PATH
payload=/var/tmp/hgw-image

fail() {
  echo "HGW-STAGE2-FAILED: $*"
  sync
  exit 1
}
step() {
  echo "== stage 2: $* ($(cut -d' ' -f1 /proc/uptime) s)"
}

mountpoint -q /proc 2>/dev/null || mount -t proc proc /proc
mount -t sysfs sysfs /sys 2>/dev/null
[ -c /dev/null ] || mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts 2>/dev/null
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp 2>/dev/null
# raspi-firmware's hook copies the boot files to /boot/firmware and insists on a
# mounted file system there; a tmpfs is enough, its content leaves through /dev/vdb.
mkdir -p /boot/firmware
mount -t tmpfs tmpfs /boot/firmware || fail "tmpfs on /boot/firmware"

# raspi-firmware writes root= from ROOTPART into cmdline.txt.
ROOTPART=LABEL=RASPIROOT
export ROOTPART
DEBIAN_FRONTEND=noninteractive
export DEBIAN_FRONTEND

step "debootstrap --second-stage"
/debootstrap/debootstrap --second-stage || fail "debootstrap --second-stage (see the lines above)"
# debootstrap unmounts /proc when it is done.
mountpoint -q /proc || mount -t proc proc /proc

step "the project's package"
dpkg -i "$payload"/hgw-dashboard.deb || fail "dpkg -i hgw-dashboard.deb"

step "the image's files"
cp -a "$payload/rootfs/." / || fail "copying the image's files"
sed -i 's/^#\?ROOTPART=.*/ROOTPART=LABEL=RASPIROOT/' /etc/default/raspi-firmware
grep -q '^ROOTPART=LABEL=RASPIROOT$' /etc/default/raspi-firmware ||
  echo 'ROOTPART=LABEL=RASPIROOT' >>/etc/default/raspi-firmware
echo hgw-wall >/etc/hostname
ln -sf /usr/share/zoneinfo/Europe/Amsterdam /etc/localtime
echo Europe/Amsterdam >/etc/timezone
mkdir -p /var/lib/hgw-data /var/cache/hgw-dashboard /var/lib/systemd/timesync
# The same folders the data partition holds, on the root under its mount point: what
# the drop-ins (etc/systemd/system/*.service.d/hgw-data-partition.conf) bind when the
# partition is not mounted (late, or failed its check after a power cut). Without
# them the bind is skipped, and systemd then leaves the service's CacheDirectory
# or StateDirectory read-only too (the skipped bind replaces its read-write mount):
# a wall that could cache nothing. With them the cache lives in the overlay's RAM
# until the next boot.
install -d -o hgw-dashboard -g hgw-dashboard -m 0750 /var/lib/hgw-data/dashboard-cache
install -d -o systemd-timesync -g systemd-timesync -m 0755 /var/lib/hgw-data/timesync
# The board's state is bound onto /var/lib/private/hgw-board (see etc/fstab);
# systemd wants /var/lib/private to be root's alone.
install -d -m 0700 /var/lib/private
mkdir -p /var/lib/private/hgw-board
# Wi-Fi: wpa_supplicant@wlan0 reads the school's settings from the boot partition.
mkdir -p /etc/wpa_supplicant
ln -sf /boot/firmware/wpa_supplicant.conf /etc/wpa_supplicant/wpa_supplicant-wlan0.conf
# nginx's own default site answers on port 80 with its welcome page: one more open
# port on the school network that serves nothing. The wall's only front is the
# board's, on 8443 (firmware/nginx/hgw-board.conf).
rm -f /etc/nginx/sites-enabled/default

step "services"
# avahi-daemon publishes the host name (hgw-wall, above) as hgw-wall.local.
systemctl enable systemd-networkd.service systemd-resolved.service \
  systemd-timesyncd.service avahi-daemon.service || fail "systemctl enable"
# wpa_supplicant@wlan0 starts when wlan0 appears, not with multi-user.target:
# enabled there, a Pi without a working wlan0 held network.target, and with it the
# board and the wall, for the device's 90 s timeout (seen under qemu, which has no
# wlan0).
mkdir -p /etc/systemd/system/sys-subsystem-net-devices-wlan0.device.wants
ln -sf /lib/systemd/system/wpa_supplicant@.service \
  /etc/systemd/system/sys-subsystem-net-devices-wlan0.device.wants/wpa_supplicant@wlan0.service
# The D-Bus flavour of wpa_supplicant (for NetworkManager) has no D-Bus here.
systemctl disable wpa_supplicant.service || true
# The root is read-only: nothing for apt's timers to do on the wall.
systemctl mask apt-daily.timer apt-daily-upgrade.timer || fail "systemctl mask"
systemctl is-enabled hgw-dashboard.service || fail "hgw-dashboard.service is not enabled"

step "initramfs (MODULES=list) and the boot files"
update-initramfs -u -k all || fail "update-initramfs"
ls /boot/firmware/cmdline.txt /boot/firmware/config.txt >/dev/null ||
  fail "raspi-firmware wrote no cmdline.txt/config.txt to /boot/firmware"
cat /boot/firmware/cmdline.txt

step "clean up"
apt-get clean
rm -rf "$payload" /var/lib/apt/lists/* /var/log/*.log /var/cache/debconf/*-old
# A fresh machine-id on the first boot (the root is read-only, so on every boot).
: >/etc/machine-id
rm -f /var/lib/dbus/machine-id

step "boot files out through /dev/vdb"
tar -C /boot/firmware -cf /dev/vdb . || fail "tar of /boot/firmware to /dev/vdb"
umount /boot/firmware
sync
echo "HGW-STAGE2-OK"
umount /tmp /run 2>/dev/null
mount -o remount,ro / || sync
echo 1 >/proc/sys/kernel/sysrq
echo o >/proc/sysrq-trigger
sleep 30
