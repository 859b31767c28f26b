#!/bin/sh
# Builds the libFuzzer targets with clang and runs each for a while (issue 8, part 1).
#
#   fuzz/run.sh [SECONDS_PER_TARGET] [BUILD_DIR]     CI: fuzz/run.sh 30
#
# SECONDS_PER_TARGET defaults to 60; BUILD_DIR to build-fuzz next to this folder's
# parent. The targets run side by side, one per core (HGW_FUZZ_JOBS overrides). The seeds are made fresh from the project's own files on every run, so
# they never drift from the format: the API examples and the demo school
# (documents), the example configs, and the header sets in fuzz/heads/ (also put
# in front of every valid example). The dictionaries are made from the JSON
# Schema and the config examples. Whatever libFuzzer adds to the corpus is kept
# in BUILD_DIR/fuzz-work/corpus/<target>, so runs by hand build on each other.
#
# Exit status 1 when any target found a crash, a leak, a sanitizer report, a
# broken invariant or an input slower than 10 s. The input is kept as
# BUILD_DIR/fuzz-work/crashes/<target>/crash-*: copy it to
# fuzz/regressions/<target>/, where the <target>_replay ctest replays it in the
# normal build, and fix the cause.
set -eu

seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
build_dir=${2:-$source_dir/build-fuzz}
work=$build_dir/fuzz-work
python=/usr/bin/python3
targets="fuzz_document fuzz_config fuzz_http_response"

case "$seconds" in
  '' | *[!0-9]*)
    echo "usage: $0 [SECONDS_PER_TARGET] [BUILD_DIR]" >&2
    exit 2
    ;;
esac

launcher=""
if command -v ccache >/dev/null 2>&1; then
  launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi
# shellcheck disable=SC2086
CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -G Ninja -DHGW_FUZZ=ON \
  -DHGW_BUILD_TESTS=OFF -DHGW_WERROR=ON $launcher >/dev/null
# shellcheck disable=SC2086
cmake --build "$build_dir" --target $targets

# --- seeds and dictionaries, from the project's files ---------------------------
rm -rf "$work/seeds" "$work/dict"
mkdir -p "$work/dict"
for target in $targets; do
  mkdir -p "$work/seeds/$target" "$work/corpus/$target" "$work/crashes/$target"
done

api=$source_dir/dashboard/api
find "$api/examples" -name '*.json' -exec cp {} "$work/seeds/fuzz_document/" \;
cp "$api/demo-school.json" "$work/seeds/fuzz_document/"
if [ -d "$source_dir/../shared/examples" ]; then
  find "$source_dir/../shared/examples" -name '*.json' -exec cp {} "$work/seeds/fuzz_document/" \;
fi

cp "$source_dir"/config/examples/*.conf "$work/seeds/fuzz_config/"
[ ! -f "$source_dir/firmware/hgw-dashboard.conf" ] ||
  cp "$source_dir/firmware/hgw-dashboard.conf" "$work/seeds/fuzz_config/firmware.conf"

cp "$here"/heads/* "$work/seeds/fuzz_http_response/"
for document in "$api"/examples/valid/*.json; do
  name=$(basename "$document" .json)
  {
    printf '200\r\nETag: "%s"\r\nContent-Type: application/json\r\nCache-Control: max-age=60\r\n\r\n' "$name"
    cat "$document"
  } >"$work/seeds/fuzz_http_response/200-$name.txt"
done

# Every property name and enumeration value of the schema, and the JSON tokens.
# The quoting is libfuzzer_dict.py's (PYTHONPATH: this folder).
PYTHONPATH="$here" "$python" - "$api/hgw-dashboard-1.schema.json" >"$work/dict/fuzz_document.dict" <<'EOF'
import json, sys
from libfuzzer_dict import write_dictionary
words = set()
def walk(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                words.update('"%s":' % name for name in value)
            if key in ("enum", "const"):
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, str):
                        words.add('"%s"' % item)
            walk(value)
    elif isinstance(node, list):
        for item in node:
            walk(item)
walk(json.load(open(sys.argv[1])))
words.update(['"hgw-dashboard/1"', "null", "true", "false", "[]", "{}", "1e308", "-0",
              '"2026-02-29"', '"2026-11-30T08:00:00+01:00"', '"23:59"', '"\\u0000"'])
write_dictionary(sorted(words))
EOF

# Section headers and keys as the example configs write them.
PYTHONPATH="$here" "$python" - "$source_dir"/config/examples/*.conf >"$work/dict/fuzz_config.dict" <<'EOF'
import json, re, sys
from libfuzzer_dict import write_dictionary
words = {"=", ";", "#", "\n", "file:///", "https://", "http://", "yes", "no"}
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("["):
            words.add(line)
        elif "=" in line and not line.startswith(("#", ";")):
            words.add(line.split("=", 1)[0].strip() + " = ")
write_dictionary(sorted(words))
EOF

PYTHONPATH="$here" "$python" >"$work/dict/fuzz_http_response.dict" <<'EOF'
import json
from libfuzzer_dict import write_dictionary
words = ["\n--next-answer--\n", "\r\n\r\n", "HTTP/1.1 ", "200", "304", "0 timeout", " dark",
         "ETag: ", "Last-Modified: ", "Content-Type: ", "Cache-Control: ", "Retry-After: ",
         "max-age=", "no-cache", "no-store", "W/\"", "text/html", "application/json",
         "Mon, 30 Nov 2026 08:00:00 GMT", "GMT", "\ufeff", "<", '{"format": "hgw-dashboard/1"}']
write_dictionary(words)
EOF

# --- the runs ---------------------------------------------------------------------
# One target per core at a time (HGW_FUZZ_JOBS, default: the number of cores): each
# still gets its SECONDS of one core, and on CI's two cores the three targets take
# two rounds instead of three.
jobs=${HGW_FUZZ_JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)}
case "$jobs" in
  '' | *[!0-9]* | 0) jobs=1 ;;
esac

# Runs one target for $seconds; writes its summary line to $work/<target>.result and
# its exit status to $work/<target>.status.
fuzz_one() {
  target=$1
  # Documents and answers up to 64 KiB (the demo school is 16 KiB); a config file
  # of 8 KiB is already far beyond any real one.
  case "$target" in
    fuzz_config) max_len=8192 ;;
    *) max_len=65536 ;;
  esac
  log=$work/$target.log
  target_status=0
  # The corpus dir comes first: libFuzzer writes what it finds there; the seeds are
  # only read. -timeout: an input slower than 10 s is a hang, reported as a crash.
  ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:strict_string_checks=1" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    "$build_dir/fuzz/$target" "$work/corpus/$target" "$work/seeds/$target" \
    -dict="$work/dict/$target.dict" -max_len="$max_len" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/crashes/$target/" >"$log" 2>&1 || target_status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  coverage=$(grep -E '^#[0-9]+' "$log" | tail -n 1 | sed -n 's/.* cov: \([0-9]*\) ft: \([0-9]*\).*/\1 edges, \2 features/p')
  corpus=$(find "$work/corpus/$target" -type f | wc -l)
  line="$target: ${runs:-?} executions in ${seconds}s, coverage ${coverage:-?}, corpus $corpus"
  if [ "$target_status" -ne 0 ]; then
    line="$line — FAILED (exit $target_status, log $log)"
  fi
  echo "$line" >"$work/$target.result"
  echo "$target_status" >"$work/$target.status"
}

running=""
for target in $targets; do
  rm -f "$work/$target.result" "$work/$target.status"
  # shellcheck disable=SC2086
  set -- $running
  if [ "$#" -ge "$jobs" ]; then
    # All run for the same seconds, so the oldest run ends first.
    wait "$1" || true
    shift
    running="$*"
  fi
  echo "fuzz: $target for ${seconds}s"
  fuzz_one "$target" &
  running="$running $!"
done
for pid in $running; do
  wait "$pid" || true
done

status=0
summary=""
for target in $targets; do
  line=$(cat "$work/$target.result" 2>/dev/null || echo "$target: no result — FAILED")
  target_status=$(cat "$work/$target.status" 2>/dev/null || echo 1)
  if [ "$target_status" -ne 0 ]; then
    status=1
    grep -E 'ERROR: |runtime error|invariant broken|Test unit written' "$work/$target.log" |
      head -n 5 >&2 || true
  fi
  echo "$line"
  summary="$summary$line
"
done

printf '\nfuzz summary\n%s' "$summary"
if [ "$status" -ne 0 ]; then
  echo "fuzz: crash inputs are in $work/crashes/<target>/; copy each to fuzz/regressions/<target>/ and fix the cause" >&2
fi
exit "$status"
