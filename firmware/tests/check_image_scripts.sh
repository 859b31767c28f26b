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

for script in build-image.sh check-image.sh boot-test.sh; do
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

# hgw-wall.local, the name the setup page gives for the editor: avahi-daemon is in the
# image, enabled, and the host name is the one the name is made of.
grep -q 'avahi-daemon' "$image_dir/build-image.sh" || fail "build-image.sh does not install avahi-daemon"
grep -q 'avahi-daemon.service' "$image_dir/stage2-init.sh" || fail "stage2-init.sh does not enable avahi-daemon"
grep -q '^echo hgw-wall >/etc/hostname' "$image_dir/stage2-init.sh" || fail "stage2-init.sh does not name the wall hgw-wall"
grep -q 'avahi-daemon.service' "$image_dir/check-image.sh" || fail "check-image.sh does not check avahi-daemon"

[ "$failures" -eq 0 ] || exit 1
echo "check_image_scripts: ok"
