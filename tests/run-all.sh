#!/bin/sh
# Every test CI runs, in one go: the README's test command installs the packages
# (cross/install-deps.sh) and then calls this. Each stage prints its time; the
# first failing stage ends the run with its name.
#
#   host     configure build/ with warnings as errors (-O2, no -g), build, ctest (every test)
#   asan     the whole suite again with AddressSanitizer + UBSan (build-asan/)
#   tsan     the threaded tests with ThreadSanitizer (build-tsan/)
#   fuzz     every libFuzzer target for HGW_FUZZ_SECONDS (default 30) each, one per core
#   arm64    cross build for arm64, unit tests under qemu-user, the arm64 .deb
#   armhf    the same for 32-bit armhf (ARMv7): 32-bit size_t, time_t and off_t
#
# Usage: tests/run-all.sh [STAGE...]    (default: all stages, in the order above)
# Long runs (hours of fuzzing, the 30-day soak, the image build, the qemu boot)
# are not here: see README, "Long runs".
set -eu

source_dir=$(cd "$(dirname "$0")/.." && pwd)
cd "$source_dir"
all_stages="host asan tsan fuzz arm64 armhf"
stages=${*:-$all_stages}

for stage in $stages; do
  case " $all_stages " in
    *" $stage "*) ;;
    *) echo "run-all: unknown stage '$stage' (stages: $all_stages)" >&2; exit 2 ;;
  esac
done

run_host() {
  # playwright-core for the editor's browser test, exactly as package-lock.json
  # pins it (from npm's registry; it drives Debian's chromium, downloads no browser).
  npm ci --prefix tests/editor --no-audit --no-fund --loglevel=error
  # The shipped -O2 (so its warnings are the device build's), but no debug info:
  # CI starts no debugger, and -g cost a quarter of the build's compiler CPU time
  # (measured from clean, no ccache: 1339 s with it, 997 s without). The cross
  # stages build the same way (cross/build-and-test.sh).
  # Unity batches (CMAKE_UNITY_BUILD, eight files a unit): each batch parses the
  # headers and instantiates nlohmann::json's templates once instead of eight times.
  # Every build of this script compiles that way (sanitizers.sh, build-and-test.sh);
  # a developer's build compiles each file alone, which keeps the includes honest.
  cmake -S . -B build -G Ninja -DHGW_WERROR=ON -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DCMAKE_UNITY_BUILD=ON
  cmake --build build
  # Two at a time on two cores; the tests that time themselves run alone (RUN_SERIAL).
  ctest --test-dir build --output-on-failure -j2
}
run_asan() { sh tests/sanitizers.sh address build-asan; }
run_tsan() { sh tests/sanitizers.sh thread build-tsan; }
run_fuzz() { sh fuzz/run.sh "${HGW_FUZZ_SECONDS:-30}"; }
run_cross() { # ARCH
  # The unit tests only: the UI, net and kiosk suites need the host's python3,
  # apache2 and openssl as fixtures, and the host stage runs them natively.
  # Only what those need is built: the test programs, and the two programs that
  # firmware_unit checks and firmware_package installs (cpack installs both).
  # Both architectures run the same list: the tests take about a minute under qemu,
  # the compile they need is the stage's cost, and each architecture has its own
  # reason to run them (arm64 is what the image ships; armhf is 32-bit).
  HGW_CROSS_TESTS='^(core|app|platform|firmware_unit|firmware_package)$' \
    HGW_CROSS_TARGETS='hgw_core_tests hgw_app_tests hgw_platform_tests hgw-dashboard hgw-board' \
    sh cross/build-and-test.sh "$1"
}
run_arm64() { run_cross arm64; }
run_armhf() { run_cross armhf; }

started=$(date +%s)
summary=""
for stage in $stages; do
  echo "================ run-all: $stage"
  stage_started=$(date +%s)
  if ! "run_$stage"; then
    echo "================ run-all: stage $stage FAILED after $(($(date +%s) - stage_started)) s" >&2
    printf '%s' "$summary"
    exit 1
  fi
  summary="$summary  $stage: $(($(date +%s) - stage_started)) s
"
done
echo "================ run-all: all stages passed in $(($(date +%s) - started)) s"
printf '%s' "$summary"
