#!/bin/sh
# Cross-builds HGW Dashboard for a Raspberry Pi architecture and runs its tests under
# qemu user-mode emulation. qemu is called explicitly (CMAKE_CROSSCOMPILING_EMULATOR in
# the toolchain file), so no binfmt handler is registered or needed.
#
# Usage: cross/build-and-test.sh arm64|armhf
#   Configures build-ARCH/ in the source tree with cross/toolchain-*.cmake and
#   -DHGW_WERROR=ON (Release at -O2, no debug info), builds, checks the binary's
#   architecture, runs ctest under qemu, then renders every page of the demo school
#   under qemu (the UI smoke test).
# Environment (all optional):
#   HGW_CROSS_BUILD_DIR     build folder (default: <source>/build-ARCH)
#   HGW_CROSS_JOBS          parallel compile and test jobs (default: nproc)
#   HGW_CROSS_TEST_TIMEOUT  seconds per test before ctest fails it (default: 600)
#   HGW_CROSS_TESTS         a ctest regex: run only these tests (default: all that can run)
#   HGW_CROSS_TARGETS       build only these targets, space-separated (default: all); the
#                           tests in HGW_CROSS_TESTS must be among them, or ctest fails them
# Needs: cross/install-deps.sh ARCH (as root, once). Runs as any user.
set -eu

usage() {
  echo "usage: $0 arm64|armhf" >&2
  echo "  cross-build into build-ARCH/ (-DHGW_WERROR=ON) and run the tests under qemu-user" >&2
  exit 2
}
die() {
  echo "build-and-test: $*" >&2
  exit 1
}

[ $# -eq 1 ] || usage
arch=$1
case "$arch" in
  arm64)
    triplet="aarch64-linux-gnu"
    toolchain="toolchain-aarch64-linux-gnu.cmake"
    elf_machine="ARM aarch64"
    ;;
  armhf)
    triplet="arm-linux-gnueabihf"
    toolchain="toolchain-arm-linux-gnueabihf.cmake"
    elf_machine="32-bit LSB .* ARM, EABI5"
    ;;
  *)
    usage
    ;;
esac

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${HGW_CROSS_BUILD_DIR:-$source_dir/build-$arch}
jobs=${HGW_CROSS_JOBS:-$(nproc)}
# A test that hangs under emulation (SDL's offscreen video driver spins forever under
# qemu-user, docs/ARCHITECTURE.md) must fail the run, not stall CI until its global timeout.
test_timeout=${HGW_CROSS_TEST_TIMEOUT:-600}

for tool in cmake ninja "$triplet-g++" "$triplet-readelf" "$triplet-pkg-config" file; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool not found: run cross/install-deps.sh $arch (as root)"
done

started=$(date +%s)
phase_started=$started
timings=""
phase_done() {
  now=$(date +%s)
  timings="$timings  $1: $((now - phase_started)) s
"
  phase_started=$now
}

echo "== configure $build_dir ($arch)"
# Release at -O2, Debian's own level (dpkg-buildflags) and the project's default, but
# with no debug info: the .deb is stripped anyway, and -g adds about 40 % to the
# compile (tests/core/decode_test.cpp for armhf: 20-25 s of CPU with -g, 14-15 without).
# Unity batches, as tests/run-all.sh explains.
cmake -S "$source_dir" -B "$build_dir" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$source_dir/cross/$toolchain" -DHGW_WERROR=ON \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
  -DCMAKE_C_FLAGS_RELEASE="-O2 -DNDEBUG" -DCMAKE_UNITY_BUILD=ON
phase_done configure

echo "== build ($jobs jobs)${HGW_CROSS_TARGETS:+: $HGW_CROSS_TARGETS}"
# shellcheck disable=SC2086 # the targets are a word list on purpose
cmake --build "$build_dir" --parallel "$jobs" ${HGW_CROSS_TARGETS:+--target $HGW_CROSS_TARGETS}
phase_done build

# The compiler name proves little if a host library slipped into the link; file shows
# what actually came out.
binary=$build_dir/dashboard/app/hgw-dashboard
echo "== file"
file "$binary"
file -b "$binary" | grep -q "$elf_machine" || die "$binary is not an $arch executable"
# armhf is the hard-float ABI (arguments in VFP registers); file does not say so, the
# ELF header's flags do. A soft-float binary would link but not load on the Pi.
if [ "$arch" = armhf ]; then
  "$triplet-readelf" -h "$binary" | grep -q 'Flags:.*Version5 EABI, hard-float ABI' ||
    die "$binary is not EABI5 hard-float: $("$triplet-readelf" -h "$binary" | grep Flags:)"
fi

emulator=$(sed -n 's/^HGW_CROSS_EMULATOR:FILEPATH=//p' "$build_dir/CMakeCache.txt")
case "$emulator" in
  ""|*-NOTFOUND) die "no qemu for $arch: the build is done, the tests cannot run; run cross/install-deps.sh $arch" ;;
esac

# What does not run here, and why; the host job (README's test command) runs these.
echo "== not run under emulation"
echo "  schema_agreement: runs the host's /usr/bin/python3 against the target binary;"
echo "    tests/CMakeLists.txt does not register it when CMAKE_CROSSCOMPILING."
echo "  net: starts the host's python3, openssl and apache2 as fixtures; tests/net/CMakeLists.txt"
echo "    does not register it when CMAKE_CROSSCOMPILING (the rules behind it are in core, which runs)."
echo "  clang_format: checks the sources, not the build; the same for every architecture."
# Tests that need a real device or a video driver carry the ctest label needs_native
# (set_tests_properties(NAME PROPERTIES LABELS needs_native)); they are listed here.
native_only=$(ctest --test-dir "$build_dir" -N -L needs_native | sed -n 's/^ *Test *#[0-9]*: //p')
if [ -n "$native_only" ]; then
  for name in $native_only; do
    echo "  $name: labelled needs_native (SDL video drivers spin or are absent under qemu-user)"
  done
else
  echo "  (no test is labelled needs_native)"
fi

echo "== ctest under $emulator"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs" \
  --timeout "$test_timeout" --label-exclude needs_native --exclude-regex '^clang_format$' \
  ${HGW_CROSS_TESTS:+--tests-regex "$HGW_CROSS_TESTS"} --no-tests=error
phase_done ctest

# No test draws a page yet: render every page of the built-in demo school with the
# headless path (RGB surface + SDL software renderer, no video driver), which is the
# path that works under qemu. This proves that the target's SDL2, ImGui backend,
# FreeType and stb are linked and run, not only compiled.
smoke_dir=$build_dir/emulated-render
rm -rf "$smoke_dir"
echo "== render the demo school under $emulator"
timeout "$test_timeout" "$emulator" -L "/usr/$triplet" "$binary" render --page all \
  --size 1920x1080 --out "$smoke_dir" --verbose ||
  die "rendering under emulation failed or took more than $test_timeout s"
pngs=0
for png in "$smoke_dir"/*.png; do
  file -b "$png" | grep -q "PNG image data, 1920 x 1080" || die "$png is not a 1920x1080 PNG"
  pngs=$((pngs + 1))
done
[ "$pngs" -gt 0 ] || die "rendering wrote no PNG to $smoke_dir"
phase_done render

echo "== $arch done in $(($(date +%s) - started)) s"
printf '%s' "$timings"
