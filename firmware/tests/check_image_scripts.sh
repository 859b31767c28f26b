#!/bin/sh
# CI-time checks of the image scripts in firmware/image/ (the image build and the
# qemu boot take 20+ minutes and are run by hand): each prints its usage, the build
# fails early with a clear message when given nothing usable, and the partition
# labels agree between the build, genimage's config and the image's fstab.
# Usage: check_image_scripts.sh FIRMWARE_DIR
set -u
[ $# -eq 1 ] || { echo "usage: $0 FIRMWARE_DIR" >&2; exit 2; }
image_dir=$1/image
failures=0
fail() {
  echo "check_image_scripts: $*" >&2
  failures=$((failures + 1))
}
out=$(mktemp)
out_dir=$(mktemp -d)
trap 'rm -rf "$out" "$out_dir"' EXIT

for script in build-image.sh check-image.sh boot-test.sh bench-console.sh; do
  if ! sh "$image_dir/$script" --help >"$out" 2>&1; then
    fail "$script --help exited with an error: $(cat "$out")"
  elif ! grep -q '^usage: ' "$out"; then
    fail "$script --help printed no usage line"
  fi
done

status=0
sh "$image_dir/build-image.sh" >"$out" 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "build-image.sh without a .deb: exit $status, expected 2 (usage)"

# Whatever is missing first on this machine (tools, root, the file), the build must
# stop at once and say so, before any download.
status=0
sh "$image_dir/build-image.sh" --out "$out_dir" /nonexistent/hgw-dashboard_0_arm64.deb >"$out" 2>&1 || status=$?
if [ "$status" -ne 1 ]; then
  fail "build-image.sh with a missing .deb: exit $status, expected 1"
elif ! grep -Eq '^build-image: (missing tools:|run as root|/nonexistent/hgw-dashboard_0_arm64.deb: no such file)' "$out"; then
  fail "build-image.sh with a missing .deb said: $(cat "$out")"
fi

# The two qemu scripts share their command line (guest-boot.sh): a missing image is
# named, an unknown option is a usage error.
for script in boot-test bench-console; do
  status=0
  sh "$image_dir/$script.sh" --memory 512 /nonexistent.img >"$out" 2>&1 || status=$?
  if [ "$status" -ne 1 ] || ! grep -q "^$script: /nonexistent.img: no such file" "$out"; then
    fail "$script.sh on a missing image: exit $status: $(cat "$out")"
  fi
  status=0
  sh "$image_dir/$script.sh" --colour blue /nonexistent.img >"$out" 2>&1 || status=$?
  [ "$status" -eq 2 ] || fail "$script.sh with an unknown option: exit $status, expected 2 (usage)"
done

status=0
sh "$image_dir/check-image.sh" /nonexistent.img >"$out" 2>&1 || status=$?
if [ "$status" -ne 2 ] || ! grep -q '^check-image: /nonexistent.img: no such file' "$out"; then
  fail "check-image.sh on a missing image: exit $status: $(cat "$out")"
fi

# One set of labels: the kernel finds the root by LABEL=RASPIROOT (cmdline.txt), the
# fstab mounts all three by label, build-image.sh and genimage make them.
grep -q 'label = "RASPIFIRM"' "$image_dir/genimage.cfg.in" || fail "genimage.cfg.in does not label the FAT RASPIFIRM"
grep -q -- '-L RASPIROOT' "$image_dir/build-image.sh" || fail "build-image.sh does not label the root RASPIROOT"
grep -q -- '-L HGWDATA' "$image_dir/build-image.sh" || fail "build-image.sh does not label the data partition HGWDATA"
for label in RASPIFIRM RASPIROOT HGWDATA; do
  grep -q "^LABEL=$label " "$image_dir/rootfs/etc/fstab" || fail "the image's fstab does not mount LABEL=$label"
done

# A late or failed data partition must not keep a service from starting: a path a
# unit's CacheDirectory=/StateDirectory= implies is never an fstab mount (that
# would be a hard dependency); the kiosk's cache and timesyncd's clock are bound by
# drop-ins that skip a missing folder, and that unit carries the directory setting.
units=$image_dir/../systemd
for binding in hgw-dashboard:/var/cache/hgw-dashboard systemd-timesyncd:/var/lib/systemd/timesync; do
  unit=${binding%%:*}
  path=${binding#*:}
  if awk '$1 !~ /^#/ { print $2 }' "$image_dir/rootfs/etc/fstab" | grep -qx "$path"; then
    fail "the image's fstab mounts $path: $unit.service would not start without the data partition"
  fi
  dropin=$image_dir/rootfs/etc/systemd/system/$unit.service.d/hgw-data-partition.conf
  grep -qx "BindPaths=-/var/lib/hgw-data/[a-z-]*:$path" "$dropin" 2>/dev/null ||
    fail "$dropin does not bind the data partition's folder to $path, skipping it when missing"
  grep -qx 'Wants=var-lib-hgw\\x2ddata.mount' "$dropin" 2>/dev/null ||
    fail "$dropin does not want (only want) the data partition's mount"
  # Skipped, the bind would leave $path read-only (systemd drops the directory
  # setting's read-write mount for it): the root has the folder under the mount point.
  source=$(sed -n 's|^BindPaths=-\(/var/lib/hgw-data/[a-z-]*\):.*|\1|p' "$dropin")
  grep -Eq "^install -d .* $source\$" "$image_dir/stage2-init.sh" ||
    fail "stage2-init.sh does not make $source on the root, for $unit.service when the data partition is missing"
done
grep -q '^CacheDirectory=hgw-dashboard$' "$units/hgw-dashboard.service" ||
  fail "hgw-dashboard.service keeps its cache elsewhere than the drop-in binds"

# hgw-wall.local, the name the setup page gives for the editor: avahi-daemon is in the
# image, enabled, and the host name is the one the name is made of.
grep -q 'avahi-daemon' "$image_dir/build-image.sh" || fail "build-image.sh does not install avahi-daemon"
grep -q 'avahi-daemon.service' "$image_dir/stage2-init.sh" || fail "stage2-init.sh does not enable avahi-daemon"
grep -q '^echo hgw-wall >/etc/hostname' "$image_dir/stage2-init.sh" || fail "stage2-init.sh does not name the wall hgw-wall"
grep -q 'avahi-daemon.service' "$image_dir/check-image.sh" || fail "check-image.sh does not check avahi-daemon"

[ "$failures" -eq 0 ] || exit 1
echo "check_image_scripts: ok"
