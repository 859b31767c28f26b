// What the editor's end-to-end tests share: timed steps, waiting for a condition,
// and the board's API as a script sees it.

import assert from "node:assert/strict";
import * as P from "./board_processes.mjs";

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
