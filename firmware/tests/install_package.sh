#!/bin/sh
# Installs a built hgw-dashboard .deb into a throw-away root with dpkg itself
# (dpkg --root, maintainer scripts run chrootless with DPKG_ROOT set: the way an
# image is filled without emulating the target), then checks what a device
# needs: the files, the service user in the video/render/input groups, the unit
# enabled for multi-user.target. Then an upgrade keeps a changed config, and a
# purge leaves no unit link behind. Nothing outside ROOT is written.
# Usage: install_package.sh DEB ROOT
set -eu
[ $# -eq 2 ] || { echo "usage: $0 DEB ROOT" >&2; exit 2; }
deb=$1 root=$2

failures=0
fail() {
  echo "install_package: $*" >&2
  failures=$((failures + 1))
}

[ "$(id -u)" -eq 0 ] || { echo "install_package: needs root (dpkg --root writes as root)" >&2; exit 1; }

rm -rf "$root"
mkdir -p "$root/etc" "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" \
  "$root/usr/bin" "$root/lib"
: >"$root/var/lib/dpkg/status"
# The groups a Debian base system has (from base-passwd and udev); sysusers adds the
# user and puts it in them.
cat >"$root/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/bin/bash
PASSWD
cat >"$root/etc/group" <<'GROUP'
root:x:0:
video:x:44:
input:x:104:
render:x:105:
GROUP
: >"$root/etc/shadow"
: >"$root/etc/gshadow"

host_arch=$(dpkg --print-architecture)
# The throw-away root has no other packages: its dependencies cannot be met there,
# and are checked from the control file by check_package.sh instead.
install_deb() {
  DPKG_ROOT="$root" dpkg --root="$root" --force-script-chrootless --force-depends \
    --force-architecture --log=/dev/null -i "$1"
}
if ! install_deb "$deb" >"$root.log" 2>&1; then
  cat "$root.log" >&2
  echo "install_package: dpkg -i into $root failed" >&2
  exit 1
fi
echo "install_package: installed $(basename "$deb") into $root ($(dpkg-deb -f "$deb" Architecture) on $host_arch)"

for path in usr/bin/hgw-dashboard usr/bin/hgw-board lib/systemd/system/hgw-dashboard.service \
  lib/systemd/system/hgw-board.service etc/hgw-dashboard.conf usr/share/hgw-dashboard/editor/index.html; do
  [ -f "$root/$path" ] || fail "/$path is missing after the install"
done
user_line=$(grep '^hgw-dashboard:' "$root/etc/passwd" || true)
[ -n "$user_line" ] || fail "no hgw-dashboard user in $root/etc/passwd"
uid=$(echo "$user_line" | cut -d: -f3)
if [ -z "$uid" ] || [ "$uid" -eq 0 ] || [ "$uid" -ge 1000 ]; then
  fail "hgw-dashboard is not a system user (uid $uid)"
fi
case "$user_line" in
  *:/usr/sbin/nologin) ;;
  *) fail "hgw-dashboard can log in: $user_line" ;;
esac
for group in video render input; do
  grep -q "^$group:.*[:,]hgw-dashboard\(,\|$\)" "$root/etc/group" || fail "hgw-dashboard is not in group $group"
done
wants=$root/etc/systemd/system/multi-user.target.wants
for unit in hgw-dashboard.service hgw-board.service; do
  [ -L "$wants/$unit" ] || fail "$unit is not enabled (no $wants/$unit)"
done
status=$(dpkg --root="$root" -s hgw-dashboard 2>/dev/null | sed -n 's/^Status: //p')
[ "$status" = "install ok installed" ] || fail "dpkg status: $status"

# An update keeps the school's config (conffiles): change it, install again.
echo "; changed by the school" >>"$root/etc/hgw-dashboard.conf"
if ! install_deb "$deb" >"$root.log" 2>&1; then
  cat "$root.log" >&2
  fail "reinstalling over a changed config failed"
fi
grep -q "changed by the school" "$root/etc/hgw-dashboard.conf" || fail "an update replaced the school's config"

if ! DPKG_ROOT="$root" dpkg --root="$root" --force-script-chrootless --log=/dev/null \
  --purge hgw-dashboard >"$root.log" 2>&1; then
  cat "$root.log" >&2
  fail "purge failed"
fi
for unit in hgw-dashboard.service hgw-board.service; do
  if [ -e "$wants/$unit" ] || [ -L "$wants/$unit" ]; then
    fail "$unit is still enabled after purge"
  fi
done
[ ! -e "$root/usr/bin/hgw-dashboard" ] || fail "the binary is still there after purge"
[ ! -e "$root/etc/hgw-dashboard.conf" ] || fail "the config is still there after purge"

[ "$failures" -eq 0 ] || exit 1
echo "install_package: installed, enabled, upgraded keeping the config, purged"
