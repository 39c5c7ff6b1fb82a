"""Pyodide started in a served page as the tools' worker starts it, for the tests here."""

# A JavaScript statement list, for the body of an async page function with `lock` (the
# minimal lock file's text) in scope: the runtime from the tools' folder
# (assets/herramientas/<hash>/pyodide/, beside the page's tool script), the lock passed
# inline, the wheel fetched while the runtime starts and installed. Leaves `py`.
START_LIKE_THE_WORKER = """
  const script = document.querySelector('script[type="module"][src*="/herramientas.js"]');
  const root = new URL("pyodide/", script.src);
  const wheelURL = new URL("followup-0.1.0-py3-none-any.whl", root);
  const wheel = fetch(wheelURL).then((r) => r.arrayBuffer());
  const { loadPyodide } = await import(new URL("pyodide.mjs", root).href);
  const py = await loadPyodide({ indexURL: root.href, lockFileContents: JSON.parse(lock) });
  py.unpackArchive(await wheel, "wheel");
"""
