/** The ribbon command's message: its text, its dialog URL, and the fallback without a Dialog API. */
import { messageUrl, notWrittenMessage, showMessage } from "../../src/commands/ribbon-message";
import { RIBBON_TEXT as TEKS } from "../../src/commands/texts";
import type { Temuan } from "../../src/core/temuan";
import { createWorkbookModel } from "../sim-excel";
import { pasangHost } from "./workbook";

const BASE = "https://localhost:3000/commands.html";

let lepas: (() => void) | null = null;
afterEach(() => {
  lepas?.();
  lepas = null;
  jest.restoreAllMocks();
});

describe("pesanTidakDitulis", () => {
  it("names each missing table with the command's words, then the add-in's way out", () => {
    const temuan = [
      { jenis: "TABEL_TIDAK_ADA", tingkat: "error", pesan: 'Tabel bernama "pagu" tidak ditemukan.' },
      { jenis: "TABEL_TIDAK_ADA", tingkat: "error", pesan: 'Tabel bernama "realisasi" tidak ditemukan.' },
    ] as unknown as Temuan[];
    const p = notWrittenMessage(["pagu", "realisasi"], temuan);
    expect(p.judul).toBe(TEKS.tabelTidakAdaJudul);
    expect(p.isi).toEqual([temuan[0].pesan, temuan[1].pesan, TEKS.saranContoh]);
  });

  it("otherwise lists what stopped the run", () => {
    const temuan = [
      { jenis: "KOLOM_TIDAK_ADA", tingkat: "error", pesan: "Kolom Target tidak ada." },
      { jenis: "PEMBULATAN", tingkat: "info", pesan: "x" },
    ] as unknown as Temuan[];
    expect(notWrittenMessage([], temuan)).toEqual({
      judul: TEKS.fatalJudul,
      isi: [TEKS.fatalIsi, "Kolom Target tidak ada."],
    });
  });
});

describe("alamatPesan", () => {
  it("puts the message in the query, escaped, beside the function file", () => {
    const url = messageUrl(BASE, { judul: "Judul & <b>", isi: ['Tabel "pagu" #1', "baris 2?"] });
    expect(url.startsWith("https://localhost:3000/pesan.html?")).toBe(true);
    expect(url).not.toMatch(/[<>"]|#1/);
    const q = new URL(url).searchParams;
    expect(q.get("judul")).toBe("Judul & <b>");
    expect(q.get("isi")).toBe('Tabel "pagu" #1\nbaris 2?');
  });

  it("shortens a very long message", () => {
    const url = messageUrl(BASE, { judul: "J", isi: ["x".repeat(5000)] });
    expect(url.length).toBeLessThan(2000);
  });
});

describe("tampilkanPesan", () => {
  it("opens the dialog and resolves when the user closes it", async () => {
    const { host, lepas: l } = pasangHost(createWorkbookModel(["Sheet1"]));
    lepas = l;
    let selesai = false;
    const p = showMessage({ judul: "Judul", isi: ["Isi pesan"] }, BASE).then(() => (selesai = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(host.dialogs).toHaveLength(1);
    expect(new URL(host.dialogs[0].url).searchParams.get("isi")).toBe("Isi pesan");
    expect(selesai).toBe(false);
    host.dialogs[0].sendMessage("tutup");
    await p;
    expect(host.dialogs[0].closed).toBe(true);
  });

  it("falls back to the log below Dialog API 1.1", async () => {
    const { host, lepas: l } = pasangHost(createWorkbookModel(["Sheet1"]), {
      requirementSets: { DialogApi: "1.0" },
    });
    lepas = l;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await showMessage({ judul: "Judul", isi: ["Isi pesan"] }, BASE);
    expect(host.dialogs).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith("Judul\nIsi pesan");
  });
});
