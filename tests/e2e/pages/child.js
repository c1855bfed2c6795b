// The page's own child page, put into Lede's reader frame by attack.js (?redirect): it asks
// for the page as Lede's old reader frame did and reports whatever reaches it.
addEventListener("message", (e) => parent.postMessage({ leak: e.data }, "*"));
parent.postMessage({ type: "lede-ready" }, "*");
