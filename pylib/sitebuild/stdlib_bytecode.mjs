// node stdlib_bytecode.mjs <pyodide npm folder> <stdlib_bytecode.py> <in.zip> <out.zip> [stdlib|wheel]
// Runs sitebuild/stdlib_bytecode.py's compile_zip() (or compile_wheel()) in the pinned
// Pyodide, whose Python is the one that will read the bytecode in the reader's browser (see
// that module).
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [pyodideDir, script, input, output, kind = "stdlib"] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(`${pyodideDir}/pyodide.mjs`).href);
// Line numbers only, no column ranges: smaller line tables in every code object.
const pyodide = await loadPyodide({ env: { HOME: "/home/pyodide", PYTHONNODEBUGRANGES: "1" } });
pyodide.FS.writeFile("/tmp/in.zip", readFileSync(input));
pyodide.runPython(readFileSync(script, "utf8"), { filename: "stdlib_bytecode.py" });
pyodide.globals.get(kind === "wheel" ? "compile_wheel" : "compile_zip")("/tmp/in.zip", "/tmp/out.zip");
writeFileSync(output, pyodide.FS.readFile("/tmp/out.zip"));
