/** Small workbooks for the adapter tests, built directly as the simulated host's JSON model. */
import {
  cellKey,
  createSheetModel,
  createWorkbookModel,
  newId,
  type WorkbookModel,
  createExcelHost,
  type ExcelHost,
  type ExcelHostOptions,
} from "../sim-excel";
import { columnLetters } from "../../src/core/table";

export type Cell = string | number | boolean | null;

export interface SheetInput {
  name: string;
  /** Rows from A1; each table starts at A1 with its header row. */
  table?: { name: string; rows: Cell[][] };
  cells?: Record<string, Cell>;
}

export function buatModel(sheets: SheetInput[]): WorkbookModel {
  const model = createWorkbookModel([]);
  for (const input of sheets) {
    const sheet = createSheetModel(model, input.name);
    model.sheets.push(sheet);
    if (input.table) {
      const rows = input.table.rows;
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null) sheet.cells[cellKey(r, c)] = { value: v };
        }),
      );
      const width = Math.max(...rows.map((r) => r.length));
      model.tables.push({
        id: newId(model),
        name: input.table.name,
        sheet: input.name,
        address: `A1:${columnLetters(width)}${rows.length}`,
        showHeaders: true,
      });
    }
  }
  model.activeSheet = model.sheets[0]?.name ?? "";
  model.selection = model.activeSheet ? { sheet: model.activeSheet, address: "A1" } : null;
  return model;
}

/** The three required tables with a few rows (a subset of the seed, 2024). */
export function modelContoh(extra: SheetInput[] = []): WorkbookModel {
  return buatModel([
    {
      name: "PK",
      table: {
        name: "Targets",
        rows: [
          ["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Tahun"],
          ["IKU-01", "Meningkatnya kesejahteraan sosial", "=PSKS aktif (teks, bukan rumus)", "%", 67, 2024],
          [
            "IKU-02",
            "Meningkatnya kesejahteraan sosial",
            "Pemeliharaan Taman Makam Pahlawan",
            "%",
            100,
            2024,
          ],
        ],
      },
    },
    {
      name: "DPA",
      table: {
        name: "pagu",
        rows: [
          ["Kode", "Uraian", "Pagu", "Kode IKU"],
          ["1.06.01", "Program Penunjang", 3000000, null],
          ["1.06.01.2.01", "Perencanaan", 3000000, null],
          ["1.06.01.2.01.0001", "Penyusunan Dokumen", 1000000, null],
          ["1.06.01.2.01.0002", "Koordinasi RKA", 2000000, null],
          ["1.06.04", "Program Rehabilitasi Sosial", 500000, "IKU-01"],
          ["1.06.04.2.01", "Rehabilitasi Dasar", 500000, null],
          ["1.06.04.2.01.0001", "Penyediaan Permakanan", 500000, null],
        ],
      },
    },
    {
      name: "Realisasi",
      table: {
        name: "realisasi",
        rows: [
          ["Kode", "Realisasi", "Tahun"],
          ["IKU-01", 85, 2024],
          ["IKU-02", 100, 2024],
          ["1.06.01.2.01.0001", 1000000, 2024],
          ["1.06.01.2.01.0002", 1900000, 2024],
          ["1.06.04.2.01.0001", 700000, 2024],
        ],
      },
    },
    ...extra,
  ]);
}

/**
 * The regional settings of the hosts pasangHost makes: an Indonesian Windows desktop (list
 * separator ";", decimal ",") unless a test file sets another (the `*.en-US.test.ts` twins).
 */
let lokalAktif: "id-ID" | "en-US" = "id-ID";

/** Sets the locale of the hosts pasangHost makes from now on. */
export function aturLokal(lokal: "id-ID" | "en-US"): void {
  lokalAktif = lokal;
}

/** A host over `model`, installed as the globals (Office.context.requirements included). */
export function pasangHost(
  model: WorkbookModel,
  options: ExcelHostOptions = {},
): { host: ExcelHost; lepas: () => void } {
  const host = createExcelHost(model, { locale: lokalAktif, ...options });
  const lepas = host.install(globalThis);
  return { host, lepas };
}
