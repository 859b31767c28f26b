# Cross build for 32-bit Debian armhf with Debian multiarch packages, no sysroot (see
# debian-multiarch.cmake). Debian armhf is ARMv7 (Thumb-2, VFPv3-D16): it runs on the
# Pi 2, 3, 4, 5 and Zero 2 W in 32-bit mode, NOT on the ARMv6 Pi 1 / Zero / Zero W that
# Raspberry Pi OS's own armhf port still supports.
#   cross/install-deps.sh armhf          (as root, once)
#   cross/build-and-test.sh armhf        (configure build-armhf/, build, ctest under qemu)
# or by hand:
#   cmake -S . -B build-armhf -G Ninja -DCMAKE_TOOLCHAIN_FILE=cross/toolchain-arm-linux-gnueabihf.cmake
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR arm)

set(HGW_CROSS_TRIPLET arm-linux-gnueabihf)
set(HGW_CROSS_DEBIAN_ARCH armhf)
set(HGW_CROSS_QEMU qemu-arm)
include(${CMAKE_CURRENT_LIST_DIR}/debian-multiarch.cmake)

# g++ on 32-bit ARM notes every std::vector/std::map member that passes an iterator
# ("parameter passing for argument of type ... changed in GCC 7.1", -Wpsabi): hundreds
# of lines a build that bury the real warnings. They are about linking against code
# built by GCC 6 or older; bookworm's armhf libraries and this project are all GCC 12.
set(CMAKE_CXX_FLAGS_INIT "-Wno-psabi")
