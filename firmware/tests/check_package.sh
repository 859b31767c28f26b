#!/bin/sh
# Builds the Debian package with CPack into WORKDIR and checks its control fields,
# that its programs are built for ARCH (ELF class, machine, armhf's hard-float ABI),
# its maintainer scripts and file list. Runs after the build (the binary must exist).
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
for package in fonts-dejavu-core systemd nginx-light libc6 libsdl2-2.0-0 libsystemd0 libsodium23 libcpp-httplib0.11 libqrencode4 libdrm2; do
  echo ", $depends," | grep -q "[ ,]${package}[ ,(]" || fail "Depends lacks $package"
done
[ "$(field Recommends)" = "v4l-utils, avahi-daemon" ] ||
  fail "Recommends: $(field Recommends), expected v4l-utils (cec-ctl), avahi-daemon (hgw-wall.local)"

# Every file the package installs (mode, owner, path), and nothing else but folders.
cat >"$work/expected" <<'LIST'
-rwxr-xr-x root/root ./usr/bin/hgw-dashboard
-rwxr-xr-x root/root ./usr/bin/hgw-board
-rw-r--r-- root/root ./lib/systemd/system/hgw-dashboard.service
-rw-r--r-- root/root ./lib/systemd/system/hgw-board.service
-rw-r--r-- root/root ./etc/hgw-dashboard.conf
-rw-r--r-- root/root ./etc/nginx/conf.d/hgw-board.conf
-rw-r--r-- root/root ./lib/systemd/system/nginx.service.d/hgw-board.conf
-rw-r--r-- root/root ./usr/lib/sysusers.d/hgw-dashboard.conf
-rw-r--r-- root/root ./usr/lib/systemd/journald.conf.d/hgw-dashboard.conf
-rw-r--r-- root/root ./usr/lib/systemd/system.conf.d/hgw-dashboard-watchdog.conf
-rw-r--r-- root/root ./usr/share/doc/hgw-dashboard/README.md
-rw-r--r-- root/root ./usr/share/doc/hgw-dashboard/copyright
-rw-r--r-- root/root ./usr/share/doc/hgw-dashboard/changelog.gz
LIST
# The editor: every file of dashboard/editor/, as it is there.
(cd "$source/dashboard/editor" && find . -type f | sort) | while read -r file; do
  echo "-rw-r--r-- root/root ./usr/share/hgw-dashboard/editor/${file#./}"
done >>"$work/expected"
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $1, $2, $NF }' | sort >"$work/contents"
sort "$work/expected" >"$work/expected.sorted"
if ! cmp -s "$work/expected.sorted" "$work/contents"; then
  fail "the file list differs from the expected one (- expected, + packaged):
$(diff "$work/expected.sorted" "$work/contents" | grep '^[<>]' | sed 's/^</-/; s/^>/+/')"
fi

mkdir "$work/control" "$work/root"
dpkg-deb -e "$deb" "$work/control"
dpkg-deb -x "$deb" "$work/root"
grep -qx /etc/hgw-dashboard.conf "$work/control/conffiles" || fail "conffiles lacks /etc/hgw-dashboard.conf"
grep -qx /etc/nginx/conf.d/hgw-board.conf "$work/control/conffiles" ||
  fail "conffiles lacks /etc/nginx/conf.d/hgw-board.conf"
for script in postinst prerm postrm; do
  [ -x "$work/control/$script" ] || fail "$script missing or not executable"
  cmp -s "$work/control/$script" "$source/firmware/debian/$script" || fail "$script differs from firmware/debian"
done
same() { # PACKAGED SOURCE
  cmp -s "$work/root/$1" "$source/$2" || fail "the packaged $1 differs from $2"
}
same lib/systemd/system/hgw-dashboard.service firmware/systemd/hgw-dashboard.service
same lib/systemd/system/hgw-board.service firmware/systemd/hgw-board.service
same usr/share/hgw-dashboard/editor/index.html dashboard/editor/index.html
same etc/hgw-dashboard.conf firmware/hgw-dashboard.conf
same etc/nginx/conf.d/hgw-board.conf firmware/nginx/hgw-board.conf
same lib/systemd/system/nginx.service.d/hgw-board.conf firmware/systemd/nginx.service.d/hgw-board.conf
same usr/lib/sysusers.d/hgw-dashboard.conf firmware/sysusers.d/hgw-dashboard.conf
same usr/lib/systemd/journald.conf.d/hgw-dashboard.conf firmware/systemd/journald.conf.d/hgw-dashboard.conf
same usr/lib/systemd/system.conf.d/hgw-dashboard-watchdog.conf \
  firmware/systemd/system.conf.d/hgw-dashboard-watchdog.conf
# The ELF header must match the package's Architecture: class (1 = 32-bit, 2 = 64-bit)
# and e_machine (62 x86-64, 183 AArch64, 40 ARM); for armhf also e_flags, EABI version 5
# with the hard-float bit (0x400): a soft-float binary installs but does not load.
case "$arch" in
  amd64) elf_class=2 elf_machine=62 ;;
  arm64) elf_class=2 elf_machine=183 ;;
  armhf) elf_class=1 elf_machine=40 ;;
  *) elf_class="" elf_machine="" ;;
esac
elf_number() { # FILE OFFSET BYTES: an unsigned little-endian number from the file
  od -An -tu"$3" -j"$2" -N"$3" "$1" | tr -d ' '
}
for binary in hgw-dashboard hgw-board; do
  elf=$work/root/usr/bin/$binary
  file_type=$(od -An -c -N4 "$elf" | tr -d ' ')
  if [ "$file_type" != 177ELF ]; then
    fail "usr/bin/$binary is not an ELF file"
  elif [ -z "$elf_class" ]; then
    echo "check_package: no ELF expectation for $arch, usr/bin/$binary's machine not checked"
  elif [ "$(elf_number "$elf" 4 1)" != "$elf_class" ] || [ "$(elf_number "$elf" 18 2)" != "$elf_machine" ]; then
    fail "usr/bin/$binary is ELF class $(elf_number "$elf" 4 1), machine $(elf_number "$elf" 18 2); $arch is class $elf_class, machine $elf_machine"
  elif [ "$arch" = armhf ]; then
    flags=$(elf_number "$elf" 36 4)
    if [ $((flags & 0xFF000000)) -ne $((0x05000000)) ] || [ $((flags & 0x400)) -eq 0 ]; then
      fail "usr/bin/$binary is not EABI5 hard-float (e_flags $(printf '0x%x' "$flags"))"
    fi
  fi
done

if command -v lintian >/dev/null 2>&1; then
  lintian --fail-on error "$deb" || fail "lintian reports errors"
else
  echo "check_package: lintian not installed, skipped"
fi

if [ "$(id -u)" -eq 0 ]; then
  sh "$source/firmware/tests/install_package.sh" "$deb" "$work/installed" || fail "installing it failed"
else
  echo "check_package: not root, the install into a throw-away root is skipped"
fi

[ "$failures" -eq 0 ] || exit 1
echo "check_package: $(basename "$deb") is as expected"
