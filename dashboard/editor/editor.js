// The kc'er's editor: set the password the first time (with the wall's setup code),
// log in, change the board, save with If-Match, resolve a conflict by reloading or
// merging, preview the wall, restore a version.

import { api, setCsrf, previewUrl } from "./api.js";
import { clone, same, merge } from "./merge.js";
import { clearErrors, showErrors, inDutch } from "./errors.js";
import { h, button } from "./fields.js";
import * as S from "./sections.js";
import * as L from "./labels.js";
import { goalsSection } from "./goals.js";
import { trendsSection } from "./trends.js";
import { supportSection } from "./support.js";
import { openImportDialog } from "./import_dialog.js";

const $ = (id) => document.getElementById(id);

// actedIn: the section she used a field or button of last (a section stays when
// its content is drawn again), so a refused save takes her to the error there.
const state = { base: null, doc: null, etag: "", saving: false, actedIn: null };

const sections = {
  teams: S.teamsSection,
  doelen: goalsSection,
  trends: trendsSection,
  acties: S.actionsSection,
  ondersteuning: supportSection,
  berichten: S.messagesSection,
  goed: S.positivesSection,
  scherm: S.displaySection,
};

const ctx = {
  openNext: null,
  changed: () => updateDirty(),
  rerender: () => render(),
  notice: (text) => notice(text),
  openImport: () => openImportDialog(state.doc, imported),
};

// The figures are in the document now, not yet on the board: she saves as always.
function imported({ created, added, corrected, goalsUpdated }) {
  render();
  const parts = [
    created.length && `${created.length} nieuwe ${created.length === 1 ? "trend" : "trends"}`,
    added && `${added} nieuwe ${added === 1 ? "meting" : "metingen"}`,
    corrected && `${corrected} ${corrected === 1 ? "meting" : "metingen"} bijgewerkt`,
    goalsUpdated && `${goalsUpdated} ${goalsUpdated === 1 ? "doel" : "doelen"} bijgewerkt`,
  ].filter(Boolean);
  notice(`Geïmporteerd: ${parts.join(", ")}. Nog niet opgeslagen — klik op Opslaan.`, "warning");
  $("trends").scrollIntoView({ block: "start" });
}

function show(...ids) {
  for (const id of ["loading", "setup", "login", "editor"]) $(id).hidden = !ids.includes(id);
}

function notice(text, kind = "info") {
  const box = $("notice");
  box.textContent = text;
  box.className = `notice ${kind}`;
  box.hidden = !text;
}

async function start() {
  const { status, body } = await api.session();
  if (status !== 200) {
    $("loading").textContent = body?.message || "Het prikbord is niet bereikbaar. Probeer het later opnieuw.";
    return;
  }
  if (body.certificate_sha256 && location.protocol === "https:") {
    for (const id of ["fingerprint", "setup-fingerprint"]) {
      $(id).textContent = `Vingerafdruk (SHA-256) van het certificaat van dit kastje: ${body.certificate_sha256}`;
      $(id).hidden = false;
    }
  }
  if (!body.password_set) return showSetup();
  if (!body.logged_in) return showLogin();
  signedIn(body);
  await load();
}

function showLogin(message) {
  show("login", ...(state.doc ? ["editor"] : []));
  $("login-error").hidden = !message;
  $("login-error").textContent = message || "";
  $("login").scrollIntoView({ block: "start" });
  $("login-password").focus({ preventScroll: true });
}

function signedIn({ csrf, name }) {
  setCsrf(csrf);
  $("who").hidden = false;
  $("who-name").textContent = name ? `Aangemeld als ${name}` : "Aangemeld";
}

let retryTimer = null;

async function login(event) {
  event.preventDefault();
  const password = $("login-password").value;
  const name = $("login-name").value.trim();
  if (!password) return showLogin("Vul het wachtwoord in.");
  $("login-submit").disabled = true;
  $("login-submit").textContent = "Bezig met aanmelden…";
  const { status, body } = await api.login(password, name);
  $("login-submit").textContent = "Aanmelden";
  $("login-submit").disabled = false;
  if (status === 200) {
    $("login-password").value = "";
    signedIn({ csrf: body.csrf, name });
    if (state.doc) {
      show("editor");
      notice("Weer aangemeld. Je wijzigingen staan er nog; sla ze op.");
    } else await load();
    return;
  }
  if (status === 429) return tooManyAttempts(Number(body?.retry_after) || 60);
  if (status === 503) return showSetup();
  if (status === 401) return showLogin("Dit wachtwoord klopt niet. Let op hoofdletters.");
  showLogin(body?.message || `Aanmelden lukte niet (${status}).`);
}

const setupFields = { code: "setup-code", password: "setup-password", password_again: "setup-password-again" };

function showSetup() {
  show("setup");
  $("setup-code").focus({ preventScroll: true });
}

// The problem with `field` under it (the server's 422 paths name the same fields);
// without a field, under the form.
function setupProblem(field, text) {
  const input = setupFields[field] ? $(setupFields[field]) : null;
  const note = input ? $(`${input.id}-error`) : $("setup-error");
  note.textContent = text;
  note.hidden = false;
  if (input) input.setAttribute("aria-invalid", "true");
  return input || note;
}

function clearSetupProblems() {
  for (const note of $("setup").querySelectorAll(".field-error")) {
    note.hidden = true;
    note.textContent = "";
  }
  for (const input of $("setup").querySelectorAll("input")) input.removeAttribute("aria-invalid");
}

async function setUp(event) {
  event.preventDefault();
  clearSetupProblems();
  const code = $("setup-code").value.replace(/\s+/g, "");
  const password = $("setup-password").value;
  const name = $("setup-name").value.trim();
  const problems = [];
  if (!/^\d{8}$/.test(code)) problems.push(setupProblem("code", "Typ de 8 cijfers die op het scherm van de wand staan."));
  if ([...password].length < 8) problems.push(setupProblem("password", "Kies een wachtwoord van minstens 8 tekens."));
  else if (password !== $("setup-password-again").value)
    problems.push(setupProblem("password_again", "De twee wachtwoorden zijn niet hetzelfde."));
  if (problems.length) return problems[0].focus();

  $("setup-submit").disabled = true;
  $("setup-submit").textContent = "Bezig met instellen…";
  const { status, body } = await api.setup(code, password, name);
  $("setup-submit").textContent = "Wachtwoord instellen";
  $("setup-submit").disabled = false;
  if (status === 200) {
    for (const id of Object.values(setupFields)) $(id).value = "";
    signedIn({ csrf: body.csrf, name });
    return load("Het wachtwoord is ingesteld en je bent aangemeld. Vertel het aan wie het prikbord ook bewerkt.");
  }
  if (status === 403 && body?.error === "wrong_code")
    return setupProblem(
      "code",
      "Deze code klopt niet (meer). Kijk opnieuw op het scherm van de wand: de code verandert elk uur en na elk gebruik.",
    ).focus();
  if (status === 422) {
    const shown = (body?.errors || []).map((error) => setupProblem(error.path, error.message));
    return shown[0]?.focus();
  }
  if (status === 409) return showLogin("Er is al een wachtwoord ingesteld. Meld je daarmee aan.");
  if (status === 429) {
    const minutes = Math.ceil((Number(body?.retry_after) || 60) / 60);
    return setupProblem("code", `Te vaak een verkeerde code. Probeer het over ${minutes} minuten opnieuw.`);
  }
  setupProblem("", body?.message || `Instellen lukte niet (${status || "geen antwoord"}). Probeer het opnieuw.`);
}

function tooManyAttempts(seconds) {
  clearInterval(retryTimer);
  const until = Date.now() + seconds * 1000;
  const tick = () => {
    const left = Math.ceil((until - Date.now()) / 1000);
    if (left <= 0) {
      clearInterval(retryTimer);
      $("login-submit").disabled = false;
      return showLogin("Je kunt het opnieuw proberen.");
    }
    const wait = left >= 90 ? `${Math.ceil(left / 60)} minuten` : `${left} seconden`;
    showLogin(`Te veel mislukte pogingen. Probeer het over ${wait} opnieuw.`);
    $("login-submit").disabled = true;
  };
  tick();
  retryTimer = setInterval(tick, 1000);
}

async function load(message) {
  const { status, body, etag } = await api.board();
  if (status === 401) return showLogin();
  if (status !== 200) {
    show("editor");
    return notice(body?.message || `Het prikbord kon niet geladen worden (${status}).`, "error");
  }
  state.base = body;
  state.doc = clone(body);
  state.etag = etag;
  $("conflict").hidden = true;
  show("editor");
  render();
  notice(message || "");
  refreshPreviews();
}

function render() {
  const key = (node) => node.dataset.action || node.dataset.team || node.dataset.goal || node.dataset.trend;
  const open = new Set([...document.querySelectorAll("details.card[open]")].map(key));
  if (ctx.openNext) open.add(ctx.openNext);
  for (const [id, build] of Object.entries(sections)) {
    $(id)
      .querySelector(".content")
      .replaceChildren(...[build(state.doc, ctx)].flat(Infinity));
  }
  for (const node of document.querySelectorAll("details.card")) node.open = open.has(key(node));
  if (ctx.openNext) {
    const id = CSS.escape(ctx.openNext);
    document.querySelector(`:is(details[data-action="${id}"], details[data-goal="${id}"], details[data-trend="${id}"]) :is(input, textarea)`)?.focus();
    ctx.openNext = null;
  }
  $("school-name").textContent = state.doc.school?.name ? `— ${state.doc.school.name}` : "";
  updateDirty();
}

function updateDirty() {
  const dirty = state.doc && !same(state.doc, state.base);
  $("save").disabled = !dirty || state.saving;
  $("save-state").textContent = state.saving ? "Bezig met opslaan…" : dirty ? "Niet opgeslagen wijzigingen" : "Alles opgeslagen";
  $("save-state").classList.toggle("dirty", Boolean(dirty));
}

function showSaveProblems(list) {
  const box = $("save-errors");
  box.replaceChildren(...list.map((text) => h("p", { text })));
  box.hidden = list.length === 0;
}

// `retried`: this save already fetched a fresh CSRF token after a 403; a second
// 403 is an answer, not a stale token, so it is shown instead of asked again.
async function save({ retried = false } = {}) {
  const editor = $("editor");
  clearErrors(editor);
  showSaveProblems([]);
  state.saving = true;
  updateDirty();
  const sent = clone(state.doc);
  const { status, body, etag } = await api.save(sent, state.etag);
  state.saving = false;
  if (status === 200) {
    state.base = sent;
    state.etag = body?.etag || etag;
    updateDirty();
    notice(`Opgeslagen${body?.version ? ` als versie ${body.version}` : ""}. Het scherm toont het binnen een minuut.`, "ok");
    showErrors(editor, body?.warnings || [], "warning");
    refreshPreviews();
    if (!$("versions").hidden && $("versions").childElementCount) loadVersions();
    return;
  }
  updateDirty();
  if (status === 412) return conflict(body);
  if (status === 422) {
    const { homeless, first } = showErrors(editor, body?.errors || [], "error", state.actedIn);
    showErrors(editor, body?.warnings || [], "warning");
    const count = body?.errors?.length || 0;
    showSaveProblems([
      `Niet opgeslagen: ${count === 1 ? "één veld klopt" : `${count} velden kloppen`} nog niet (in rood aangegeven).`,
      ...homeless.map((error) => `${error.path}: ${inDutch(error.message)}`),
    ]);
    first?.scrollIntoView({ block: "center" });
    if (first?.matches("input, select, textarea")) first.focus({ preventScroll: true });
    return;
  }
  if (status === 401)
    return showLogin("Je bent afgemeld (te lang niets gedaan). Meld je opnieuw aan; je wijzigingen blijven staan.");
  if (status === 403 && !retried) {
    const session = await api.session();
    if (session.status === 200 && session.body?.csrf) {
      setCsrf(session.body.csrf);
      return save({ retried: true });
    }
  }
  if (status === 413) return showSaveProblems(["Niet opgeslagen: het prikbord is te groot (meer dan 1 MiB)."]);
  showSaveProblems([body?.message || `Niet opgeslagen: het prikbord antwoordde ${status || "niet"}. Probeer het opnieuw.`]);
}

function conflict(body) {
  const who = body?.saved_by || "iemand anders";
  const at = body?.saved_at ? ` ${L.when(body.saved_at)}` : "";
  $("conflict-text").textContent =
    `${who} heeft het prikbord${at} opgeslagen${body?.version ? ` (versie ${body.version})` : ""}, nadat jij het opende.`;
  $("conflict").hidden = false;
  $("conflict").scrollIntoView({ block: "start" });
  $("conflict-merge").focus({ preventScroll: true });
}

async function mergeWithNewer() {
  const { status, body, etag } = await api.board();
  if (status !== 200) return notice(`De nieuwe versie kon niet geladen worden (${status}).`, "error");
  state.doc = merge(state.base, state.doc, body);
  state.base = body;
  state.etag = etag;
  $("conflict").hidden = true;
  render();
  notice("Samengevoegd: jouw wijzigingen staan nu op de nieuwste versie. Kijk ze na en klik op Opslaan.", "warning");
  refreshPreviews();
}

function previewFigure(page, part, parts, shown) {
  const url = previewUrl(page, state.etag, 1280, 720, part);
  const label = L.labelOf(L.pages, page) + (parts > 1 ? ` ${part}/${parts}` : "");
  // The first part carries data-page (tests and links find the page by it); later
  // parts say which part they are.
  const where = part === 1 ? { "data-page": page } : { "data-page-part": `${page} ${part}` };
  return h(
    "figure",
    { class: "preview", ...where },
    h(
      "a",
      { href: url, target: "_blank", rel: "noopener" },
      h("img", { src: url, alt: `Voorbeeld van de pagina ${label}`, loading: "lazy", width: 1280, height: 720 }),
    ),
    h("figcaption", { text: label + (shown ? "" : " (staat uit)") }),
  );
}

function refreshPreviews() {
  const box = $("previews");
  const shown = state.doc.display?.pages ?? L.pages.map(([key]) => key);
  const order = [...shown, ...L.pages.map(([key]) => key).filter((key) => !shown.includes(key))];
  const etag = state.etag;
  const firsts = order.map((page) => previewFigure(page, 1, 1, shown.includes(page)));
  box.replaceChildren(...firsts);
  // What the wall shows on later turns: the parts after the first, once the board
  // has said how many a page has.
  order.forEach(async (page, index) => {
    let parts = 1;
    try {
      const answer = await fetch(previewUrl(page, etag), { method: "HEAD", credentials: "same-origin" });
      parts = Number(answer.headers.get("X-Page-Parts")) || 1;
    } catch {
      return; // the first part's image says what went wrong
    }
    if (parts < 2 || state.etag !== etag) return;
    const on = shown.includes(page);
    const first = firsts[index];
    first.querySelector("figcaption").textContent = `${L.labelOf(L.pages, page)} 1/${parts}` + (on ? "" : " (staat uit)");
    first.querySelector("img").alt = `Voorbeeld van de pagina ${L.labelOf(L.pages, page)} 1/${parts}`;
    const rest = [];
    for (let part = 2; part <= parts; ++part) rest.push(previewFigure(page, part, parts, on));
    first.after(...rest);
  });
}

async function loadVersions() {
  const box = $("versions");
  const { status, body } = await api.versions();
  if (status !== 200)
    return box.replaceChildren(
      h("p", { class: "field-error error", text: body?.message || `Versies laden lukte niet (${status}).` }),
    );
  const rows = (body || []).map((version, i) => {
    const restore = button(i === 0 ? "Huidige versie" : "Terugzetten", async () => {
      if (restore.dataset.armed !== "yes") {
        restore.dataset.armed = "yes";
        const dirty = !same(state.doc, state.base);
        restore.textContent = dirty ? "Zeker? Je niet-opgeslagen wijzigingen gaan dan verloren" : "Zeker? Klik nog eens";
        return;
      }
      const answer = await api.restore(version.version, state.etag);
      if (answer.status === 200) {
        await load(`Versie ${version.version} is teruggezet als versie ${answer.body?.version ?? "nieuw"}.`);
        return loadVersions();
      }
      if (answer.status === 412) return conflict(answer.body);
      notice(answer.body?.message || `Terugzetten lukte niet (${answer.status}).`, "error");
    });
    restore.disabled = i === 0;
    return h(
      "tr",
      {},
      h("td", { text: String(version.version) }),
      h("td", { text: version.saved_by || "onbekend" }),
      h("td", { text: L.when(version.saved_at) + (version.restored_from ? ` (terug naar ${version.restored_from})` : "") }),
      h("td", { class: "num", text: `${(version.size / 1024).toFixed(1)} kB` }),
      h("td", {}, restore),
    );
  });
  box.replaceChildren(
    h(
      "table",
      { class: "versions" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["Versie", "Wie", "Wanneer", "Grootte", ""].map((text) => h("th", { text })),
        ),
      ),
      h("tbody", {}, rows),
    ),
  );
  $("versions-load").textContent = "Versies vernieuwen";
}

function wire() {
  $("login").addEventListener("submit", login);
  $("setup").addEventListener("submit", setUp);
  $("save").addEventListener("click", () => save());
  $("conflict-merge").addEventListener("click", mergeWithNewer);
  $("conflict-reload").addEventListener("click", () => load("De nieuwste versie is geladen; jouw wijzigingen zijn weggegooid."));
  $("versions-load").addEventListener("click", loadVersions);
  $("logout").addEventListener("click", async () => {
    await api.logout();
    location.reload();
  });
  for (const event of ["focusin", "click"])
    $("editor").addEventListener(event, ({ target }) => {
      state.actedIn = target.closest?.(".section") || state.actedIn;
    });
  $("editor").addEventListener("input", updateDirty);
  $("editor").addEventListener("change", updateDirty);
  window.addEventListener("beforeunload", (event) => {
    if (state.doc && !same(state.doc, state.base)) event.preventDefault();
  });
}

wire();
start();
