# shellcheck shell=sh disable=SC2034 # xvfb_pid and display are the caller's
# Sourced by the benchmarks that measure a real window: starts Xvfb at 1920x1080
# on a free display and sets xvfb_pid and display (":N"); $1 is a work folder for
# the display number Xvfb reports. The caller kills xvfb_pid when done.
start_xvfb() {
  exec 3>"$1/display"
  Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 2>/dev/null &
  xvfb_pid=$!
  exec 3>&-
  while [ ! -s "$1/display" ]; do sleep 0.1; done
  display=:$(cat "$1/display")
}
