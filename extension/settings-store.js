// The settings as the extension stores them (storage.sync, key "settings"), read and saved
// one way for both scripts that draw Lede: content.js in the page's tab and reader.js in the
// reader frame. A classic script run just before either (background.js injects and registers
// it with content.js, reader.html loads it before reader.js): a content script cannot import
// a module. It leaves one name in that script's world, `ledeSettings`, which the page's own
// scripts cannot see (an isolated world, or an extension page).
"use strict";

globalThis.ledeSettings ??= (() => {
  const api = globalThis.browser ?? globalThis.chrome;
  let saving = Promise.resolve();

  /** What is stored now: `{}` when nothing is, or when storage cannot be read. */
  async function stored() {
    try {
      return (await api.storage.sync.get("settings")).settings ?? {};
    } catch {
      return {};
    }
  }

  /** Merges the keys that changed (`patch`) into what is stored now with `merge` (the core's
   *  `merge_settings`, which checks each against the settings schema), one save at a time. */
  function save(merge, patch) {
    saving = saving
      .then(async () => api.storage.sync.set({ settings: merge(await stored(), patch) }))
      .catch((e) => console.warn("Lede could not save the settings:", e));
  }

  return { stored, save };
})();
