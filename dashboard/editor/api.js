// The board service's HTTP contract (docs/board-api.md), seen from the editor.
// Every call answers {status, body, etag}; callers decide what a status means.

let csrfToken = "";

export function setCsrf(token) {
  csrfToken = token || "";
}

async function call(method, url, { body, ifMatch, headers = {} } = {}) {
  const init = { method, headers: { ...headers }, credentials: "same-origin", cache: "no-store" };
  if (method !== "GET") init.headers["X-CSRF-Token"] = csrfToken;
  if (ifMatch) init.headers["If-Match"] = `"${ifMatch}"`;
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    return { status: 0, body: { error: "network", message: "Het prikbord is niet bereikbaar." } };
  }
  const text = await response.text();
  let parsed = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { error: "not_json", message: text.slice(0, 200) };
    }
  }
  return { status: response.status, body: parsed, etag: unquote(response.headers.get("ETag")) };
}

// ETags travel quoted in headers and bare in JSON bodies; the editor keeps them bare.
export function unquote(etag) {
  if (!etag) return "";
  return etag.replace(/^W\//, "").replace(/^"(.*)"$/, "$1");
}

export const api = {
  session: () => call("GET", "/api/session"),
  login: (password, name) => call("POST", "/api/login", { body: { password, name } }),
  setup: (code, password, name) => call("POST", "/api/setup", { body: { code, password, name } }),
  logout: () => call("POST", "/api/logout"),
  board: () => call("GET", "/api/board"),
  save: (document, etag) => call("PUT", "/api/board", { body: document, ifMatch: etag }),
  versions: () => call("GET", "/api/versions"),
  restore: (version, etag) => call("POST", `/api/versions/${version}/restore`, { ifMatch: etag }),
};

// `part` counts from 1: a page the wall continues on the next turn ("Acties 2/3") has
// a preview per part, and every preview's X-Page-Parts header says how many.
export function previewUrl(page, etag, width = 1280, height = 720, part = 1) {
  const which = part > 1 ? `&part=${part}` : "";
  return `/api/preview/${page}.png?width=${width}&height=${height}${which}&v=${encodeURIComponent(etag)}`;
}
