/**
 * `capaian rekap`: five OPD workbooks made from the seed's tables with other numbers, one that
 * is not an .xlsx and one without its targets table. Every pemda total equals the sum of the OPD
 * totals exactly (in sen, each OPD analysed on its own), the broken workbooks are named with
 * their reason, and the recap's sheets carry live SUMs whose cached values are those sums.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { Writable } from "stream";
import { analyze } from "../../src/core/analyze";
import type { LaporanRekap } from "../../src/core/rekap";
import { main } from "../../src/cli/main";
import { bukuOpd, tabelOpd, tulisBuku } from "../fixtures/buku-opd";
import { capaian } from "../helpers/cli";

jest.setTimeout(60000);

const NAMA = ["dinas-sosial", "dinas-kesehatan", "dinas-pendidikan", "bappeda", "dinas-pupr"];
let tmp: string;
let dir: string;
const f = (n: string) => path.join(tmp, n);
const sen = (x: number) => BigInt(Math.round(x * 100));

/** Each OPD on its own, as `capaian hitung` sees it: the totals in sen. */
const sendiri = NAMA.map((_, i) => {
  const a = analyze(tabelOpd(i + 1), { tahunSekarang: 2024 });
  return {
    pagu: a.anggaran.reduce((s, n) => s + n.pagu, 0n),
    realisasi: a.anggaran.reduce((s, n) => s + n.realisasi, 0n),
    capaian: a.opd.capaian,
  };
});

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-rekap-"));
  dir = f("opd");
  fs.mkdirSync(dir);
  for (const [i, n] of NAMA.entries()) fs.writeFileSync(path.join(dir, `${n}.xlsx`), await bukuOpd(i + 1));
  fs.writeFileSync(path.join(dir, "dinas-rusak.xlsx"), "ini bukan buku kerja");
  fs.writeFileSync(
    path.join(dir, "satpol-pp.xlsx"),
    await tulisBuku(tabelOpd(2).filter((t) => t.name !== "targets")),
  );
  const iku = {
    name: "iku_pemda",
    sheet: "IKU Pemda",
    headerRow: 1,
    firstColumn: 1,
    headers: ["Kode IKU Pemda", "Indikator", "OPD", "Kode"],
    rows: [
      ["IKP-01", "Persentase PMKS tertangani", "Dinas Sosial", "IKU-01"],
      [null, null, "dinas-kesehatan", "IKU-05"],
      ["IKP-02", "Indeks pelayanan", "Dinas Perhubungan", "IKU-02"],
    ],
  };
  fs.writeFileSync(f("iku-pemda.xlsx"), await tulisBuku([iku]));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const bacaJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as LaporanRekap;
async function lembar(file: string, nama: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(nama);
  if (!ws) throw new Error(`lembar ${nama} tidak ada`);
  return ws;
}
const nilaiSel = (c: ExcelJS.Cell): unknown =>
  c.value && typeof c.value === "object" && "result" in c.value ? c.value.result : c.value;
const rumusSel = (c: ExcelJS.Cell): string | undefined =>
  c.value && typeof c.value === "object" && "formula" in c.value ? c.value.formula : undefined;

describe("capaian rekap FOLDER", () => {
  let hasil: { kode: number; out: string; err: string };
  let json: LaporanRekap;
  beforeAll(async () => {
    hasil = await capaian(
      "rekap",
      dir,
      f("iku-pemda.xlsx"),
      "-o",
      f("rekap.xlsx"),
      "--json",
      f("rekap.json"),
    );
    json = bacaJson(f("rekap.json"));
  });

  it("exits 0 with a warning naming each broken workbook and its reason", () => {
    expect(hasil.kode).toBe(0);
    expect(hasil.err).toMatch(
      /dinas-rusak\.xlsx tidak dapat dipakai: .*tidak dapat dibaca sebagai buku kerja \.xlsx/,
    );
    expect(hasil.err).toMatch(/satpol-pp\.xlsx tidak dapat dipakai: .*"targets" tidak ditemukan/);
    expect(hasil.err).toMatch(/2 berkas tidak ikut dihitung/);
    expect(json.gagal.map((g) => path.basename(g.berkas)).sort()).toEqual([
      "dinas-rusak.xlsx",
      "satpol-pp.xlsx",
    ]);
  });

  it("lists the five OPD, each with its own totals, and the pemda totals are their exact sums in sen", () => {
    const urut = [...json.opd].sort((a, b) => NAMA.indexOf(a.nama) - NAMA.indexOf(b.nama));
    expect(urut.map((o) => o.nama)).toEqual(NAMA);
    urut.forEach((o, i) => {
      expect(sen(o.pagu)).toBe(sendiri[i].pagu);
      expect(sen(o.realisasi)).toBe(sendiri[i].realisasi);
      expect(o.capaian).toBe(sendiri[i].capaian);
    });
    const pagu = sendiri.reduce((s, o) => s + o.pagu, 0n);
    const realisasi = sendiri.reduce((s, o) => s + o.realisasi, 0n);
    expect(sen(json.total.pagu)).toBe(pagu);
    expect(sen(json.total.realisasi)).toBe(realisasi);
    expect(realisasi % 100n).not.toBe(0n); // the amounts carry sen
    expect(json.total.persen).toBeCloseTo((Number(realisasi) / Number(pagu)) * 100, 10);
    // The numbers differ between OPD (not five copies of the seed).
    expect(new Set(urut.map((o) => o.pagu)).size).toBe(5);
    expect(new Set(urut.map((o) => o.persen)).size).toBe(5);
  });

  it("states the mean rule and ranks by capaian and by serapan", () => {
    const capaianOpd = sendiri.map((o) => o.capaian as number);
    expect(json.capaian.rataRata).toBeCloseTo(capaianOpd.reduce((a, b) => a + b, 0) / 5, 10);
    expect(json.aturan.capaian).toMatch(/rata-rata sederhana capaian OPD/);
    const nilai = json.peringkat.capaian.map((p) => p.nilai);
    expect(nilai).toEqual([...nilai].sort((a, b) => b - a));
    expect(json.peringkat.serapan.map((p) => p.peringkat)).toEqual([1, 2, 3, 4, 5]);
    for (const o of json.opd)
      expect(o.peringkatCapaian).toBe(json.peringkat.capaian.find((p) => p.nama === o.nama)?.peringkat);
  });

  it("writes Rekap OPD with links to the files and a Pemda row of live SUMs equal to the sums", async () => {
    const ws = await lembar(f("rekap.xlsx"), "Rekap OPD");
    const kol = (judul: string) => (ws.getRow(5).values as unknown[]).indexOf(judul);
    const baris = [6, 7, 8, 9, 10, 11].map((r) => ws.getRow(r));
    const pemda = baris[5];
    expect(String(pemda.getCell(2).value)).toMatch(/^Pemda \(5 OPD\)$/);
    const opd = baris.slice(0, 5);
    const link = rumusSel(opd[0].getCell(2)) ?? "";
    expect(link).toMatch(/^HYPERLINK\("opd\/[a-z-]+\.xlsx",/);
    for (const judul of ["Pagu Anggaran", "Realisasi Anggaran"]) {
      const c = kol(judul);
      const L = ws.getColumn(c).letter;
      expect(rumusSel(pemda.getCell(c))).toBe(`SUM(${L}6:${L}10)`);
      const jumlah = opd.reduce((s, r) => s + sen(nilaiSel(r.getCell(c)) as number), 0n);
      expect(sen(nilaiSel(pemda.getCell(c)) as number)).toBe(jumlah);
    }
    expect(sen(nilaiSel(pemda.getCell(kol("Pagu Anggaran"))) as number)).toBe(
      sendiri.reduce((s, o) => s + o.pagu, 0n),
    );
    expect(rumusSel(pemda.getCell(kol("Capaian (%)")))).toMatch(/AVERAGE\(E6:E10\)/);
  });

  it("writes Rekap Anggaran: each SKPD the SUBTOTAL of its programs, Jumlah the SUBTOTAL of the table", async () => {
    const ws = await lembar(f("rekap.xlsx"), "Rekap Anggaran");
    const skpd: number[] = [];
    let programSen = 0n;
    let jumlahBaris = 0;
    ws.eachRow((row, r) => {
      if (r <= 4) return;
      const f = rumusSel(row.getCell(4));
      if (String(row.getCell(1).value) === "Jumlah") jumlahBaris = r;
      else if (f) skpd.push(r);
      else if (typeof nilaiSel(row.getCell(4)) === "number")
        programSen += sen(nilaiSel(row.getCell(4)) as number);
    });
    expect(skpd).toHaveLength(5);
    const jumlah = ws.getRow(jumlahBaris).getCell(4);
    expect(sen(nilaiSel(jumlah) as number)).toBe(programSen);
    expect(sen(nilaiSel(jumlah) as number)).toBe(sendiri.reduce((s, o) => s + o.pagu, 0n));
    expect(rumusSel(jumlah)).toBe(`SUBTOTAL(9,D5:D${jumlahBaris - 1})`);
    expect(rumusSel(ws.getRow(skpd[1]).getCell(4))).toBe(`SUBTOTAL(9,D${skpd[1] + 1}:D${skpd[2] - 1})`);
  });

  it("writes Rekap Temuan with each broken workbook's reason and each OPD's error temuan linked to its cell", async () => {
    const ws = await lembar(f("rekap.xlsx"), "Rekap Temuan");
    const teks: string[] = [];
    ws.eachRow((row) =>
      teks.push(
        (row.values as unknown[])
          .map((v) => String(nilaiSel({ value: v } as ExcelJS.Cell) ?? ""))
          .join(" | "),
      ),
    );
    const semua = teks.join("\n");
    expect(semua).toMatch(/dinas-rusak\.xlsx \| Kesalahan \| BERKAS_TIDAK_TERBACA .*tidak dapat dibaca/);
    expect(semua).toMatch(/satpol-pp\.xlsx \| Kesalahan \| BERKAS_TIDAK_TERBACA .*targets/);
    const kesalahan = json.opd.reduce((s, o) => s + o.temuan.error, 0);
    expect(kesalahan).toBeGreaterThan(0);
    expect(teks.filter((t) => / \| Kesalahan \| (?!BERKAS_TIDAK_TERBACA)/.test(t))).toHaveLength(kesalahan);
    expect(semua).toMatch(/\[dinas-sosial\.xlsx\]DPA!/);
  });

  it("writes IKU Pemda from the iku_pemda table: capaian the mean of its OPD indikator, unknown OPD reported", async () => {
    const iku = json.ikuPemda ?? [];
    expect(iku.map((k) => k.kode)).toEqual(["IKP-01", "IKP-02"]);
    const [a, b] = iku[0].sumber;
    expect([a.opd, a.kode, b.opd, b.kode]).toEqual(["dinas-sosial", "IKU-01", "dinas-kesehatan", "IKU-05"]);
    expect(iku[0].capaian).toBeCloseTo(((a.capaian as number) + (b.capaian as number)) / 2, 10);
    expect(iku[1].capaian).toBeNull();
    expect(json.temuan.find((t) => t.tabel === "iku_pemda")?.pesan).toMatch(
      /OPD "Dinas Perhubungan" di IKU Pemda!C4/,
    );
    const ws = await lembar(f("rekap.xlsx"), "IKU Pemda");
    expect(rumusSel(ws.getCell("K5"))).toBe('IF(COUNT(I5:I6)=0,"",AVERAGE(I5:I6))');
  });
});

class Tty extends Writable {
  teks = "";
  isTTY = true;
  override _write(chunk: Buffer | string, _e: BufferEncoding, cb: () => void): void {
    this.teks += chunk.toString();
    cb();
  }
}

describe("capaian rekap, other runs", () => {
  it("prints a progress line per file on a terminal", async () => {
    const out = new Tty();
    const err = new Tty();
    const kode = await main(
      ["node", "capaian", "rekap", path.join(dir, "dinas-sosial.xlsx"), path.join(dir, "dinas-rusak.xlsx")],
      out as unknown as typeof process.stdout,
      err as unknown as typeof process.stderr,
    );
    expect(kode).toBe(0);
    expect(err.teks).toMatch(
      /^\[1\/2\] dinas-sosial\.xlsx — dinas-sosial: capaian 90,69 %, serapan 98,77 % \(\d+ ms\)$/m,
    );
    expect(err.teks).toMatch(/^\[2\/2\] dinas-rusak\.xlsx — TIDAK DAPAT DIPAKAI/m);
    expect(out.teks).toMatch(/Tidak ada berkas yang ditulis/);
  });

  it("exits 1 when no workbook can be used, and writes nothing", async () => {
    const h = await capaian("rekap", path.join(dir, "dinas-rusak.xlsx"), "-o", f("tidak.xlsx"));
    expect(h.kode).toBe(1);
    expect(h.err).toMatch(/Tidak ada buku kerja yang dapat dipakai/);
    expect(fs.existsSync(f("tidak.xlsx"))).toBe(false);
  });

  it("exits 2 without workbooks, with both workbooks and --pagu-sipd, or --realisasi-sipd alone", async () => {
    expect((await capaian("rekap")).kode).toBe(2);
    expect((await capaian("rekap", dir, "--pagu-sipd", "x.xlsx")).kode).toBe(2);
    expect((await capaian("rekap", dir, "--realisasi-sipd", "x.xlsx")).kode).toBe(2);
    const a = path.join(dir, "dinas-sosial.xlsx");
    const sama = await capaian("rekap", a, "-o", a);
    expect(sama.kode).toBe(2);
    expect(sama.err).toMatch(/sama dengan berkas masukan/);
  });

  it("reports the same OPD given twice (both counted)", async () => {
    const a = path.join(dir, "dinas-sosial.xlsx");
    const h = await capaian("rekap", a, a, "--json", f("dua.json"));
    expect(h.kode).toBe(0);
    const j = bacaJson(f("dua.json"));
    expect(j.opd).toHaveLength(2);
    expect(j.temuan.find((t) => t.jenis === "KODE_GANDA")?.pesan).toMatch(
      /OPD "dinas-sosial" .* sudah ada dalam rekap dari .*dinas-sosial\.xlsx; keduanya dihitung/,
    );
  });
});
