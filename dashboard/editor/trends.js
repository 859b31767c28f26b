// Trends: a series per team, subject and measure, its reference line and its
// measurements (moment, date, value, n); add one, correct one, remove one.

import { h, prop, textField, selectField, numberField, decimalField, datePicker, button, checkbox } from "./fields.js";
import { newId } from "./sections.js";
import { teamChoices } from "./goals.js";
import * as L from "./labels.js";

export function trendsSection(doc, ctx) {
  const trends = doc.trends || [];
  const add = button(
    "+ Trend toevoegen",
    () => {
      doc.trends = [{ id: newId("t-", trends), unit: "percent", points: [] }, ...trends];
      ctx.openNext = doc.trends[0].id;
      ctx.rerender();
    },
    { kind: "primary", testid: "add-trend" },
  );
  const list = trends.map((trend, i) => trendCard(doc, trend, i, ctx));
  return [
    h(
      "div",
      { class: "buttons" },
      add,
      ctx.openImport && button("Importeren uit LVS-export…", ctx.openImport, { testid: "open-import" }),
    ),
    trends.length === 0 ? h("p", { class: "empty", text: "Nog geen trends." }) : h("div", { class: "list" }, list),
  ];
}

const referenceNames = ["Signaleringswaarde 1F", "Signaleringswaarde 1S/2F", "Schoolambitie", "Landelijke norm"];

function trendCard(doc, trend, i, ctx) {
  const path = `trends[${i}]`;
  const self = () => trend;
  const reference = (create) => (create ? (trend.reference ??= {}) : trend.reference);
  const summary = h("summary", {});
  const refresh = () => {
    const team = (doc.teams || []).find((t) => t.id === trend.team)?.name || (trend.team ? trend.team : "hele school");
    const last = (trend.points || []).at(-1);
    const lastText = last ? `${last.label}: ${last.value}${trend.unit === "percent" ? "%" : ""}` : "nog geen metingen";
    summary.replaceChildren(
      h("span", { class: "what", text: trend.title || "(nieuwe trend)" }),
      h("span", { class: "meta", text: `${team} · ${lastText}` }),
    );
    ctx.changed();
  };
  refresh();
  const remove = () => {
    doc.trends.splice(doc.trends.indexOf(trend), 1);
    ctx.notice(`Trend “${trend.title || "nieuw"}” verwijderd — nog niet opgeslagen.`);
    ctx.rerender();
  };
  // An emptied reference goes away whole, so no {label} without its value stays behind.
  const referencePart = (key) => {
    const inner = prop(reference, key);
    return {
      get: inner.get,
      set: (value) => {
        inner.set(value);
        if (trend.reference && Object.keys(trend.reference).length === 0) delete trend.reference;
      },
    };
  };
  const listId = `reference-names-${i}`;
  const points = trend.points || [];
  const pointRows = points.map((point, p) => {
    const at = `${path}.points[${p}]`;
    const own = () => point;
    return h(
      "div",
      { class: "row point", path: at, "data-point": p },
      textField("Moment", prop(own, "label"), { path: `${at}.label`, required: true, placeholder: "M6", onInput: refresh }),
      datePicker("Datum", prop(own, "date"), { path: `${at}.date`, onInput: ctx.changed }),
      decimalField("Waarde", prop(own, "value"), { path: `${at}.value`, required: true, onInput: refresh }),
      numberField("n", prop(own, "n"), { path: `${at}.n` }),
      h(
        "div",
        { class: "buttons" },
        button("Verwijderen", () => (points.splice(p, 1), ctx.rerender()), {
          kind: "danger",
          label: `Meting ${point.label || p + 1} verwijderen`,
          testid: "point-remove",
        }),
      ),
    );
  });
  return h(
    "details",
    { class: "card trend", path, "data-trend": trend.id, open: ctx.openNext === trend.id },
    summary,
    h(
      "div",
      { class: "body" },
      textField("Titel", prop(self, "title"), { path: `${path}.title`, required: true, onInput: refresh }),
      h(
        "div",
        { class: "row" },
        selectField("Team", prop(self, "team"), teamChoices(doc), { path: `${path}.team`, onChange: refresh }),
        textField("Vak", prop(self, "subject"), { path: `${path}.subject`, placeholder: "rekenen", onInput: ctx.changed }),
        selectField("Eenheid", prop(self, "unit"), L.units, { path: `${path}.unit`, onChange: refresh }),
      ),
      checkbox("Lager is beter (bijvoorbeeld: aantal incidenten)", trend.higher_is_better === false, (on) => {
        if (on) trend.higher_is_better = false;
        else delete trend.higher_is_better;
        ctx.changed();
      }, { path: `${path}.higher_is_better` }),
      h(
        "fieldset",
        { class: "reference", path: `${path}.reference` },
        h("legend", { text: "Referentielijn" }),
        h(
          "div",
          { class: "row" },
          textField("Naam", referencePart("label"), {
            path: `${path}.reference.label`,
            placeholder: "Signaleringswaarde 1F",
            onInput: ctx.changed,
            list: listId,
          }),
          decimalField("Waarde", referencePart("value"), { path: `${path}.reference.value`, onInput: ctx.changed }),
        ),
        h("datalist", { id: listId }, referenceNames.map((name) => h("option", { value: name }))),
      ),
      h(
        "fieldset",
        { class: "points", path: `${path}.points` },
        h("legend", { text: "Metingen" }),
        pointRows.length ? pointRows : h("p", { class: "hint", text: "Nog geen metingen." }),
        button(
          "+ Meting toevoegen",
          () => {
            const list = (trend.points ??= []);
            list.push({});
            ctx.rerender();
            document.querySelector(`[data-path="${CSS.escape(`${path}.points[${list.length - 1}].label`)}"]`)?.focus();
          },
          { testid: "add-point" },
        ),
      ),
      h("div", { class: "buttons" }, button("Trend verwijderen", remove, { kind: "danger", testid: "trend-remove" })),
    ),
  );
}
