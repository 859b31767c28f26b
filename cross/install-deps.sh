#!/bin/sh
# Installs the Debian bookworm packages that build, test and run HGW Dashboard.
# Usage: cross/install-deps.sh [host|arm64|armhf]
#   host   build and test on this machine (the default)
#   arm64  cross build for 64-bit Raspberry Pi OS / Debian arm64 (Pi 3, 4, 5, Zero 2 W)
#   armhf  cross build for 32-bit Debian armhf (ARMv7: Pi 2, 3, 4, 5, Zero 2 W in 32-bit
#          mode; not the ARMv6 Pi 1 / Zero / Zero W)
# Everything comes from Debian's archive; nothing is downloaded from elsewhere.
# Safe to run again: it only installs what is missing.
set -eu

usage() {
  echo "usage: $0 [host|arm64|armhf]" >&2
  exit 2
}
[ $# -le 1 ] || usage
target=${1:-host}

# Architecture-independent, or tools that run on the build machine.
build_tools="cmake ninja-build pkg-config g++ make clang-format python3-jsonschema python3-yaml fonts-dejavu-core nlohmann-json3-dev doctest-dev"
# What the host's tests run besides the binary: Debian's python3 for the schema check
# and the fixture server, openssl for the test CA, Apache with mod_dav as a real
# board host (started by the tests on 127.0.0.1 only, never as a system service),
# nginx-light as the board's front (tests/board/front_test.py starts it in the
# foreground from its own config on 127.0.0.1, never as a system service),
# systemd-analyze for the unit's checks, dpkg-dev (dpkg-shlibdeps) for the package.
# clang with libclang-rt-14-dev builds the libFuzzer targets (fuzz/run.sh: libFuzzer
# and the clang sanitizer runtimes); llvm brings llvm-symbolizer, which turns
# sanitizer reports (tests/sanitizers.sh, fuzz/run.sh) into file:line stacks.
# lintian and shellcheck check the package and every script; chromium is the real
# browser the editor's end-to-end test drives (playwright-core from npm, which
# tests/run-all.sh installs with npm ci; it downloads no browser). xvfb gives the
# kiosk a real X11 window in tests (kiosk_present: what it maps, how often it wakes).
# zbar-tools (zbarimg) and tesseract-ocr read the setup page as a person does: its QR
# code and its setup code, from the rendered PNG (ui_setup_scan).
# tzdata: the time-zone tests set TZ=Europe/Amsterdam, as a device's /etc/localtime does.
# dbus-daemon: a private bus the platform tests start on a socket of their own, where
# a stand-in for avahi answers what the setup page asks (never the system bus).
test_tools="python3 openssl apache2 nginx-light systemd dpkg-dev clang libclang-rt-14-dev llvm lintian shellcheck chromium xvfb zbar-tools tesseract-ocr tzdata dbus-daemon"
# Node.js runs the editor's tests; a machine that already has node and npm keeps them.
command -v node >/dev/null 2>&1 || test_tools="$test_tools nodejs"
command -v npm >/dev/null 2>&1 || test_tools="$test_tools npm"
# Libraries the binary links against; for a cross build these are the :ARCH variants.
# hgw-board: cpp-httplib (HTTPS through OpenSSL), libsodium (argon2id, random tokens),
# OpenSSL itself for the device certificate. libqrencode: the setup page's QR code.
# libdrm: a console without a GPU shows the wall on DRM/KMS dumb buffers, with no GL
# stack (mesa, LLVM) mapped at all (ui/drm_output.cpp).
libraries="libsdl2-dev libimgui-dev libcurl4-openssl-dev libstb-dev libfreetype-dev libinih-dev libsystemd-dev libcpp-httplib-dev libsodium-dev libssl-dev libqrencode-dev libdrm-dev"

case "$target" in
  host)
    packages="$build_tools $test_tools $libraries"
    ;;
  arm64|armhf)
    case "$target" in
      arm64) qemu="qemu-aarch64" ;;
      armhf) qemu="qemu-arm" ;;
    esac
    # Debian multiarch, no sysroot: the target's -dev packages install next to the
    # host's under /usr/lib/<triplet>. crossbuild-essential-ARCH brings the cross gcc/g++
    # and the target libc. pkgconf:ARCH is what ships /usr/bin/<triplet>-pkg-config on
    # bookworm (apt-cache knows no pkg-config-<triplet> package there). file lets
    # cross/build-and-test.sh check what architecture came out.
    packages="$build_tools file crossbuild-essential-$target pkgconf:$target"
    for library in $libraries; do
      packages="$packages $library:$target"
    done
    # ctest runs the cross-built tests through qemu user-mode emulation, called
    # explicitly as CMAKE_CROSSCOMPILING_EMULATOR. We take qemu-user rather than
    # qemu-user-static on purpose: qemu-user-static ships /usr/lib/binfmt.d/qemu-*.conf,
    # which systemd-binfmt registers with the host kernel (on its next start or boot),
    # and registering binfmt handlers is exactly what these machines must not do.
    # qemu-user without its recommended qemu-user-binfmt registers nothing.
    # An already installed qemu-user-static binary is accepted by the toolchain files.
    if ! command -v "$qemu" >/dev/null 2>&1 && ! command -v "$qemu-static" >/dev/null 2>&1; then
      packages="$packages qemu-user"
    fi
    ;;
  *)
    usage
    ;;
esac

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: run as root (dpkg --add-architecture, apt-get install)" >&2
  exit 1
fi

if [ "$target" != host ]; then
  # Adding an architecture only tells apt to fetch its package lists; it installs nothing.
  if ! dpkg --print-foreign-architectures | grep -qx "$target"; then
    echo "install-deps: dpkg --add-architecture $target"
    dpkg --add-architecture "$target"
  fi
fi

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
  echo "install-deps: all packages for $target are installed"
  exit 0
fi
echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive

if [ "$target" = host ]; then
  apt-get update -qq
  # The tests start Apache themselves on 127.0.0.1; the package must not start a
  # system-wide server on port 80. policy-rc.d tells Debian's maintainer scripts so.
  guard=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    guard=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' > "$guard"
    chmod 755 "$guard"
  fi
  status=0
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing || status=$?
  [ -z "$guard" ] || rm -f "$guard"
  exit "$status"
fi

# A package list that failed to download for one architecture is worse than a plain
# error: apt goes on without it, offers older $target versions than the host has
# installed, and the Multi-Arch: same libraries then cannot be installed at all.
if ! apt-get update -qq; then
  cat >&2 <<EOF

install-deps: apt-get update failed (see above). Without every package list for
$target the :$target libraries cannot match the host's versions (Multi-Arch: same),
so nothing was installed. Retry when the mirror is in sync.
EOF
  exit 1
fi

# Multi-Arch: same packages (every -dev library here and most of their dependencies)
# must have the very same version on the host and the target architecture. When they
# cannot, apt would rather remove host packages than fail: --no-remove makes it fail,
# and we say why instead of leaving a half-changed host.
# shellcheck disable=SC2086
if ! apt-get install -y -qq --no-install-recommends --no-remove $missing; then
  cat >&2 <<EOF

install-deps: apt could not install the $target packages next to the host's.
The usual cause is a Multi-Arch: same version skew: a package is installed on
amd64 at a version the archive does not offer for $target (or the other way
round), e.g. from another suite, a pinned snapshot, or an index that is out of
date. Compare the two architectures of the package apt names above with
  apt-cache policy PACKAGE:$(dpkg --print-architecture) PACKAGE:$target
and bring both to one version (apt-get update && apt-get upgrade, or
apt-get install PACKAGE:$(dpkg --print-architecture)=VERSION PACKAGE:$target=VERSION).
Nothing was removed.
EOF
  exit 1
fi
