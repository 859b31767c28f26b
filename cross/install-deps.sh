#!/bin/sh
# Installs the Debian bookworm packages that build, test and run HGW Dashboard.
# Usage: cross/install-deps.sh [host|arm64|armhf]
# Everything comes from Debian's archive; nothing is downloaded from elsewhere.
set -eu

target=${1:-host}

# Architecture-independent, or tools that run on the build machine.
build_tools="cmake ninja-build pkg-config g++ make clang-format python3-jsonschema python3-yaml fonts-dejavu-core nlohmann-json3-dev doctest-dev"
# Libraries the binary links against; for a cross build these are the :ARCH variants.
libraries="libsdl2-dev libimgui-dev libcurl4-openssl-dev libstb-dev libfreetype-dev libinih-dev libsystemd-dev"

case "$target" in
  host)
    packages="$build_tools $libraries"
    ;;
  arm64|armhf)
    echo "install-deps: the $target cross build arrives with the device work (see issue 'Ship it to a Raspberry Pi')" >&2
    exit 2
    ;;
  *)
    echo "usage: $0 [host|arm64|armhf]" >&2
    exit 2
    ;;
esac

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: run as root (apt-get install)" >&2
  exit 1
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
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
