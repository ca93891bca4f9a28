/**
 * The output sheets as data (SheetSpec): layout, live formulas whose cached values are checked by
 * evaluating them here, text that must never become a formula, and the Temuan links.
 */
import ExcelJS from "exceljs";
import { labelTemuan } from "../../src/core/label";
import { analyze, type Analysis } from "../../src/core/analyze";
import type { NodeAnggaran } from "../../src/core/anggaran";
import type { RawTable } from "../../src/core/table";
import { buildSheets } from "../../src/report";
import type { CellSpec, SheetSpec } from "../../src/report/sheet-spec";
import { writeSheetsPackage } from "../../src/xlsx/write-sheets";
import { seedRawTables } from "../fixtures/seed-tabel";
import { bukuKerja } from "../helpers/tabel";
import { formatCell } from "../../src/core/a1";
import {
  WorkbookCalc,
  cellKey,
  createSheetModel,
  createWorkbookModel,
  findSheet,
  parseFormula,
  type FormulaNode,
  type WorkbookModel,
} from "../sim-excel";

// ---------------------------------------------------------------------------------------------
// Cached values are checked with the simulated host's formula evaluator (the project's one):
// the sheet and its source tables become a workbook of the simulator, cached values left out,
// and each formula cell is evaluated there as Excel would.
// ---------------------------------------------------------------------------------------------

/** The sheet (formulas only, no cached values) and the source tables as a simulated workbook. */
function bukuSimulasi(sheet: SheetSpec, sources: RawTable[]): WorkbookModel {
  const model = createWorkbookModel([]);
  const tambah = (name: string) => {
    const ws = findSheet(model, name) ?? createSheetModel(model, name);
    if (!model.sheets.includes(ws)) model.sheets.push(ws);
    return ws;
  };
  for (const t of sources) {
    const ws = tambah(t.sheet);
    const isi = (r: number, c: number, value: string | number | boolean | null) => {
      if (value !== null) ws.cells[cellKey(r, t.firstColumn - 1 + c)] = { value };
    };
    t.headers.forEach((h, c) => isi(t.headerRow - 1, c, h));
    t.rows.forEach((row, r) => row.forEach((v, c) => isi(t.headerRow + r, c, v)));
  }
  const ws = tambah(sheet.name);
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.formula) ws.cells[cellKey(r, c)] = { formula: cell.formula };
      else if (cell && cell.value !== null && cell.value !== undefined)
        ws.cells[cellKey(r, c)] = { value: cell.value };
    }),
  );
  return model;
}

/** Every reference to another sheet lies inside a source table's data rows (never a blank beside it). */
function periksaRujukan(formula: string, sheet: SheetSpec, sources: RawTable[]): void {
  const jalan = (n: FormulaNode): void => {
    if (n.k === "ref" && n.sheet !== undefined && n.sheet !== sheet.name) {
      const { r0, c0, r1, c1 } = n.rect;
      const t = sources.find(
        (x) =>
          x.sheet === n.sheet &&
          r0 >= x.headerRow &&
          r1 < x.headerRow + x.rows.length &&
          c0 >= x.firstColumn - 1 &&
          c1 < x.firstColumn - 1 + x.headers.length,
      );
      expect([formula, t === undefined ? "outside every source table" : "in a source table"]).toEqual([
        formula,
        "in a source table",
      ]);
    } else if (n.k === "unary") jalan(n.e);
    else if (n.k === "binary") [n.a, n.b].forEach(jalan);
    else if (n.k === "call") n.args.forEach(jalan);
  };
  jalan(parseFormula(formula));
}

const UANG = new Set(["uang", "uangTebal", "totalUang"]);

/** Every formula's cached value equals its evaluation: to the sen for money, to 1e-9 otherwise. */
function periksaCache(sheet: SheetSpec, sources: RawTable[]): number {
  const calc = new WorkbookCalc(bukuSimulasi(sheet, sources));
  let n = 0;
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.formula) return;
      n++;
      periksaRujukan(cell.formula, sheet, sources);
      const hasil = calc.cell(sheet.name, r, c);
      const lokasi = `${sheet.name}!${formatCell(r + 1, c + 1)} ${cell.formula}`;
      if (typeof hasil === "number") {
        expect(typeof cell.value).toBe("number");
        if (UANG.has(cell.style ?? ""))
          expect([lokasi, Math.round((cell.value as number) * 100)]).toEqual([
            lokasi,
            Math.round(hasil * 100),
          ]);
        else
          expect([
            lokasi,
            Math.abs((cell.value as number) - hasil) <= 1e-9 * Math.max(1, Math.abs(hasil)),
          ]).toEqual([lokasi, true]);
      } else expect([lokasi, cell.value]).toEqual([lokasi, hasil]);
    }),
  );
  return n;
}

const seed2024 = () => analyze(seedRawTables(), { tahun: 2024, tahunSekarang: 2025 });
const lembar = (a: Analysis, nama: string) => {
  const s = buildSheets(a).find((x) => x.name === nama);
  if (!s) throw new Error(`no sheet ${nama}`);
  return s;
};
const baris = (s: SheetSpec, pred: (row: (CellSpec | null)[]) => boolean) => s.rows.findIndex(pred) + 1;
const nilai = (s: SheetSpec, r: number, c: number) => s.rows[r - 1][c - 1]?.value;
const rumusDi = (s: SheetSpec, r: number, c: number) => s.rows[r - 1][c - 1]?.formula;

/** The rows a SUBTOTAL formula sums, e.g. "=SUBTOTAL(9,E5:E9)" in column E → [5, 9]. */
function barisSubtotal(formula: string, kolom: string): [number, number] {
  const m = /^=SUBTOTAL\(9,([A-Z])(\d+):([A-Z])(\d+)\)$/.exec(formula);
  if (!m) throw new Error(`not a SUBTOTAL: ${formula}`);
  expect([m[1], m[3]]).toEqual([kolom, kolom]);
  return [Number(m[2]), Number(m[4])];
}

describe("Tabel Realisasi Keuangan (seed 2024)", () => {
  const a = seed2024();
  const s = lembar(a, "Tabel Realisasi Keuangan");
  const header = baris(s, (r) => r[0]?.value === "No");
  const jumlah = baris(s, (r) => r[0]?.value === "Jumlah");

  it("has the seed's header", () => {
    expect(s.rows[header - 1].slice(0, s.tables[0].columns).map((c) => c?.value)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama (IKU)",
      "Program / Kegiatan / Sub Kegiatan",
      "Pagu Anggaran",
      "Realisasi Anggaran",
      "%",
    ]);
    expect(s.freeze.rows).toBe(header);
  });

  /** Row of each budget node: programs found by their uraian, their subtree on the rows below. */
  const barisNode = new Map<NodeAnggaran, number>();
  for (const p of a.anggaran) {
    const r = baris(s, (row) => row[3]?.value === p.uraian && row[3]?.style === "program");
    let next = r;
    const jalan = (n: NodeAnggaran) => {
      barisNode.set(n, next++);
      n.anak.forEach(jalan);
    };
    jalan(p);
  }

  it("writes every budget line once, in tree order under its program, with its uraian", () => {
    expect(barisNode.size).toBe(54);
    for (const [n, r] of barisNode) expect([n.kode, nilai(s, r, 4)]).toEqual([n.kode, n.uraian]);
    const rows = [...barisNode.values()].sort((x, y) => x - y);
    expect(rows[0]).toBe(header + 1);
    expect(rows[rows.length - 1]).toBe(jumlah - 1);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it("programs are grouped under the sasaran and IKU they support; Penunjang comes last", () => {
    const urutan = a.anggaran
      .slice()
      .sort((x, y) => (barisNode.get(x) as number) - (barisNode.get(y) as number))
      .map((p) => p.kode);
    expect(urutan).toEqual(["1.06.02", "1.06.07", "1.06.06", "1.06.05", "1.06.04", "1.06.01"]);
    const r = (kode: string) =>
      barisNode.get(a.anggaran.find((p) => p.kode === kode) as NodeAnggaran) as number;
    expect(nilai(s, r("1.06.02"), 2)).toBe(
      "Meningkatnya penyelenggaraan kesejahteraan sosial yang partisipatif",
    );
    expect(nilai(s, r("1.06.02"), 3)).toBe("Persentase PSKS Perorangan, Keluarga dan Kelembagaan yang aktif");
    expect(nilai(s, r("1.06.06"), 2)).toBe("Meningkatnya penyelenggaraan Perlindungan Sosial");
    expect(nilai(s, r("1.06.01"), 2)).toBe("");
    expect(s.merges).toContain(`B${r("1.06.02")}:B${r("1.06.06") - 1}`);
  });

  it("the Jumlah row is a SUBTOTAL of the whole table, cached 4.235.577.713 / 4.183.315.561", () => {
    expect(barisSubtotal(rumusDi(s, jumlah, 5) as string, "E")).toEqual([header + 1, jumlah - 1]);
    expect(barisSubtotal(rumusDi(s, jumlah, 6) as string, "F")).toEqual([header + 1, jumlah - 1]);
    expect(nilai(s, jumlah, 5)).toBe(4235577713);
    expect(nilai(s, jumlah, 6)).toBe(4183315561);
    expect(nilai(s, jumlah, 7)).toBeCloseTo(98.76611514316937, 12);
  });

  it("every parent row is a SUBTOTAL over exactly its subtree's rows; leaves refer to their source cell", () => {
    let orangTua = 0;
    for (const [n, r] of barisNode) {
      if (n.anak.length === 0) {
        expect(rumusDi(s, r, 5)).toBe(`=${n.paguSel.ref}`);
        if (n.realisasiSel) expect(rumusDi(s, r, 6)).toBe(`=${n.realisasiSel.ref}`);
        continue;
      }
      orangTua++;
      const turunan: number[] = [];
      const kumpul = (x: NodeAnggaran) =>
        x.anak.forEach((y) => (turunan.push(barisNode.get(y) as number), kumpul(y)));
      kumpul(n);
      const rentang = [Math.min(...turunan), Math.max(...turunan)];
      expect(rentang[1] - rentang[0] + 1).toBe(turunan.length);
      expect([n.kode, barisSubtotal(rumusDi(s, r, 5) as string, "E")]).toEqual([n.kode, rentang]);
      expect([n.kode, barisSubtotal(rumusDi(s, r, 6) as string, "F")]).toEqual([n.kode, rentang]);
    }
    expect(orangTua).toBe(5 + 13); // programs with children, and every kegiatan
  });

  it("every cached value equals the formula evaluated over the sheet and the source tables", () => {
    // 54 budget lines × (pagu, realisasi, %), the Jumlah row, and the chart data's 6 program serapan.
    expect(periksaCache(s, seedRawTables())).toBe(54 * 3 + 3 + 6);
  });

  it("the checker itself catches a cached value one sen off, a wrong SUBTOTAL, or a reference beside its source table", () => {
    const salin = (): SheetSpec => ({ ...s, rows: s.rows.map((r) => r.map((c) => (c ? { ...c } : c))) });
    const satuSen = salin();
    const j = satuSen.rows[jumlah - 1][4] as CellSpec;
    j.value = (j.value as number) + 0.01;
    expect(() => periksaCache(satuSen, seedRawTables())).toThrow();
    const sumSalah = salin();
    const k = sumSalah.rows[jumlah - 1][5] as CellSpec;
    k.formula = (k.formula as string).replace(/:F(\d+)\)$/, (_, r: string) => `:F${Number(r) - 1})`);
    expect(() => periksaCache(sumSalah, seedRawTables())).toThrow();
    // a leaf referring to a blank cell below its source table (evaluates to 0, like a zero pagu)
    const luar = salin();
    const leaf = luar.rows.flat().find((c) => /^=[^(]*![A-Z]+\d+$/.test(c?.formula ?? "")) as CellSpec;
    leaf.formula = (leaf.formula as string).replace(/\d+$/, (r) => String(Number(r) + 1000));
    expect(() => periksaCache(luar, seedRawTables())).toThrow(/outside every source table/);
  });

  it("% is guarded against pagu 0: Pemberdayaan Sosial's cached value is empty", () => {
    const r = barisNode.get(a.anggaran.find((p) => p.kode === "1.06.02") as NodeAnggaran) as number;
    expect(rumusDi(s, r, 7)).toBe(`=IF(E${r}=0,"",F${r}/E${r}*100)`);
    expect(nilai(s, r, 7)).toBe("");
    expect(nilai(s, r, 5)).toBe(0);
  });

  it("amounts are numbers, not text", () => {
    for (const r of barisNode.values()) {
      expect(typeof nilai(s, r, 5)).toBe("number");
      expect(typeof nilai(s, r, 6)).toBe("number");
    }
  });
});

describe("Capaian Kinerja (seed 2024)", () => {
  const a = seed2024();
  const s = lembar(a, "Capaian Kinerja");
  const header = baris(s, (r) => r[0]?.value === "No");

  it("has Tabel 3.2's header", () => {
    expect(s.rows[header - 1].slice(0, s.tables[0].columns).map((c) => c?.value)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Predikat",
      "Rumus",
    ]);
    expect(s.wordColumns).toBe(8);
  });

  it("each sasaran row is the AVERAGE of exactly its indikator rows, with its predikat", () => {
    const sasaranRows = s.rows.flatMap((r, i) => (r[0]?.style === "sasaranTengah" ? [i + 1] : []));
    expect(sasaranRows).toHaveLength(3);
    a.sasaran.forEach((sas, k) => {
      const r = sasaranRows[k];
      expect(nilai(s, r, 2)).toBe(sas.sasaran);
      expect(rumusDi(s, r, 7)).toBe(`=IFERROR(AVERAGE(G${r + 1}:G${r + sas.indikator.length}),"")`);
      sas.indikator.forEach((i, j) => expect(nilai(s, r + 1 + j, 3)).toBe(i.indikator));
      expect(nilai(s, r, 8)).toBe(sas.predikat);
      expect(nilai(s, r, 7)).toBe(sas.capaian);
    });
    expect(nilai(s, sasaranRows[0], 7)).toBeCloseTo(113.43283582089552, 10);
  });

  it("every cached value equals the formula evaluated", () => {
    // 5 indikator × (target, realisasi, capaian, predikat), 3 sasaran means and predikat, the
    // office mean and predikat, and the chart data's 5 capaian.
    expect(periksaCache(s, seedRawTables())).toBe(5 * 4 + 3 * 2 + 2 + 5);
  });

  it("the office row is the mean of the sasaran rows (found by their label: one formula length at any size)", () => {
    const r = baris(s, (row) => row[0]?.value === "Capaian kinerja OPD (rata-rata sasaran)");
    expect(rumusDi(s, r, 7)).toBe(
      `=IFERROR(AVERAGEIF(C5:C${r - 1},"Rata-rata capaian sasaran",G5:G${r - 1}),"")`,
    );
    const sasaran = s.rows.filter((row) => row[2]?.value === "Rata-rata capaian sasaran");
    expect(sasaran).toHaveLength(3);
    expect(nilai(s, r, 7)).toBeCloseTo((113.43283582089552 + 126.65094339622642 + 100) / 3, 10);
  });

  it("negatif, range and target-0 indikator: the formulas still match the engine", () => {
    const tables = bukuKerja((x) => {
      x.targets.push(
        ["IKU-02", "Sasaran dua", "Angka kemiskinan", "%", 10, "negatif", 2024],
        ["IKU-03", "Sasaran dua", "IPM", "", "68,75 – 69,25", "", 2024],
        ["IKU-04", "Sasaran dua", "Tanpa target", "%", 0, "", 2024],
        ["IKU-05", "Sasaran dua", "Belum ada data", "%", 50, "", 2024],
        ["IKU-06", "Sasaran dua", "Target teks", "%", "55,12", "", 2024],
      );
      x.realisasi.push(
        ["IKU-02", 8, 2024],
        ["IKU-03", 70, 2024],
        ["IKU-04", 5, 2024],
        ["IKU-05", "-", 2024],
        ["IKU-06", "84,5", 2024],
      );
    });
    const cs = lembar(analyze(tables, { tahunSekarang: 2024 }), "Capaian Kinerja");
    // numeric targets (4) and realisasi (4) refer to their source; 6 capaian, 2 sasaran, 1 office,
    // the chart data's 6 capaian references, and 9 live predikat (6 indikator, 2 sasaran, office)
    expect(periksaCache(cs, tables)).toBe(4 + 4 + 6 + 2 + 1 + 6 + 9);
    const cap = (nama: string) =>
      nilai(
        cs,
        baris(cs, (r) => r[2]?.value === nama),
        7,
      );
    expect(cap("Angka kemiskinan")).toBeCloseTo(120, 10);
    expect(cap("IPM")).toBeCloseTo((70 / 69.25) * 100, 10);
    expect(cap("Tanpa target")).toBe("");
    expect(cap("Belum ada data")).toBe("");
    expect(cap("Target teks")).toBeCloseTo((84.5 / 55.12) * 100, 10);
  });
});

describe("Temuan sheet", () => {
  const a = seed2024();
  const s = lembar(a, "Temuan");
  const header = baris(s, (r) => r[0]?.value === "No");
  const data = s.rows.slice(header);

  it("one row per temuan, errors first", () => {
    expect(s.rows[header - 1].slice(0, s.tables[0].columns).map((c) => c?.value)).toEqual([
      "No",
      "Tingkat",
      "Jenis",
      "Kode",
      "Tahun",
      "Tabel",
      "Lokasi",
      "Pesan",
      "Tercatat",
      "Dihitung",
    ]);
    expect(data).toHaveLength(a.temuan.length);
    // Each temuan with its tahun (the earlier years' too).
    expect(data.map((r) => r[4]?.value).sort()).toEqual(a.temuan.map((t) => t.tahun).sort());
    const tingkat = data.map((r) => r[1]?.value);
    const urut = ["Kesalahan", "Peringatan", "Info"];
    expect(tingkat.map((t) => urut.indexOf(t as string))).toEqual(
      tingkat.map((t) => urut.indexOf(t as string)).sort((x, y) => x - y),
    );
    // The jenis in words ("Total tidak sesuai"), the code staying in the JSON.
    expect(data.map((r) => r[2]?.value).sort()).toEqual(a.temuan.map((t) => labelTemuan(t.jenis)).sort());
    expect(data.map((r) => r[2]?.value)).toContain("Total tidak sesuai");
    expect(data.some((r) => /^[A-Z_]+$/.test(String(r[2]?.value)))).toBe(false);
  });

  it("a HYPERLINK per temuan with alamat, to that very cell", () => {
    const links = data.map((r) => r[6]).filter((c) => c?.formula?.startsWith("=HYPERLINK("));
    expect(links).toHaveLength(a.temuan.filter((t) => t.alamat).length);
    expect(links.map((c) => c?.value).sort()).toEqual(a.temuan.map((t) => t.alamat).sort());
    for (const c of links) {
      const m = /^=HYPERLINK\("#(.*)","(.*)"\)$/.exec(c?.formula as string);
      expect(m).not.toBeNull();
      const [, target, teks] = m as RegExpExecArray;
      expect(target.replace(/^'(.*)'!/, "$1!").replace(/''/g, "'")).toBe(teks);
      expect(teks).toBe(c?.value);
      // quoted when the sheet name needs it
      if (teks.startsWith("Perjanjian Kinerja!"))
        expect(target.startsWith("'Perjanjian Kinerja'!")).toBe(true);
    }
    expect(periksaCache(s, seedRawTables())).toBe(links.length);
  });

  it("says so when there is no temuan", () => {
    const t = lembar(analyze(bukuKerja(), { tahunSekarang: 2024 }), "Temuan");
    expect(t.rows.some((r) => r[0]?.value === "Tidak ada temuan.")).toBe(true);
  });
});

describe("text from the source is never a formula", () => {
  const JAHAT = ['=HYPERLINK("http://contoh.invalid","klik")', "=1+1", "+62 811", "-", "@SUM(A1)"];
  const a = analyze(
    bukuKerja((b) => {
      b.targets[0][1] = "=SUM(A1:A9) sasaran";
      b.targets[0][2] = "+Indikator";
      b.targets[0][3] = JAHAT[3];
      b.pagu[0][1] = JAHAT[0];
      b.pagu[1][1] = JAHAT[1];
      b.pagu[2][1] = JAHAT[2];
      b.pagu.push(["1.06.02.2.01.0002", JAHAT[4], 0, null, null, 2024]);
      b.realisasi.push(["1.06.02.2.01.0002", 0, 2024]);
    }),
    { tahunSekarang: 2024 },
  );
  const sheets = buildSheets(a);

  it("in the SheetSpec: a value, with no formula", () => {
    const teks = ["=SUM(A1:A9) sasaran", "+Indikator", ...JAHAT];
    for (const t of teks) {
      const cells = sheets.flatMap((s) => s.rows.flat()).filter((c) => c?.value === t);
      expect([t, cells.length > 0]).toEqual([t, true]);
      for (const c of cells) expect([t, c?.formula]).toEqual([t, undefined]);
    }
    // and no formula anywhere contains the text
    for (const s of sheets)
      for (const c of s.rows.flat()) if (c?.formula) expect(c.formula).not.toContain("contoh.invalid");
  });

  it("in the .xlsx written by exceljs: a string cell, read back unchanged", async () => {
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load((await writeSheetsPackage(sheets)) as unknown as ArrayBuffer);
    const ws = wb2.getWorksheet("Tabel Realisasi Keuangan") as ExcelJS.Worksheet;
    const d = (v: string) => {
      let found: ExcelJS.Cell | undefined;
      ws.eachRow((row) =>
        row.eachCell((c) => (Number(c.col) === 4 && c.value === v ? (found = c) : undefined)),
      );
      return found;
    };
    for (const t of [JAHAT[0], JAHAT[1], JAHAT[2], JAHAT[4]]) {
      const c = d(t);
      expect([t, c?.type]).toEqual([t, ExcelJS.ValueType.String]);
    }
  });
});

describe("a fatal run", () => {
  it("builds no sheet", () => {
    const a = analyze(
      bukuKerja().filter((t) => t.name !== "realisasi"),
      { tahunSekarang: 2024 },
    );
    expect(a.fatal).toBe(true);
    expect(buildSheets(a)).toEqual([]);
  });
});

describe("chapter III's other sheets (seed 2024)", () => {
  const a = seed2024();
  const nilaiDi = (s: SheetSpec, teks: string, kolom: number) => {
    const row = s.rows.find((r) => r.some((c) => typeof c?.value === "string" && c.value.includes(teks)));
    if (!row) throw new Error(`no row with ${teks}`);
    return row[kolom - 1]?.value;
  };

  it.each(["Perbandingan Tahunan", "Perbandingan Renstra", "Analisis Efisiensi"])(
    "%s: every cached value equals its formula evaluated over the sheet and the sources",
    (nama) => {
      expect(periksaCache(lembar(a, nama), seedRawTables())).toBeGreaterThan(10);
    },
  );

  it("Perbandingan Tahunan has each year's capaian of seed §3.1.3 and flags the printed ones that disagree", () => {
    const s = lembar(a, "Perbandingan Tahunan");
    const header = s.rows.findIndex((r) => r[0]?.value === "No") + 1;
    expect(s.rows[header - 1].map((c) => c?.value)).toContain("Capaian 2022 (%)");
    // IKU-01: 110 (2022), 112,07 (2023), 126,87 (2024); the seed prints 117, 117, 126
    const psks = s.rows.find((r) => String(r[1]?.value).startsWith("Persentase PSKS"));
    expect(psks).toBeDefined();
    const capaian = [6, 10, 14].map((c) => psks?.[c - 1]?.value as number);
    expect(capaian.map((x) => x.toFixed(2))).toEqual(["110.00", "112.07", "126.87"]);
    expect(psks?.[15]?.value).toBe("naik");
    expect(String(psks?.[16]?.value)).toMatch(/2022: tercatat 117 tidak sesuai \(seharusnya 110,00\)/);
    expect(String(psks?.[16]?.value)).toMatch(/2024: tercatat 126 dipotong/);
    // IKU-04 2023: printed 84,5 against 98,24
    expect(String(nilaiDi(s, "Keluarga Miskin", 17))).toMatch(
      /2023: tercatat 84,5 tidak sesuai \(seharusnya 98,24\)/,
    );
  });

  it("Analisis Efisiensi has the seed's Sasaran column and one number per sasaran (§3.1.7)", () => {
    const s = lembar(a, "Analisis Efisiensi");
    const h = s.rows.findIndex((r) => r[0]?.value === "No");
    expect(s.rows[h].slice(0, 3).map((c) => c?.value)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
    ]);
    const no = s.rows.slice(h + 1).map((r) => r[0]?.value ?? null);
    expect(no).toEqual([1, null, 1 + 1, null, 3]);
    expect(s.merges).toEqual(expect.arrayContaining(["A5:A6", "B5:B6", "A7:A8", "B7:B8"]));
  });

  it("Analisis Efisiensi: IKU-04's program 95,22 %, not the 100 % the seed prints; IKU-01 has no budget", () => {
    const s = lembar(a, "Analisis Efisiensi");
    expect((nilaiDi(s, "Keluarga Miskin", 8) as number).toFixed(2)).toBe("95.22");
    expect(nilaiDi(s, "Keluarga Miskin", 10)).toBe("Efisien");
    expect(nilaiDi(s, "Taman Makam", 8)).toBe(100);
    expect((nilaiDi(s, "korban bencana", 8) as number).toFixed(2)).toBe("99.83");
    expect((nilaiDi(s, "PMKS", 8) as number).toFixed(2)).toBe("99.26");
    expect(nilaiDi(s, "PSKS", 8)).toBe("");
    expect(nilaiDi(s, "PSKS", 10)).toBe("Tanpa anggaran (pagu Rp 0)");
    // 1 − 95,22 / 153,30
    expect((nilaiDi(s, "Keluarga Miskin", 9) as number).toFixed(2)).toBe("37.89");
  });

  it("Perbandingan Renstra compares with the Renstra target; Standar Nasional says none is set (§3.1.5 prints -)", () => {
    const names = buildSheets(a).map((s) => s.name);
    expect(names).toContain("Perbandingan Renstra");
    expect(nilaiDi(lembar(a, "Standar Nasional"), "PSKS", 9)).toBe("Standar Nasional belum diisi");
    const s = lembar(a, "Perbandingan Renstra");
    expect((nilaiDi(s, "PSKS", 8) as number).toFixed(2)).toBe("126.87");
  });

  it("the charts read contiguous chart data that refers to the table's own cells", () => {
    const ck = lembar(a, "Capaian Kinerja");
    expect(ck.charts?.[0]).toMatchObject({ type: "ColumnClustered", categories: "K5:K9" });
    expect(ck.charts?.[0].series.map((x) => x.line ?? false)).toEqual([false, true]);
    expect(ck.rows[4][11]?.formula).toMatch(/^=G\d+$/);
    const rk = lembar(a, "Tabel Realisasi Keuangan");
    expect(rk.charts?.[0]).toMatchObject({ type: "BarClustered", categories: "I5:I10" });
    expect(rk.tables[0].columns).toBe(7);
    expect(rk.printArea).toBe(`$A$1:$G$${rk.rows.length}`);
  });
});
