/**
 * SIPD-RI exports copied into the workbook as plain sheets, in the add-in: found by their header
 * within the same round trips, the SKPD choice, and live formulas into the export's cells.
 */
import { toLaporan } from "../../src/core/proyeksi";
import { runCapaian, inspectWorkbook } from "../../src/excel/run";
import { readWorkbook } from "../../src/excel/read-tables";
import { TABLE_NAMES } from "../../src/core/kontrak";
import type { CellValue } from "../../src/core/table";
import { SHEET_NAMES } from "../../src/report/index";
import { cellKey, createSheetModel, findSheet, type WorkbookModel } from "../sim-excel";
import { DINSOS, lembarContoh, lembarRealisasi } from "../helpers/sipd";
import { buatModel, pasangHost } from "./workbook";

let lepas: (() => void) | null = null;
afterEach(() => {
  lepas?.();
  lepas = null;
});

function tambahLembar(model: WorkbookModel, name: string, values: CellValue[][], baris0 = 0): void {
  const sheet = createSheetModel(model, name);
  model.sheets.push(sheet);
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) sheet.cells[cellKey(r + baris0, c)] = { value: v };
    }),
  );
}

/** targets/realisasi tables, the recap's rows of two SKPD below a title, and a realisasi download. */
async function model(): Promise<WorkbookModel> {
  const m = buatModel([
    {
      name: "PK",
      table: {
        name: "targets",
        rows: [
          ["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Tahun"],
          ["IKU-05", "Rehabilitasi sosial", "PMKS terpenuhi kebutuhan dasarnya", "%", 100, 2024],
        ],
      },
    },
    {
      name: "Realisasi",
      table: {
        name: "realisasi",
        rows: [
          ["Kode", "Realisasi", "Tahun"],
          ["IKU-05", 100, 2024],
        ],
      },
    },
    {
      name: "IKU",
      table: {
        name: "program_iku",
        rows: [
          ["Kode", "Kode IKU"],
          ["1.06.04", "IKU-05"],
        ],
      },
    },
  ]);
  const rekap = await lembarContoh();
  const iSkpd = rekap.values[0].indexOf("KODE SKPD");
  const rows = rekap.values.filter(
    (r, i) => i === 0 || r[iSkpd] === DINSOS || r[iSkpd] === "8.01.0.00.0.00.01.0000",
  );
  tambahLembar(m, "SIPD Rekap", [["Rekapitulasi Belanja 2024"], [], ...rows]);
  const dok = lembarRealisasi("Data Realisasi Dokumen", [
    {
      subKegiatan: "1.06.04.2.01.0008",
      rekening: "5.1.02.04.01.0003",
      nomor: "LS/1",
      tanggal: "3 Juni 2024",
      nilai: 5_000_000,
    },
    {
      subKegiatan: "1.06.04.2.01.0008",
      rekening: "5.1.02.04.01.0003",
      nomor: "LS/2",
      tanggal: "3 September 2024",
      nilai: "1.500.000,00",
    },
  ]);
  tambahLembar(m, "Data Realisasi Dokumen", dok.values);
  return m;
}

function host(m: WorkbookModel) {
  const h = pasangHost(m, { apiVersion: "1.14" });
  lepas = h.lepas;
  return h.host;
}

describe("SIPD-RI sheets in the workbook", () => {
  it("are read in the same three round trips as the tables, values from A1", async () => {
    const h = host(await model());
    const snap = await h.Excel.run((context) => readWorkbook(context, TABLE_NAMES));
    expect(snap.syncs).toBe(3);
    expect(snap.lembar.map((l) => [l.sheet, l.values.length])).toEqual([
      ["SIPD Rekap", 332], // a title, a blank row, the header, 138 + 191 rows
      ["Data Realisasi Dokumen", 3],
    ]);
    expect(snap.lembar[0].values[2][0]).toBe("NO");
  });

  it("the whole 5,481-row recap (≈3.2 MB of values as the simulated host counts them) takes no extra round trip", async () => {
    const m = buatModel([
      {
        name: "PK",
        table: {
          name: "targets",
          rows: [
            ["Kode", "Indikator", "Target", "Tahun"],
            ["IKU-05", "PMKS", 100, 2024],
          ],
        },
      },
      {
        name: "Realisasi",
        table: {
          name: "realisasi",
          rows: [
            ["Kode", "Realisasi", "Tahun"],
            ["IKU-05", 100, 2024],
          ],
        },
      },
    ]);
    tambahLembar(m, "Sheet 1", (await lembarContoh()).values);
    const h = host(m);
    const before = h.stats.syncs;
    const hasil = await h.Excel.run((context) => runCapaian(context, { tahunSekarang: 2024, skpd: DINSOS }));
    expect(hasil.sumber).toMatchObject({ jenis: "sipd", lembar: "Sheet 1", baris: 5481 });
    expect(toLaporan(hasil.analysis).total.pagu).toBe(4_083_043_026);
    expect(h.stats.syncs - before).toBeLessThanOrEqual(6);
    expect(Math.max(...h.stats.responseBytes)).toBeLessThan(5_000_000);
    expect(Math.max(...h.stats.responseBytes)).toBeGreaterThan(1_000_000); // the export's values came in one response
  });

  it("the pane's check names the source and the SKPD to choose from; a run without a choice writes nothing", async () => {
    const h = host(await model());
    const cek = await h.Excel.run((context) => inspectWorkbook(context, { tahunSekarang: 2024 }));
    expect(cek.outcome.tabelHilang).toEqual([]);
    expect(cek.sumber).toMatchObject({ jenis: "sipd", lembar: "SIPD Rekap", baris: 329 });
    expect(cek.sumber.skpd?.map((s) => s.kode)).toEqual([DINSOS, "8.01.0.00.0.00.01.0000"]);
    expect(cek.sumber.realisasi).toEqual([{ lembar: "Data Realisasi Dokumen", baris: 2 }]);
    expect(cek.analysis.fatal).toBe(true);
    expect(cek.analysis.temuan[0].jenis).toBe("SKPD_BELUM_DIPILIH");
    expect(cek.outcome).toMatchObject({ fatal: true, pilihSkpd: true, lembarAktif: null });
  });

  it("with the SKPD chosen: every sheet written in at most 6 round trips, leaves as SUMs over the export's cells", async () => {
    const m = await model();
    const h = host(m);
    const before = h.stats.syncs;
    const hasil = await h.Excel.run((context) =>
      runCapaian(context, { tahunSekarang: 2024, skpd: DINSOS, sampaiBulan: 6 }),
    );
    expect(h.stats.syncs - before).toBeLessThanOrEqual(6);
    expect(hasil.analysis.fatal).toBe(false);
    expect(toLaporan(hasil.analysis).total.pagu).toBe(4_083_043_026);
    // blank cells come from Excel as "": sub kegiatan rows without rekening are not errors
    expect(hasil.analysis.temuan.filter((t) => t.tingkat === "error")).toEqual([]);
    expect(toLaporan(hasil.analysis).total.realisasi).toBe(5_000_000); // September is after the cut-off
    expect(hasil.tulis?.sheets.map((s) => s.name)).toContain(SHEET_NAMES.realisasiKeuangan);
    const trk = findSheet(m, SHEET_NAMES.realisasiKeuangan);
    const rumus = Object.values(trk?.cells ?? {})
      .map((c) => c.formula)
      .filter((f): f is string => typeof f === "string" && f.includes("SIPD Rekap"));
    expect(rumus.length).toBeGreaterThan(10);
    expect(rumus[0]).toMatch(/^=SUM\('SIPD Rekap'!U\d+/);
    expect(
      Object.values(trk?.cells ?? {}).some((c) => c.formula === "=SUM('Data Realisasi Dokumen'!AA2)"),
    ).toBe(true);
  });
});
