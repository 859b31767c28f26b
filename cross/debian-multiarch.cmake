# Shared part of the toolchain files: a cross build the way Debian's own cmake
# buildsystem (debhelper) does it. The target's -dev packages are installed as
# Debian multiarch packages (libfoo-dev:arm64) next to the host's, under
# /usr/lib/<triplet> and /usr/include/<triplet>, so there is no sysroot and no
# CMAKE_FIND_ROOT_PATH: CMake searches /usr/lib/<triplet> because of
# CMAKE_LIBRARY_ARCHITECTURE, and pkg-config is the target's wrapper.
#
# The including toolchain file sets HGW_CROSS_TRIPLET (GNU triplet),
# HGW_CROSS_DEBIAN_ARCH (Debian architecture) and HGW_CROSS_QEMU (qemu-user binary).
# Everything is looked up by name: no host path is written into the project.

set(CMAKE_C_COMPILER ${HGW_CROSS_TRIPLET}-gcc)
set(CMAKE_CXX_COMPILER ${HGW_CROSS_TRIPLET}-g++)
set(CMAKE_LIBRARY_ARCHITECTURE ${HGW_CROSS_TRIPLET})

set(hgw_cross_hint "run cross/install-deps.sh ${HGW_CROSS_DEBIAN_ARCH} (as root)")

# /usr/bin/<triplet>-pkg-config comes from pkgconf:<arch>; it only reads the target's
# .pc files (/usr/lib/<triplet>/pkgconfig, /usr/share/pkgconfig). Checked here because
# FindPkgConfig given a missing program fails later with a far less helpful message.
find_program(HGW_CROSS_PKG_CONFIG ${HGW_CROSS_TRIPLET}-pkg-config)
if(NOT HGW_CROSS_PKG_CONFIG)
  message(FATAL_ERROR "${HGW_CROSS_TRIPLET}-pkg-config not found: ${hgw_cross_hint}")
endif()
set(PKG_CONFIG_EXECUTABLE ${HGW_CROSS_PKG_CONFIG} CACHE FILEPATH "pkg-config for ${HGW_CROSS_DEBIAN_ARCH}")

# ctest (and any custom command that runs a built program) goes through qemu user-mode
# emulation, called explicitly: no binfmt handler is registered or needed. -L makes
# qemu look up the target's dynamic loader and libc under the cross libc's prefix; the
# other libraries come from /usr/lib/<triplet> (multiarch). qemu-user is preferred;
# an installed qemu-user-static works the same way.
find_program(HGW_CROSS_EMULATOR NAMES ${HGW_CROSS_QEMU} ${HGW_CROSS_QEMU}-static)
if(HGW_CROSS_EMULATOR)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${HGW_CROSS_EMULATOR} -L /usr/${HGW_CROSS_TRIPLET})
elseif(NOT CMAKE_IN_TRY_COMPILE)
  message(WARNING "${HGW_CROSS_QEMU} not found: the build works, ctest cannot run the "
                  "${HGW_CROSS_DEBIAN_ARCH} tests; ${hgw_cross_hint}")
endif()
