// What the editor's end-to-end tests share: the run of one scenario with its
// teardown, a seeded board to start from, timed steps, waiting for a condition, and
// the board's API as a script sees it.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import * as P from "./board_processes.mjs";

// Runs one end-to-end scenario and exits with its result. The scenario puts the
// processes it starts in run.children and the browsers it opens in run.browsers:
// whatever happens, the browsers are closed and the children stopped, the last
// started first. On a failure the error and each child's last output are printed
// and the folder is kept for a look.
export async function runScenario(name, folder, scenario) {
  const run = { children: [], browsers: [] };
  let failed = false;
  try {
    await scenario(run);
    console.log(`\n${name}: 1 passed, 0 failed`);
  } catch (error) {
    failed = true;
    console.error(error);
    for (const child of run.children) console.error(`--- output of ${child.process.spawnfile}:\n${child.output.slice(-3000)}`);
  } finally {
    await Promise.all(run.browsers.map((browser) => browser.close().catch(() => {})));
    for (const child of run.children.reverse()) await child.stop();
    if (!failed) fs.rmSync(folder, { recursive: true, force: true });
    else console.error(`kept ${folder} for a look`);
  }
  process.exit(failed ? 1 : 0);
}

// A board on a free loopback port with P.PASSWORD, seeded once by a script with the
// demo school (options["demo-json"]), as the editor tests start from it.
export async function startSeededBoard(options, folder, children) {
  const port = await P.freePort();
  const base = `http://127.0.0.1:${port}`;
  const config = P.writeConfig(folder, port, P.hashPassword(options.board), path.resolve(options["editor-dir"]));
  console.log(`hgw-board on ${base}, data in ${folder}`);
  const board = P.startBoard(options.board, config);
  children.push(board);
  await board.waitForOutput(`listening on http://127.0.0.1:${port}`, 20);

  const seed = JSON.parse(fs.readFileSync(options["demo-json"], "utf8"));
  const api = new ApiClient(base);
  await api.login("Installatie");
  const first = await api.call("GET", "/api/board");
  const seeded = await api.call("PUT", "/api/board", { body: seed, headers: { "If-Match": `"${first.etag}"` } });
  assert.equal(seeded.status, 200, `seeding the board: ${seeded.text}`);
  const seedFile = path.join(folder, "seed.json");
  fs.writeFileSync(seedFile, JSON.stringify(seed));
  return { base, config, api, seed, seedEtag: seeded.json.etag, seedFile };
}

// The wall on the same config, started once the board is up; returns when it has
// read the board with `etag`. kioskEtag() tells which board it shows from then on.
export async function startWallReading(options, folder, config, children, etag) {
  const statusFile = path.join(folder, "status.json");
  children.push(P.startKiosk(options.dashboard, config, statusFile));
  const kioskEtag = () => P.readJson(statusFile)?.sources?.[0]?.etag?.replace(/"/g, "");
  await waitFor(() => kioskEtag() === etag, 30, "the kiosk reads the seeded board");
  return { statusFile, kioskEtag };
}

// Runs one step of a test, prints how long it took and keeps the figure.
export class Steps {
  constructor() {
    this.timings = [];
  }
  async step(name, action) {
    const started = performance.now();
    const result = await action();
    const ms = Math.round(performance.now() - started);
    this.timings.push([name, ms]);
    console.log(`  ok  ${name} (${ms} ms)`);
    return result;
  }
}

export async function waitFor(condition, seconds, what) {
  const deadline = performance.now() + Math.max(seconds, 0.5) * 1000;
  while (performance.now() < deadline) {
    if (await condition()) return;
    await P.sleep(100);
  }
  throw new Error(`timed out after ${seconds.toFixed(1)} s: ${what}`);
}

// The API as a script sees it: login cookie and CSRF token kept between calls.
export class ApiClient {
  constructor(base) {
    this.base = base;
    this.cookie = "";
    this.csrf = "";
  }
  async call(method, url, { body, headers = {} } = {}) {
    const response = await fetch(this.base + url, {
      method,
      headers: { Cookie: this.cookie, "X-CSRF-Token": this.csrf, "Content-Type": "application/json", ...headers },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const cookie = response.headers.get("set-cookie");
    if (cookie) this.cookie = cookie.split(";")[0];
    const text = await response.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {}
    return {
      status: response.status,
      json,
      text,
      etag: (response.headers.get("etag") || "").replace(/"/g, ""),
      headers: response.headers,
    };
  }
  async login(name) {
    const answer = await this.call("POST", "/api/login", { body: { password: P.PASSWORD, name } });
    assert.equal(answer.status, 200, `login: ${answer.text}`);
    this.csrf = answer.json.csrf;
  }
}
