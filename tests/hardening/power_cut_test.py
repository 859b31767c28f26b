#!/usr/bin/python3
"""Power cuts (issue 8): the headless kiosk is killed with SIGKILL at random
moments while it writes its cache and status file, hundreds of times, and after
every kill:

- each cache file is whole JSON holding exactly one document the server sent —
  the one cached before this run or one served during it, byte for byte (every
  version carries its number in a long pattern, so a mix of two would show) —
  never empty, never older than what was cached before;
- the status file, when there is one, is whole JSON;
- unfinished writes (name.tmp-XXXXXX) do not pile up: at most one per file that
  was being written, and none once the kiosk has started and stopped cleanly;
- the kiosk's log has no "cache file ... ignored".

Every --restart-every kills, and at the end, the server goes down and the kiosk
must start from its cache: READY=1 (the first frame is up) and a status file in
which every source has a document from the cache while its error says
unreachable.

The sources change their document at every request, so every poll is a cache
write. The config's minimum poll interval (10 s) stands: a kiosk with a cache
polls within the first second of its life (the jitter window), so each life is
a start-up, a few first polls and their writes. The kills: a fifth at a random
moment of start-up, a fifth at a random moment of the first second of polling,
a fifth 0-150 ms after the big source (1.5 MB) sent its document, and two
fifths the moment a temporary file appears — between creating it and renaming
it over the cache file, the window an atomic write must survive ("inside a
write" counts the kills that left a temporary file behind).

What SIGKILL cannot show is a real power cut's loss of the page cache: data the
kernel had not yet written. platform/atomic_file covers that with fsync of the
temporary file before the rename and fsync of the folder after it (checked with
strace -f -e trace=fsync,fdatasync,rename,renameat2; see the closing note of
issue 8); proving it would take a VM whose disk is cut off.

Usage: power_cut_test.py --binary PATH --demo-json PATH [--kills 200] [--seed N]
       [--max-seconds S --min-kills N]   (CI on a shared machine; by hand: --kills 2000)
"""

import argparse
import copy
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

from kiosk_harness import (NotifySocket, SourceServer, kiosk_env, read_json,
                           temporary_files)

MONDAY_MORNING = "2026-11-30T10:00:00+01:00"  # the demo school's wall is lit then
CACHE_WARNINGS = ("cache file", "cannot cache")


class ChangingSources:
    """Every GET of /<name> gets the next version of that source's document."""

    def __init__(self, demo, sizes):
        self.demo = demo
        self.sizes = sizes  # name -> bytes of padding
        self.lock = threading.Lock()
        self.next_version = {name: 1 for name in sizes}
        self.served = {name: set() for name in sizes}
        self.served_event = threading.Event()
        self.served_big = threading.Event()

    def document_text(self, name, version):
        document = copy.deepcopy(self.demo)
        document["school"]["name"] = f"{self.demo['school']['name']} — {name} v{version}"
        # An unknown field (ignored by the kiosk, kept in its cache): long, and
        # different in every version all the way through.
        unit = f"{name}-{version:09d};"
        document["power_cut_padding"] = unit * (self.sizes[name] // len(unit))
        return json.dumps(document, ensure_ascii=False)

    def respond(self, name, _headers):
        if name not in self.sizes:
            return 404, {}, b"{}"
        with self.lock:
            version = self.next_version[name]
            self.next_version[name] += 1
            self.served[name].add(version)
        body = self.document_text(name, version).encode()
        self.served_event.set()
        if name == "groot":
            self.served_big.set()
        return 200, {"Content-Type": "application/json", "ETag": etag_of(name, version)}, body

    def take_served(self):
        with self.lock:
            served = self.served
            self.served = {name: set() for name in self.sizes}
        self.served_event.clear()
        self.served_big.clear()
        return served


def etag_of(name, version):
    return f'"{name}-v{version}"'


class PowerCutRun:
    def __init__(self, arguments):
        self.binary = arguments.binary
        self.random = random.Random(arguments.seed)
        with open(arguments.demo_json, encoding="utf-8") as handle:
            demo = json.load(handle)
        sizes = {"klein": 0, "midden": 200_000, "groot": arguments.big_kib * 1024}
        self.sources = ChangingSources(demo, sizes)
        self.server = SourceServer(self.sources.respond)
        self.folder = tempfile.mkdtemp(prefix="hgw-power-cut-")
        self.cache = os.path.join(self.folder, "cache")
        self.run_folder = os.path.join(self.folder, "run")
        os.makedirs(self.run_folder)
        self.status = os.path.join(self.run_folder, "status.json")
        self.config = os.path.join(self.folder, "wall.conf")
        with open(self.config, "w", encoding="utf-8") as handle:
            for name in sizes:
                handle.write(f"[source]\nurl = {self.server.url(name)}\npoll_seconds = 10\n\n")
            handle.write(f"[cache]\ndirectory = {self.cache}\n")
        self.urls = {self.server.url(name): name for name in sizes}
        self.cached = {name: 0 for name in sizes}  # version in the cache; 0: none yet
        self.figures = {"kills": 0, "start-up": 0, "random": 0, "after a send": 0,
                        "in a write": 0, "inside a write": 0,
                        "cache_changes": 0, "status_files_read": 0, "restarts": 0,
                        "validated": 0}

    def spawn(self, *extra, **env):
        log = open(os.path.join(self.folder, "kiosk.log"), "w", encoding="utf-8")
        process = subprocess.Popen(
            [self.binary, "--headless", "--size", "320x180", "--config", self.config, "--now",
             MONDAY_MORNING, "--status-file", self.status, *extra],
            env=kiosk_env(**env), stdout=log, stderr=subprocess.STDOUT)
        log.close()
        return process

    def kiosk_log(self):
        with open(os.path.join(self.folder, "kiosk.log"), encoding="utf-8",
                  errors="replace") as handle:
            return handle.read()

    # One life: start, kill at a moment of one of three kinds. The moments count
    # from the kiosk's first request, not from its start: start-up takes 0.3 s on
    # an idle machine and ten times that on a loaded one.
    def kill_once(self, index):
        self.sources.take_served()
        process = self.spawn()
        kind = ("start-up", "random", "after a send", "in a write", "in a write")[index % 5]
        if kind == "in a write":
            # The moment a temporary file appears, the kiosk is between creating it
            # and renaming it over the cache file: kill it there. A loaded machine
            # may miss every write of this life; then it is a random kill.
            deadline = time.monotonic() + 4
            while not temporary_files(self.cache) and time.monotonic() < deadline:
                time.sleep(0.0005)
            time.sleep(self.random.uniform(0.0, 0.003))
        elif kind == "start-up":
            time.sleep(self.random.uniform(0.0, 0.5))
        elif kind == "random":
            self.sources.served_event.wait(8)
            time.sleep(self.random.uniform(0.0, 1.0))
        else:
            # The big document takes the longest to validate and write.
            self.sources.served_big.wait(8)
            time.sleep(self.random.uniform(0.0, 0.15))
        process.send_signal(signal.SIGKILL)
        process.wait()
        self.figures["kills"] += 1
        self.figures[kind] += 1
        self.check_after_kill(index, self.sources.take_served())

    def check_after_kill(self, index, served):
        where = f"after kill {index + 1}"
        leftovers = temporary_files(self.cache) + temporary_files(self.run_folder)
        if leftovers:
            self.figures["inside a write"] += 1
        # One write per file at a time: more than that is debris of earlier kills.
        assert len(leftovers) <= len(self.cached) + 1, f"{where}: unfinished writes pile up: " \
            f"{leftovers}"
        self.check_cache(where, served, validate=index % 40 == 0)
        if os.path.exists(self.status):
            status = read_json(self.status)
            assert len(status["sources"]) == len(self.cached), f"{where}: {status}"
            self.figures["status_files_read"] += 1
        log = self.kiosk_log()
        assert not any(w in log for w in CACHE_WARNINGS), f"{where}: kiosk log says:\n{log}"

    def check_cache(self, where, served, validate=False):
        if not os.path.isdir(self.cache):
            return
        seen = set()
        unfinished = temporary_files(self.cache)
        for entry in os.listdir(self.cache):
            path = os.path.join(self.cache, entry)
            if entry in unfinished:
                continue
            assert entry.startswith("source-") and entry.endswith(".json"), \
                f"{where}: stray file {entry} in the cache"
            assert os.path.getsize(path) > 0, f"{where}: {entry} is empty"
            envelope = read_json(path)
            name = self.urls.get(envelope.get("url"))
            assert name, f"{where}: {entry} holds an unknown url {envelope.get('url')}"
            seen.add(name)
            etag = envelope["etag"]
            prefix = f'"{name}-v'
            assert etag.startswith(prefix) and etag.endswith('"'), f"{where}: {name}: {etag}"
            version = int(etag[len(prefix):-1])
            before = self.cached[name]
            assert version == before or version in served[name], \
                f"{where}: {name} cached v{version}; expected the old v{before} or one of " \
                f"{sorted(served[name])} served since"
            if version != before:
                self.figures["cache_changes"] += 1
            expected = self.sources.document_text(name, version)
            assert envelope["document"] == expected, \
                f"{where}: {name} v{version} in the cache differs from what was served"
            self.cached[name] = version
            if validate:
                self.validate(envelope["document"], where)
        for name, version in self.cached.items():
            assert version == 0 or name in seen, f"{where}: the cache of {name} disappeared"

    def validate(self, text, where):
        path = os.path.join(self.folder, "cached-document.json")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        result = subprocess.run([self.binary, "validate", "--now", MONDAY_MORNING, path],
                                capture_output=True, text=True, check=False)
        assert result.returncode == 0, f"{where}: validate says:\n{result.stdout}{result.stderr}"
        self.figures["validated"] += 1

    # The server down: the wall still starts and shows the cache.
    def restart_from_cache(self, label):
        self.server.stop()
        if os.path.exists(self.status):
            os.remove(self.status)  # /run is empty after a power cut; and only this run's counts
        notify = NotifySocket(self.folder)
        try:
            process = self.spawn(NOTIFY_SOCKET=notify.path)
            seen = notify.wait_for("READY=1", 20)
            assert any("STATUS=showing" in text for text in seen), f"{label}: {seen}"
            deadline = time.monotonic() + 10
            status = None
            while time.monotonic() < deadline:
                if os.path.exists(self.status):
                    status = read_json(self.status)
                    if all(s["last_try"] for s in status["sources"]):
                        break
                time.sleep(0.05)
            process.send_signal(signal.SIGTERM)
            code = process.wait(timeout=20)
        finally:
            notify.close()
            self.server.start()
        log = self.kiosk_log()
        assert code == 0, f"{label}: exit {code}\n{log}"
        assert not any(w in log for w in CACHE_WARNINGS), f"{label}: kiosk log says:\n{log}"
        assert status, f"{label}: no status file"
        assert status["display_on"] is True and status["page"], f"{label}: {status}"
        for source in status["sources"]:
            name = self.urls[source["url"]]
            if self.cached[name] == 0:  # killed before its first write ever finished
                assert not source["has_document"], f"{label}: {source}"
            else:
                assert source["has_document"] and source["from_cache"], f"{label}: {source}"
                assert source["etag"] == etag_of(name, self.cached[name]), f"{label}: {source}"
            assert source["error"] and source["error"]["kind"] == "unreachable", \
                f"{label}: {source}"
        # Started and stopped cleanly: nothing unfinished is left behind.
        leftovers = temporary_files(self.cache) + temporary_files(self.run_folder)
        assert not leftovers, f"{label}: unfinished writes left after a clean run: {leftovers}"
        self.figures["restarts"] += 1

    def run(self, kills, restart_every, max_seconds):
        started = time.monotonic()
        try:
            for index in range(kills):
                if max_seconds and time.monotonic() - started > max_seconds:
                    print(f"power cut: stopped after {index} kills: the {max_seconds} s budget "
                          "is used up (a loaded machine)", flush=True)
                    break
                self.kill_once(index)
                if (index + 1) % restart_every == 0 and index + 1 < kills:
                    self.restart_from_cache(f"restart after {index + 1} kills")
            self.check_cache("at the end", {name: set() for name in self.cached}, validate=True)
            assert all(version > 0 for version in self.cached.values()), \
                f"some source was never cached: {self.cached}"
            self.restart_from_cache("the final restart")
        finally:
            self.server.stop()
        self.figures["seconds"] = round(time.monotonic() - started, 1)
        return self.figures

    def clean_up(self):
        shutil.rmtree(self.folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--demo-json", required=True)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--restart-every", type=int, default=50)
    parser.add_argument("--big-kib", type=int, default=1536)
    parser.add_argument("--max-seconds", type=float, default=0,
                        help="stop killing after this long (CI on a loaded machine); the "
                             "run still needs --min-kills")
    parser.add_argument("--min-kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    arguments = parser.parse_args()
    print(f"power cut: {arguments.kills} kills, seed {arguments.seed}", flush=True)
    run = PowerCutRun(arguments)
    try:
        figures = run.run(arguments.kills, arguments.restart_every, arguments.max_seconds)
    except AssertionError as failure:
        print(f"FAIL (seed {arguments.seed}, folder {run.folder}): {failure}", flush=True)
        return 1
    finally:
        if not arguments.keep:
            run.clean_up()
    print("power cut: " + ", ".join(f"{key} {value}" for key, value in figures.items()))
    if figures["kills"] < min(arguments.min_kills, arguments.kills):
        print(f"FAIL: only {figures['kills']} kills (at least {arguments.min_kills} needed)")
        return 1
    # The test is only worth its name if some kills did land inside a write.
    if figures["kills"] >= 20 and figures["inside a write"] == 0:
        print("FAIL: no kill landed inside a write; the test did not test the atomic write")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
