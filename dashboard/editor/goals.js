// Doelen: a goal with its three feedback questions, its measure (each figure
// with the day it was measured, the target with the day it is due) and the
// actions that work towards it (an action's `goal` names the goal).

import { h, prop, textField, selectField, numberField, decimalField, datePicker, checkbox, button } from "./fields.js";
import { newId, teamOptions } from "./sections.js";
import * as L from "./labels.js";

export const teamChoices = (doc) => [["", "Hele school"], ...teamOptions(doc)];

export function goalsSection(doc, ctx) {
  const goals = doc.goals || [];
  const add = button(
    "+ Doel toevoegen",
    () => {
      doc.goals = [{ id: newId("g-", goals), domain: "leren" }, ...goals];
      ctx.openNext = doc.goals[0].id;
      ctx.rerender();
    },
    { kind: "primary", testid: "add-goal" },
  );
  const list = goals.map((goal, i) => goalCard(doc, goal, i, ctx));
  return [add, goals.length === 0 ? h("p", { class: "empty", text: "Nog geen doelen." }) : h("div", { class: "list" }, list)];
}

function goalCard(doc, goal, i, ctx) {
  const path = `goals[${i}]`;
  const self = () => goal;
  const measure = (create) => (create ? (goal.measure ??= {}) : goal.measure);
  const summary = h("summary", {});
  const refresh = () => {
    const team = (doc.teams || []).find((t) => t.id === goal.team)?.name || (goal.team ? goal.team : "hele school");
    summary.replaceChildren(
      h("span", { class: "what", text: goal.title || "(nieuw doel)" }),
      h("span", { class: "meta", text: [team, L.measureSummary(goal.measure)].filter(Boolean).join(" · ") }),
    );
    ctx.changed();
  };
  refresh();
  const remove = () => {
    doc.goals.splice(doc.goals.indexOf(goal), 1);
    // an action may not point at a goal that is gone (the board refuses it)
    for (const action of doc.actions || []) if (action.goal === goal.id) delete action.goal;
    ctx.notice(`Doel “${goal.title || "nieuw"}” verwijderd — nog niet opgeslagen.`);
    ctx.rerender();
  };
  const unitOptions = goal.measure ? L.units : [["", "Geen meting"], ...L.units];
  const linked = (doc.actions || []).map((action) =>
    checkbox(action.what || "(actie zonder omschrijving)", action.goal === goal.id && goal.id !== undefined, (on) => {
      if (on) action.goal = goal.id;
      else if (action.goal === goal.id) delete action.goal;
      ctx.changed();
    }),
  );
  return h(
    "details",
    { class: "card goal", path, "data-goal": goal.id, open: ctx.openNext === goal.id },
    summary,
    h(
      "div",
      { class: "body" },
      textField("Doel", prop(self, "title"), { path: `${path}.title`, required: true, multiline: true, onInput: refresh }),
      h(
        "div",
        { class: "row" },
        selectField("Team", prop(self, "team"), teamChoices(doc), { path: `${path}.team`, onChange: refresh }),
        selectField("Domein", prop(self, "domain"), L.domains, { path: `${path}.domain`, onChange: ctx.changed }),
        textField("Vak", prop(self, "subject"), { path: `${path}.subject`, placeholder: "rekenen", onInput: ctx.changed }),
      ),
      textField("Waar werken we naartoe? (feed up)", prop(self, "feed_up"), { path: `${path}.feed_up`, multiline: true, onInput: ctx.changed }),
      textField("Hoe staan we ervoor? (feedback)", prop(self, "feedback"), { path: `${path}.feedback`, multiline: true, onInput: ctx.changed }),
      textField("Wat is de volgende stap? (feed forward)", prop(self, "feed_forward"), {
        path: `${path}.feed_forward`,
        multiline: true,
        onInput: ctx.changed,
      }),
      h(
        "fieldset",
        { class: "measure", path: `${path}.measure` },
        h("legend", { text: "Meting" }),
        selectField("Eenheid", prop(measure, "unit"), unitOptions, {
          path: `${path}.measure.unit`,
          onChange: (unit) => {
            if (unit === "" && goal.measure) delete goal.measure;
            ctx.rerender();
          },
        }),
        goal.measure && [
          // each figure beside its date: the wall shows when "71%" was measured
          h(
            "div",
            { class: "row" },
            decimalField("Beginwaarde", prop(measure, "baseline"), { path: `${path}.measure.baseline`, onInput: refresh }),
            datePicker("Beginwaarde gemeten op", prop(measure, "baseline_on"), { path: `${path}.measure.baseline_on`, onInput: refresh }),
          ),
          h(
            "div",
            { class: "row" },
            decimalField("Nu", prop(measure, "current"), { path: `${path}.measure.current`, onInput: refresh }),
            datePicker("Nu gemeten op", prop(measure, "current_on"), { path: `${path}.measure.current_on`, onInput: refresh }),
          ),
          h(
            "div",
            { class: "row" },
            decimalField("Doelwaarde", prop(measure, "target"), { path: `${path}.measure.target`, required: true, onInput: refresh }),
            datePicker("Doel halen op", prop(measure, "target_on"), { path: `${path}.measure.target_on`, onInput: refresh }),
          ),
          numberField("Aantal leerlingen (n)", prop(measure, "n"), { path: `${path}.measure.n` }),
          checkbox("Lager is beter (bijvoorbeeld: aantal incidenten)", goal.measure.higher_is_better === false, (on) => {
            if (on) goal.measure.higher_is_better = false;
            else delete goal.measure.higher_is_better;
            ctx.changed();
          }, { path: `${path}.measure.higher_is_better` }),
        ],
      ),
      h(
        "div",
        { class: "row" },
        datePicker("Evalueren op", prop(self, "evaluate_on"), { path: `${path}.evaluate_on`, onInput: ctx.changed }),
        selectField("Stand", prop(self, "status"), [["", "Vanzelf (uit de meting)"], ...L.goalStatuses], {
          path: `${path}.status`,
          onChange: ctx.changed,
        }),
      ),
      h(
        "fieldset",
        { class: "linked" },
        h("legend", { text: "Acties bij dit doel" }),
        linked.length ? h("div", { class: "checks" }, linked) : h("p", { class: "hint", text: "Er zijn nog geen acties." }),
      ),
      h("div", { class: "buttons" }, button("Doel verwijderen", remove, { kind: "danger", testid: "goal-remove" })),
    ),
  );
}
