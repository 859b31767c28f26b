#!/usr/bin/env node
// End to end (issue 16, "first run from the wall"): a board with no password, the
// editor in Debian's chromium, and the one-time setup code the wall shows.
//
//   no password -> the editor shows "Eerste keer instellen"; a wrong code -> the
//   error under the code field; the wall's code (typed as the wall groups it) and a
//   new password -> logged in, the editor shows; reloading -> the login, not the
//   setup form; the same code again -> 409; the wall's notice says password_set;
//   wachtwoord-vergeten beside the config -> after a restart a new code on the wall,
//   the old one refused, the new one sets a password again. The code is read off
//   the wall's rendered setup page (QR by zbarimg, digits by tesseract).
//
// Usage: node editor_first_run_e2e_test.mjs --board BIN --dashboard BIN --editor-dir DIR
//          [--chromium /usr/bin/chromium] [--zbarimg BIN] [--tesseract BIN] [--screenshots DIR]

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as P from "./board_processes.mjs";
import { openEditor, launchBrowser } from "./browser.mjs";
import { ApiClient, runScenario, Steps, waitFor } from "./e2e_support.mjs";

const { values: options } = parseArgs({
  options: {
    board: { type: "string" },
    dashboard: { type: "string" },
    zbarimg: { type: "string", default: "/usr/bin/zbarimg" },
    tesseract: { type: "string", default: "/usr/bin/tesseract" },
    "editor-dir": { type: "string" },
    chromium: { type: "string", default: "/usr/bin/chromium" },
    screenshots: { type: "string" },
  },
});
for (const required of ["board", "dashboard", "editor-dir"]) {
  if (!options[required]) throw new Error(`--${required} is required`);
}

const NEW_PASSWORD = "Zonnebloem-2027!";

// The code as a person learns it: the wall's setup page, drawn by the kiosk's own
// code (`hgw-dashboard render` of the board with the device config, which reads the
// board's first-run notice as the kiosk does), its QR code decoded by zbar and its
// digits read back by tesseract. The notice file is only the cross-check.
function setupCodeFromWall(config, boardUrl, outFolder) {
  fs.rmSync(outFolder, { recursive: true, force: true });
  const run = spawnSync(
    options.dashboard,
    ["render", boardUrl, "--config", config, "--size", "1920x1080", "--out", outFolder],
    { encoding: "utf8", env: { ...process.env, SDL_VIDEODRIVER: "dummy" } },
  );
  assert.equal(run.status, 0, `render failed: ${run.stderr}${run.stdout}`);
  const png = path.join(outFolder, "01-setup.png");
  assert.ok(fs.existsSync(png), `the wall shows its setup page (wrote ${fs.readdirSync(outFolder)})`);
  const qr = spawnSync(options.zbarimg, ["-q", "--raw", png], { encoding: "utf8" });
  assert.match(qr.stdout.trim(), /^https:\/\/\S+:8443\/$/, `the QR code holds the editor's address (zbarimg: ${qr.stdout}${qr.stderr})`);
  // Read as digits only (a block of text, psm 6): the code is the first two groups of
  // four on one line ("7258 2429  0837", the time it holds until after it; now and
  // then a stray digit from the QR code before it). Read as words, tesseract now and
  // then took a large 5 for ")" (seen in CI).
  const text = spawnSync(
    options.tesseract,
    [png, "stdout", "--psm", "6", "-c", "tessedit_char_whitelist=0123456789 "],
    { encoding: "utf8" },
  ).stdout;
  const shown = text.match(/\b(\d{4}) +(\d{4})\b/);
  const code = shown && shown[1] + shown[2];
  assert.ok(code, `the wall shows an eight-digit code (tesseract read: ${text})`);
  const notice = P.readJson(path.join(path.dirname(config), "first-run.json"));
  assert.equal(notice?.password_set, false, "the wall shows a setup code only while no password is set");
  assert.equal(code, notice.setup_code, "the wall shows the board's code");
  assert.ok(Date.parse(notice.valid_until) > Date.now(), `the code is valid now (until ${notice.valid_until})`);
  return code;
}

// "4821 0937", as the wall shows it.
const grouped = (code) => `${code.slice(0, 4)} ${code.slice(4)}`;

const steps = new Steps();
const step = steps.step.bind(steps);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "hgw-editor-first-run-"));
await runScenario("editor first run e2e", folder, async ({ children, browsers }) => {
  const port = await P.freePort();
  const base = `http://127.0.0.1:${port}`;
  const config = P.writeConfig(folder, port, "", path.resolve(options["editor-dir"]));
  const firstRunFile = path.join(folder, "first-run.json");
  const board = P.startBoard(options.board, config);
  children.push(board);
  await board.waitForOutput(`listening on http://127.0.0.1:${port}`, 20);
  await waitFor(() => fs.existsSync(firstRunFile), 10, "the board writes the wall's first-run notice");
  const wallPages = path.join(folder, "wall");
  const code = setupCodeFromWall(config, `${base}/api/board`, wallPages);
  const wrongCode = code === "00000000" ? "11111111" : "00000000";

  const browser = await launchBrowser(options.chromium, folder, "first-run");
  browsers.push(browser);
  const editor = await openEditor(browser, base, { width: 390, height: 844 });
  const page = editor.page;
  const setup = page.locator("#setup");
  const codeField = setup.getByLabel("Instelcode");
  const fillSetup = async (typedCode) => {
    await codeField.fill(typedCode);
    await setup.getByLabel("Je naam").fill("Sanne");
    await setup.getByLabel("Nieuw wachtwoord", { exact: true }).fill(NEW_PASSWORD);
    await setup.getByLabel("Nieuw wachtwoord nog een keer").fill(NEW_PASSWORD);
  };
  const submit = async () => {
    const answer = page.waitForResponse((response) => response.url().endsWith("/api/setup"));
    await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
    return answer;
  };

  await step("no password: the editor shows the first-run form, not the login", async () => {
    await page.goto(base + "/");
    await setup.waitFor({ state: "visible" });
    assert.match(await setup.innerText(), /Eerste keer instellen/);
    assert.match(await setup.innerText(), /staat op het scherm van de wand/i);
    assert.equal(await page.locator("#login").isVisible(), false);
    assert.equal(await page.locator("#editor").isVisible(), false);
  });
  if (options.screenshots) {
    fs.mkdirSync(options.screenshots, { recursive: true });
    await page.screenshot({ path: path.join(options.screenshots, "editor-first-run-phone.png"), fullPage: true });
  }

  await step("two different passwords: said under the second, nothing sent", async () => {
    let sent = false;
    const watch = (request) => (sent ||= request.url().endsWith("/api/setup"));
    page.on("request", watch);
    await fillSetup(grouped(code));
    await setup.getByLabel("Nieuw wachtwoord nog een keer").fill(NEW_PASSWORD + "x");
    await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
    const note = page.locator("#setup-password-again-error");
    await note.waitFor({ state: "visible" });
    assert.match(await note.innerText(), /niet hetzelfde/);
    page.off("request", watch);
    assert.equal(sent, false);
  });

  await step("a wrong code: 403, the error under the code field", async () => {
    await fillSetup(wrongCode);
    const response = await submit();
    assert.equal(response.status(), 403);
    const note = page.locator("#setup-code-error");
    await note.waitFor({ state: "visible" });
    assert.match(await note.innerText(), /klopt niet/);
    assert.equal(await codeField.getAttribute("aria-invalid"), "true");
    assert.match(await codeField.getAttribute("aria-describedby"), /\bsetup-code-error\b/);
    assert.equal(await page.locator("#setup-password-again-error").isVisible(), false);
  });

  await step("the wall's code and a new password: logged in, the editor shows", async () => {
    await fillSetup(grouped(code));
    const response = await submit();
    assert.equal(response.status(), 200, `setup answered ${response.status()}: ${await response.text()}`);
    await page.locator("#editor").waitFor({ state: "visible" });
    await page.locator("#who-name").filter({ hasText: "Aangemeld als Sanne" }).waitFor();
    await page.locator("#notice").filter({ hasText: "Het wachtwoord is ingesteld" }).waitFor();
    assert.equal(await setup.isVisible(), false);
    assert.equal(await page.locator("#setup-code-error").isVisible(), false);
  });

  await step("the wall's notice says a password is set and shows no code", async () => {
    const notice = P.readJson(firstRunFile);
    assert.equal(notice?.password_set, true);
    assert.equal(notice?.setup_code, undefined);
  });

  await step("reloading shows the login, not the first-run form; the new password works", async () => {
    await page.reload();
    await page.locator("#editor").waitFor({ state: "visible" });
    await page.getByRole("button", { name: "Afmelden" }).click();
    await page.locator("#login").waitFor({ state: "visible" });
    await page.reload();
    await page.locator("#login").waitFor({ state: "visible" });
    assert.equal(await setup.isVisible(), false);
    await editor.loginField("Wachtwoord").fill(NEW_PASSWORD);
    await editor.loginField("Wie ben je?").fill("Sanne");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await page.locator("#editor").waitFor({ state: "visible" });
  });

  await step("the same code again is refused with 409", async () => {
    const again = await new ApiClient(base).call("POST", "/api/setup", {
      body: { code, password: "Nog-een-wachtwoord-1", name: "Bram" },
    });
    assert.equal(again.status, 409, again.text);
    assert.equal(again.json?.error, "password_set");
  });

  await step("wachtwoord-vergeten beside the config: after a restart the wall shows a new code, the editor the first-run form", async () => {
    await board.stop();
    fs.writeFileSync(path.join(folder, "wachtwoord-vergeten"), "");
    const restarted = P.startBoard(options.board, config);
    children.push(restarted);
    await restarted.waitForOutput(`listening on http://127.0.0.1:${port}`, 20);
    await waitFor(() => P.readJson(firstRunFile)?.password_set === false, 10, "the notice says no password again");
    const newCode = setupCodeFromWall(config, `${base}/api/board`, wallPages);
    assert.notEqual(newCode, code, "a new code after the reset");
    const old = await new ApiClient(base).call("POST", "/api/setup", {
      body: { code, password: "Nog-een-wachtwoord-1", name: "Bram" },
    });
    assert.equal(old.status, 403, `the code from before the reset is refused: ${old.text}`);
    await page.reload();
    await setup.waitFor({ state: "visible" });
    await fillSetup(grouped(newCode));
    const response = await submit();
    assert.equal(response.status(), 200, `setup answered ${response.status()}: ${await response.text()}`);
    await page.locator("#editor").waitFor({ state: "visible" });
  });

  // The 403 of the wrong code is an answer the page handles, not a script error.
  assert.deepEqual(
    editor.problems.filter((text) => !/favicon|status of 403/.test(text)),
    [],
    "no script or CSP errors",
  );
});
