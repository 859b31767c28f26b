// Ondersteuning: how many pupils get which level of support (the pyramid),
// the date the counts hold for, and the labels the school uses for the levels.
// The MDO dates are the teams' next meetings of the kind "mdo": planned, moved
// and removed here through the same fields Teams writes (a team has one next
// meeting, so planning an MDO replaces another kind of meeting; a team without
// a phase is asked for it beside its MDO).
// `previous` is an earlier count the wall shows the change against; it is kept as
// it is unless the kc'er keeps the current count as the previous one.

import { h, prop, textField, selectField, numberField, datePicker, button } from "./fields.js";
import { nextMeeting, nextMeetingPath, dropNextMeeting, meetingWhen, teamChoice } from "./sections.js";
import * as L from "./labels.js";

const usualLabels = ["Basisaanbod", "Extra aandacht in de groep", "Interne ondersteuning", "Externe ondersteuning (MDO)"];
const levelOptions = [1, 2, 3, 4].map((level) => [String(level), `Niveau ${level}`]);

const hasMdo = (team) => team.cycle?.next_meeting?.kind === "mdo";

// A next meeting belongs to the team's cycle, and a cycle names its phase: a team
// that has none yet (a new one) is asked for it here, where she plans the MDO,
// not only under Teams. The server's error for that phase shows here too.
function phaseFor(team, i, ctx) {
  if (team.cycle?.phase) return null;
  const cycle = (create) => (create ? (team.cycle ??= {}) : team.cycle);
  return selectField("Fase in de cyclus", prop(cycle, "phase"), [["", "Nog niet ingesteld"], ...L.phases], {
    path: `teams[${i}].cycle.phase`,
    hint: `Een MDO hoort bij de cyclus van het team: kies in welke fase ${team.name || "het team"} nu zit.`,
    onChange: ctx.changed,
  });
}

// Each team's next MDO with its date and time, a way to plan one for a team
// that has none, and to remove one.
function mdoFields(doc, ctx) {
  const teams = doc.teams || [];
  const name = (team) => team.name || team.id;
  const planned = teams.flatMap((team, i) =>
    hasMdo(team)
      ? [
          h(
            "fieldset",
            { class: "mdo-team", path: nextMeetingPath(i) },
            h("legend", { text: name(team) }),
            meetingWhen(team, i, ctx, datePicker),
            phaseFor(team, i, ctx),
            h(
              "div",
              { class: "buttons" },
              button(
                "MDO weghalen",
                () => {
                  dropNextMeeting(team);
                  ctx.notice(`MDO van ${name(team)} weggehaald — nog niet opgeslagen.`);
                  ctx.rerender();
                },
                { kind: "danger", label: `MDO van ${name(team)} weghalen`, testid: "mdo-remove" },
              ),
            ),
          ),
        ]
      : [],
  );
  const unplanned = teams.filter((team) => !hasMdo(team));
  let chosen = "";
  // A team has one next meeting: another kind is replaced, and says so.
  const choices = unplanned.map((team) => {
    const other = team.cycle?.next_meeting;
    const replaces = other?.kind ? ` (vervangt ${L.labelOf(L.meetingKinds, other.kind).toLowerCase()}${other.date ? ` ${L.shortDate(other.date)}` : ""})` : "";
    return teamChoice(team, replaces);
  });
  const plan =
    unplanned.length > 0 &&
    h(
      "div",
      { class: "row plan-mdo" },
      selectField("MDO plannen voor", { get: () => chosen, set: (id) => (chosen = id ?? "") }, [["", "Kies een team"], ...choices]),
      h(
        "div",
        { class: "buttons" },
        button(
          "+ MDO plannen",
          () => {
            const team = teams.find((t) => t.id === chosen);
            if (!team) return ctx.notice("Kies eerst het team waarvoor je een MDO plant.");
            dropNextMeeting(team);
            prop(nextMeeting(team), "kind").set("mdo");
            const what = team.cycle?.phase ? "de datum" : "de datum en de fase van het team";
            ctx.notice(`MDO voor ${name(team)} toegevoegd: kies ${what} — nog niet opgeslagen.`);
            ctx.rerender();
          },
          { testid: "add-mdo" },
        ),
      ),
    );
  return h(
    "fieldset",
    { class: "mdo" },
    h("legend", { text: "MDO's" }),
    planned.length ? planned : h("p", { class: "hint", text: "Geen MDO gepland." }),
    teams.length ? plan : h("p", { class: "hint", text: "Voeg eerst een team toe bij Teams; een MDO hoort bij een team." }),
    h("p", { class: "hint", text: "Een MDO is het volgende overleg van het team: je ziet het ook bij Teams." }),
  );
}

export function supportSection(doc, ctx) {
  const support = doc.support;
  const mdoList = mdoFields(doc, ctx);
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
