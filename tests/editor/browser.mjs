// Debian's chromium driven by playwright-core (no browser download), and the
// editor page as a kc'er uses it: by labels, buttons and the fields' paths.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-features=Translate",
];

// A fresh profile per browser, with translation off so no bubble covers the Dutch page.
export async function launchBrowser(executablePath, folder, name) {
  const { chromium } = await import("playwright-core").catch(() => {
    throw new Error(
      "playwright-core is not installed: run `npm ci --prefix tests/editor` (npm registry only, no browser download)",
    );
  });
  const profile = path.join(folder, `chromium-${name}`);
  fs.mkdirSync(path.join(profile, "Default"), { recursive: true });
  fs.writeFileSync(path.join(profile, "Default", "Preferences"), JSON.stringify({ translate: { enabled: false } }));
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    viewport: { width: 390, height: 844 },
  });
}

export async function openEditor(context, base, viewport) {
  const page = context.pages().find((p) => p.url() === "about:blank") || (await context.newPage());
  await page.setViewportSize(viewport);
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && !/status of (401|409|412|422|429)/.test(message.text())) problems.push(message.text());
  });
  return new EditorPage(page, base, problems);
}

class EditorPage {
  constructor(page, base, problems) {
    this.page = page;
    this.base = base;
    this.problems = problems;
  }

  assertNoScriptErrors() {
    assert.deepEqual(
      this.problems.filter((text) => !/favicon/.test(text)),
      [],
      "no script or CSP errors",
    );
  }

  async open() {
    await this.page.goto(this.base + "/");
    await this.page.locator("#login").waitFor({ state: "visible" });
  }

  async waitForEditor() {
    await this.page.locator("#editor").waitFor({ state: "visible" });
    await this.page.locator("#teams details.card").first().waitFor();
  }

  // The login form's fields; the first run's form (hidden) has password fields too.
  loginField(label) {
    return this.page.locator("#login").getByLabel(label);
  }

  async login(password, name) {
    await this.loginField("Wachtwoord").fill(password);
    await this.loginField("Wie ben je?").fill(name);
    await this.page.getByRole("button", { name: "Aanmelden" }).click();
    await this.waitForEditor();
    this.assertNoScriptErrors();
  }

  field(path) {
    return this.page.locator(`[data-path="${path}"]`);
  }

  async addAction({ what, who, when, how, why, start }) {
    await this.page.getByTestId("add-action").click();
    await this.field("actions[0].what").fill(what);
    await this.field("actions[0].who").fill(who);
    await this.field("actions[0].when").fill(when);
    if (how) await this.field("actions[0].how").fill(how);
    if (why) await this.field("actions[0].why").fill(why);
    if (start) {
      await this.field("actions[0].start").fill(start);
      await this.field("actions[0].start").blur();
    }
  }

  async setPhase(teamId, phase) {
    const card = this.page.locator(`details[data-team="${teamId}"]`);
    if (!(await card.evaluate((node) => node.open))) await card.locator("summary").click();
    await card.getByLabel("Fase in de cyclus").selectOption(phase);
  }

  async addMessage(text, until) {
    await this.page.getByTestId("add-message").click();
    await this.field("messages[0].text").fill(text);
    await this.field("messages[0].until").fill(until);
  }

  async clickSave() {
    const save = this.page.getByRole("button", { name: "Opslaan" });
    assert.ok(await save.isEnabled(), "Opslaan is enabled after a change");
    const answer = this.page.waitForResponse(
      (response) => response.url().endsWith("/api/board") && response.request().method() === "PUT",
    );
    await save.click();
    return answer;
  }

  async save() {
    const response = await this.clickSave();
    assert.equal(response.status(), 200, `save answered ${response.status()}: ${await response.text()}`);
    await this.page.locator("#notice.ok").filter({ hasText: "Opgeslagen" }).waitFor();
    await this.page.locator("#save-state").filter({ hasText: "Alles opgeslagen" }).waitFor();
    return { etag: (await response.json()).etag };
  }

  async saveExpectingConflict() {
    const response = await this.clickSave();
    assert.equal(response.status(), 412);
    const panel = this.page.locator("#conflict");
    await panel.waitFor({ state: "visible" });
    await this.page.getByRole("button", { name: "Samenvoegen" }).waitFor();
    await this.page.getByRole("button", { name: /Opnieuw laden/ }).waitFor();
    return panel.innerText();
  }

  async merge() {
    await this.page.getByRole("button", { name: "Samenvoegen" }).click();
    await this.page.locator("#conflict").waitFor({ state: "hidden" });
    await this.page.locator("#notice").filter({ hasText: "Samengevoegd" }).waitFor();
  }

  // The server's error for `path`, shown right under that field.
  async saveExpectingFieldError(path) {
    const response = await this.clickSave();
    assert.equal(response.status(), 422);
    const note = this.page.locator(`[data-path="${path}"] + .field-error`);
    await note.waitFor({ state: "visible" });
    assert.equal(await this.field(path).getAttribute("aria-invalid"), "true");
    assert.ok(await note.isVisible());
    return note.innerText();
  }

  // The preview image of `page` is the saved version (ETag in its URL) and has loaded.
  async previewLoaded(page, etag) {
    const image = this.page.locator(`figure[data-page="${page}"] img`);
    await image.scrollIntoViewIfNeeded();
    await this.page.waitForFunction(
      ({ page, etag }) => {
        const img = document.querySelector(`figure[data-page="${page}"] img`);
        return img && img.src.includes(`v=${encodeURIComponent(etag)}`) && img.complete && img.naturalWidth > 0;
      },
      { page, etag },
      { timeout: 20000 },
    );
  }

  // Versies: restore version N (two clicks: the second confirms).
  async restoreVersion(version) {
    await this.page.getByRole("button", { name: /Versies (tonen|vernieuwen)/ }).click();
    const row = this.page
      .locator("#versions tbody tr")
      .filter({ has: this.page.locator("td:first-child", { hasText: new RegExp(`^${version}$`) }) });
    await row.getByRole("button", { name: "Terugzetten" }).click();
    await row.getByRole("button", { name: /Zeker/ }).click();
    await this.page
      .locator("#notice")
      .filter({ hasText: `Versie ${version} is teruggezet` })
      .waitFor();
  }

  async logout() {
    await this.page.getByRole("button", { name: "Afmelden" }).click();
    await this.page.locator("#login").waitFor({ state: "visible" });
  }

  async wrongPasswords(count) {
    const attempts = [];
    for (let i = 0; i < count; i++) {
      await this.loginField("Wachtwoord").fill(`fout-${i}`);
      const answer = this.page.waitForResponse((response) => response.url().endsWith("/api/login"));
      const started = performance.now();
      await this.page.getByRole("button", { name: /Aanmelden/ }).click();
      const response = await answer;
      const ms = Math.round(performance.now() - started);
      const shown = this.page.locator("#login-error");
      await shown.waitFor({ state: "visible" });
      attempts.push({ status: response.status(), ms, shown: await shown.innerText() });
      if (response.status() === 429) {
        assert.ok(await this.page.locator("#login-submit").isDisabled(), "the button waits too");
        break;
      }
    }
    return attempts;
  }

  // The editor as she sees it: the top, an open action, the display settings.
  async screenshots(folder, kind) {
    fs.mkdirSync(folder, { recursive: true });
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path: path.join(folder, `editor-${kind}.png`) });
    await this.page.locator("#acties").scrollIntoViewIfNeeded();
    const first = this.page.locator("#acties details.card").first();
    if (!(await first.evaluate((node) => node.open))) await first.locator("summary").click();
    await this.page.evaluate(() => document.querySelector("#acties").scrollIntoView());
    await this.page.screenshot({ path: path.join(folder, `editor-actions-${kind}.png`) });
    await this.page.evaluate(() => document.querySelector("#voorbeeld").scrollIntoView());
    await this.page
      .waitForFunction(
        () => [...document.querySelectorAll(".preview img")].every((img) => img.complete && img.naturalWidth > 0),
        null,
        {
          timeout: 30000,
        },
      )
      .catch(() => console.log("    (not every preview had loaded for the screenshot)"));
    await this.page.screenshot({ path: path.join(folder, `editor-preview-${kind}.png`) });
  }
}
