#!/bin/sh
# Checks a systemd unit (the kiosk's, the board's) without a running systemd (works
# in CI containers).
# Usage: check_unit.sh UNIT BINARY WORKDIR THRESHOLD
#   BINARY     the built program the unit starts (hgw-dashboard, hgw-board): verify
#              insists that ExecStart's program exists, so it checks a copy of the unit
#              whose ExecStart=/usr/bin/<its name> points there.
#   THRESHOLD  highest allowed exposure of `systemd-analyze security`, 0-100 (20 = 2.0).
set -eu
[ $# -eq 4 ] || { echo "usage: $0 UNIT BINARY WORKDIR THRESHOLD" >&2; exit 2; }
unit=$1 binary=$2 work=$3 threshold=$4
name=$(basename "$unit")
program=$(basename "$binary")

rm -rf "$work"
mkdir -p "$work"
sed -E "s|^ExecStart=/usr/bin/$program( \|\$)|ExecStart=$binary\1|" "$unit" >"$work/$name"
if ! grep -qE "^ExecStart=$binary( |\$)" "$work/$name"; then
  echo "check_unit: no 'ExecStart=/usr/bin/$program' line in $unit" >&2
  exit 1
fi

# verify exits 0 even on "Unknown key …, ignoring": any output on stderr is a failure.
status=0
systemd-analyze verify --man=no "$work/$name" >"$work/verify.out" 2>"$work/verify.err" || status=$?
if [ "$status" -ne 0 ] || [ -s "$work/verify.err" ]; then
  echo "check_unit: systemd-analyze verify $name (exit $status):" >&2
  cat "$work/verify.out" "$work/verify.err" >&2
  exit 1
fi
echo "check_unit: systemd-analyze verify $name: clean"

status=0
systemd-analyze security --offline=true --threshold="$threshold" "$unit" \
  >"$work/security.out" 2>&1 || status=$?
exposure=$(grep 'Overall exposure level' "$work/security.out" || true)
if [ "$status" -ne 0 ] || [ -z "$exposure" ]; then
  echo "check_unit: systemd-analyze security --threshold=$threshold (exit $status):" >&2
  grep -E '✗|Overall' "$work/security.out" >&2 || cat "$work/security.out" >&2
  exit 1
fi
echo "check_unit: $exposure (threshold $threshold/100)"
