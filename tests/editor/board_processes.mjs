// The real programs the editor test drives: hgw-board on 127.0.0.1 with a temp
// data folder and a known password, and a headless kiosk reading the board.

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const PASSWORD = "Regenboog-2026!";

export function hashPassword(boardBinary) {
  const run = spawnSync(boardBinary, ["hash-password"], { input: `${PASSWORD}\n${PASSWORD}\n`, encoding: "utf8" });
  const line = (run.stdout || "").split("\n").find((text) => text.startsWith("password_hash = "));
  if (run.status !== 0 || !line) throw new Error(`hgw-board hash-password failed (${run.status}): ${run.stderr}`);
  return line;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// One config for both, as on the device's boot partition.
export function writeConfig(folder, port, passwordLine, editorDirectory) {
  const file = path.join(folder, "hgw-dashboard.conf");
  fs.writeFileSync(
    file,
    `[source]
url = http://127.0.0.1:${port}/api/board
poll_seconds = 10

[cache]
directory = ${folder}/cache

[board]
listen = none
front_listen = none
http_listen = 127.0.0.1:${port}
${passwordLine}
data_directory = ${folder}/board
editor_directory = ${editorDirectory}
first_run_file = ${folder}/first-run.json
`,
  );
  return file;
}

// A child process whose output is kept, stopped with SIGTERM at the end.
export class Child {
  constructor(binary, args, env = {}) {
    this.output = "";
    this.process = spawn(binary, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    this.exited = new Promise((resolve) => this.process.once("exit", (code, signal) => resolve({ code, signal })));
    for (const stream of [this.process.stdout, this.process.stderr]) stream.on("data", (chunk) => (this.output += chunk));
  }

  async waitForOutput(needle, seconds) {
    const deadline = Date.now() + seconds * 1000;
    while (Date.now() < deadline) {
      if (this.output.includes(needle)) return;
      if (this.process.exitCode !== null) break;
      await sleep(50);
    }
    throw new Error(`no "${needle}" within ${seconds} s; output:\n${this.output}`);
  }

  async stop() {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill("SIGTERM");
    const timeout = sleep(10000).then(() => this.process.kill("SIGKILL"));
    const result = await this.exited;
    void timeout;
    return result;
  }
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function startBoard(boardBinary, config) {
  return new Child(boardBinary, ["--config", config]);
}

// Monday morning on the wall's clock, so the kiosk is lit and polls at its
// interval whatever hour the test runs.
export function startKiosk(dashboardBinary, config, statusFile) {
  return new Child(
    dashboardBinary,
    ["--headless", "--size", "480x270", "--config", config, "--status-file", statusFile, "--now", "2026-11-30T09:00:00+01:00"],
    { TZ: "Europe/Amsterdam", SDL_VIDEODRIVER: "dummy", DISPLAY: "", WAYLAND_DISPLAY: "" },
  );
}

export function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

// The document the kiosk keeps for `url` in its cache: what the wall shows.
export function cachedDocument(cacheFolder, url) {
  if (!fs.existsSync(cacheFolder)) return null;
  for (const name of fs.readdirSync(cacheFolder)) {
    const envelope = readJson(path.join(cacheFolder, name));
    if (envelope?.url === url && typeof envelope.document === "string")
      return { ...envelope, file: path.join(cacheFolder, name) };
  }
  return null;
}

// `hgw-dashboard render` of one page at a fixed instant: the PNGs' bytes, every part
// the wall turns through in order ("05-acties.png", "05-acties-2.png", …).
export function renderPage(dashboardBinary, documentFile, page, outFolder) {
  fs.mkdirSync(outFolder, { recursive: true });
  const run = spawnSync(
    dashboardBinary,
    ["render", documentFile, "--page", page, "--size", "960x540", "--out", outFolder, "--now", "2026-11-30T09:00:00+01:00"],
    { encoding: "utf8", env: { ...process.env, TZ: "Europe/Amsterdam", SDL_VIDEODRIVER: "dummy" } },
  );
  if (run.status !== 0) throw new Error(`render ${documentFile} --page ${page} failed: ${run.stderr}${run.stdout}`);
  const partOf = (name) => Number(name.match(new RegExp(`${page}(?:-(\\d+))?\\.png$`))?.[1] ?? 1);
  const pngs = fs
    .readdirSync(outFolder)
    .filter((name) => new RegExp(`\\d+-${page}(-\\d+)?\\.png$`).test(name))
    .sort((a, b) => partOf(a) - partOf(b));
  if (pngs.length === 0) throw new Error(`render wrote no ${page} page to ${outFolder}`);
  return Buffer.concat(pngs.map((name) => fs.readFileSync(path.join(outFolder, name))));
}

export function validate(dashboardBinary, documentFile) {
  return spawnSync(dashboardBinary, ["validate", documentFile], { encoding: "utf8" });
}
