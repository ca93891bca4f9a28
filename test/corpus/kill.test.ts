/**
 * A kill at any moment of a large write leaves each output as it was before the run or as the
 * new run made it — never partial — and the next run removes the temporary files the killed
 * run left. The command runs as a child process (SIGKILL cannot be caught), killed at moments
 * chosen by watching its folder: before any write, as soon as the workbook's temporary file
 * appears, a little later, once it holds bytes (before its rename), right after the
 * workbook's rename, and during the JSON's write.
 */
import { spawn, type ChildProcess } from "child_process";
import ExcelJS from "exceljs";
import { promises as fs, readdirSync, statSync } from "fs";
import os from "os";
import path from "path";
import { tabelSintetis } from "../fixtures/sintetis";
import { bufferBuku } from "./buku";

jest.setTimeout(180_000);

const ANAK = path.join(__dirname, "anak.ts");
let dir = "";
const f = (n: string) => path.join(dir, n);

function jalankan(input: string): {
  anak: ChildProcess;
  selesai: Promise<{ kode: number | null; sinyal: string | null }>;
} {
  const anak = spawn(
    process.execPath,
    ["-r", "tsx/cjs", ANAK, "hitung", input, "-o", f("hasil.xlsx"), "--json", f("hasil.json")],
    { stdio: ["ignore", "ignore", "pipe"], cwd: path.join(__dirname, "..", "..") },
  );
  const selesai = new Promise<{ kode: number | null; sinyal: string | null }>((resolve) =>
    anak.on("exit", (kode, sinyal) => resolve({ kode, sinyal })),
  );
  return { anak, selesai };
}

const tmpDari = (nama: string) =>
  readdirSync(dir).filter((x) => x.startsWith(`${nama}.capaian-`) && x.endsWith(".tmp"));
const statSafe = (p: string) => {
  try {
    return statSync(p);
  } catch {
    return null;
  }
};
const inode = (nama: string) => {
  try {
    return statSync(f(nama)).ino;
  } catch {
    return -1;
  }
};

/** Waits (polling the folder every millisecond) until `syarat` holds or the child exits. */
async function tunggu(syarat: () => boolean, selesai: Promise<unknown>): Promise<boolean> {
  let habis = false;
  void selesai.then(() => (habis = true));
  while (!habis) {
    if (syarat()) return true;
    await new Promise((r) => setTimeout(r, 1));
  }
  return false;
}

/** What an output is now: the previous one, a complete new one, or something else (a failure). */
async function keadaan(nama: string, lama: Buffer): Promise<"lama" | "baru" | "rusak"> {
  const isi = await fs.readFile(f(nama));
  if (isi.equals(lama)) return "lama";
  try {
    if (nama.endsWith(".json")) {
      const j = JSON.parse(isi.toString("utf8"));
      return j.indikator.length === 200 ? "baru" : "rusak";
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(isi as unknown as ArrayBuffer);
    return wb.getWorksheet("Temuan") && wb.getWorksheet("Tabel Realisasi Keuangan") ? "baru" : "rusak";
  } catch {
    return "rusak";
  }
}

interface Saat {
  nama: string;
  tunggu: (selesai: Promise<unknown>, inodeXlsx: number) => Promise<unknown>;
}

const SAAT: Saat[] = [
  { nama: "before any write (200 ms in)", tunggu: () => new Promise((r) => setTimeout(r, 200)) },
  {
    nama: "as the workbook's temp file appears",
    tunggu: (s) => tunggu(() => tmpDari("hasil.xlsx").length > 0, s),
  },
  {
    nama: "5 ms into the workbook's write",
    tunggu: async (s) => {
      await tunggu(() => tmpDari("hasil.xlsx").length > 0, s);
      await new Promise((r) => setTimeout(r, 5));
    },
  },
  {
    nama: "once the workbook's temp file holds bytes, before its rename",
    tunggu: (s) => tunggu(() => tmpDari("hasil.xlsx").some((x) => (statSafe(f(x))?.size ?? 0) > 0), s),
  },
  {
    nama: "right after the workbook's rename",
    tunggu: (s, ino) => tunggu(() => inode("hasil.xlsx") !== ino, s),
  },
  {
    nama: "as the JSON's temp file appears",
    tunggu: (s) => tunggu(() => tmpDari("hasil.json").length > 0, s),
  },
];

let besar = "";
let lamaXlsx: Buffer;
let lamaJson: Buffer;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "capaian-bunuh-"));
  // The previous outputs: a run on the small workbook.
  await fs.writeFile(f("kecil.xlsx"), await bufferBuku());
  const awal = jalankan(f("kecil.xlsx"));
  expect((await awal.selesai).kode).toBe(0);
  lamaXlsx = await fs.readFile(f("hasil.xlsx"));
  lamaJson = await fs.readFile(f("hasil.json"));
  // The large workbook: 2,000 budget lines, 200 indikator (about 0.7 MB out).
  const wb = new ExcelJS.Workbook();
  for (const t of tabelSintetis(2000)) {
    const ws = wb.getWorksheet(t.sheet) ?? wb.addWorksheet(t.sheet);
    ws.addTable({ name: t.name, ref: "A1", columns: t.headers.map((name) => ({ name })), rows: t.rows });
  }
  besar = f("besar.xlsx");
  await wb.xlsx.writeFile(besar);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it("a kill at any of six moments leaves the previous output or the new one, never a partial one; the next run cleans up", async () => {
  const catatan: string[] = [];
  let tmpTertinggal = 0;
  const bunuh = async (saat: Saat): Promise<void> => {
    const ino = inode("hasil.xlsx");
    const { anak, selesai } = jalankan(besar);
    await saat.tunggu(selesai, ino);
    anak.kill("SIGKILL");
    const akhir = await selesai;
    const sisa = readdirSync(dir).filter((x) => x.endsWith(".tmp"));
    const ukuran = sisa.map((x) => statSync(f(x)).size);
    tmpTertinggal += sisa.length;
    const xlsx = await keadaan("hasil.xlsx", lamaXlsx);
    const json = await keadaan("hasil.json", lamaJson);
    catatan.push(
      `${saat.nama}: ${akhir.sinyal ?? `exit ${akhir.kode}`}, xlsx ${xlsx}, json ${json}, temp ${sisa.length ? `${ukuran.join(" + ")} B` : "none"}`,
    );
    expect([xlsx, json]).not.toContain("rusak");
  };
  for (const saat of SAAT) await bunuh(saat);
  // On a fast disk a write may finish between two polls: try the in-write kill a few more times.
  for (let i = 0; i < 3 && tmpTertinggal === 0; i++) await bunuh(SAAT[1]);
  // At least one kill hit a write in progress, so the clean-up below has something to do.
  expect(tmpTertinggal).toBeGreaterThan(0);
  const lagi = jalankan(besar);
  expect((await lagi.selesai).kode).toBe(0);
  expect(readdirSync(dir).filter((x) => x.endsWith(".tmp"))).toEqual([]);
  expect(await keadaan("hasil.xlsx", lamaXlsx)).toBe("baru");
  expect(await keadaan("hasil.json", lamaJson)).toBe("baru");
  console.log(catatan.join("\n"));
});
