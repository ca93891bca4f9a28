/**
 * `capaian hitung` with SIPD-RI exports: the shared recap as downloaded, realisasi downloads,
 * the SKPD choice, and exports copied as sheets into the workbook (live formulas into them).
 */
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import type { Laporan } from "../../src/core/laporan";
import { capaian } from "../helpers/cli";
import { DINSOS, REKAP_CONTOH } from "../helpers/sipd";

jest.setTimeout(60000);

const DIR = path.join(__dirname, "..", "..", "examples", "sipd");
const DEMO = path.join(DIR, "demo-dinsos-2024.xlsx");
const REALISASI = ["realisasi-dinsos-2024-jan-jun.xlsx", "realisasi-dinsos-2024-jun-des.xlsx"].map((f) =>
  path.join(DIR, f),
);
const KELUARAN = [
  "Tabel Realisasi Keuangan",
  "Capaian Kinerja",
  "Perbandingan Tahunan",
  "Perbandingan Renstra",
  "Standar Nasional",
  "Analisis Efisiensi",
  "Narasi",
  "Temuan",
];

let tmp: string;
const f = (nama: string) => path.join(tmp, nama);
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-sipd-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function baca(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The unique document lines' Nilai Realisasi (in sen) of the downloads, read independently. */
async function jumlahUnik(files: string[]): Promise<bigint> {
  const dilihat = new Set<string>();
  let sen = 0n;
  for (const file of files) {
    const ws = (await baca(file)).worksheets[0];
    const h = (ws.getRow(1).values as string[]).map((x) => String(x ?? ""));
    const k = (nama: string) => h.indexOf(nama);
    ws.eachRow((row, r) => {
      if (r === 1) return;
      const v = row.values as unknown[];
      const kunci = [v[k("Nomor Dokumen")], v[k("Kode Sub Kegiatan")], v[k("Kode Rekening")]].join("|");
      if (dilihat.has(kunci)) return;
      dilihat.add(kunci);
      const n = v[k("Nilai Realisasi")];
      const teks = typeof n === "number" ? n.toFixed(2) : String(n).replace(/\./g, "").replace(",", ".");
      sen += BigInt(teks.replace(".", ""));
    });
  }
  return sen;
}

describe("capaian hitung --pagu-sipd", () => {
  it("a multi-SKPD export without --skpd: exit 1, the SKPD codes and names listed, nothing written", async () => {
    const r = await capaian("hitung", DEMO, "--pagu-sipd", REKAP_CONTOH, "-o", f("tanpa.xlsx"));
    expect(r.kode).toBe(1);
    expect(r.err).toContain("memuat 42 SKPD");
    expect(r.err).toContain(`${DINSOS} Dinas Sosial`);
    expect(r.err).toContain("8.01.0.00.0.00.01.0000 Badan Bina Kesatuan Bangsa dan Politik");
    expect(fs.existsSync(f("tanpa.xlsx"))).toBe(false);
  });

  it("the demo: the recap as downloaded, two overlapping realisasi downloads, every output", async () => {
    const r = await capaian(
      "hitung",
      DEMO,
      "--pagu-sipd",
      REKAP_CONTOH,
      "--realisasi-sipd",
      ...REALISASI,
      "--skpd",
      DINSOS,
      "-o",
      f("demo.xlsx"),
      "--json",
      f("demo.json"),
      "--docx",
      f("demo.docx"),
    );
    expect(r.err).toBe("");
    expect(r.kode).toBe(0);
    expect(r.out).toContain(
      `Anggaran dari ekspor SIPD-RI rekap-belanja-2024.xlsx, SKPD ${DINSOS} Dinas Sosial, 138 baris`,
    );
    expect(r.out).toMatch(
      /Realisasi anggaran dari Laporan Realisasi Per Dokumen realisasi-dinsos-2024-jan-jun\.xlsx, realisasi-dinsos-2024-jun-des\.xlsx: \d+ baris dokumen/,
    );
    const laporan = JSON.parse(fs.readFileSync(f("demo.json"), "utf8")) as Laporan;
    expect(laporan.total.pagu).toBe(4_083_043_026);
    expect(laporan.sumberSipd).toMatchObject({
      rekap: "rekap-belanja-2024.xlsx",
      rekapAwal: null,
      skpd: { kode: DINSOS, nama: "Dinas Sosial", subUnit: null },
      baris: 138,
      realisasi: {
        lembar: ["realisasi-dinsos-2024-jan-jun.xlsx", "realisasi-dinsos-2024-jun-des.xlsx"],
        sampaiBulan: null,
      },
    });
    expect(BigInt(Math.round(laporan.total.realisasi * 100))).toBe(await jumlahUnik(REALISASI));
    expect(laporan.anggaran.find((a) => a.kode === "1.06.04")?.kodeIku).toBe("IKU-05");
    const wb = await baca(f("demo.xlsx"));
    for (const nama of KELUARAN) expect(wb.getWorksheet(nama)).toBeDefined();
    // a separate download cannot be referred to: its amounts are values, its cells named with the file
    const trk = wb.getWorksheet("Tabel Realisasi Keuangan") as ExcelJS.Worksheet;
    expect(trk.getCell("E7").value).toBe(0);
    expect(fs.statSync(f("demo.docx")).size).toBeGreaterThan(10_000);
  });

  it("--sampai-bulan 6 counts the lines up to 30 June; a month outside 1–12 is bad usage", async () => {
    const r = await capaian(
      "hitung",
      DEMO,
      "--pagu-sipd",
      REKAP_CONTOH,
      "--realisasi-sipd",
      ...REALISASI,
      "--skpd",
      "sosial",
      "--sampai-bulan",
      "6",
      "--json",
      f("juni.json"),
    );
    expect(r.kode).toBe(0);
    expect(r.out).toContain("baris dokumen sampai akhir Juni");
    const juni = JSON.parse(fs.readFileSync(f("juni.json"), "utf8")) as Laporan;
    expect(BigInt(Math.round(juni.total.realisasi * 100))).toBe(await jumlahUnik(REALISASI.slice(0, 1)));
    expect((await capaian("hitung", DEMO, "--pagu-sipd", REKAP_CONTOH, "--sampai-bulan", "13")).kode).toBe(2);
  });

  it("--pagu-awal-sipd: the earlier recap is Pagu PK; a changed PAGU gives PAGU_BERUBAH at the final recap's cell", async () => {
    const murni = await baca(REKAP_CONTOH);
    const ws = murni.worksheets[0];
    let baris = 0;
    ws.eachRow((row, r) => {
      if (!baris && row.getCell(5).value === DINSOS && typeof row.getCell(21).value === "number") baris = r;
    });
    const sebelum = Number(ws.getCell(`U${baris}`).value);
    ws.getCell(`U${baris}`).value = sebelum + 1_000_000;
    await murni.xlsx.writeFile(f("rekap-murni.xlsx"));
    const r = await capaian(
      "hitung",
      DEMO,
      "--pagu-sipd",
      REKAP_CONTOH,
      "--pagu-awal-sipd",
      f("rekap-murni.xlsx"),
      "--skpd",
      DINSOS,
      "--json",
      f("pk.json"),
    );
    expect(r.kode).toBe(0);
    expect(r.out).toContain("Pagu PK dari ekspor SIPD-RI rekap-murni.xlsx");
    const berubah = (JSON.parse(fs.readFileSync(f("pk.json"), "utf8")) as Laporan).temuan.filter(
      (t) => t.jenis === "PAGU_BERUBAH",
    );
    // the sub kegiatan, its kegiatan and its program
    expect(berubah).toHaveLength(3);
    expect(berubah.every((t) => t.tercatat === (t.dihitung as number) + 1_000_000)).toBe(true);
    expect(berubah[2].alamat).toBe(`[rekap-belanja-2024.xlsx]Sheet 1!U${baris}`);
  });

  it("a file that is not the export it is given as: exit 1 naming the columns looked for", async () => {
    const r = await capaian(
      "hitung",
      DEMO,
      "--pagu-sipd",
      REKAP_CONTOH,
      "--skpd",
      DINSOS,
      "--realisasi-sipd",
      DEMO,
    );
    expect(r.kode).toBe(1);
    expect(r.err).toContain("tidak memuat Laporan Realisasi Per Dokumen SIPD-RI");
    expect(r.err).toContain("Nomor Dokumen");
  });
});

describe("exports copied as sheets into the workbook", () => {
  it("are found without flags; leaves refer to their rows with live SUM formulas", async () => {
    const wb = await baca(DEMO);
    const rekap = (await baca(REKAP_CONTOH)).worksheets[0];
    const ws = wb.addWorksheet("SIPD Rekap");
    ws.getCell("A1").value = "Rekapitulasi Belanja 2024 (diunduh dari SIPD-RI)";
    // the header and the rows of two SKPD, below a title row and a blank row
    rekap.eachRow((row, r) => {
      const v = (row.values as ExcelJS.CellValue[]).slice(1);
      if (r === 1 || v[4] === DINSOS || v[4] === "8.01.0.00.0.00.01.0000") ws.addRow(v);
    });
    ws.spliceRows(2, 0, []);
    await wb.xlsx.writeFile(f("tersalin.xlsx"));

    const tanpa = await capaian("hitung", f("tersalin.xlsx"));
    expect(tanpa.kode).toBe(1);
    expect(tanpa.err).toContain("lembar SIPD Rekap memuat 2 SKPD");

    const r = await capaian("hitung", f("tersalin.xlsx"), "--skpd", DINSOS, "-o", f("tersalin-hasil.xlsx"));
    expect(r.kode).toBe(0);
    expect(r.out).toContain(
      `Anggaran dari ekspor SIPD-RI lembar SIPD Rekap, SKPD ${DINSOS} Dinas Sosial, 138 baris`,
    );
    const hasil = await baca(f("tersalin-hasil.xlsx"));
    const trk = hasil.getWorksheet("Tabel Realisasi Keuangan") as ExcelJS.Worksheet;
    const rumus: { formula: string; result: number }[] = [];
    trk.eachRow((row) => {
      const v = row.getCell(5).value;
      if (v && typeof v === "object" && "formula" in v && v.formula?.includes("SIPD Rekap"))
        rumus.push(v as { formula: string; result: number });
    });
    expect(rumus.length).toBeGreaterThan(10);
    // each cached value is the sum of the cells its formula names
    const src = hasil.getWorksheet("SIPD Rekap") as ExcelJS.Worksheet;
    for (const { formula, result } of rumus) {
      let sen = 0;
      for (const m of formula.matchAll(/U(\d+)(?::U(\d+))?/g))
        for (let b = Number(m[1]); b <= Number(m[2] ?? m[1]); b++)
          sen += Number(src.getCell(`U${b}`).value) * 100;
      // exceljs reads back no cached value for a formula whose result is 0
      expect(Math.round(sen)).toBe(Math.round((result ?? 0) * 100));
    }
    expect(rumus[0].formula).toMatch(/^SUM\('SIPD Rekap'!U\d+/);
  });
});
