/**
 * The bad-input corpus (issue 10), as a table: each case makes its files, names the command's
 * arguments, and says what must come out — the exit code, the temuan at their cells, the
 * words of the message. test/corpus/corpus.test.ts runs them all and adds the checks every
 * case shares (no stack trace, no raw system error, no Infinity/NaN, nothing written on
 * failure, no temporary file left, the input unchanged).
 */
import { promises as fs } from "fs";
import path from "path";
import { Document, Packer, Paragraph } from "docx";
import { bufferBuku, tabelDari, type Buku } from "./buku";
import { tulisZip } from "./zip-tulis";

export interface HasilKasus {
  kode: number;
  out: string;
  err: string;
  ms: number;
  /** The JSON report, when one was written. */
  json: { temuan: { jenis: string; alamat: string | null; pesan: string }[]; [k: string]: unknown } | null;
}

export interface Kasus {
  grup: string;
  nama: string;
  /** Makes the files in `dir`; returns the arguments after `hitung` (the input first). */
  siapkan: (dir: string) => Promise<string[]>;
  kode: 0 | 1 | 2;
  /** [jenis, cell] the JSON report must hold (the runner adds --json when the case gives none). */
  temuan?: [string, string | null][];
  /** Jenis the report must not hold. */
  tanpaTemuan?: string[];
  /** Words in what the command printed (stdout and stderr). */
  kata?: (string | RegExp)[];
  tanpaKata?: (string | RegExp)[];
  /** Fault injection around the run; returns the undo. */
  gangguan?: () => () => void;
  periksa?: (dir: string, hasil: HasilKasus) => Promise<void>;
}

type Isi = Omit<Kasus, "grup" | "kode"> & Partial<Pick<Kasus, "kode">>;

/** The cases of one group, with the group's defaults. */
function grupKasus(grup: string, bawaan: Partial<Kasus>, isi: Isi[]): Kasus[] {
  return isi.map((k) => ({
    ...bawaan,
    ...k,
    grup,
    kode: k.kode ?? bawaan.kode ?? 0,
    tanpaKata: [...(bawaan.tanpaKata ?? []), ...(k.tanpaKata ?? [])],
  }));
}

const BUKU = "buku.xlsx";

/** A case on a bent copy of the base workbook, written as `buku.xlsx`. */
function buku(ubah: (b: Buku) => void, ...args: ((dir: string) => string)[]): Kasus["siapkan"] {
  return async (dir) => {
    await fs.writeFile(path.join(dir, BUKU), await bufferBuku(ubah));
    return [path.join(dir, BUKU), ...args.map((a) => a(dir))];
  };
}
const polos = (...args: ((dir: string) => string)[]) => buku(() => undefined, ...args);
const di = (nama: string) => (dir: string) => path.join(dir, nama);
const teks = (s: string) => () => s;

/** A file of given bytes as the input. */
function berkas(nama: string, isi: () => Buffer | Promise<Buffer>): Kasus["siapkan"] {
  return async (dir) => {
    await fs.writeFile(path.join(dir, nama), await isi());
    return [path.join(dir, nama)];
  };
}
const fixture = (nama: string) => () => fs.readFile(path.join(__dirname, "berkas", nama));

/** The pagu / realisasi / targets rows of a bent workbook. */
const T = (b: Buku) => tabelDari(b, "targets").baris;
const P = (b: Buku) => tabelDari(b, "pagu").baris;
const R = (b: Buku) => tabelDari(b, "realisasi").baris;

/** A pid no process has (for stale temporary files). */
export function pidMati(): number {
  for (let pid = 4_000_000; pid > 1000; pid -= 7919)
    try {
      process.kill(pid, 0);
    } catch (e) {
      if ((e as { code?: string }).code === "ESRCH") return pid;
    }
  throw new Error("no free pid");
}

const galat = (code: string) => Object.assign(new Error(`${code}: simulated, write`), { code });

/** Makes the n-th write of an output fail with `code` after writing half of its bytes. */
function gagalMenulis(code: string): () => () => void {
  return () => {
    const fsp = fs; // the module object itself, so the spy is what the command calls
    const asli = fsp.open.bind(fsp);
    const spy = jest.spyOn(fsp, "open").mockImplementation(async (...a: Parameters<typeof fs.open>) => {
      const fh = await asli(...a);
      if (!/\.tmp$/.test(String(a[0]))) return fh;
      const tulis = fh.writeFile.bind(fh);
      fh.writeFile = async (d: Parameters<typeof fh.writeFile>[0]) => {
        const b = Buffer.from(d as Buffer);
        await tulis(b.subarray(0, b.length >> 1));
        throw galat(code);
      };
      return fh;
    });
    return () => spy.mockRestore();
  };
}

/** Makes the rename of a finished temporary file fail with `code` (a locked target on Windows). */
function gagalMengganti(code: string): () => () => void {
  return () => {
    const fsp = fs; // the module object itself, so the spy is what the command calls
    const spy = jest.spyOn(fsp, "rename").mockRejectedValue(galat(code));
    return () => spy.mockRestore();
  };
}

async function adaBerkas(f: string): Promise<boolean> {
  return fs.stat(f).then(
    () => true,
    () => false,
  );
}

/** The previous output, kept by a failed write. */
const LAMA = '{"lama":true}\n';
async function denganLama(dir: string, args: string[]): Promise<string[]> {
  await fs.writeFile(path.join(dir, "lama.json"), LAMA);
  return [...args, "--json", path.join(dir, "lama.json")];
}
async function lamaUtuh(dir: string): Promise<void> {
  expect(await fs.readFile(path.join(dir, "lama.json"), "utf8")).toBe(LAMA);
}

// ---- A. output paths: checked before any work, exit 2, nothing written ----------------------
const jalur = grupKasus("A. output paths", {}, [
  {
    nama: "-o is the input",
    siapkan: polos(teks("-o"), di(BUKU)),
    kode: 2,
    kata: ["-o", "sama dengan berkas masukan", "Tidak ada yang ditulis"],
  },
  {
    nama: "-o is the input by another spelling (dir/../dir/buku.xlsx)",
    siapkan: polos(teks("-o"), (d) => path.join(d, "..", path.basename(d), BUKU)),
    kode: 2,
    kata: ["sama dengan berkas masukan"],
  },
  {
    nama: "--json is the input (it used to replace the workbook)",
    siapkan: polos(teks("--json"), di(BUKU)),
    kode: 2,
    kata: ["--json", "sama dengan berkas masukan"],
  },
  {
    nama: "--docx is the input",
    siapkan: polos(teks("--docx"), di(BUKU)),
    kode: 2,
    kata: ["--docx", "sama dengan berkas masukan"],
  },
  {
    nama: "-o and --json the same file",
    siapkan: polos(teks("-o"), di("hasil.xlsx"), teks("--json"), di("hasil.xlsx")),
    kode: 2,
    kata: ["-o", "--json", "menunjuk berkas yang sama"],
  },
  {
    nama: "--json and --docx the same file",
    siapkan: polos(teks("--json"), di("x.out"), teks("--docx"), di("x.out")),
    kode: 2,
    kata: ["--json", "--docx", "menunjuk berkas yang sama"],
  },
  {
    nama: "-o a symlink to the input",
    siapkan: async (dir) => {
      const args = await polos()(dir);
      await fs.symlink(path.join(dir, BUKU), path.join(dir, "tautan.xlsx"));
      return [...args, "-o", path.join(dir, "tautan.xlsx")];
    },
    kode: 2,
    kata: ["sama dengan berkas masukan"],
  },
  {
    nama: "-o a hard link to the input",
    siapkan: async (dir) => {
      const args = await polos()(dir);
      await fs.link(path.join(dir, BUKU), path.join(dir, "keras.xlsx"));
      return [...args, "-o", path.join(dir, "keras.xlsx")];
    },
    kode: 2,
    kata: ["sama dengan berkas masukan"],
  },
  {
    nama: "-o a folder",
    siapkan: async (dir) => {
      await fs.mkdir(path.join(dir, "folder.xlsx"));
      return polos(teks("-o"), di("folder.xlsx"))(dir);
    },
    kode: 2,
    kata: ["adalah folder", "hasil.xlsx"],
  },
  {
    nama: "--json a folder",
    siapkan: async (dir) => {
      await fs.mkdir(path.join(dir, "laporan"));
      return polos(teks("--json"), di("laporan"))(dir);
    },
    kode: 2,
    kata: ["--json", "adalah folder", "hasil.json"],
  },
  {
    nama: "-o a device (/dev/full)",
    siapkan: polos(teks("-o"), teks("/dev/full")),
    kode: 2,
    kata: ["/dev/full", "bukan berkas biasa"],
  },
  {
    nama: "--json a symlink to a device (/dev/null)",
    siapkan: async (dir) => {
      await fs.symlink("/dev/null", path.join(dir, "null.json"));
      return polos(teks("--json"), di("null.json"))(dir);
    },
    kode: 2,
    kata: ["bukan berkas biasa", "tautan simbolik"],
    periksa: async (dir) => expect((await fs.lstat(path.join(dir, "null.json"))).isSymbolicLink()).toBe(true),
  },
  {
    nama: "-o a symlink to another regular file: the link is kept, its target written",
    siapkan: async (dir) => {
      await fs.writeFile(path.join(dir, "sasaran.json"), "lama");
      await fs.symlink(path.join(dir, "sasaran.json"), path.join(dir, "tautan.json"));
      return polos(teks("--json"), di("tautan.json"))(dir);
    },
    kode: 0,
    periksa: async (dir) => {
      expect((await fs.lstat(path.join(dir, "tautan.json"))).isSymbolicLink()).toBe(true);
      expect(JSON.parse(await fs.readFile(path.join(dir, "sasaran.json"), "utf8")).tahun).toBe(2024);
    },
  },
  {
    nama: "-o in a folder that does not exist yet: it is made",
    siapkan: polos(teks("-o"), (d) => path.join(d, "baru", "dalam", "hasil.xlsx")),
    kode: 0,
    periksa: async (dir) => expect(await adaBerkas(path.join(dir, "baru", "dalam", "hasil.xlsx"))).toBe(true),
  },
]);

// ---- B. operating-system failures: Indonesian, the file named, the fix -----------------------
const sistem = grupKasus("B. system errors", {}, [
  {
    nama: "output folder not writable (EACCES, /sys)",
    siapkan: polos(teks("-o"), teks("/sys/hasil.xlsx")),
    kode: 1,
    kata: ["Tidak dapat menulis /sys/hasil.xlsx", "tidak mengizinkan penulisan", "pilih folder lain"],
  },
  {
    nama: "output folder is a file (ENOTDIR)",
    siapkan: async (dir) => {
      await fs.writeFile(path.join(dir, "catatan.txt"), "x");
      return polos(teks("-o"), (d) => path.join(d, "catatan.txt", "hasil.xlsx"))(dir);
    },
    kode: 1,
    kata: ["Tidak dapat menulis", "bukan folder", "Periksa jalurnya"],
  },
  {
    nama: "output folder that cannot be made (/proc/…)",
    siapkan: polos(teks("-o"), teks("/proc/capaian-tidak-ada/hasil.xlsx")),
    kode: 1,
    kata: ["Tidak dapat menulis /proc/capaian-tidak-ada/hasil.xlsx", "buat foldernya dulu"],
  },
  {
    nama: "disk full while writing (ENOSPC): previous output kept, no temp left",
    siapkan: async (dir) => denganLama(dir, await polos()(dir)),
    gangguan: gagalMenulis("ENOSPC"),
    kode: 1,
    kata: ["ruang disk", "lama.json", "Berkas lama tidak diubah"],
    periksa: lamaUtuh,
  },
  {
    nama: "output locked by another program (EBUSY on rename)",
    siapkan: async (dir) => denganLama(dir, await polos()(dir)),
    gangguan: gagalMengganti("EBUSY"),
    kode: 1,
    kata: ["sedang dipakai program lain", "Tutup berkasnya"],
    periksa: lamaUtuh,
  },
  {
    nama: "output locked or read-only (EPERM on rename, as Windows does)",
    siapkan: async (dir) => denganLama(dir, await polos()(dir)),
    gangguan: gagalMengganti("EPERM"),
    kode: 1,
    kata: ["lama.json", "terkunci", "hanya-baca"],
    periksa: lamaUtuh,
  },
  {
    nama: "an unknown system error still names the file and says nothing changed",
    siapkan: async (dir) => denganLama(dir, await polos()(dir)),
    gangguan: gagalMenulis("EIO"),
    kode: 1,
    kata: ["Tidak dapat menulis", "lama.json", "kode sistem EIO", "Berkas lama tidak diubah"],
    periksa: lamaUtuh,
  },
  {
    nama: "input is a folder",
    siapkan: async (dir) => {
      await fs.mkdir(path.join(dir, "map.xlsx"));
      return [path.join(dir, "map.xlsx")];
    },
    kode: 1,
    kata: ["adalah folder, bukan berkas buku kerja"],
  },
  {
    nama: "input missing",
    siapkan: async (dir) => [path.join(dir, "hilang.xlsx"), "-o", path.join(dir, "h.xlsx")],
    kode: 1,
    kata: ["tidak ditemukan", "Periksa nama dan foldernya"],
  },
]);

// ---- C. files that are not an .xlsx, named for what they are ---------------------------------
const jenis = grupKasus("C. not an .xlsx", { kode: 1, tanpaKata: ["tidak terduga"] }, [
  { nama: "empty file", siapkan: berkas("kosong.xlsx", () => Buffer.alloc(0)), kata: ["kosong (0 byte)"] },
  {
    nama: "password-protected workbook (real ECMA-376 encryption)",
    siapkan: berkas("sandi.xlsx", fixture("sandi.xlsx")),
    kata: ["dilindungi kata sandi", "hapus kata sandinya"],
    tanpaKata: ["simpan sebagai"],
  },
  {
    nama: "Excel 97-2003 .xls renamed .xlsx",
    siapkan: berkas("lama.xlsx", fixture("lama.xls")),
    kata: ["Excel 97-2003 (.xls)", "Buku Kerja Excel (.xlsx)"],
  },
  {
    nama: ".xls under its own name",
    siapkan: berkas("lama.xls", fixture("lama.xls")),
    kata: ["Excel 97-2003 (.xls)"],
  },
  {
    nama: "LibreOffice .ods renamed .xlsx",
    siapkan: berkas("calc.xlsx", fixture("calc.ods")),
    kata: ["OpenDocument (.ods", "LibreOffice"],
    tanpaKata: ["targets", "tidak ditemukan"],
  },
  {
    nama: "CSV named .xlsx",
    siapkan: berkas("data.xlsx", () => Buffer.from("Kode;Indikator;Target\nIKU-01;Indikator satu;80\n")),
    kata: ["teks (CSV)", "Sisipkan › Tabel"],
  },
  {
    nama: "web page saved as .xls (as some exports do)",
    siapkan: berkas("ekspor.xls", () =>
      Buffer.from("<html><body><table><tr><td>1</td></tr></table></body></html>"),
    ),
    kata: ["halaman web (HTML)"],
  },
  {
    nama: "Word document renamed .xlsx",
    siapkan: berkas("dokumen.xlsx", async () =>
      Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Bab III")] }] })),
    ),
    kata: ["dokumen Word"],
  },
  {
    nama: "zip of something else",
    siapkan: berkas("arsip.xlsx", () => tulisZip({ "data/a.txt": "isi", "b.csv": "1;2" })),
    kata: ["arsip zip yang bukan buku kerja"],
  },
  {
    nama: "truncated .xlsx (half a download)",
    siapkan: berkas("potong.xlsx", async () => {
      const b = await bufferBuku();
      return b.subarray(0, b.length >> 1);
    }),
    kata: ["bukan buku kerja Excel"],
  },
  {
    nama: "an .xlsx with a broken part (zip fine, XML not)",
    siapkan: berkas("rusak.xlsx", () =>
      tulisZip({ "[Content_Types].xml": "<Types", "xl/workbook.xml": "<workbook><sheets" }),
    ),
    kata: ["rusak atau tidak lengkap"],
  },
  {
    nama: "random binary",
    siapkan: berkas("acak.xlsx", () =>
      Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256)),
    ),
    kata: ["bukan buku kerja Excel (.xlsx)"],
  },
]);

// ---- D. number cells: what a number can mean --------------------------------------------------
const angka = grupKasus("D. number cells", { kode: 0 }, [
  {
    nama: "negative pagu line",
    siapkan: buku((b) => (P(b)[2][2] = -1000)),
    temuan: [["NILAI_NEGATIF", "DPA!C4"]],
    kata: ["negatif"],
  },
  {
    nama: "negative realisasi anggaran in accounting brackets",
    siapkan: buku((b) => (R(b)[1][1] = "(900)")),
    temuan: [["NILAI_NEGATIF", "Realisasi!B3"]],
  },
  {
    nama: "negative realisasi of an indikator (a fall) is a figure, not a slip",
    siapkan: buku((b) => (R(b)[0][1] = -5)),
    tanpaTemuan: ["NILAI_NEGATIF", "NILAI_TIDAK_WAJAR"],
  },
  {
    nama: "date typed in the pagu column",
    siapkan: buku((b) => (P(b)[2][2] = new Date(Date.UTC(2024, 0, 25)))),
    temuan: [["NILAI_TANGGAL", "DPA!C4"]],
    kata: ["berisi tanggal 25/01/2024"],
    tanpaKata: ["45.316", "45316"],
  },
  {
    nama: "date typed in an indikator's realisasi",
    siapkan: buku((b) => (R(b)[0][1] = new Date(Date.UTC(2024, 4, 1)))),
    temuan: [["NILAI_TANGGAL", "Realisasi!B2"]],
    tanpaKata: ["45413", "45.413"],
  },
  {
    nama: "1e308 as an indikator's realisasi",
    siapkan: buku((b) => (R(b)[0][1] = 1e308)),
    temuan: [["NILAI_TIDAK_WAJAR", "Realisasi!B2"]],
  },
  {
    nama: "a pagu beyond 10^15 rupiah",
    siapkan: buku((b) => (P(b)[2][2] = 1e16)),
    temuan: [["NILAI_TIDAK_WAJAR", "DPA!C4"]],
  },
  {
    nama: "an absurd pagu typed as text",
    siapkan: buku((b) => (P(b)[2][2] = "Rp 10.000.000.000.000.000")),
    temuan: [["NILAI_TIDAK_WAJAR", "DPA!C4"]],
  },
  {
    nama: "exactly 10^15 rupiah is still a figure",
    siapkan: buku((b) => P(b).forEach((r) => (r[2] = 1e15))),
    tanpaTemuan: ["NILAI_TIDAK_WAJAR", "TOTAL_TIDAK_SESUAI"],
    kata: ["pagu Rp 1.000.000.000.000.000"],
  },
  {
    nama: "capaian beyond 10^6 % (target 0,0001)",
    siapkan: buku((b) => (T(b)[0][4] = 0.0001)),
    temuan: [["NILAI_TIDAK_WAJAR", "Realisasi!B2"]],
    tanpaTemuan: ["DI_LUAR_SKALA"],
  },
  {
    nama: "a stated capaian beyond 10^6 %",
    siapkan: buku((b) => (R(b)[0][3] = 1e7)),
    temuan: [["NILAI_TIDAK_WAJAR", "Realisasi!D2"]],
  },
  {
    nama: "formula without a cached value (saved without recalculating)",
    siapkan: buku((b) => (P(b)[2][2] = { formula: "500*2" } as never)),
    temuan: [["NILAI_TIDAK_VALID", "DPA!C4"]],
    kata: ["rumus", "Ctrl+Alt+F9"],
    tanpaKata: ["kosong, padahal"],
  },
  {
    nama: "formula without a cached value in an optional column",
    siapkan: buku((b) => (R(b)[1][4] = { formula: "B3/1000*100" } as never)),
    temuan: [["NILAI_TIDAK_VALID", "Realisasi!E3"]],
  },
  {
    nama: "formula with its cached value is read as the number",
    siapkan: buku((b) => (P(b)[2][2] = { formula: "500*2", result: 1000 } as never)),
    tanpaTemuan: ["NILAI_TIDAK_VALID", "TOTAL_TIDAK_SESUAI"],
  },
  {
    nama: "Indonesian money text is read",
    siapkan: buku((b) => P(b).forEach((r) => (r[2] = "Rp 1.000.000,-"))),
    tanpaTemuan: ["NILAI_TIDAK_VALID", "ANGKA_AMBIGU"],
    kata: ["pagu Rp 1.000.000,"],
  },
  {
    nama: "TRUE in a pagu cell",
    siapkan: buku((b) => (P(b)[2][2] = true)),
    temuan: [["NILAI_TIDAK_VALID", "DPA!C4"]],
  },
  {
    nama: "#DIV/0! in a realisasi cell",
    siapkan: buku((b) => (R(b)[0][1] = { error: "#DIV/0!" } as never)),
    temuan: [["NILAI_TIDAK_VALID", "Realisasi!B2"]],
    kata: ["#DIV/0!"],
  },
]);

// ---- E. kode rules and table-level rules -----------------------------------------------------
const kode = grupKasus("E. kode and table rules", {}, [
  {
    nama: "a program retyped with a trailing dot beside itself is its twin, counted once",
    siapkan: buku((b) => P(b).push(["1.06.02.", "Program (diketik ulang)", 1000, null, null, 2024])),
    kode: 0,
    temuan: [["KODE_GANDA", "DPA!A5"]],
    kata: ['ditulis "1.06.02."', "pagu Rp 1.000,"],
  },
  {
    nama: "a lone trailing dot is the same kode",
    siapkan: buku((b) => (P(b)[0][0] = "1.06.02.")),
    kode: 0,
    tanpaTemuan: ["KODE_GANDA", "REALISASI_TIDAK_ADA"],
    periksa: async (_d, h) =>
      expect((h.json?.anggaran as { kode: string; level: string }[])[0]).toMatchObject({
        kode: "1.06.02",
        level: "program",
      }),
  },
  {
    nama: "spaces inside and around a kode",
    siapkan: buku((b) => (P(b)[2][0] = " 1.06.02.2.01 .0001 ")),
    kode: 0,
    tanpaTemuan: ["KODE_GANDA", "KODE_TIDAK_DIKENAL", "REALISASI_TIDAK_ADA"],
  },
  {
    nama: "kode 1.10 kept as the number 1.1 beside a text 1.1: both cells named",
    siapkan: buku((b) => {
      T(b).push([1.1, "Sasaran satu", "Indikator dua", "%", 10, "positif", 2024]);
      T(b).push(["1.1", "Sasaran satu", "Indikator tiga", "%", 10, "positif", 2024]);
      R(b).push(["1.1", 5, 2024, null, null, null]);
    }),
    kode: 0,
    temuan: [
      ["KODE_ANGKA", "PK!A3"],
      ["KODE_GANDA", "PK!A4"],
    ],
    kata: ["PK!A3"],
  },
  {
    nama: "kode 1.10 kept as a number formatted 0.00 is read as displayed",
    siapkan: buku((b) => {
      T(b).push([1.1, "Sasaran satu", "Indikator dua", "%", 10, "positif", 2024]);
      T(b).push(["1.1", "Sasaran satu", "Indikator tiga", "%", 10, "positif", 2024]);
      R(b).push(["1.10", 5, 2024, null, null, null], ["1.1", 6, 2024, null, null, null]);
      b.sesudah.push((wb) => (wb.getWorksheet("PK")!.getCell("A3").numFmt = "0.00"));
    }),
    kode: 0,
    tanpaTemuan: ["KODE_GANDA", "KODE_ANGKA", "REALISASI_TIDAK_ADA"],
    periksa: async (_d, h) =>
      expect((h.json?.indikator as { kode: string }[]).map((i) => i.kode)).toEqual(["IKU-01", "1.10", "1.1"]),
  },
  {
    nama: "a second table TARGETS beside targets",
    siapkan: buku((b) => b.tabel.push({ ...tabelDari(b, "targets"), nama: "TARGETS", lembar: "PK2" })),
    kode: 0,
    temuan: [["TABEL_GANDA", "PK2!A1"]],
    kata: ['"TARGETS" di lembar PK2'],
  },
  {
    nama: "a kode outside the nomenclature (T19.1.1) gets tingkat n, not program",
    siapkan: buku((b) => {
      ["T19", "T19.1", "T19.1.1"].forEach((k, i) => (P(b)[i][0] = k));
      R(b)[1][0] = "T19.1.1";
    }),
    kode: 0,
    periksa: async (_d, h) =>
      expect((h.json?.anggaran as { level: string }[]).map((n) => n.level)).toEqual([
        "tingkat 1",
        "tingkat 2",
        "tingkat 3",
      ]),
  },
  {
    nama: "nomenclature kode keep their level names",
    siapkan: polos(),
    kode: 0,
    periksa: async (_d, h) =>
      expect((h.json?.anggaran as { level: string }[]).map((n) => n.level)).toEqual([
        "program",
        "kegiatan",
        "sub kegiatan",
      ]),
  },
  {
    nama: "parent amounts left blank are the sum of their children, no false alarm",
    siapkan: buku((b) => {
      P(b)[0][2] = null;
      P(b)[1][2] = null;
      R(b).push(["1.06.02", null, 2024, null, null, null]);
    }),
    kode: 0,
    tanpaTemuan: ["NILAI_TIDAK_VALID", "TOTAL_TIDAK_SESUAI"],
    kata: ["pagu Rp 1.000,", "realisasi Rp 900,"],
  },
  {
    nama: "a Kode IKU typed with a trailing space or dot still links its program",
    siapkan: buku((b) => (P(b)[0][3] = "IKU-01. ")),
    kode: 0,
    tanpaTemuan: ["KODE_TIDAK_DIKENAL"],
    periksa: async (_d, h) =>
      expect((h.json?.anggaran as { kodeIku: string | null }[])[0].kodeIku).toBe("IKU-01"),
  },
  {
    nama: "a blank leaf pagu is still reported",
    siapkan: buku((b) => (P(b)[2][2] = null)),
    kode: 0,
    temuan: [["NILAI_TIDAK_VALID", "DPA!C4"]],
  },
  {
    nama: "a kegiatan over budget as a whole, as well as its line",
    siapkan: buku((b) => {
      P(b)[0][2] = 1500;
      P(b)[1][2] = 1500;
      P(b).push(["1.06.02.2.01.0002", "Sub kegiatan dua", 500, null, null, 2024]);
      R(b).push(["1.06.02.2.01.0002", 700, 2024, null, null, null]);
    }),
    kode: 0,
    temuan: [
      ["REALISASI_MELEBIHI_PAGU", "Realisasi!B4"],
      ["REALISASI_MELEBIHI_PAGU", "DPA!C3"],
    ],
  },
  {
    nama: "indikator of the tahun but no budget rows for it",
    siapkan: buku((b) => {
      P(b).forEach((r) => (r[5] = 2023));
      R(b).pop();
    }),
    kode: 0,
    temuan: [["PAGU_TAHUN_KOSONG", "DPA!F1"]],
    kata: ["tahun 2024", "tahun yang ada: 2023"],
  },
  {
    nama: "targets with headers only: no year of the machine named",
    siapkan: buku((b) => (T(b).length = 0)),
    kode: 1,
    kata: ['"targets" (lembar PK) belum berisi data'],
    tanpaKata: [String(new Date().getFullYear())],
  },
  {
    nama: "no indikator for the tahun asked",
    siapkan: buku((b) => (T(b)[0][6] = 2023), teks("--tahun"), teks("2024")),
    kode: 1,
    kata: ["tahun 2024", "tahun yang ada: 2023"],
  },
  {
    nama: "a stated capaian that disagrees: both fixes said",
    siapkan: buku((b) => (R(b)[0][3] = 80)),
    kode: 0,
    temuan: [["CAPAIAN_TIDAK_SESUAI", "Realisasi!D2"]],
    kata: ["ganti dengan 75,00", "periksa realisasi atau targetnya"],
  },
  {
    nama: "a stated persen that disagrees: both fixes said",
    siapkan: buku((b) => (R(b)[1][4] = 95)),
    kode: 0,
    temuan: [["PERSEN_TIDAK_SESUAI", "Realisasi!E3"]],
    kata: ["ganti dengan 90,00", "periksa realisasi atau pagunya"],
  },
]);

/** Every text cell of every sheet of an .xlsx, with its length. */
async function panjangTeks(file: string): Promise<{ sheet: string; alamat: string; n: number; s: string }[]> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const hasil: { sheet: string; alamat: string; n: number; s: string }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string")
          hasil.push({ sheet: ws.name, alamat: cell.address, n: cell.value.length, s: cell.value });
      }),
    ),
  );
  return hasil;
}

const PANJANG = "Persentase penyandang masalah kesejahteraan sosial yang tertangani "
  .repeat(500)
  .slice(0, 32700);

// ---- F. scale and Excel's limits --------------------------------------------------------------
const batas = grupKasus("F. scale and limits", {}, [
  {
    nama: "tables declared over whole columns (A1:G1048576) are read over their used cells",
    siapkan: buku((b) => b.tabel.forEach((t) => (t.sampaiBaris = 1048576)), teks("-o"), di("hasil.xlsx")),
    kode: 0,
    tanpaTemuan: ["NILAI_TIDAK_VALID", "REALISASI_TIDAK_ADA"],
    kata: ["pagu Rp 1.000,", "serapan 90,00 %"],
    periksa: async (_d, h) => expect(h.ms).toBeLessThan(10_000),
  },
  {
    nama: "a whole-column table with a blank row inside reads every row up to the last used one",
    siapkan: buku((b) => {
      const p = tabelDari(b, "pagu");
      p.sampaiBaris = 1048576;
      p.baris.splice(2, 0, [null, null, null, null, null, null]);
    }),
    kode: 0,
    tanpaTemuan: ["NILAI_TIDAK_VALID", "REALISASI_TIDAK_ADA"],
    kata: ["pagu Rp 1.000,", "serapan 90,00 %"],
  },
  {
    nama: "an indikator of 32,700 characters: every generated cell stays under 32,767",
    siapkan: buku((b) => (T(b)[0][2] = PANJANG), teks("-o"), di("hasil.xlsx")),
    kode: 0,
    periksa: async (dir) => {
      const sel = await panjangTeks(path.join(dir, "hasil.xlsx"));
      expect(Math.max(...sel.map((s) => s.n))).toBeLessThanOrEqual(32767);
      expect(sel.some((s) => s.sheet === "Narasi" && s.s.includes("teks dipotong"))).toBe(true);
    },
  },
  {
    nama: "40,000 characters of text in a number cell: the Temuan cell is cut",
    siapkan: buku((b) => (R(b)[0][1] = "x".repeat(32000)), teks("-o"), di("hasil.xlsx")),
    kode: 0,
    temuan: [["NILAI_TIDAK_VALID", "Realisasi!B2"]],
    periksa: async (dir) => {
      const sel = await panjangTeks(path.join(dir, "hasil.xlsx"));
      const temuan = sel.filter((s) => s.sheet === "Temuan");
      expect(Math.max(...temuan.map((s) => s.n))).toBeLessThanOrEqual(32767);
    },
  },
  {
    nama: "formula-like text stays text in the output",
    siapkan: buku(
      (b) => (P(b)[0][1] = '=HYPERLINK("http://contoh.invalid","klik")'),
      teks("-o"),
      di("hasil.xlsx"),
    ),
    kode: 0,
    periksa: async (dir) => {
      const ExcelJS = (await import("exceljs")).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, "hasil.xlsx"));
      const ws = wb.getWorksheet("Tabel Realisasi Keuangan")!;
      let rumus = 0;
      let teksSama = 0;
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (
            typeof c.value === "object" &&
            c.value &&
            "formula" in c.value &&
            /HYPERLINK/.test(String(c.value.formula))
          )
            rumus++;
          if (typeof c.value === "string" && c.value.includes("=HYPERLINK")) teksSama++;
        }),
      );
      expect(rumus).toBe(0);
      expect(teksSama).toBeGreaterThan(0);
    },
  },
]);

// ---- G. temporary files --------------------------------------------------------------------------
const sementara = grupKasus("G. temporary files", {}, [
  {
    nama: "a stale temp file of a killed run is removed by the next run",
    siapkan: async (dir) => {
      await fs.writeFile(path.join(dir, `hasil.xlsx.capaian-${pidMati()}.tmp`), Buffer.alloc(512 * 1024));
      return polos(teks("-o"), di("hasil.xlsx"))(dir);
    },
    kode: 0,
    periksa: async (dir) => expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]),
  },
  {
    nama: "a temp file in the old naming (hasil.xlsx.<pid>.tmp) is removed too",
    siapkan: async (dir) => {
      await fs.writeFile(path.join(dir, `hasil.json.${pidMati()}.tmp`), "");
      return polos(teks("--json"), di("hasil.json"))(dir);
    },
    kode: 0,
    periksa: async (dir) => expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]),
  },
  {
    nama: "a temp file of a run still going is left alone, and other files too",
    siapkan: async (dir) => {
      await fs.writeFile(path.join(dir, `hasil.xlsx.capaian-${process.ppid}.tmp`), "");
      await fs.writeFile(path.join(dir, `lain.xlsx.capaian-${pidMati()}.tmp`), "");
      await fs.writeFile(path.join(dir, "hasil.xlsx.cadangan.tmp"), "");
      return polos(teks("-o"), di("hasil.xlsx"))(dir);
    },
    kode: 0,
    periksa: async (dir) =>
      expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp")).sort()).toEqual([
        "hasil.xlsx.cadangan.tmp",
        `hasil.xlsx.capaian-${process.ppid}.tmp`,
        `lain.xlsx.capaian-${pidMati()}.tmp`,
      ]),
  },
  {
    nama: "a run that writes nothing (fatal) still clears stale temp files",
    siapkan: async (dir) => {
      await fs.writeFile(path.join(dir, `hasil.xlsx.capaian-${pidMati()}.tmp`), "");
      return buku((b) => (T(b).length = 0), teks("-o"), di("hasil.xlsx"))(dir);
    },
    kode: 1,
    periksa: async (dir) => expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]),
  },
]);

export const KASUS: Kasus[] = [...jalur, ...sistem, ...jenis, ...angka, ...kode, ...batas, ...sementara];
