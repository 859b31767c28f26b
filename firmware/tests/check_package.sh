#!/bin/sh
# Builds the Debian package with CPack into WORKDIR and checks its control fields,
# maintainer scripts and file list. Runs after the build (the binary must exist).
# Usage: check_package.sh CPACK CPACK_CONFIG WORKDIR ARCH SOURCE_DIR
set -eu
[ $# -eq 5 ] || { echo "usage: $0 CPACK CPACK_CONFIG WORKDIR ARCH SOURCE_DIR" >&2; exit 2; }
cpack=$1 config=$2 work=$3 arch=$4 source=$5

failures=0
fail() {
  echo "check_package: $*" >&2
  failures=$((failures + 1))
}

rm -rf "$work"
mkdir -p "$work"
if ! "$cpack" -G DEB --config "$config" -B "$work" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  echo "check_package: cpack failed" >&2
  exit 1
fi
set -- "$work"/hgw-dashboard_*_"$arch".deb
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "check_package: not one hgw-dashboard_*_$arch.deb in $work" >&2
  exit 1
fi
deb=$1
echo "check_package: built $(basename "$deb")"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = hgw-dashboard ] || fail "Package: $(field Package)"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture: $(field Architecture), expected $arch"
[ -n "$(field Version)" ] || fail "no Version"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends=$(field Depends)
echo "check_package: Depends: $depends"
# From the control file and from dpkg-shlibdeps (the binary links SDL2, curl, systemd).
for package in fonts-dejavu-core adduser libc6 libsdl2-2.0-0 libsystemd0; do
  echo ", $depends," | grep -q "[ ,]${package}[ ,(]" || fail "Depends lacks $package"
done

dpkg-deb -c "$deb" | awk '{ print $1, $2, $NF }' >"$work/contents"
expect() { # MODE PATH
  grep -qx -e "$1 root/root $2" "$work/contents" || fail "missing or wrong ($1 root/root): $2"
}
expect -rwxr-xr-x ./usr/bin/hgw-dashboard
expect -rw-r--r-- ./lib/systemd/system/hgw-dashboard.service
expect -rw-r--r-- ./etc/hgw-dashboard.conf
expect -rw-r--r-- ./usr/share/doc/hgw-dashboard/README.md
# Nothing else but directories.
unexpected=$(grep -v '^d' "$work/contents" | grep -v -e ' ./usr/bin/hgw-dashboard$' \
  -e ' ./lib/systemd/system/hgw-dashboard.service$' -e ' ./etc/hgw-dashboard.conf$' \
  -e ' ./usr/share/doc/hgw-dashboard/README.md$' || true)
[ -z "$unexpected" ] || fail "unexpected files: $unexpected"

mkdir "$work/control" "$work/root"
dpkg-deb -e "$deb" "$work/control"
dpkg-deb -x "$deb" "$work/root"
grep -qx /etc/hgw-dashboard.conf "$work/control/conffiles" || fail "conffiles lacks /etc/hgw-dashboard.conf"
for script in postinst prerm postrm; do
  [ -x "$work/control/$script" ] || fail "$script missing or not executable"
  cmp -s "$work/control/$script" "$source/firmware/debian/$script" || fail "$script differs from firmware/debian"
done
grep -q 'adduser --system --group' "$work/control/postinst" || fail "postinst creates no system user"
grep -q 'deb-systemd-helper enable hgw-dashboard.service' "$work/control/postinst" || fail "postinst enables nothing"
cmp -s "$work/root/lib/systemd/system/hgw-dashboard.service" "$source/firmware/systemd/hgw-dashboard.service" ||
  fail "the packaged unit differs from firmware/systemd"
cmp -s "$work/root/etc/hgw-dashboard.conf" "$source/firmware/hgw-dashboard.conf" ||
  fail "the packaged config differs from firmware/hgw-dashboard.conf"
file_type=$(od -An -c -N4 "$work/root/usr/bin/hgw-dashboard" | tr -d ' ')
[ "$file_type" = 177ELF ] || fail "usr/bin/hgw-dashboard is not an ELF file"

if command -v lintian >/dev/null 2>&1; then
  lintian --fail-on error "$deb" || fail "lintian reports errors"
else
  echo "check_package: lintian not installed, skipped"
fi

[ "$failures" -eq 0 ] || exit 1
echo "check_package: $(basename "$deb") is as expected"
