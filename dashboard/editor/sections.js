// The editor's sections, each a form over one part of the board document.
// Fields write straight into `doc`; a change of structure (add, remove, reorder)
// calls ctx.rerender() so paths like actions[2].when stay right.

import { h, prop, textField, dateField, timeField, selectField, numberField, checkbox, button, toIsoDate } from "./fields.js";
import * as L from "./labels.js";

// A team as the other sections offer it in their choices; renamed under Teams,
// the choice follows at once (see teamCard), whatever is drawn again or not.
export const teamChoice = (team, after = "") => [
  team.id,
  (team.name || team.id) + after,
  { "data-team-choice": team.id, "data-after": after || undefined },
];
export const teamOptions = (doc) => (doc.teams || []).map((team) => teamChoice(team));

export function teamsSection(doc, ctx) {
  const teams = doc.teams || [];
  const add = button(
    "+ Team toevoegen",
    () => {
      doc.teams = [...teams, { id: newId("t-", teams) }];
      ctx.openNext = doc.teams.at(-1).id;
      ctx.rerender();
    },
    { testid: "add-team" },
  );
  if (teams.length === 0) return [h("p", { class: "empty", text: "Dit prikbord heeft nog geen teams." }), add];
  return [...teams.map((team, i) => teamCard(doc, team, i, ctx)), add];
}

// Groups are what she types, comma-separated: "7, 8" or "Peuters".
function groupsBinding(team) {
  return {
    get: () => (team.groups || []).join(", "),
    set: (text) => {
      const groups = (text || "")
        .split(",")
        .map((group) => group.trim())
        .filter(Boolean);
      if (groups.length) team.groups = groups;
      else delete team.groups;
    },
  };
}

// A team's next meeting, as Teams and Ondersteuning (for an MDO) both edit it:
// made with the team's cycle on the first write, and removed whole.
export const nextMeeting = (team) => (create) => (create ? ((team.cycle ??= {}).next_meeting ??= {}) : team.cycle?.next_meeting);
export const nextMeetingPath = (i) => `teams[${i}].cycle.next_meeting`;

export function dropNextMeeting(team) {
  if (team.cycle) delete team.cycle.next_meeting;
}

// Its date and time; `dateInput` is how the section lets her give a date.
export function meetingWhen(team, i, ctx, dateInput = dateField) {
  const meeting = nextMeeting(team);
  const path = nextMeetingPath(i);
  return h(
    "div",
    { class: "row" },
    dateInput("Datum", prop(meeting, "date"), { path: `${path}.date`, onInput: ctx.changed }),
    timeField("Tijd", prop(meeting, "time"), { path: `${path}.time`, onInput: ctx.changed }),
  );
}

function teamCard(doc, team, i, ctx) {
  const path = `teams[${i}]`;
  const self = () => team;
  const cycle = (create) => (create ? (team.cycle ??= {}) : team.cycle);
  const meeting = nextMeeting(team);
  const phaseOptions = team.cycle?.phase ? L.phases : [["", "Nog niet ingesteld"], ...L.phases];
  const summary = h("summary", {});
  const refresh = () => {
    const until = team.cycle?.until ? ` · tot ${L.shortDate(team.cycle.until)}` : "";
    for (const choice of document.querySelectorAll(`option[data-team-choice="${CSS.escape(team.id)}"]`))
      choice.textContent = (team.name || team.id) + (choice.dataset.after || "");
    summary.replaceChildren(
      h("span", { class: "what", text: team.name || "(nieuw team)" }),
      h("span", { class: "meta", text: (L.labelOf(L.phases, team.cycle?.phase) || "geen fase") + until }),
    );
    ctx.changed();
  };
  refresh();
  const remove = () => {
    doc.teams.splice(doc.teams.indexOf(team), 1);
    ctx.notice(`Team “${team.name || "nieuw"}” verwijderd — nog niet opgeslagen.`);
    ctx.rerender();
  };
  return h(
    "details",
    { class: "card team", path, "data-team": team.id },
    summary,
    h(
      "div",
      { class: "body" },
      selectField("Fase in de cyclus", prop(cycle, "phase"), phaseOptions, { path: `${path}.cycle.phase`, onChange: refresh }),
      h(
        "div",
        { class: "row" },
        dateField("Sinds", prop(cycle, "since"), { path: `${path}.cycle.since`, onInput: ctx.changed }),
        dateField("Tot en met", prop(cycle, "until"), { path: `${path}.cycle.until`, onInput: refresh }),
      ),
      h(
        "fieldset",
        { class: "meeting", path: `${path}.cycle.next_meeting` },
        h("legend", { text: "Volgend overleg" }),
        selectField("Soort", prop(meeting, "kind"), [["", "Geen overleg gepland"], ...L.meetingKinds], {
          path: `${path}.cycle.next_meeting.kind`,
          onChange: (kind) => {
            if (kind === "") dropNextMeeting(team);
            ctx.rerender();
          },
        }),
        team.cycle?.next_meeting && meetingWhen(team, i, ctx),
      ),
      h(
        "div",
        { class: "row" },
        textField("Naam van het team", prop(self, "name"), { path: `${path}.name`, required: true, onInput: refresh }),
        textField("Groepen", groupsBinding(team), { path: `${path}.groups`, placeholder: "7, 8", onInput: ctx.changed }),
      ),
      h("div", { class: "buttons" }, button("Team verwijderen", remove, { kind: "danger" })),
    ),
  );
}

export function newId(prefix, list) {
  const taken = new Set((list || []).map((item) => item.id));
  for (let n = list?.length + 1 || 1; ; n++) {
    const id = `${prefix}${Date.now().toString(36)}-${n}`;
    if (!taken.has(id)) return id;
  }
}

export function actionsSection(doc, ctx) {
  const actions = doc.actions || [];
  const add = button(
    "+ Actie toevoegen",
    () => {
      doc.actions = [{ id: newId("a-", doc.actions), what: "", who: "", when: "", status: "open" }, ...(doc.actions || [])];
      for (const key of ["what", "who", "when"]) delete doc.actions[0][key];
      ctx.openNext = doc.actions[0].id;
      ctx.rerender();
    },
    { kind: "primary", testid: "add-action" },
  );
  const list = actions.map((action, i) => actionCard(doc, action, i, ctx));
  return [add, actions.length === 0 ? h("p", { class: "empty", text: "Nog geen acties." }) : h("div", { class: "list" }, list)];
}

function actionCard(doc, action, i, ctx) {
  const path = `actions[${i}]`;
  const self = () => action;
  const summary = h("summary", {});
  const refresh = () => {
    summary.replaceChildren(
      h("span", { class: `badge ${action.status || "open"}`, text: L.labelOf(L.actionStatuses, action.status || "open") }),
      h("span", { class: "what", text: action.what || "(nieuwe actie)" }),
      h("span", { class: "meta", text: [action.who, L.shortDate(action.when)].filter(Boolean).join(" · ") }),
    );
    ctx.changed();
  };
  refresh();
  const remove = () => {
    doc.actions.splice(doc.actions.indexOf(action), 1);
    ctx.notice(`Actie “${action.what || "nieuw"}” verwijderd — nog niet opgeslagen.`);
    ctx.rerender();
  };
  const done = () => {
    action.status = "gereed";
    ctx.rerender();
  };
  const card = h(
    "details",
    { class: "card action", path, "data-action": action.id, open: ctx.openNext === action.id },
    summary,
    h(
      "div",
      { class: "body" },
      textField("Wat", prop(self, "what"), { path: `${path}.what`, required: true, onInput: refresh }),
      h(
        "div",
        { class: "row" },
        textField("Wie", prop(self, "who"), { path: `${path}.who`, required: true, onInput: refresh }),
        dateField("Wanneer", prop(self, "when"), { path: `${path}.when`, required: true, onInput: refresh }),
      ),
      dateField("Gestart op", prop(self, "start"), {
        path: `${path}.start`,
        hint: "Wanneer de aanpak begon. Is de actie aan een doel gekoppeld, dan zet het scherm de start op de trendgrafiek van dat doel en zegt het wat er sindsdien veranderde.",
        onInput: ctx.changed,
      }),
      textField("Hoe", prop(self, "how"), { path: `${path}.how`, multiline: true, onInput: ctx.changed }),
      textField("Waarom", prop(self, "why"), { path: `${path}.why`, multiline: true, onInput: ctx.changed }),
      h(
        "div",
        { class: "row" },
        selectField("Status", prop(self, "status"), L.actionStatuses, { path: `${path}.status`, onChange: refresh }),
        selectField("Rol van de kc'er", prop(self, "role"), L.roles, { path: `${path}.role`, onChange: ctx.changed }),
      ),
      h(
        "div",
        { class: "buttons" },
        action.status !== "gereed" && button("✓ Gereed", done, { testid: "action-done" }),
        button("Verwijderen", remove, { kind: "danger", testid: "action-remove" }),
      ),
    ),
  );
  return card;
}

// A message's end ("tot") is a timestamp; she types a date and a time.
function amsterdamOffset(date, time) {
  try {
    const instant = new Date(`${date}T${time}:00Z`);
    const name = new Intl.DateTimeFormat("en", { timeZone: "Europe/Amsterdam", timeZoneName: "longOffset" })
      .formatToParts(instant)
      .find((part) => part.type === "timeZoneName").value;
    const match = name.match(/([+-]\d{2}):?(\d{2})/);
    return match ? `${match[1]}:${match[2]}` : "Z";
  } catch {
    return "+01:00";
  }
}

function untilBinding(message) {
  const parts = () => {
    const match = (message.until || "").match(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/);
    return match ? { date: match[1], time: match[2] } : { date: message.until || "", time: "" };
  };
  const write = (date, time) => {
    if (!date) delete message.until;
    else if (/^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time || "17:00")) {
      const at = time || "17:00";
      message.until = `${date}T${at}:00${amsterdamOffset(date, at)}`;
    } else message.until = time ? `${date} ${time}` : date; // as typed: the server names what is wrong
  };
  return {
    date: { get: () => parts().date, set: (value) => write(value && toIsoDate(value.trim()), parts().time) },
    time: { get: () => parts().time, set: (value) => write(parts().date, value?.trim()) },
  };
}

export function messagesSection(doc, ctx) {
  const messages = doc.messages || [];
  const add = button(
    "+ Bericht toevoegen",
    () => {
      doc.messages = [{ text: "" }, ...messages];
      delete doc.messages[0].text;
      ctx.rerender();
    },
    { kind: "primary", testid: "add-message" },
  );
  return [
    add,
    messages.length === 0
      ? h("p", { class: "empty", text: "Geen berichten." })
      : messages.map((message, i) => {
          const path = `messages[${i}]`;
          const until = untilBinding(message);
          return h(
            "article",
            { class: "card", path },
            textField(
              "Bericht",
              prop(() => message, "text"),
              { path: `${path}.text`, multiline: true, required: true, onInput: ctx.changed },
            ),
            h(
              "div",
              { class: "row" },
              dateField("Tonen tot en met", until.date, {
                path: `${path}.until`,
                onInput: ctx.changed,
                hint: "Leeg: blijft staan",
              }),
              timeField("Tot", until.time, { onInput: ctx.changed, hint: "Leeg: 17:00" }),
              selectField(
                "Belang",
                prop(() => message, "priority"),
                [
                  ["normal", "Gewoon"],
                  ["high", "Belangrijk"],
                ],
                {
                  path: `${path}.priority`,
                  onChange: ctx.changed,
                },
              ),
            ),
            h(
              "div",
              { class: "buttons" },
              button("Verwijderen", () => (messages.splice(i, 1), ctx.rerender()), { kind: "danger" }),
            ),
          );
        }),
  ];
}

export function positivesSection(doc, ctx) {
  const positives = doc.positives || [];
  const add = button(
    "+ Toevoegen",
    () => {
      doc.positives = [{}, ...positives];
      ctx.rerender();
    },
    { kind: "primary", testid: "add-positive" },
  );
  return [
    add,
    positives.length === 0
      ? h("p", { class: "empty", text: "Nog niets — wat gaat er goed?" })
      : positives.map((positive, i) => {
          const path = `positives[${i}]`;
          return h(
            "article",
            { class: "card", path },
            textField(
              "Wat gaat goed",
              prop(() => positive, "text"),
              { path: `${path}.text`, multiline: true, required: true, onInput: ctx.changed },
            ),
            h(
              "div",
              { class: "row" },
              selectField(
                "Team",
                prop(() => positive, "team"),
                [["", "Hele school"], ...teamOptions(doc)],
                {
                  path: `${path}.team`,
                  onChange: ctx.changed,
                },
              ),
              h(
                "div",
                { class: "buttons" },
                button("Verwijderen", () => (positives.splice(i, 1), ctx.rerender()), { kind: "danger" }),
              ),
            ),
          );
        }),
  ];
}

export function displaySection(doc, ctx) {
  const display = (create) => (create ? (doc.display ??= {}) : doc.display);
  const schedule = (create) => (create ? ((doc.display ??= {}).schedule ??= {}) : doc.display?.schedule);
  const shown = doc.display?.pages ?? L.pages.map(([key]) => key);
  const order = [...shown, ...L.pages.map(([key]) => key).filter((key) => !shown.includes(key))];
  const setPages = (list) => {
    display(true).pages = list;
    ctx.rerender();
  };
  const pageRows = order.map((key, i) =>
    h(
      "li",
      { class: "page-row" },
      checkbox(
        L.labelOf(L.pages, key),
        shown.includes(key),
        (on) => setPages(order.filter((k) => (k === key ? on : shown.includes(k)))),
        {
          path: "display.pages",
        },
      ),
      button("↑", () => setPages(move(order, i, -1).filter((k) => shown.includes(k))), { label: `${key} eerder`, kind: "small" }),
      button("↓", () => setPages(move(order, i, +1).filter((k) => shown.includes(k))), { label: `${key} later`, kind: "small" }),
    ),
  );
  const filter = doc.display?.teams || [];
  const days = doc.display?.schedule?.days ?? ["ma", "di", "wo", "do", "vr"];
  const closed = doc.display?.schedule?.closed || [];
  return [
    h(
      "fieldset",
      { path: "display.pages" },
      h("legend", { text: "Pagina's en hun volgorde" }),
      h("ol", { class: "pages" }, pageRows),
    ),
    h(
      "div",
      { class: "row" },
      numberField("Seconden per pagina", prop(display, "page_seconds"), { path: "display.page_seconds", min: 5, max: 3600 }),
      selectField(
        "Kleuren",
        prop(display, "theme"),
        [
          ["", "Standaard"],
          ["dark", "Donker"],
          ["light", "Licht"],
        ],
        {
          path: "display.theme",
          onChange: ctx.changed,
        },
      ),
    ),
    h(
      "fieldset",
      { path: "display.teams" },
      h("legend", { text: "Teams op het scherm" }),
      h("p", { class: "hint", text: "Niets aangevinkt: alle teams." }),
      h(
        "div",
        { class: "checks" },
        teamOptions(doc).map(([id, name]) =>
          checkbox(name, filter.includes(id), (on) => {
            const next = (doc.display?.teams || []).filter((t) => t !== id).concat(on ? [id] : []);
            if (next.length) display(true).teams = next;
            else if (doc.display) delete doc.display.teams;
            ctx.changed();
          }),
        ),
      ),
    ),
    h(
      "fieldset",
      { path: "display.schedule" },
      h("legend", { text: "Schooldagen en -uren" }),
      h(
        "div",
        { class: "checks", path: "display.schedule.days" },
        L.days.map(([key, name]) =>
          checkbox(name, days.includes(key), (on) => {
            const current = doc.display?.schedule?.days ?? ["ma", "di", "wo", "do", "vr"];
            schedule(true).days = L.days.map(([k]) => k).filter((k) => (k === key ? on : current.includes(k)));
            ctx.changed();
          }),
        ),
      ),
      h(
        "div",
        { class: "row" },
        timeField("Scherm aan", prop(schedule, "on"), { path: "display.schedule.on", onInput: ctx.changed }),
        timeField("Scherm uit", prop(schedule, "off"), { path: "display.schedule.off", onInput: ctx.changed }),
      ),
    ),
    h(
      "fieldset",
      { path: "display.schedule.closed" },
      h("legend", { text: "Vakanties en vrije dagen (scherm uit)" }),
      closed.map((period, i) => {
        const path = `display.schedule.closed[${i}]`;
        const self = () => period;
        return h(
          "div",
          { class: "row closed", path },
          textField("Naam", prop(self, "name"), { path: `${path}.name`, onInput: ctx.changed }),
          dateField("Van", prop(self, "from"), { path: `${path}.from`, onInput: ctx.changed }),
          dateField("Tot en met", prop(self, "to"), { path: `${path}.to`, onInput: ctx.changed }),
          h(
            "div",
            { class: "buttons" },
            button("Verwijderen", () => (closed.splice(i, 1), ctx.rerender()), { kind: "danger" }),
          ),
        );
      }),
      button("+ Vakantie toevoegen", () => {
        const list = (schedule(true).closed ??= []);
        list.push({});
        ctx.rerender();
      }),
    ),
  ];
}

function move(list, index, step) {
  const target = index + step;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}
