/**
 * The Office.js writer honours the sheets' conditional formats (predikat colours that follow a
 * live predikat) and print areas, as the exceljs writer does.
 */
import { runCapaian } from "../../src/excel/run";
import { buildSheets, STYLES } from "../../src/report/index";
import { findSheet, type WorkbookModel } from "../sim-excel";
import { modelContoh, pasangHost } from "./workbook";

let lepas: (() => void) | null = null;
afterEach(() => {
  lepas?.();
  lepas = null;
});

async function jalankan(model: WorkbookModel) {
  const h = pasangHost(model, { apiVersion: "1.14" });
  lepas = h.lepas;
  return h.host.Excel.run((context) => runCapaian(context, { tahunSekarang: 2024 }));
}

it("writes every conditional format of every sheet: the rule, the fill and the font of its style", async () => {
  const model = modelContoh();
  const specs = buildSheets((await jalankan(model)).analysis);
  let n = 0;
  for (const spec of specs) {
    const ditulis = findSheet(model, spec.name)?.conditionalFormats ?? [];
    expect([spec.name, ditulis.length]).toEqual([spec.name, spec.conditionalFormats?.length ?? 0]);
    (spec.conditionalFormats ?? []).forEach((f, k) => {
      const s = STYLES[f.style];
      expect(ditulis[k]).toEqual({
        range: f.range,
        type: "CellValue",
        rule: { formula1: `="${f.equals}"`, formula2: undefined, operator: "EqualTo" },
        fill: s.fill,
        fontColor: s.fontColor,
        bold: s.bold ? true : undefined,
      });
      n++;
    });
  }
  // Capaian Kinerja and Perbandingan Tahunan colour their predikat columns, one rule per band.
  expect(n).toBeGreaterThanOrEqual(5 * 2);
});

it("sets the print area of a table with chart data or a scale block beside it, absolute on both axes", async () => {
  const model = modelContoh();
  await jalankan(model);
  const ck = findSheet(model, "Capaian Kinerja");
  expect(ck?.printArea).toMatch(/^\$A\$1:\$I\$\d+$/);
  expect(findSheet(model, "Tabel Realisasi Keuangan")?.printArea).toMatch(/^\$A\$1:\$G\$\d+$/);
});
