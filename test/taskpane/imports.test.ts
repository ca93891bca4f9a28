/**
 * The pane's components take the host through injected actions (src/taskpane/actions.ts): none
 * imports a value from the Office.js adapter (src/excel) or the Word export (src/docx); type
 * imports are fine. Reads the import statements of every component's source.
 */
import * as fs from "fs";
import * as path from "path";

const DIR = path.join(__dirname, "..", "..", "src", "taskpane", "components");
const IMPORT = /^import\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms;

/** The value imports of a source file: [module, statement] for each import that is not `import type`. */
function valueImports(source: string): string[] {
  return [...source.matchAll(IMPORT)].filter((m) => !m[1]).map((m) => m[2]);
}

describe("task pane components", () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".tsx"));

  it("are found", () => {
    expect(files).toEqual(expect.arrayContaining(["App.tsx", "RekapPemda.tsx", "Options.tsx"]));
  });

  it.each(files)("%s imports no value from src/excel or src/docx", (file) => {
    const modules = valueImports(fs.readFileSync(path.join(DIR, file), "utf8"));
    expect(modules.filter((m) => /(^|\/)(excel|docx)(\/|$)/.test(m))).toEqual([]);
  });

  it("the check sees a value import (it can fail)", () => {
    expect(
      valueImports('import { TEKS } from "../../excel/pesan";\nimport type { X } from "../../docx/bab3";'),
    ).toEqual(["../../excel/pesan"]);
  });
});
