// Lede's options page. Everything is one object stored under the key `settings` in
// storage.sync, the same object the overlay reads and updates. Its keys, choices and ranges
// are settings-schema.json, which this page builds its form from; the core (pkg/lede.js)
// checks every value against the same schema:
//   parse_setting(key, text)   what a person typed → a number in range, null (empty: the
//                              key is removed and its default applies), or an error sentence
//   merge_settings(stored, patch)   the stored settings with the changed keys applied
// Each change is saved as a patch of the keys it changes, merged into what is stored at that
// moment, so a change made meanwhile in the overlay (or another options tab) is never
// overwritten; storage.onChanged keeps the form in step with those changes.
//
// A site's host permission is asked for when the user adds it (optional_host_permissions),
// never at install, and given back when the user removes it.
import init, { merge_settings, parse_setting } from "./pkg/lede.js";

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

let schema = {};
/** The schema's keys of one kind ("choice", "number", "hosts"), in the schema's order. */
const keysOf = (kind) => Object.keys(schema).filter((key) => schema[key].kind === kind);
let settings = {};
let saving = Promise.resolve();

const stored = async () => (await api.storage.sync.get("settings")).settings ?? {};

/** Clears every status and error line: none of them may outlive the action it was about. */
function clearMessages() {
  for (const e of document.querySelectorAll(".error, #status")) e.textContent = "";
  for (const e of document.querySelectorAll("[aria-invalid]")) e.removeAttribute("aria-invalid");
}

/** Saves a patch (or a function of the stored settings returning one), merged key by key
 *  into what is stored now. */
function save(patch, message) {
  saving = saving.then(async () => {
    const now = await stored();
    settings = merge_settings(now, typeof patch === "function" ? patch(now) : patch);
    await api.storage.sync.set({ settings });
    $("status").textContent = message;
  });
  return saving;
}

/** Shows `settings` in the form; the field being edited keeps what the person is typing. */
function show() {
  for (const key of keysOf("choice")) {
    if (document.activeElement !== $(key)) $(key).value = settings[key] ?? schema[key].choices[0][0];
  }
  for (const key of keysOf("number")) {
    if (document.activeElement !== $(key)) $(key).value = settings[key] === undefined ? "" : String(settings[key]);
  }
  showSites();
}

function buildForm() {
  for (const e of document.querySelectorAll("[data-label]")) {
    const { label, unit } = schema[e.dataset.label];
    e.textContent = unit ? `${label} (${unit})` : label;
  }
  for (const key of keysOf("choice")) {
    for (const [value, label] of schema[key].choices) $(key).add(new Option(label, value));
    $(key).addEventListener("change", () => {
      clearMessages();
      save({ [key]: $(key).value }, "Saved.");
    });
  }
  for (const key of keysOf("number")) {
    const field = $(key);
    if (schema[key].default !== undefined) field.placeholder = String(schema[key].default);
    field.addEventListener("change", () => {
      clearMessages();
      let value;
      try {
        value = parse_setting(key, field.value);
      } catch (message) {
        $(`${key}-error`).textContent = String(message);
        field.setAttribute("aria-invalid", "true");
        return;
      }
      const message = value === null
        ? (key === "user_won_per_dollar" ? "Your rate was removed." : `${schema[key].label} is back to its default.`)
        : (key === "user_won_per_dollar" ? "Saved. Lede uses your rate only when an article states none." : "Saved.");
      save({ [key]: value }, message);
    });
  }
}

// A host name from what the user typed: a bare host or any URL on the site.
function hostOf(text) {
  const t = text.trim();
  if (!t) return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`).hostname;
    return /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(host) ? host.toLowerCase() : null;
  } catch {
    return null;
  }
}

const originOf = (host) => `*://${host}/*`;
const sitesOf = (s) => (Array.isArray(s.autoOpenSites) ? s.autoOpenSites : []);

function showSites() {
  const list = $("sites");
  list.replaceChildren();
  for (const host of sitesOf(settings)) {
    const li = document.createElement("li");
    const name = document.createElement("span");
    name.textContent = host;
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "Remove";
    remove.setAttribute("aria-label", `Remove ${host}`);
    remove.addEventListener("click", () => removeSite(host));
    li.append(name, remove);
    list.append(li);
  }
  $("no-sites").hidden = sitesOf(settings).length > 0;
}

$("add-site").addEventListener("click", () => {
  clearMessages();
  const host = hostOf($("site").value);
  if (!host) {
    $("site-error").textContent = "Enter a site address such as koreajoongangdaily.joins.com.";
    return;
  }
  if (sitesOf(settings).includes(host)) return;
  // Asked for inside the click itself: browsers grant permissions only on a user action.
  api.permissions.request({ origins: [originOf(host)] }).then(async (granted) => {
    if (!granted) {
      $("site-error").textContent = `Lede was not allowed to read ${host}, so it cannot open there by itself.`;
      return;
    }
    $("site").value = "";
    await save((now) => ({ autoOpenSites: [...sitesOf(now), host] }), `Lede now opens by itself on ${host}.`);
    showSites();
  });
});
$("site").addEventListener("keydown", (e) => {
  if (e.key === "Enter") { e.preventDefault(); $("add-site").click(); }
});

async function removeSite(host) {
  clearMessages();
  await save((now) => ({ autoOpenSites: sitesOf(now).filter((h) => h !== host) }), `Lede no longer opens by itself on ${host}.`);
  showSites();
  try {
    await api.permissions.remove({ origins: [originOf(host)] });
  } catch (e) {
    console.warn("Lede could not give back the permission for", host, e);
  }
  $("site").focus();
}

$("options").addEventListener("submit", (e) => e.preventDefault());

async function main() {
  const [, schemaFile] = await Promise.all([
    init({ module_or_path: new URL("pkg/lede_bg.wasm", import.meta.url) }),
    fetch(new URL("settings-schema.json", import.meta.url)).then((r) => r.json()),
  ]);
  schema = schemaFile;
  buildForm();
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== "sync" || !changes.settings) return;
    settings = merge_settings(changes.settings.newValue ?? {}, {});
    show();
  });
  settings = merge_settings(await stored(), {});
  show();
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  $("status").textContent = `Lede's options could not load: ${e}`;
});
