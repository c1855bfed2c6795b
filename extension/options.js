// Lede's options page. Everything is one object stored under the key `settings` in
// storage.sync, the same object the overlay reads and updates:
//   theme, font, size, width, lineHeight   reading settings (the overlay's controls too)
//   user_won_per_dollar                    the user's own rate, used only when an article
//                                          states none (absent: convert nothing then)
//   autoOpenSites                          host names where Lede opens by itself; each is
//                                          granted as the origin pattern `*://HOST/*`
// A site's host permission is asked for when the user adds it (optional_host_permissions),
// never at install, and given back when the user removes it.
"use strict";

const api = globalThis.browser ?? globalThis.chrome;
const DEFAULTS = { theme: "auto", font: "serif", size: 20, width: "medium", lineHeight: 1.6 };
const $ = (id) => document.getElementById(id);

let settings = {};

async function load() {
  const stored = (await api.storage.sync.get("settings")).settings;
  settings = stored && typeof stored === "object" ? stored : {};
  for (const key of Object.keys(DEFAULTS)) $(key).value = String(settings[key] ?? DEFAULTS[key]);
  $("rate").value = Number.isFinite(settings.user_won_per_dollar) ? String(settings.user_won_per_dollar) : "";
  showSites();
}

async function save(message = "Saved.") {
  await api.storage.sync.set({ settings });
  $("status").textContent = message;
}

function clampNumber(input, fallback) {
  const v = Number(input.value);
  if (!Number.isFinite(v)) return fallback;
  return Math.min(Number(input.max), Math.max(Number(input.min), v));
}

for (const key of ["theme", "font", "width"]) {
  $(key).addEventListener("change", () => { settings[key] = $(key).value; save(); });
}
for (const key of ["size", "lineHeight"]) {
  $(key).addEventListener("change", () => {
    const v = clampNumber($(key), DEFAULTS[key]);
    settings[key] = key === "size" ? Math.round(v) : Math.round(v * 10) / 10;
    $(key).value = String(settings[key]);
    save();
  });
}

// "1,400", "1 400.5" and "₩1,400" all mean 1400 won per dollar.
function parseRate(text) {
  const cleaned = text.replace(/[₩,\s]/g, "");
  if (cleaned === "") return null;
  const v = Number(cleaned);
  return Number.isFinite(v) && v > 0 ? v : NaN;
}

$("rate").addEventListener("change", () => {
  const v = parseRate($("rate").value);
  if (Number.isNaN(v)) {
    $("rate-error").textContent = "Enter a positive number of won per US dollar, such as 1,400.";
    $("rate").setAttribute("aria-invalid", "true");
    return;
  }
  $("rate-error").textContent = "";
  $("rate").removeAttribute("aria-invalid");
  if (v === null) delete settings.user_won_per_dollar;
  else settings.user_won_per_dollar = v;
  save(v === null ? "Your rate was removed." : "Saved. Lede uses your rate only when an article states none.");
});

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
const sites = () => (Array.isArray(settings.autoOpenSites) ? settings.autoOpenSites : []);

function showSites() {
  const list = $("sites");
  list.replaceChildren();
  for (const host of sites()) {
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
  $("no-sites").hidden = sites().length > 0;
}

$("add-site").addEventListener("click", () => {
  const host = hostOf($("site").value);
  if (!host) {
    $("site-error").textContent = "Enter a site address such as koreajoongangdaily.joins.com.";
    return;
  }
  $("site-error").textContent = "";
  if (sites().includes(host)) return;
  // Asked for inside the click itself: browsers grant permissions only on a user action.
  api.permissions.request({ origins: [originOf(host)] }).then(async (granted) => {
    if (!granted) {
      $("site-error").textContent = `Lede was not allowed to read ${host}, so it cannot open there by itself.`;
      return;
    }
    settings.autoOpenSites = [...sites(), host];
    $("site").value = "";
    showSites();
    await save(`Lede now opens by itself on ${host}.`);
  });
});
$("site").addEventListener("keydown", (e) => {
  if (e.key === "Enter") { e.preventDefault(); $("add-site").click(); }
});

async function removeSite(host) {
  settings.autoOpenSites = sites().filter((h) => h !== host);
  showSites();
  await save(`Lede no longer opens by itself on ${host}.`);
  try {
    await api.permissions.remove({ origins: [originOf(host)] });
  } catch (e) {
    console.warn("Lede could not give back the permission for", host, e);
  }
  $("site").focus();
}

$("options").addEventListener("submit", (e) => e.preventDefault());
load();
