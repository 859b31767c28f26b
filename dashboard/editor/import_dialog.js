// "Importeren uit LVS-export": she picks a results export, checks which column
// holds what, sees the aggregated table (suppressed cells, unreadable rows)
// and only then takes the figures over into trends and goals. The file is read
// in a worker on her computer; nothing of it is uploaded or stored, and the
// worker (with the file's table) is ended when the dialog closes. Only the
// column choice is remembered, per header set.

import { h, button, checkbox } from "./fields.js";
import { fields, headerKey, missingColumns, effectiveMinN, levelChoices } from "./lvs_aggregate.js";
import { applyToTrends, applyToGoal, cellLabel, measureLabel } from "./lvs_trends.js";

const shownProblems = 50;

function remembered(header) {
  try {
    return JSON.parse(localStorage.getItem(headerKey(header)) || "null");
  } catch {
    return null;
  }
}

function remember(header, choice) {
  try {
    localStorage.setItem(headerKey(header), JSON.stringify(choice));
  } catch {
    // private mode: she chooses again next time
  }
}

// doc: the document being edited; onApply(summary) after the figures are in it.
export function openImportDialog(doc, onApply) {
  const teams = doc.teams || [];
  const minN = effectiveMinN(doc.privacy);
  let worker = null;
  let header = [];
  let choice = null; // {mapping, measure, by}
  let groupMap = {};
  let answer = null;
  let started = 0;
  let fileName = "";

  const status = h("p", { class: "import-status", role: "status" });
  const input = h("input", { type: "file", accept: ".csv,.xlsx,.txt,.tsv", "data-testid": "import-file", id: "import-file" });
  const mappingBox = h("div", { class: "import-mapping" });
  const resultBox = h("div", { class: "import-result" });
  const apply = button("Overnemen in trends en doelen", () => take(), { kind: "primary", testid: "import-apply" });
  apply.disabled = true;
  const dialog = h(
    "dialog",
    { class: "import", "aria-labelledby": "import-title" },
    h("h2", { id: "import-title", text: "Resultaten importeren uit het LVS" }),
    h("p", {
      class: "hint",
      text: "Het bestand wordt alleen op deze computer gelezen. Alleen de uitkomsten per team of jaargroep (aantal leerlingen, percentage, gemiddelde) komen op het prikbord; namen en leerlingnummers niet.",
    }),
    h("div", { class: "field" }, h("label", { for: "import-file", text: "Export met toetsresultaten (.csv of .xlsx)" }), input),
    status,
    mappingBox,
    resultBox,
    h("div", { class: "buttons" }, apply, button("Sluiten", () => dialog.close(), { testid: "import-close" })),
  );
  dialog.addEventListener("close", () => {
    worker?.terminate();
    worker = null;
    input.value = "";
    answer = null;
    dialog.remove();
  });
  document.body.append(dialog);
  dialog.showModal();

  // Started with the dialog, so its modules are loaded before she has found her file.
  function startWorker() {
    const fresh = new Worker(new URL("./lvs_worker.js", import.meta.url), { type: "module" });
    fresh.onmessage = ({ data }) => receive(data);
    fresh.onerror = (event) => say(`Het lezen ging mis: ${event.message || "onbekende fout"}.`, "error");
    return fresh;
  }
  worker = startWorker();

  const say = (text, kind = "info") => {
    status.textContent = text;
    status.className = `import-status ${kind}`;
  };

  input.addEventListener("change", () => {
    const file = input.files?.[0];
    mappingBox.replaceChildren();
    resultBox.replaceChildren();
    apply.disabled = true;
    groupMap = {};
    if (!file) return;
    worker ??= startWorker();
    started = performance.now();
    fileName = file.name;
    say(`${fileName}: bezig met lezen…`);
    worker.postMessage({ type: "read", file });
    input.value = ""; // the page keeps no reference to the file; the worker has it
  });

  function receive(data) {
    if (data.type === "error") {
      mappingBox.replaceChildren();
      resultBox.replaceChildren();
      apply.disabled = true;
      return say(`${fileName} niet gelezen: ${data.message} Er is niets overgenomen.`, "error");
    }
    if (data.type === "table") {
      header = data.header;
      const kept = remembered(header);
      choice = kept?.mapping ? kept : { mapping: data.guess, measure: { level: "1F" }, by: "team" };
      const how = data.kind === "xlsx" ? "Excel-bestand" : `CSV (${data.encoding}, gescheiden door ${({ ";": "puntkomma", ",": "komma", "\t": "tab" })[data.separator]})`;
      say(`${fileName}: ${data.rows} regels gelezen uit een ${how}.`);
      showMapping();
      return compute();
    }
    if (data.type === "cells") {
      answer = data;
      showResult();
      const ms = Math.round(performance.now() - started);
      dialog.dataset.lastMs = String(ms);
    }
  }

  function compute() {
    const missing = missingColumns(choice.mapping, choice.measure);
    if (choice.measure.threshold !== undefined && !Number.isFinite(choice.measure.threshold))
      missing.push("Vul in vanaf welke score een leerling meetelt (een getal, bijvoorbeeld 200 of 45,5).");
    if (missing.length) {
      resultBox.replaceChildren(h("div", { class: "field-error error", role: "alert" }, missing.map((text) => h("p", { text }))));
      apply.disabled = true;
      return;
    }
    remember(header, choice);
    worker?.postMessage({ type: "aggregate", mapping: choice.mapping, teams, groupMap, measure: choice.measure, by: choice.by, minN });
  }

  function showMapping() {
    const columnOptions = [["", "— geen —"], ...header.map((name, i) => [String(i), name || `kolom ${i + 1}`])];
    const selects = fields.map(([key, name]) => {
      const select = h("select", { id: `import-map-${key}`, "data-field": key }, columnOptions.map(([value, text]) => h("option", { value, text })));
      select.value = choice.mapping[key] === undefined ? "" : String(choice.mapping[key]);
      select.addEventListener("change", () => {
        if (select.value === "") delete choice.mapping[key];
        else choice.mapping[key] = Number(select.value);
        started = performance.now();
        compute();
      });
      return h("div", { class: "field" }, h("label", { for: select.id, text: name }), select);
    });
    const measureSelect = h(
      "select",
      { id: "import-measure" },
      [...levelChoices.map(([level, text]) => h("option", { value: level, text: `% leerlingen ${text}` })), h("option", { value: "score", text: "% leerlingen met een score vanaf…" })],
    );
    const threshold = h("input", { type: "text", inputmode: "decimal", id: "import-threshold", autocomplete: "off" });
    const thresholdField = h("div", { class: "field" }, h("label", { for: "import-threshold", text: "Score vanaf" }), threshold);
    const sync = () => {
      thresholdField.hidden = measureSelect.value !== "score";
      if (measureSelect.value === "score") {
        const value = Number(threshold.value.replace(",", "."));
        choice.measure = { threshold: threshold.value.trim() === "" ? NaN : value };
      } else choice.measure = { level: measureSelect.value };
    };
    measureSelect.value = choice.measure.threshold !== undefined ? "score" : choice.measure.level;
    threshold.value = choice.measure.threshold !== undefined ? String(choice.measure.threshold).replace(".", ",") : "";
    sync();
    for (const node of [measureSelect, threshold])
      node.addEventListener("change", () => {
        sync();
        compute();
      });
    const bySelect = h("select", { id: "import-by" }, [h("option", { value: "team", text: "per team" }), h("option", { value: "year", text: "per jaargroep" })]);
    bySelect.value = choice.by;
    bySelect.addEventListener("change", () => {
      choice.by = bySelect.value;
      compute();
    });
    mappingBox.replaceChildren(
      h(
        "details",
        { class: "import-columns", open: true },
        h("summary", { text: "Welke kolom bevat wat" }),
        h("div", { class: "row" }, selects),
      ),
      h(
        "div",
        { class: "row" },
        h("div", { class: "field" }, h("label", { for: "import-measure", text: "Wat telt" }), measureSelect),
        thresholdField,
        h("div", { class: "field" }, h("label", { for: "import-by", text: "Uitkomsten" }), bySelect),
      ),
    );
  }

  function showResult() {
    const { cells, problems, problemCount, unknownGroups, used } = answer;
    const unknown = unknownGroups.length
      ? h(
          "fieldset",
          { class: "import-groups" },
          h("legend", { text: "Groepen die bij geen team horen" }),
          unknownGroups.map(({ group, rows }) => {
            const select = h("select", { id: `import-group-${group}`, "data-group": group }, [
              h("option", { value: "?", text: "Kies…" }),
              h("option", { value: "", text: "Overslaan" }),
              ...teams.map((team) => h("option", { value: team.id, text: team.name || team.id })),
            ]);
            select.value = group in groupMap ? groupMap[group] : "?";
            select.addEventListener("change", () => {
              if (select.value === "?") delete groupMap[group];
              else groupMap[group] = select.value;
              compute();
            });
            return h("div", { class: "field" }, h("label", { for: select.id, text: `Groep ${group} (${rows} regels)` }), select);
          }),
        )
      : null;
    const percentName = measureLabel(choice.measure);
    const rows = cells.map((cell) =>
      h(
        "tr",
        { class: cell.suppressed ? "suppressed" : "" },
        h("td", { text: cell.group !== null ? `groep ${cell.group}` : teams.find((t) => t.id === cell.team)?.name || cell.team }),
        h("td", { text: cell.subject }),
        h("td", { text: cell.moment }),
        h("td", { text: cell.date }),
        h("td", { class: "num", text: String(cell.n) }),
        h("td", { class: "num", text: cell.suppressed ? `n<${minN}` : cell.percent === null ? "–" : String(cell.percent).replace(".", ",") }),
        h("td", { class: "num", text: cell.suppressed ? `n<${minN}` : cell.mean === null ? "–" : String(cell.mean).replace(".", ",") }),
      ),
    );
    const table = h(
      "div",
      { class: "import-table-wrap" },
      h(
        "table",
        { class: "import-table", "data-testid": "import-table" },
        h("caption", { text: `Uitkomsten uit ${used} resultaten (minder dan ${minN} leerlingen: niet berekend)` }),
        h("thead", {}, h("tr", {}, ["Team/groep", "Vak", "Moment", "Datum", "n", percentName, "Gemiddelde score"].map((text) => h("th", { text })))),
        h("tbody", {}, rows),
      ),
    );
    const skip = problemCount
      ? checkbox(`Sla de ${problemCount === 1 ? "onleesbare regel" : `${problemCount} onleesbare regels`} over`, false, () => ready(), {})
      : null;
    const problemList = problemCount
      ? h(
          "div",
          { class: "import-problems", role: "alert" },
          h("p", { text: problemCount === 1 ? "Eén regel kon niet gelezen worden:" : `${problemCount} regels konden niet gelezen worden:` }),
          h("ul", {}, problems.slice(0, shownProblems).map((problem) => h("li", { text: problem.message }))),
          problemCount > shownProblems && h("p", { text: `… en nog ${problemCount - shownProblems}.` }),
          skip,
        )
      : null;
    const goals = (doc.goals || []).filter((goal) => !goal.measure || goal.measure.unit === "percent");
    const usable = cells.filter((cell) => !cell.suppressed && cell.percent !== null);
    const goalLinks = goals.length && usable.length
      ? h(
          "fieldset",
          { class: "import-goals" },
          h("legend", { text: "Doelen bijwerken (niet verplicht)" }),
          h("p", { class: "hint", text: "Het doel krijgt de uitkomst als ‘Nu’, met n en de datum van die meting." }),
          goals.map((goal, i) => {
            const select = h("select", { id: `import-goal-${i}`, "data-goal": goal.id }, [
              h("option", { value: "", text: "Niet bijwerken" }),
              ...usable.map((cell, c) => h("option", { value: String(c), text: `${cellLabel(cell, teams)}: ${String(cell.percent).replace(".", ",")}%` })),
            ]);
            return h("div", { class: "field" }, h("label", { for: select.id, text: `“${goal.title || goal.id}” — nu` }), select);
          }),
        )
      : null;
    resultBox.replaceChildren(...[unknown, problemList, table, goalLinks].filter(Boolean));
    const ready = () => {
      apply.disabled = usable.length === 0 || (problemCount > 0 && !skip.querySelector("input").checked);
    };
    ready();
    say(
      usable.length
        ? `${fileName}: ${usable.length} uitkomsten berekend. Kijk ze na en neem ze over; daarna Opslaan.`
        : `${fileName}: er is niets te berekenen — geen enkele groep heeft genoeg leerlingen met een uitslag.`,
      usable.length ? "ok" : "warning",
    );
  }

  function take() {
    if (!answer) return;
    const usable = answer.cells.filter((cell) => !cell.suppressed && cell.percent !== null);
    const summary = applyToTrends(doc, answer.cells, { measure: choice.measure, teams });
    let goalsUpdated = 0;
    for (const select of resultBox.querySelectorAll("select[data-goal]")) {
      if (select.value === "") continue;
      const goal = doc.goals.find((g) => g.id === select.dataset.goal);
      if (goal && applyToGoal(goal, usable[Number(select.value)])) goalsUpdated++;
    }
    dialog.close();
    onApply({ ...summary, goalsUpdated });
  }
}
