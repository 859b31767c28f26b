// The server's path-named errors (the same as `hgw-dashboard validate`) placed
// next to the field they concern. Inputs carry data-path="actions[2].when"; an
// error whose path has no input of its own goes to the nearest enclosing one,
// and failing that to the list above the save button.

const dutch = [
  [
    /^expected a date YYYY-MM-DD, got (.*?)(?:\s*\((.*)\))?$/,
    (m) => `Schrijf een datum als 2026‑12‑12 (jaar-maand-dag), niet ${m[1]}.`,
  ],
  [/^expected a time HH:MM.*got (.*)$/, (m) => `Schrijf een tijd als 15:15 (uur:minuten), niet ${m[1]}.`],
  [/^expected an RFC 3339 timestamp.*got (.*)$/, (m) => `Vul een geldige datum en tijd in, niet ${m[1]}.`],
  [/^expected a non-empty string/, () => "Vul dit in."],
  [/^missing/, () => "Vul dit in."],
  [
    /^expected an integer from (\d+) to (\d+), got (.*)$/,
    (m) => `Vul een heel getal van ${m[1]} tot en met ${m[2]} in, niet ${m[3]}.`,
  ],
  [/^expected an integer >= (\d+), got (.*)$/, (m) => `Vul een heel getal van ${m[1]} of meer in, niet ${m[2]}.`],
  [/^expected an integer/, () => "Vul een heel getal in."],
  [/^expected a finite number, got (.*)$/, (m) => `Vul een getal in (bijvoorbeeld 71,5), niet ${m[1]}.`],
  [/^expected a percentage from 0 to 100, got (.*)$/, (m) => `Vul een percentage van 0 tot en met 100 in, niet ${m[1]}.`],
  [/^expected a count >= 0, got (.*)$/, (m) => `Vul een aantal van 0 of meer in, niet ${m[1]}.`],
  [
    /^expected a date on or after (\S+) \((\d{4})-(\d{2})-(\d{2})\)/,
    (m) => `Deze datum ligt vóór ${earlierDate[m[1].split(".").at(-1)] || m[1]} (${Number(m[4])}-${Number(m[3])}-${m[2]}); kies een latere datum.`,
  ],
  [/^in the future \((\d{4})-(\d{2})-(\d{2})/, () => "Deze datum ligt in de toekomst: een meting is gedaan op of vóór vandaag. Klopt het jaar?"],
  [/must not be before|before/, (m) => `Deze datum ligt vóór de begindatum. (${m.input})`],
  [/duplicate|not unique/, (m) => `Dit komt dubbel voor. (${m.input})`],
];

// The earlier date a later one may not come before, by its field's name.
const earlierDate = {
  baseline_on: "de datum van de beginwaarde",
  start: "de startdatum",
  since: "de datum bij ‘Sinds’",
  from: "de begindatum",
  as_of: "de vorige telling",
};

export function inDutch(message) {
  for (const [pattern, say] of dutch) {
    const match = message.match(pattern);
    if (match) return say(match);
  }
  return message;
}

// "actions[2].when" -> ["actions[2].when", "actions[2]", "actions"]
export function enclosingPaths(path) {
  const paths = [path];
  let rest = path;
  while (true) {
    const cut = Math.max(rest.lastIndexOf("."), rest.lastIndexOf("["));
    if (cut <= 0) break;
    rest = rest.slice(0, cut);
    paths.push(rest);
  }
  return paths;
}

let nextNote = 0;

export function clearErrors(root) {
  for (const node of root.querySelectorAll(".field-error")) node.remove();
  for (const node of root.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
  for (const node of root.querySelectorAll("[aria-describedby]")) {
    const kept = node
      .getAttribute("aria-describedby")
      .split(" ")
      .filter((id) => !id.startsWith("field-error-"));
    if (kept.length) node.setAttribute("aria-describedby", kept.join(" "));
    else node.removeAttribute("aria-describedby");
  }
}

// The note is read out with its field, not only announced once.
function describe(input, note) {
  note.id = `field-error-${++nextNote}`;
  const ids = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
  input.setAttribute("aria-describedby", [note.id, ...ids].join(" "));
}

// Shows each error at its field (at each, when two sections show one value: a
// team's MDO under Teams and under Ondersteuning); answers the ones that found
// no place, and the field to take her to: the first in the section where she
// last worked (`near`: that section or an element in it), else the first error's.
export function showErrors(root, errors, kind = "error", near = null) {
  const homeless = [];
  const where = near?.closest(".section");
  let first = null;
  let firstNear = null;
  for (const error of errors) {
    const targets = findTargets(root, error.path);
    if (!targets.length) {
      homeless.push(error);
      continue;
    }
    for (const target of targets) {
      const note = document.createElement("p");
      note.className = `field-error ${kind}`;
      note.setAttribute("role", "alert");
      note.textContent = inDutch(error.message);
      note.title = `${error.path}: ${error.message}`;
      if (target.matches("input, select, textarea")) {
        target.setAttribute("aria-invalid", "true");
        describe(target, note);
        target.after(note);
      } else {
        target.prepend(note);
      }
      for (let open = target.closest("details"); open; open = open.parentElement.closest("details")) open.open = true;
    }
    first = first || targets[0];
    firstNear = firstNear || (where && targets.find((target) => where.contains(target))) || null;
  }
  return { homeless, first: firstNear || first };
}

function findTargets(root, path) {
  for (const candidate of enclosingPaths(path)) {
    const found = root.querySelectorAll(`[data-path="${CSS.escape(candidate)}"]`);
    if (found.length) return [...found];
  }
  return [];
}
