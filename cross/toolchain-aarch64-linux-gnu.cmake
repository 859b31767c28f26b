# Cross build for 64-bit Raspberry Pi OS / Debian arm64 (Pi 3, 4, 5, Zero 2 W) with
# Debian multiarch packages, no sysroot (see debian-multiarch.cmake).
#   cross/install-deps.sh arm64          (as root, once)
#   cross/build-and-test.sh arm64        (configure build-arm64/, build, ctest under qemu)
# or by hand:
#   cmake -S . -B build-arm64 -G Ninja -DCMAKE_TOOLCHAIN_FILE=cross/toolchain-aarch64-linux-gnu.cmake
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)

set(HGW_CROSS_TRIPLET aarch64-linux-gnu)
set(HGW_CROSS_DEBIAN_ARCH arm64)
set(HGW_CROSS_QEMU qemu-aarch64)
include(${CMAKE_CURRENT_LIST_DIR}/debian-multiarch.cmake)
