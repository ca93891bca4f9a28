/**
 * The task pane's state (src/taskpane/state.ts) and its notices (notices.ts), stage by stage,
 * over real analyses: the seed's tables (a run with error-level temuan), an empty workbook
 * (three missing tables), and Excel's errors mapped by the host's own petakanGalat.
 */
import { analyze, type Analysis } from "../../src/core/analyze";
import { runOutcome } from "../../src/core/outcome";
import { MESSAGES } from "../../src/core/messages";
import { RIBBON_TEXT } from "../../src/commands/texts";
import { mapError } from "../../src/excel/errors";
import { EXCEL_TEXT } from "../../src/excel/messages";
import type { RunResult, Pemeriksaan } from "../../src/taskpane/actions";
import { notices, noticesRekap } from "../../src/taskpane/notices";
import type { RekapResult } from "../../src/taskpane/rekap";
import {
  akhirRun,
  initialState,
  reducer,
  sibuk,
  type Action,
  type PaneState,
} from "../../src/taskpane/state";
import { PANE_TEXT } from "../../src/taskpane/texts";
import { REKAP_TEXTS } from "../../src/taskpane/rekap-texts";
import { seedRawTables } from "../fixtures/seed-tabel";

const seed: Analysis = analyze(seedRawTables(), { tahun: 2024, tahunSekarang: 2025 });
const kosong: Analysis = analyze([], { tahunSekarang: 2024 });
const TABEL: Pemeriksaan["sumber"] = { jenis: "tabel" };
/** What a check returns: the analysis, its outcome (decided by the core) and the budget source. */
const periksa = (analysis: Analysis, sumber: Pemeriksaan["sumber"]): Pemeriksaan => ({
  analysis,
  outcome: runOutcome(analysis),
  sumber,
});
const LEMBAR = [
  { base: "Tabel Realisasi Keuangan", name: "Tabel Realisasi Keuangan", userSheetKept: false },
  { base: "Temuan", name: "Temuan (2)", userSheetKept: true },
];
const ditulis: RunResult = { ...periksa(seed, TABEL), lembar: LEMBAR, perhitunganManual: false };
const tidakDitulis: RunResult = { ...periksa(kosong, TABEL), lembar: null, perhitunganManual: false };

const run = (s: PaneState, ...actions: Action[]): PaneState => actions.reduce(reducer, s);
const awal = (): PaneState => initialState({ skala: "workbook" });
/** An Excel error as Office.js throws it: a code and an English message. */
const excelError = (code: string) =>
  Object.assign(new Error("The cell is being edited (English, technical)"), { code });

describe("the check on open", () => {
  it("starts idle with no notices", () => {
    const s = awal();
    expect(sibuk(s)).toBe(false);
    expect(notices(s)).toEqual([]);
  });

  it("takes the tahun choices and the scale from the analysis; a clean workbook has no notice", () => {
    const s = run(awal(), {
      type: "periksaSelesai",
      pilihan: { skala: "workbook" },
      hasil: periksa(seed, TABEL),
    });
    expect(s.tahunTersedia).toEqual([2024, 2023, 2022]);
    expect(s.adaSkalaBukuKerja).toBe(false);
    expect(notices(s)).toEqual([]);
  });

  it("a check with another scale chosen leaves what the default choice found", () => {
    const s = run(
      awal(),
      { type: "periksaSelesai", pilihan: { skala: "workbook" }, hasil: periksa(seed, TABEL) },
      {
        type: "periksaSelesai",
        pilihan: { skala: "lkjip", skpd: "x" },
        hasil: periksa(seed, TABEL),
      },
    );
    expect(s.adaSkalaBukuKerja).toBe(false);
  });

  it("missing tables: one warning from the temuan, with the core's message per table and Buat tabel contoh", () => {
    const s = run(awal(), {
      type: "periksaSelesai",
      pilihan: { skala: "workbook" },
      hasil: periksa(kosong, TABEL),
    });
    const [n, ...rest] = notices(s);
    expect(rest).toEqual([]);
    expect(n.intent).toBe("warning");
    expect(n.contoh).toBe(true);
    expect(n.judul).toBe(RIBBON_TEXT.tabelTidakAdaJudul);
    expect(n.isi).toEqual([
      MESSAGES.tabelTidakAda("targets", ["Kode", "Indikator", "Target"]),
      MESSAGES.tabelTidakAda("pagu", ["Kode", "Uraian", "Pagu"]),
      MESSAGES.tabelTidakAda("realisasi", ["Kode", "Realisasi"]),
      RIBBON_TEXT.saranContoh,
    ]);
  });

  it("a multi-SKPD SIPD-RI export asks for the SKPD after naming the source", () => {
    const menunggu = structuredClone(seed);
    menunggu.temuan = [
      { ...seed.temuan[0], jenis: "SKPD_BELUM_DIPILIH", tingkat: "error", pesan: "Pilih SKPD." },
    ];
    const sumber = {
      jenis: "sipd" as const,
      lembar: "Sheet 1",
      baris: 10,
      skpd: [
        { kode: "a", nama: "A" },
        { kode: "b", nama: "B" },
      ],
    };
    const s = run(awal(), {
      type: "periksaSelesai",
      pilihan: { skala: "workbook" },
      hasil: periksa(menunggu, sumber),
    });
    expect(notices(s).map((n) => [n.intent, n.judul])).toEqual([
      ["info", "Sumber anggaran"],
      ["warning", "Pilih SKPD"],
    ]);
  });
});

describe("a run", () => {
  it("goes through its stages with the buttons disabled, then shows the result and the data errors", () => {
    let s = run(awal(), { type: "hitungMulai" });
    expect([s.job, s.tahap, s.analysis, notices(s)]).toEqual(["hitung", "membaca", null, []]);
    expect(sibuk(s)).toBe(true);
    s = run(s, { type: "hitungTahap", tahap: "menulis" }, { type: "hitungTahap", tahap: "selesai" });
    expect(s.tahap).toBe("selesai");
    s = run(s, { type: "hitungSelesai", hasil: ditulis });
    expect(sibuk(s)).toBe(false);
    expect(s.analysis).toBe(seed);
    expect(akhirRun(ditulis)).toBe("adaError");
    expect(notices(s)).toEqual([
      {
        intent: "warning",
        judul: PANE_TEXT.adaErrorJudul,
        isi: [PANE_TEXT.jumlahError(2), PANE_TEXT.adaErrorIsi],
      },
      { intent: "info", judul: "Temuan (2)", isi: PANE_TEXT.lembarDiganti("Temuan", "Temuan (2)") },
    ]);
  });

  it("without error-level temuan it says which sheets were written, and manual calculation", () => {
    const bersih = structuredClone(seed);
    bersih.temuan = bersih.temuan.filter((t) => t.tingkat !== "error");
    const hasil = { ...periksa(bersih, TABEL), lembar: LEMBAR.slice(0, 1), perhitunganManual: true };
    expect(akhirRun(hasil)).toBe("selesai");
    const s = run(awal(), { type: "hitungMulai" }, { type: "hitungSelesai", hasil });
    expect(notices(s)).toEqual([
      {
        intent: "success",
        judul: PANE_TEXT.selesaiJudul,
        isi: [PANE_TEXT.selesaiIsi(2024), PANE_TEXT.lembarDitulis(["Tabel Realisasi Keuangan"])],
      },
      { intent: "info", judul: PANE_TEXT.manualJudul, isi: PANE_TEXT.manualIsi },
    ]);
  });

  it("a run that wrote nothing shows the check's notices, no progress and nothing to download", () => {
    const s = run(awal(), { type: "hitungMulai" }, { type: "hitungSelesai", hasil: tidakDitulis });
    expect(akhirRun(tidakDitulis)).toBe("tidakDitulis");
    expect([s.tahap, s.analysis, s.job]).toEqual([null, null, null]);
    expect(notices(s)[0].judul).toBe(RIBBON_TEXT.tabelTidakAdaJudul);
  });

  it("an Excel error reaches the notices as the host's Indonesian message, never Excel's own text", () => {
    const galat = mapError(excelError("InvalidOperationInCellEditMode"));
    const s = run(awal(), { type: "hitungMulai" }, { type: "hitungGagal", galat });
    expect([s.tahap, s.job]).toEqual([null, null]);
    expect(notices(s)).toEqual([
      { intent: "error", judul: EXCEL_TEXT.galatJudul, isi: EXCEL_TEXT.galat.editSel },
    ]);
    expect(JSON.stringify(notices(s))).not.toContain("English");
  });
});

describe("Unduh Bab III", () => {
  const setelahRun = () => run(awal(), { type: "hitungMulai" }, { type: "hitungSelesai", hasil: ditulis });

  it("adds its notice after the run's and replaces an earlier one", () => {
    const s = run(
      setelahRun(),
      { type: "unduhMulai" },
      { type: "unduhSelesai", hasil: { jenis: "tidakTersedia" } },
      { type: "unduhMulai" },
    );
    expect(s.mengunduh).toBe(true);
    const t = run(s, { type: "unduhSelesai", hasil: { jenis: "diunduh", nama: "LKjIP-Bab-III-2024.docx" } });
    expect(t.mengunduh).toBe(false);
    const n = notices(t);
    expect(n.map((x) => x.judul)).toEqual([PANE_TEXT.adaErrorJudul, "Temuan (2)", PANE_TEXT.unduhJudul]);
    expect(n[2].isi).toBe(PANE_TEXT.unduhIsi("LKjIP-Bab-III-2024.docx"));
  });

  it("Excel for Mac: says it cannot download there", () => {
    const s = run(setelahRun(), { type: "unduhSelesai", hasil: { jenis: "tidakTersedia" } });
    expect(notices(s).at(-1)).toEqual({
      intent: "warning",
      judul: PANE_TEXT.unduhMacJudul,
      isi: [...PANE_TEXT.unduhMacIsi],
    });
  });

  it("a failure says so in Indonesian (the host's message, not the error's)", () => {
    const galat = mapError(new TypeError("Cannot read properties of undefined"));
    const s = run(setelahRun(), { type: "unduhSelesai", hasil: { jenis: "gagal", galat } });
    expect(notices(s).at(-1)).toEqual({
      intent: "error",
      judul: PANE_TEXT.unduhGagalJudul,
      isi: [PANE_TEXT.unduhGagal, EXCEL_TEXT.galat.umum("TypeError")],
    });
  });

  it("a new check replaces the notices, the download's too, and keeps the run to download", () => {
    const s = run(
      setelahRun(),
      { type: "unduhSelesai", hasil: { jenis: "diunduh", nama: "x.docx" } },
      { type: "periksaSelesai", pilihan: { skala: "workbook" }, hasil: periksa(seed, TABEL) },
    );
    expect(notices(s)).toEqual([]);
    expect(s.analysis).toBe(seed);
  });
});

describe("Buat tabel contoh and Lihat", () => {
  it("the example tables' notice follows the check and ends the job", () => {
    let s = run(awal(), { type: "contohMulai" });
    expect(sibuk(s)).toBe(true);
    s = run(
      s,
      { type: "periksaSelesai", pilihan: { skala: "workbook" }, hasil: periksa(seed, TABEL) },
      { type: "contohSelesai", hasil: { dibuat: true, sudahAda: [], pesan: EXCEL_TEXT.contohIsi } },
    );
    expect(sibuk(s)).toBe(false);
    expect(notices(s)).toEqual([
      { intent: "success", judul: PANE_TEXT.contohJudul, isi: EXCEL_TEXT.contohIsi },
    ]);
    const ada = run(awal(), {
      type: "contohSelesai",
      hasil: { dibuat: false, sudahAda: ["pagu"], pesan: "ada" },
    });
    expect(notices(ada)[0].intent).toBe("warning");
  });

  it("an error outside a job replaces the notices without ending a running job", () => {
    const galat = mapError(excelError("ItemNotFound"));
    const s = run(awal(), { type: "contohMulai" }, { type: "galat", galat });
    expect(sibuk(s)).toBe(true);
    expect(notices(s)).toEqual([
      { intent: "error", judul: EXCEL_TEXT.galatJudul, isi: EXCEL_TEXT.galat.tabelTidakAda },
    ]);
  });
});

describe("Rekap Pemda", () => {
  const files = [
    { name: "a.xlsx", arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)) },
    { name: "b.xlsx", arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)) },
  ];

  it("picks files, reads them one by one, writes, then says what was left out", () => {
    let s = run(awal(), { type: "rekapDipilih", files }, { type: "rekapMulai" });
    expect(sibuk(s)).toBe(true);
    expect(s.rekap.status).toEqual([{ status: "menunggu" }, { status: "menunggu" }]);
    const gagal = {
      status: "selesai" as const,
      hasil: { jenis: "gagal" as const, alasan: "rusak", ikuPemda: null },
    };
    s = run(
      s,
      { type: "rekapBerkas", indeks: 0, status: { status: "membaca" } },
      { type: "rekapBerkas", indeks: 0, status: gagal },
    );
    expect(s.rekap.menulis).toBe(false);
    s = run(s, { type: "rekapBerkas", indeks: 1, status: gagal });
    expect(s.rekap.menulis).toBe(true);
    const hasil: RekapResult = {
      rekap: null,
      gagal: [{ berkas: "a.xlsx", alasan: "rusak" }],
      catatan: ["catatan"],
      lembar: null,
    };
    s = run(s, { type: "rekapSelesai", hasil });
    expect([sibuk(s), s.rekap.menulis]).toEqual([false, false]);
    expect(noticesRekap(s.rekap)).toEqual([
      { intent: "error", judul: REKAP_TEXTS.tidakAdaJudul, isi: [REKAP_TEXTS.tidakAda, "a.xlsx: rusak"] },
      { intent: "warning", judul: REKAP_TEXTS.catatanJudul, isi: ["catatan"] },
    ]);
    // Picking again starts over.
    expect(run(s, { type: "rekapDipilih", files: files.slice(0, 1) }).rekap).toEqual({
      files: files.slice(0, 1),
      status: [],
      menulis: false,
      hasil: null,
      galat: null,
    });
  });

  it("an Excel error while writing is the host's message", () => {
    const galat = mapError(excelError("AccessDenied"));
    const s = run(
      awal(),
      { type: "rekapDipilih", files },
      { type: "rekapMulai" },
      { type: "rekapGagal", galat },
    );
    expect(sibuk(s)).toBe(false);
    expect(noticesRekap(s.rekap)).toEqual([
      { intent: "error", judul: EXCEL_TEXT.galatJudul, isi: EXCEL_TEXT.galat.terlindungi },
    ]);
  });
});
