// Attribute fixes for accessibility defects of Material for MkDocs 9.7 that the project
// cannot fix from Markdown or CSS, and the choice of wording for dated legal sentences. Each one says why it exists: drop it when Material
// fixes the defect upstream. Material's document$ emits on the first load and after every
// instant navigation (which swaps the page without reloading it), so the fixes run from
// there, never from DOMContentLoaded. Loaded from overrides/main.html, after Material's
// bundle; it knows nothing about the tools (herramientas.js).
(() => {
  "use strict";

  // Material's search dialog (role="dialog") has no accessible name (axe: aria-dialog-name).
  function nameSearchDialog() {
    const dialog = document.querySelector(".md-search[role='dialog']");
    if (dialog && !dialog.hasAttribute("aria-label")) {
      dialog.setAttribute("aria-label", "Buscar en la guía");
    }
  }

  // Material makes its search results' scroll box a Tab stop, but its keyboard handler
  // closes the search on Tab (the results are reached with the arrow keys, which focus each
  // link): a reader tabbing out of the search field landed on the closing, then hidden, list
  // and lost the focus. -1, not no tabindex: Chromium makes a scroll box whose links are
  // all out of the Tab order (Material's results) a Tab stop of its own.
  function noTabStopInClosingResults() {
    const results = document.querySelector(".md-search__scrollwrap");
    if (results) results.tabIndex = -1;
  }

  // A wide table scrolls sideways inside .md-typeset__scrollwrap, which a keyboard user
  // cannot reach (axe: scrollable-region-focusable). When it overflows, make it a named,
  // focusable region so the arrow keys scroll it; when it does not, leave no extra Tab stop.
  function tableLabel(wrap) {
    const caption = wrap.querySelector("caption");
    if (caption && caption.textContent.trim()) return caption.textContent.trim();
    let node = wrap;
    while (node && !node.matches?.(".md-typeset")) {
      let prev = node.previousElementSibling;
      while (prev) {
        if (/^H[1-6]$/.test(prev.tagName)) {
          return "Tabla: " + prev.textContent.replace(/¶$/, "").trim();
        }
        prev = prev.previousElementSibling;
      }
      node = node.parentElement;
    }
    return "Tabla";
  }

  // Whether a table overflows is read in a ResizeObserver callback, after the browser's
  // own layout (reading scrollWidth straight from document$ forced an early layout, a long
  // task on a slow phone); it also follows the window's width changes.
  function updateTable(wrap, scrolls) {
    if (scrolls && wrap.dataset.stcFocusable !== "yes") {
      wrap.dataset.stcFocusable = "yes";
      wrap.tabIndex = 0;
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", tableLabel(wrap) + " (desplázala con las flechas)");
    } else if (!scrolls && wrap.dataset.stcFocusable === "yes") {
      delete wrap.dataset.stcFocusable;
      wrap.removeAttribute("tabindex");
      wrap.removeAttribute("role");
      wrap.removeAttribute("aria-label");
    }
  }

  // Every width is read before any attribute is written: an attribute written between two
  // reads made the browser lay the whole page out again for the next one (once per table).
  const tables = new ResizeObserver((entries) => {
    const scrolls = entries.map(({ target }) => target.scrollWidth > target.clientWidth + 1);
    entries.forEach(({ target }, i) => updateTable(target, scrolls[i]));
  });

  // A table far from the screen is not laid out (content-visibility in accesibilidad.css),
  // so it reads as not overflowing. When it comes near the screen it is laid out and its
  // height changes, which the observer reports; observing it again also covers a table
  // exactly as tall as its placeholder.
  function remeasure(event) {
    if (event.skipped) return;
    tables.unobserve(event.target);
    tables.observe(event.target);
  }

  function focusableTables() {
    tables.disconnect(); // the previous page's tables, after an instant navigation
    for (const wrap of document.querySelectorAll(".md-typeset__scrollwrap")) {
      tables.observe(wrap);
      wrap.addEventListener("contentvisibilityautostatechange", remeasure);
    }
  }

  // The 404 page's "search" button (overrides/404.html) opens Material's search dialog.
  function searchButtons() {
    for (const button of document.querySelectorAll("[data-stc-open-search][hidden]")) {
      button.hidden = false;
      button.addEventListener("click", () => {
        const toggle = document.getElementById("__search");
        if (!toggle) return;
        toggle.checked = true;
        toggle.dispatchEvent(new Event("change"));
        document.querySelector(".md-search__input")?.focus();
      });
    }
  }

  // Not an accessibility fix: a legal sentence that expires on a known day is rendered twice
  // by the ladder block (sitebuild/ladder_blocks.py), each with data-until="YYYY-MM-DD", the
  // stale one hidden at build time. The reader's clock picks again, so a page built before
  // the day still reads right after it.
  function datedSentences() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    for (const span of document.querySelectorAll("[data-until][data-dated]")) {
      const expired = today > span.dataset.until;
      span.hidden = (span.dataset.dated === "after") !== expired;
    }
  }

  function apply() {
    datedSentences();
    nameSearchDialog();
    noTabStopInClosingResults();
    focusableTables();
    searchButtons();
  }

  if (globalThis.document$) {
    globalThis.document$.subscribe(apply);
  } else {
    apply(); // Material's bundle did not load: fix what is there
  }
})();
