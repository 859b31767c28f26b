// Small DOM helpers and labelled form fields bound to a value in the document.
// A binding is {get(), set(value)}; set(undefined) removes the key, so an
// emptied optional field leaves no "" behind and an emptied required one
// reaches the server as missing (and comes back as an error at that field).

let nextId = 0;

export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "on") for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else if (key === "path") node.dataset.path = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// One value may have a field in two sections (a team's MDO under Teams and
// under Ondersteuning, its phase too while it has none): what she gives in one
// shows at once in the other. A mirrored choice is announced as a change, so
// the other section's summary follows; the echo finds its value already set.
function mirror(input, value) {
  if (!input.dataset.path) return;
  for (const other of document.querySelectorAll(`[data-path="${CSS.escape(input.dataset.path)}"]`)) {
    if (other === input || !other.matches("input:not([type=checkbox]), select, textarea")) continue;
    if (other.value === (value ?? "")) continue;
    other.value = value ?? "";
    if (other.matches("select")) other.dispatchEvent(new Event("change"));
  }
}

// A key of an object that may not exist yet: made on the first write.
export function prop(objectOf, key) {
  return {
    get: () => objectOf(false)?.[key],
    set: (value) => {
      if (value === undefined && !objectOf(false)) return;
      const object = objectOf(true);
      if (value === undefined) delete object[key];
      else object[key] = value;
    },
  };
}

// The star of a required field is shown, not read out: its name stays "Wat"
// and aria-required says the rest.
function labelled(label, input, hint, required = false) {
  const id = `f${++nextId}`;
  input.id = id;
  const hintNode = hint && h("p", { class: "hint", id: `${id}-hint`, text: hint });
  if (hintNode) input.setAttribute("aria-describedby", hintNode.id);
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label, required && h("span", { class: "required", "aria-hidden": "true", text: " *" })),
    input,
    hintNode,
  );
}

export function textField(label, binding, { path, hint, placeholder, multiline, onInput, required, normalise, list } = {}) {
  const input = h(multiline ? "textarea" : "input", {
    type: multiline ? undefined : "text",
    path,
    placeholder,
    list,
    rows: multiline ? 2 : undefined,
    autocomplete: "off",
    "aria-required": required ? "true" : undefined,
  });
  input.value = binding.get() ?? "";
  input.addEventListener("input", () => {
    binding.set(input.value.trim() === "" ? undefined : input.value);
    mirror(input, binding.get());
    onInput?.(input.value);
  });
  if (normalise) {
    input.addEventListener("change", () => {
      const better = normalise(input.value.trim());
      if (better !== input.value) {
        input.value = better;
        binding.set(better === "" ? undefined : better);
        mirror(input, binding.get());
        onInput?.(better);
      }
    });
  }
  return labelled(label, input, hint, required);
}

// Dates are typed, not picked: a phone's picker cannot take "volgende week",
// and what she typed must reach the server as typed so its error can name it.
// Only the Dutch way of writing a date (12-12-2026, 12/12/2026) is rewritten.
export function toIsoDate(text) {
  const dutch = text.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
  if (!dutch) return text;
  return `${dutch[3]}-${dutch[2].padStart(2, "0")}-${dutch[1].padStart(2, "0")}`;
}

export function dateField(label, binding, options = {}) {
  return textField(label, binding, { placeholder: "2026-12-12", normalise: toIsoDate, ...options });
}

export function timeField(label, binding, options = {}) {
  const normalise = (text) => (/^\d{1,2}[.:]\d{2}$/.test(text) ? text.replace(".", ":").padStart(5, "0") : text);
  return textField(label, binding, { placeholder: "15:15", normalise, ...options });
}

// options: [[value, label, attributes?], ...]; "" stands for "not given".
export function selectField(label, binding, options, { path, onChange, hint } = {}) {
  const select = h(
    "select",
    { path },
    options.map(([value, text, attributes]) => h("option", { ...attributes, value, text })),
  );
  const current = binding.get() ?? "";
  if (!options.some(([value]) => value === current)) select.append(h("option", { value: current, text: current }));
  select.value = current;
  select.addEventListener("change", () => {
    binding.set(select.value === "" ? undefined : select.value);
    mirror(select, select.value);
    onChange?.(select.value);
  });
  return labelled(label, select, hint);
}

// A date from the browser's own picker: always YYYY-MM-DD or nothing.
export function datePicker(label, binding, { path, onInput, required, hint } = {}) {
  const input = h("input", { type: "date", path, "aria-required": required ? "true" : undefined });
  input.value = binding.get() ?? "";
  input.addEventListener("input", () => {
    binding.set(input.value === "" ? undefined : input.value);
    mirror(input, binding.get());
    onInput?.(input.value);
  });
  return labelled(label, input, hint, required);
}

// A number with decimals as she writes it ("71,5"); what is not a number reaches
// the server as typed, so its error names it at this field.
export function decimalField(label, binding, { path, hint, required, onInput } = {}) {
  const input = h("input", {
    type: "text",
    inputmode: "decimal",
    path,
    autocomplete: "off",
    "aria-required": required ? "true" : undefined,
  });
  input.value = binding.get() === undefined || binding.get() === null ? "" : String(binding.get()).replace(".", ",");
  input.addEventListener("input", () => {
    const text = input.value.trim();
    const number = text.replace(",", ".");
    binding.set(text === "" ? undefined : /^-?(\d+\.?\d*|\.\d+)$/.test(number) ? Number(number) : text);
    onInput?.(text);
  });
  return labelled(label, input, hint, required);
}

export function numberField(label, binding, { path, min, max, hint } = {}) {
  const input = h("input", { type: "text", inputmode: "numeric", path, autocomplete: "off" });
  input.value = binding.get() ?? "";
  input.addEventListener("input", () => {
    const text = input.value.trim();
    binding.set(text === "" ? undefined : /^-?\d+$/.test(text) ? Number(text) : text);
  });
  return labelled(label, input, hint ?? (min !== undefined ? `${min} tot ${max}` : undefined));
}

export function checkbox(label, checked, onChange, { path } = {}) {
  const input = h("input", { type: "checkbox", path });
  input.checked = checked;
  input.addEventListener("change", () => onChange(input.checked));
  return h("label", { class: "check" }, input, h("span", { text: label }));
}

export function button(text, onClick, { kind = "secondary", label, testid } = {}) {
  return h(
    "button",
    { type: "button", class: `button ${kind}`, "aria-label": label, "data-testid": testid, on: { click: onClick } },
    text,
  );
}
