/**
 * The command and the add-in say the same for the same bad workbook: each .xlsx below is run
 * through `capaian hitung` and, loaded into the simulated Excel host, through the add-in's run
 * (src/excel/run.ts); the ribbon's and the task pane's message (pesanTidakDitulis) must hold
 * every line the command printed, and a run that writes must find the same temuan, at the same
 * cells, with the same words.
 */
import { toLaporan } from "../../src/core/proyeksi";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { notWrittenMessage } from "../../src/commands/ribbon-message";
import { runCapaian } from "../../src/excel/run";
import { capaian } from "../helpers/cli";
import { pasangHost } from "../excel/workbook";
import { loadXlsxModel } from "../sim-excel";
import { bufferBuku, tabelDari, type Buku } from "./buku";

jest.setTimeout(30_000);

let dir = "";
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "capaian-sama-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const TAHUN = { tahunSekarang: 2024 };

async function keduanya(nama: string, ubah: (b: Buku) => void, tahun?: number) {
  const file = path.join(dir, `${nama}.xlsx`);
  const data = await bufferBuku(ubah);
  await fs.writeFile(file, data);
  const json = path.join(dir, `${nama}.json`);
  const cli = await capaian("hitung", file, "--json", json, ...(tahun ? ["--tahun", String(tahun)] : []));
  const { host, lepas } = pasangHost(await loadXlsxModel(data));
  try {
    const sebelum = host.stats.syncs;
    const addin = await host.Excel.run((context) => runCapaian(context, { ...TAHUN, tahun }));
    return { cli, json, addin, syncs: host.stats.syncs - sebelum, maxResponse: host.stats.maxResponseBytes };
  } finally {
    lepas();
  }
}

const baris = (teks: string) =>
  teks
    .split("\n")
    .filter((l) => l.startsWith("- "))
    .map((l) => l.slice(2));

describe.each<[string, (b: Buku) => void, number | undefined]>([
  ["the pagu table missing", (b) => (b.tabel = b.tabel.filter((t) => t.nama !== "pagu")), undefined],
  ["two tables missing", (b) => (b.tabel = b.tabel.filter((t) => t.nama === "pagu")), undefined],
  ["a required column renamed", (b) => (tabelDari(b, "pagu").kolom[2] = "Jumlah"), undefined],
  ["targets with headers only", (b) => (tabelDari(b, "targets").baris.length = 0), undefined],
  ["no indikator for the tahun asked", (b) => (tabelDari(b, "targets").baris[0][6] = 2023), 2024],
])("a workbook that cannot be computed: %s", (nama, ubah, tahun) => {
  it("the ribbon and the task pane show every line the command printed", async () => {
    const { cli, addin } = await keduanya(nama.replace(/\W+/g, "-"), ubah, tahun);
    expect(cli.kode).toBe(1);
    expect(addin.tulis).toBeNull();
    const dicetak = baris(cli.err);
    expect(dicetak.length).toBeGreaterThan(0);
    const pesan = notWrittenMessage(addin.outcome.tabelHilang, addin.analysis.temuan);
    for (const l of dicetak) expect(pesan.isi).toContain(l);
  });
});

describe.each<[string, (b: Buku) => void]>([
  ["a negative pagu line", (b) => (tabelDari(b, "pagu").baris[2][2] = -1000)],
  ["1e308 as a realisasi", (b) => (tabelDari(b, "realisasi").baris[0][1] = 1e308)],
  [
    "a program retyped with a trailing dot",
    (b) => tabelDari(b, "pagu").baris.push(["1.06.02.", "Ulang", 1000, null, null, 2024]),
  ],
  [
    "blank parent amounts",
    (b) =>
      tabelDari(b, "pagu")
        .baris.slice(0, 2)
        .forEach((r) => (r[2] = null)),
  ],
  [
    "a kode kept as a number",
    (b) => tabelDari(b, "targets").baris.push([1.1, "S", "I", "%", 10, "positif", 2024]),
  ],
  ["a kegiatan over budget", (b) => tabelDari(b, "realisasi").baris[1].splice(1, 1, 1200)],
  ["no budget for the tahun", (b) => tabelDari(b, "pagu").baris.forEach((r) => (r[5] = 2023))],
  ["a stated capaian that disagrees", (b) => (tabelDari(b, "realisasi").baris[0][3] = 80)],
  // Office.js hands a date over as its serial number: the add-in tells it by the number format.
  ["a date in the pagu column", (b) => (tabelDari(b, "pagu").baris[2][2] = new Date(Date.UTC(2024, 0, 25)))],
  [
    "a date as an indikator's realisasi",
    (b) => (tabelDari(b, "realisasi").baris[0][1] = new Date(Date.UTC(2024, 4, 1))),
  ],
  [
    "a date as a target, formatted dd/mm/yyyy",
    (b) => {
      tabelDari(b, "targets").baris[0][4] = new Date(Date.UTC(2024, 1, 29));
      b.sesudah.push((wb) => (wb.getWorksheet("PK")!.getCell("E2").numFmt = "dd/mm/yyyy"));
    },
  ],
])("a workbook with temuan: %s", (nama, ubah) => {
  it("the command's report and the add-in's run find the same temuan, at the same cells, in the same words", async () => {
    const { cli, json, addin } = await keduanya(nama.replace(/\W+/g, "-"), ubah);
    expect(cli.kode).toBe(0);
    expect(addin.tulis).not.toBeNull();
    const laporan = JSON.parse(await fs.readFile(json, "utf8"));
    const ringkas = (t: { jenis: string; alamat: string | null; pesan: string }) => [
      t.jenis,
      t.alamat,
      t.pesan,
    ];
    expect(addin.analysis.temuan.map(ringkas)).toEqual(laporan.temuan.map(ringkas));
    // Blank parent amounts are the sums of their children: no temuan, in either host.
    if (nama !== "blank parent amounts") expect(laporan.temuan.length).toBeGreaterThan(0);
  });
});

it("a number kode formatted 0.00 is read as displayed (1.10) by both, from the number format", async () => {
  const { cli, json, addin } = await keduanya("kode-0.00", (b) => {
    const t = tabelDari(b, "targets").baris;
    t.push([1.1, "Sasaran satu", "Indikator dua", "%", 10, "positif", 2024]);
    t.push(["1.1", "Sasaran satu", "Indikator tiga", "%", 10, "positif", 2024]);
    tabelDari(b, "realisasi").baris.push(
      ["1.10", 5, 2024, null, null, null],
      ["1.1", 6, 2024, null, null, null],
    );
    b.sesudah.push((wb) => (wb.getWorksheet("PK")!.getCell("A3").numFmt = "0.00"));
  });
  expect(cli.kode).toBe(0);
  const laporan = JSON.parse(await fs.readFile(json, "utf8"));
  const kode = (xs: { kode: string }[]) => xs.map((i) => i.kode);
  expect(kode(laporan.indikator)).toEqual(["IKU-01", "1.10", "1.1"]);
  expect(kode(toLaporan(addin.analysis).indikator)).toEqual(kode(laporan.indikator));
  expect(addin.analysis.temuan).toEqual([]);
});

it("whole-column tables: the add-in reads their used cells only, in the usual syncs and a small response", async () => {
  const { cli, json, addin, syncs, maxResponse } = await keduanya("seluruh-kolom", (b) =>
    b.tabel.forEach((t) => (t.sampaiBaris = 1048576)),
  );
  expect(cli.kode).toBe(0);
  const laporan = JSON.parse(await fs.readFile(json, "utf8"));
  expect(toLaporan(addin.analysis).total).toEqual(laporan.total);
  expect(addin.analysis.temuan).toEqual([]);
  expect(syncs).toBe(6);
  expect(maxResponse).toBeLessThan(100_000);
});
