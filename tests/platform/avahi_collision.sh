#!/bin/sh
# By hand, as root (not in CI: it makes network namespaces and runs daemons): two
# walls with the same host name on one network, as two walls from the same image
# are. Two network namespaces joined by a veth pair, in each Debian's avahi-daemon
# (downloaded with apt-get and unpacked here, not installed) on a private D-Bus
# with host-name=hgw-wall; the second to start meets the first and renames itself.
# Then each wall's setup page is rendered in its namespace and read back with
# tesseract: the first must give https://hgw-wall.local:8443/, the second
# https://hgw-wall-2.local:8443/ — not the name of the wall that kept it.
#
#   tests/platform/avahi_collision.sh BUILD_DIR
# Needs: root, ip (iproute2), unshare, dbus-daemon, busctl, tesseract-ocr,
# netpbm, apt-get access to Debian's archive. The PNGs are kept in the printed folder.
set -eu

[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
binary=$(cd "$1" && pwd)/dashboard/app/hgw-dashboard
[ -x "$binary" ] || { echo "avahi_collision: no $binary" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "avahi_collision: run as root" >&2; exit 2; }
work=$(mktemp -d /tmp/hgw-avahi-collision-XXXXXX)
made_user=
cleanup() {
  for wall in A B; do
    ip netns pids "hgw-wall$wall" 2>/dev/null | xargs -r kill 2>/dev/null || true
    ip netns del "hgw-wall$wall" 2>/dev/null || true
  done
  [ -z "$made_user" ] || userdel avahi 2>/dev/null || true
}
trap cleanup EXIT

# avahi-daemon looks its user up even when it keeps root.
if ! id avahi >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin avahi
  made_user=yes
fi
(cd "$work" && apt-get download avahi-daemon libavahi-core7 libdaemon0 >/dev/null 2>&1)
for package in "$work"/*.deb; do dpkg -x "$package" "$work/root"; done
avahi_libraries=$work/root/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)
mkdir -p /run/avahi-daemon  # a mount point: each wall mounts its own over it

# A first-run notice, so the setup page is shown with its editor addresses.
cat >"$work/first-run.json" <<'JSON'
{"format": "hgw-board-first-run/1", "password_set": false, "certificate_sha256": "AB:CD:EF:01",
 "setup_code": "48210937", "valid_until": "2026-11-30T10:00:00+01:00"}
JSON
echo '{"format":"hgw-dashboard/1"}' >"$work/empty.json"

for wall in A B; do
  mkdir -p "$work/$wall"
  ip netns add "hgw-wall$wall"
  cat >"$work/$wall/wall.conf" <<CONF
[source]
url = http://127.0.0.1:9/api/board
[board]
http_listen = 127.0.0.1:9
first_run_file = $work/first-run.json
[cache]
directory = $work/$wall/cache
CONF
  cat >"$work/$wall/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <listen>unix:path=$work/$wall/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*"/><allow receive_sender="*"/><allow own="*"/>
  </policy>
</busconfig>
CONF
  cat >"$work/$wall/avahi.conf" <<CONF
[server]
host-name=hgw-wall
use-ipv6=no
allow-interfaces=hgw$wall
[publish]
publish-workstation=no
CONF
  # In the namespace, with avahi's pid file on a /run/avahi-daemon of its own.
  cat >"$work/$wall/wall.sh" <<WALL
set -eu
mount -t tmpfs none /run/avahi-daemon
dbus-daemon --config-file=$work/$wall/bus.conf --nofork --nopidfile --nosyslog 2>/dev/null &
sleep 1
export DBUS_SYSTEM_BUS_ADDRESS=unix:path=$work/$wall/bus
LD_LIBRARY_PATH=$avahi_libraries $work/root/usr/sbin/avahi-daemon --no-drop-root --no-chroot \
  --no-rlimits -f $work/$wall/avahi.conf >$work/$wall/avahi.log 2>&1 &
sleep 8
busctl --address="\$DBUS_SYSTEM_BUS_ADDRESS" call org.freedesktop.Avahi / \
  org.freedesktop.Avahi.Server GetHostNameFqdn >$work/$wall/avahi-name
$binary render $work/empty.json --config $work/$wall/wall.conf \
  --now 2026-11-30T09:00:00+01:00 --size 1920x1080 --out $work/$wall/pages >/dev/null
WALL
done
ip link add hgwA type veth peer name hgwB
for wall in A B; do
  ip link set "hgw$wall" netns "hgw-wall$wall"
  address=10.77.0.$([ "$wall" = A ] && echo 1 || echo 2)/24
  ip -n "hgw-wall$wall" addr add "$address" dev "hgw$wall"
  ip -n "hgw-wall$wall" link set "hgw$wall" up
  ip -n "hgw-wall$wall" link set lo up
done

# A first; B two seconds later, when A already holds hgw-wall.local.
ip netns exec hgw-wallA unshare -m sh "$work/A/wall.sh" &
first=$!
sleep 2
ip netns exec hgw-wallB unshare -m sh "$work/B/wall.sh"
wait "$first"

status=0
for wall in A B; do
  expected=hgw-wall.local
  [ "$wall" = A ] || expected=hgw-wall-2.local
  said=$(pngtopnm "$work/$wall/pages/01-setup.png" | pnminvert | tesseract stdin - 2>/dev/null |
    grep -o 'https://[a-z0-9.-]*\.local:8443/' || true)
  echo "wall $wall: avahi says $(cat "$work/$wall/avahi-name"); setup page reads: ${said:-no .local address}"
  grep -h "conflict\|Host name is" "$work/$wall/avahi.log" | sed 's/^/  avahi: /'
  [ "$said" = "https://$expected:8443/" ] || { echo "  expected https://$expected:8443/"; status=1; }
done
echo "setup pages: $work/A/pages/01-setup.png, $work/B/pages/01-setup.png"
trap - EXIT
cleanup
exit "$status"
