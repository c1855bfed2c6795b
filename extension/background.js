// Lede's background: the toolbar button and the keyboard command both inject the content
// script into the active tab. Nothing runs on a page until the user asks (activeTab), and
// the background itself never touches the network.
"use strict";

const api = globalThis.browser ?? globalThis.chrome;

async function toggleLede(tab) {
  if (!tab || tab.id === undefined) return;
  try {
    await api.scripting.executeScript({ target: { tabId: tab.id }, files: ["content.js"] });
  } catch (e) {
    // Pages no extension may script (the browser's own pages, the web store): nothing to do.
    console.warn("Lede cannot run on this page:", e?.message ?? e);
  }
}

api.action.onClicked.addListener(toggleLede);
api.commands.onCommand.addListener(async (command, tab) => {
  if (command !== "toggle-lede") return;
  // Older browsers do not pass the tab along with the command.
  tab ??= (await api.tabs.query({ active: true, currentWindow: true }))[0];
  toggleLede(tab);
});
