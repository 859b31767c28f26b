# The Debian package hgw-dashboard, built by CPack:
#   cmake --build build --target package     (or: cd build && cpack -G DEB)
# gives build/hgw-dashboard_<version>_<arch>.deb, installable with
#   apt install ./hgw-dashboard_<version>_<arch>.deb
# What it installs is every install() rule of the project: the binary
# (dashboard/app), the unit, the example config and the README (firmware/).

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hgw-dashboard)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "HGW Dashboard maintainers <maintainers@users.noreply.r-seed-662c55b4.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "staff-room wall: goals, cycles and trends on a screen")
# CPack puts the summary above this as the synopsis line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "HGW Dashboard shows a school's goals, team cycles and trends full screen on a\n\
Raspberry Pi or any Linux machine, drawing straight to the display (no desktop\n\
needed): through SDL's KMSDRM driver where a GPU draws GL, else in software on\n\
DRM dumb buffers. It runs as the systemd service\n\
hgw-dashboard, configured in /boot/firmware/hgw-dashboard.conf or\n\
/etc/hgw-dashboard.conf.")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
# Relative install destinations (bin, share/doc) go under /usr; the unit
# (/lib/systemd/system, where bookworm's packages put theirs) and the config (/etc)
# are installed to absolute paths.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

# Depends: the shared libraries from dpkg-shlibdeps (libdrm2 among them, for the
# console's DRM path), plus what is not linked:
# the fonts (used from /usr/share/fonts, not copied) and systemd-sysusers for the
# postinst (deb-systemd-helper comes with init-system-helpers, which is essential),
# and nginx, the front that serves the editor over HTTPS (firmware/nginx/).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, systemd, nginx-light | nginx")
# cec-ctl, for the device config's HDMI-CEC screen on/off commands; avahi-daemon,
# which publishes the device as hgw-wall.local, the name the setup page gives
# beside the IP address (libqrencode for its QR code comes through shlibdeps).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "v4l-utils, avahi-daemon")

# The Debian architecture of what the compiler builds, not of the build machine.
if(CMAKE_CROSSCOMPILING)
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64)$")
    set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE arm64)
  elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^arm")
    set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE armhf)
  endif()
endif()
if(NOT CPACK_DEBIAN_PACKAGE_ARCHITECTURE)
  execute_process(COMMAND dpkg --print-architecture
                  OUTPUT_VARIABLE CPACK_DEBIAN_PACKAGE_ARCHITECTURE
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()

# conffiles keeps the school's /etc/hgw-dashboard.conf across updates; the maintainer
# scripts create the service user and enable/stop/disable the unit.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/firmware/debian/conffiles
    ${PROJECT_SOURCE_DIR}/firmware/debian/postinst
    ${PROJECT_SOURCE_DIR}/firmware/debian/prerm
    ${PROJECT_SOURCE_DIR}/firmware/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
