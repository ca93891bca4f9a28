/**
 * Runs the bad-input corpus (test/corpus/kasus.ts) through the command, in-process, each case
 * in a fresh folder. Beyond each case's own expectations, every case must: print no stack
 * trace and no raw system error, never print or write Infinity/NaN, write nothing when it
 * fails, leave no temporary file of its own, and leave the input byte for byte as it was.
 */
import { createHash } from "crypto";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { capaian } from "../helpers/cli";
import { KASUS, type HasilKasus, type Kasus } from "./kasus";

jest.setTimeout(30_000);

const STACK = /\n\s+at .+[:(]\d+:\d+|\b(TypeError|RangeError|ReferenceError)\b|^Error:/m;
const ERRNO =
  /\b(EACCES|EPERM|ENOSPC|EISDIR|EBUSY|ENOENT|ENOTDIR|EEXIST|EROFS)\b|operation not permitted|no such file/;
const TAK_HINGGA = /Infinity|NaN/;

async function daftar(dir: string): Promise<Set<string>> {
  const hasil = new Set<string>();
  const jalan = async (d: string): Promise<void> => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      hasil.add(path.relative(dir, p));
      if (e.isDirectory()) await jalan(p);
    }
  };
  await jalan(dir);
  return hasil;
}

async function sidik(f: string): Promise<string | null> {
  try {
    return createHash("sha256")
      .update(await fs.readFile(f))
      .digest("hex");
  } catch {
    return null;
  }
}

async function jalankan(k: Kasus, dir: string, args: string[]): Promise<HasilKasus> {
  const butuhJson = (k.temuan || k.tanpaTemuan || k.periksa) && !args.includes("--json");
  const jsonFile = butuhJson ? path.join(dir, "laporan.json") : args[args.indexOf("--json") + 1];
  if (butuhJson) args.push("--json", jsonFile);
  const undo = k.gangguan?.();
  const t0 = Date.now();
  let r;
  try {
    r = await capaian("hitung", ...args);
  } finally {
    undo?.();
  }
  const ms = Date.now() - t0;
  let json: HasilKasus["json"] = null;
  if (r.kode === 0 && args.includes("--json")) {
    const teks = await fs.readFile(jsonFile, "utf8");
    expect(teks).not.toMatch(TAK_HINGGA);
    json = JSON.parse(teks);
  }
  return { ...r, ms, json };
}

const grup = [...new Set(KASUS.map((k) => k.grup))];

describe.each(grup)("%s", (g) => {
  it.each(KASUS.filter((k) => k.grup === g).map((k) => [k.nama, k] as const))("%s", async (_nama, k) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "capaian-korpus-"));
    try {
      // The input's fingerprint and the folder as the case made it (before the run).
      const args = await k.siapkan(dir);
      const input = args[0];
      const sebelumInput = await sidik(input);
      const sebelum = await daftar(dir);
      const hasil = await jalankan(k, dir, args);
      const teks = hasil.out + hasil.err;

      expect({ kode: hasil.kode, teks }).toMatchObject({ kode: k.kode });
      expect(teks).not.toMatch(STACK);
      expect(teks).not.toMatch(ERRNO);
      expect(teks).not.toMatch(TAK_HINGGA);
      expect(teks).not.toMatch(/tidak terduga/);
      // What the user reads: the printed text, and the temuan messages of the report.
      const dibaca = [teks, ...(hasil.json?.temuan ?? []).map((t) => t.pesan)].join("\n");
      const cocok = (w: string | RegExp) =>
        typeof w === "string" ? expect.stringContaining(w) : expect.stringMatching(w);
      for (const w of k.kata ?? []) expect(dibaca).toEqual(cocok(w));
      for (const w of k.tanpaKata ?? []) expect(dibaca).not.toEqual(cocok(w));

      const sesudah = await daftar(dir);
      const baru = [...sesudah].filter((f) => !sebelum.has(f));
      if (hasil.kode !== 0) expect(baru).toEqual([]);
      expect(baru.filter((f) => /\.capaian-\d+\.tmp$/.test(f))).toEqual([]);
      expect(await sidik(input)).toBe(sebelumInput);

      if (k.temuan || k.tanpaTemuan) {
        expect(hasil.json).not.toBeNull();
        const ada = (hasil.json?.temuan ?? []).map((t) => [t.jenis, t.alamat]);
        for (const t of k.temuan ?? []) expect(ada).toContainEqual(t);
        for (const j of k.tanpaTemuan ?? []) expect(ada.map(([x]) => x)).not.toContain(j);
        // The words of a temuan are the ones printed nowhere else: check them in the report.
        for (const t of hasil.json?.temuan ?? []) expect(t.pesan).not.toMatch(TAK_HINGGA);
      }
      await k.periksa?.(dir, hasil);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

it("the corpus has at least 60 cases, each group several", () => {
  expect(KASUS.length).toBeGreaterThanOrEqual(60);
  for (const g of grup) expect(KASUS.filter((k) => k.grup === g).length).toBeGreaterThanOrEqual(3);
  expect(new Set(KASUS.map((k) => k.nama)).size).toBe(KASUS.length);
});
