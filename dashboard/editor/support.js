// Ondersteuning: how many pupils get which level of support (the pyramid),
// the date the counts hold for, and the labels the school uses for the levels.
// The MDO dates are the teams' next meetings of the kind "mdo" (set under Teams).
// `previous` is an earlier count the wall shows the change against; it is kept as
// it is unless the kc'er keeps the current count as the previous one.

import { h, prop, textField, selectField, numberField, datePicker, button } from "./fields.js";
import * as L from "./labels.js";

const usualLabels = ["Basisaanbod", "Extra aandacht in de groep", "Interne ondersteuning", "Externe ondersteuning (MDO)"];
const levelOptions = [1, 2, 3, 4].map((level) => [String(level), `Niveau ${level}`]);

export function supportSection(doc, ctx) {
  const support = doc.support;
  const mdo = (doc.teams || [])
    .filter((team) => team.cycle?.next_meeting?.kind === "mdo")
    .map((team) => h("li", { text: `${team.name || team.id}: ${L.shortDate(team.cycle.next_meeting.date)}${team.cycle.next_meeting.time ? ` om ${team.cycle.next_meeting.time}` : ""}` }));
  const mdoList = h(
    "fieldset",
    { class: "mdo" },
    h("legend", { text: "MDO's" }),
    mdo.length ? h("ul", {}, mdo) : h("p", { class: "hint", text: "Geen MDO gepland." }),
    h("p", { class: "hint", text: "Een MDO plan je bij Teams, als ‘Volgend overleg’ van het team." }),
  );
  if (!support)
    return [
      h("p", { class: "empty", text: "Nog geen ondersteuningspiramide." }),
      button(
        "+ Piramide invullen",
        () => {
          doc.support = { levels: usualLabels.map((label, i) => ({ level: i + 1, label })) };
          ctx.rerender();
        },
        { kind: "primary", testid: "add-support" },
      ),
      mdoList,
    ];
  const self = () => support;
  const levels = support.levels || [];
  const total = () => levels.reduce((sum, level) => sum + (Number.isInteger(level.count) ? level.count : 0), 0);
  const totalNode = h("p", { class: "hint total" });
  const refresh = () => {
    totalNode.textContent = `Samen ${total()} leerlingen.`;
    ctx.changed();
  };
  refresh();
  const rows = levels.map((level, i) => {
    const path = `support.levels[${i}]`;
    const own = () => level;
    const number = {
      get: () => (level.level === undefined ? undefined : String(level.level)),
      set: (value) => (level.level = value === undefined ? undefined : Number(value)),
    };
    return h(
      "div",
      { class: "row level", path },
      selectField("Niveau", number, levelOptions, { path: `${path}.level`, onChange: ctx.changed }),
      textField("Naam op school", prop(own, "label"), { path: `${path}.label`, onInput: ctx.changed }),
      numberField("Aantal leerlingen", prop(own, "count"), { path: `${path}.count` }),
      h(
        "div",
        { class: "buttons" },
        button("Verwijderen", () => (levels.splice(i, 1), ctx.rerender()), {
          kind: "danger",
          label: `Niveau ${level.level ?? i + 1} verwijderen`,
        }),
      ),
    );
  });
  const missing = [1, 2, 3, 4].find((n) => !levels.some((level) => level.level === n));
  const previous = support.previous;
  const previousNode = h("p", {
    class: "hint previous",
    "data-testid": "support-previous",
    text: previous
      ? `Vorige telling (${L.shortDate(previous.as_of)}): ${(previous.levels || [])
          .map((level) => `niveau ${level.level}: ${level.count}`)
          .join(", ")}. Het scherm toont het verschil.`
      : "Nog geen vorige telling: bewaar deze telling als vorige voordat je een nieuwe invult, dan toont het scherm het verschil.",
  });
  const keepAsPrevious =
    support.as_of &&
    button(
      "Deze telling bewaren als vorige",
      () => {
        support.previous = {
          as_of: support.as_of,
          levels: levels
            .filter((level) => Number.isInteger(level.level) && Number.isInteger(level.count))
            .map((level) => ({ level: level.level, count: level.count })),
        };
        ctx.notice("De telling is bewaard als vorige — nog niet opgeslagen. Vul nu de nieuwe telling en datum in.");
        ctx.rerender();
      },
      { testid: "support-keep-previous" },
    );
  const form = h(
    "div",
    { class: "support", on: { input: refresh } },
    datePicker("Stand op", prop(self, "as_of"), { path: "support.as_of", onInput: ctx.changed }),
    h("fieldset", { class: "levels", path: "support.levels" }, h("legend", { text: "Niveaus" }), rows, totalNode),
    previousNode,
    h(
      "div",
      { class: "buttons" },
      keepAsPrevious,
      missing &&
        button(
          "+ Niveau toevoegen",
          () => {
            (support.levels ??= []).push({ level: missing, label: usualLabels[missing - 1] });
            ctx.rerender();
          },
          { testid: "add-level" },
        ),
      button(
        "Piramide weghalen",
        () => {
          delete doc.support;
          ctx.notice("De ondersteuningspiramide is weggehaald — nog niet opgeslagen.");
          ctx.rerender();
        },
        { kind: "danger", testid: "support-remove" },
      ),
    ),
    mdoList,
  );
  return form;
}
