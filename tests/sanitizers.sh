#!/bin/sh
# Builds the project with sanitizers and runs its tests (issue 8, part 2).
#
#   tests/sanitizers.sh address BUILD_DIR   ASan + UBSan, the whole ctest suite
#   tests/sanitizers.sh thread  BUILD_DIR   TSan, the tests where threads meet
#
# Every target is compiled with -fsanitize=... (cmake/sanitizers.cmake, option
# HGW_SANITIZE), so the tests that spawn hgw-dashboard run the sanitized binary
# too. Any report fails its test: UBSan is built with -fno-sanitize-recover=all,
# and the *SAN_OPTIONS below halt on the first error.
#
# Suppressions (tests/sanitizers/*.supp) are only for third-party libraries,
# each with the reason next to it; never for the project's own code.
set -eu

usage() {
  echo "usage: $0 address|thread BUILD_DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
kind=$1
build_dir=$2
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
suppressions=$here/sanitizers

launcher=""
if command -v ccache >/dev/null 2>&1; then
  launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi

case "$kind" in
  address)
    sanitize="address,undefined"
    # -Og: the whole suite is compiled for this stage alone, and -Og takes 42 % less
    # compiler CPU than -O1 on its heaviest files (merge.cpp 13.4 -> 7.8 s,
    # decode_test.cpp 40.8 -> 24.5 s) for tests that run a little slower.
    optimize="-Og"
    # The whole suite, but for the tests that run none of the project's code in a
    # way a sanitizer could check: the source checks (clang_format, shellcheck),
    # the firmware and board unit checks (systemd-analyze, dpkg, lintian), the
    # editor's JavaScript alone (merge, LVS import, labels: node), the exposure
    # test (what /proc and ss show of a running kiosk), power_cut, whose kiosks
    # die by SIGKILL before they could report anything (their start-ups from
    # half-written caches are the unit and hostile tests'), and kiosk_present,
    # which checks which libraries the real build maps and how often it wakes:
    # its gpu half loads mesa and libdbus, whose allocations LeakSanitizer
    # reports at exit from unloaded modules no suppression can name.
    targets="all"
    test_filter=""
    test_exclude="^(clang_format|shellcheck|executable_scripts|firmware_.*|board_unit|editor_merge|editor_lvs|editor_labels|exposure|power_cut|kiosk_present)$"
    ;;
  thread)
    sanitize="thread"
    optimize="-O1"
    # TSan where threads hand data over: the poller's workers hand documents to
    # the UI thread (net: fetcher and poller tests against a fixture server and
    # Apache, which run as separate, uninstrumented processes — only the test
    # process's own threads are checked), the kiosk's parts (wall feed, poller
    # wake-ups) and the running kiosk (kiosk_runtime: a Python driver spawning
    # the TSan-built hgw-dashboard, whose threads are what is checked).
    # Left out: single-threaded suites (core, app, platform, ui_render, bench) gain
    # nothing from TSan; schema_agreement, validate_shared_example, clang_format
    # and the firmware checks run no thread of the project.
    targets="hgw_net_tests hgw_kiosk_tests hgw-dashboard"
    test_filter="^(net|kiosk_parts|kiosk_runtime)$"
    test_exclude=""
    ;;
  *)
    usage
    ;;
esac

started=$(date +%s)
# shellcheck disable=SC2086
# A light optimisation (above) and line tables only (-g1): whole symbolized stacks
# still, and the build takes markedly less than -O2 -g (the suite is compiled
# several times in CI). Unity batches as in tests/run-all.sh.
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DHGW_WERROR=ON -DHGW_SANITIZE="$sanitize" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$optimize -g1 -DNDEBUG" \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="$optimize -g1 -DNDEBUG" -DCMAKE_UNITY_BUILD=ON $launcher >/dev/null
# One build of all the targets, so the compiler never waits for one target's
# last link before starting on the next.
# shellcheck disable=SC2086 # the targets are a word list on purpose
cmake --build "$build_dir" --target $targets
built=$(date +%s)

# Reports go to standard error with whole, symbolized stacks.
symbolizer=$(command -v llvm-symbolizer || true)
common="print_stacktrace=1:halt_on_error=1"
if [ -n "$symbolizer" ]; then
  export ASAN_SYMBOLIZER_PATH="$symbolizer" TSAN_SYMBOLIZER_PATH="$symbolizer"
fi
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:detect_invalid_pointer_pairs=0"
export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="$common"
export TSAN_OPTIONS="$common:second_deadlock_stack=1:suppressions=$suppressions/tsan.supp"

status=0
# Two at a time, as the host stage; the timed tests are RUN_SERIAL in their CMakeLists.
set -- --test-dir "$build_dir" --output-on-failure -j2
if [ -n "$test_filter" ]; then set -- "$@" -R "$test_filter"; fi
if [ -n "$test_exclude" ]; then set -- "$@" -E "$test_exclude"; fi
ctest "$@" || status=$?
finished=$(date +%s)
echo "sanitizers ($sanitize): build $((built - started)) s, tests $((finished - built)) s," \
  "exit $status"
exit "$status"
