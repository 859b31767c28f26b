#!/usr/bin/python3
"""The hostile and careless documents of issue 8 through the real binary.

Generates them (dashboard/api/examples/hostile/make_hostile.py) into a temporary
folder, then:

- every invalid-*.json: `validate` exits 1 and names what is wrong, never
  crashes;
- every valid-*.json: `render --page all --size 1920x1080 --verbose` draws every
  page (every part of a page in parts), and each frame stays under --bound-ms
  (the figure per frame is printed);
- the 10 MB document is refused by a file:// source (the 4 MiB cap every source
  has), while `render` of the file itself draws it with the text cut.

Usage: hostile_render.py --binary PATH [--bound-ms 2000] [--keep DIR] [--only NAME…]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "..", "dashboard", "api", "examples", "hostile",
                         "make_hostile.py")
NOW = "2026-11-30T08:00:00+01:00"
FRAME = re.compile(r"^(\S+\.png)\s+\(frame ([0-9.]+) ms, PNG ([0-9.]+) ms\)$")
ENV = {**os.environ, "SDL_VIDEODRIVER": "dummy", "DISPLAY": "", "WAYLAND_DISPLAY": "",
       "TZ": "Europe/Amsterdam"}

# What each refused document must say (a fragment of its error lines).
EXPECTED_ERRORS = {
    "invalid-deep-nesting": "(document): not valid JSON: nested deeper than 64 levels",
    "invalid-nan": "(document): not valid JSON: line 1, column",
    "invalid-infinity": "(document): not valid JSON: line 1, column",
    "invalid-1e400": "number overflow parsing '1e400'",
    "invalid-utf8": "ill-formed UTF-8 byte",
    "invalid-duplicate-ids-10000": "actions[1].id: duplicate id \"a1\" (also at actions[0].id)",
    "invalid-impossible-dates": "teams[0].cycle.since: expected a date YYYY-MM-DD, got \"2026-02-30\"",
}


def run(arguments, timeout):
    started = time.monotonic()
    done = subprocess.run(arguments, capture_output=True, text=True, env=ENV, timeout=timeout,
                          errors="replace")
    return done, time.monotonic() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--bound-ms", type=float, default=2000.0)
    parser.add_argument("--keep", help="write documents and PNGs here instead of a temp folder")
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args()
    folder = args.keep or tempfile.mkdtemp(prefix="hgw-hostile-")
    documents = os.path.join(folder, "documents")
    subprocess.run(["/usr/bin/python3", GENERATOR, documents, *args.only], check=True)
    failures = []

    for name in sorted(os.listdir(documents)):
        stem = name[:-len(".json")]
        path = os.path.join(documents, name)
        if stem.startswith("invalid-"):
            done, seconds = run([args.binary, "validate", path], timeout=60)
            first = next((line for line in done.stdout.splitlines() if ": error: " in line), "")
            print(f"{stem:32} validate exit {done.returncode} in {seconds * 1000:6.0f} ms: "
                  f"{first[len(path) + 2:][:110]}")
            if done.returncode != 1 or EXPECTED_ERRORS[stem] not in done.stdout:
                failures.append(f"{stem}: exit {done.returncode}, {done.stdout[-400:]}{done.stderr}")
            continue
        out = os.path.join(folder, "pages", stem)
        done, seconds = run([args.binary, "render", path, "--page", "all", "--size", "1920x1080",
                             "--verbose", "--now", NOW, "--out", out], timeout=300)
        frames = [FRAME.match(line) for line in done.stdout.splitlines()]
        frames = [match for match in frames if match]
        print(f"{stem:32} render exit {done.returncode}, {len(frames)} pages, "
              f"{seconds:5.1f} s in all")
        for match in frames:
            frame_ms = float(match.group(2))
            page = os.path.basename(match.group(1))
            mark = "" if frame_ms <= args.bound_ms else f"   OVER {args.bound_ms:.0f} ms"
            print(f"    {page:22} frame {frame_ms:8.1f} ms   PNG {float(match.group(3)):7.1f} ms"
                  f"{mark}")
            if mark:
                failures.append(f"{stem}/{page}: frame {frame_ms:.0f} ms > {args.bound_ms:.0f} ms")
        # A page in parts writes 05-acties.png, 05-acties-2.png …: six pages, each
        # in at most six parts (core/page_rotation.hpp, kMostParts).
        pages = {os.path.basename(match.group(1))[:2] for match in frames}
        if done.returncode != 0 or len(pages) != 6 or len(frames) > 6 * 6:
            failures.append(f"{stem}: render exit {done.returncode}, {len(pages)} pages in "
                            f"{len(frames)} frames: {done.stderr[-400:]}")

    big = os.path.join(documents, "valid-string-10mb.json")
    if os.path.exists(big):
        done, _ = run([args.binary, "validate", "file://" + big], timeout=60)
        said = (done.stdout + done.stderr).strip()
        print(f"{'file:// of the 10 MB document':32} validate exit {done.returncode}: {said[-120:]}")
        if done.returncode != 1 or "too_large" not in said:
            failures.append(f"file:// 10 MB: {said}")

    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    if failures:
        print("\nFAILED:\n  " + "\n  ".join(failures))
        return 1
    print(f"\nall pages within {args.bound_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
