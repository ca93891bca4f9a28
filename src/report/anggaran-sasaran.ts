/**
 * Realisasi Anggaran per Sasaran (LKE PermenPANRB 88/2021) and the seed's allocation list of
 * §3.2 ("1. Program Penunjang … dengan alokasi anggaran sebesar Rp 2.775.306.993"). Sasaran rows
 * are SUMs of their program rows; a program's amounts SUM its lines' source cells.
 */
import type { Analysis } from "../core/analyze";
import { formatAngka } from "../core/angka";
import type { NodeAnggaran } from "../core/anggaran";
import { rupiah } from "../core/uang";
import { sumSumber } from "./analisis-efisiensi";
import { SheetBuilder, valueCell, rumus, type SheetCell } from "./sheet-builder";
import { rumusSubtotal } from "./rumus";
import type { SheetSpec } from "./sheet-spec";
import { totalRupiah } from "../core/proyeksi";

const KOL = { pagu: 4, realisasi: 5 };
export const LABEL_TANPA_IKU = "Program tanpa IKU (penunjang)";

const rp = (sen: bigint) => `Rp ${formatAngka(rupiah(sen), Number.isInteger(rupiah(sen)) ? 0 : 2)}`;

const persen = (b: number, gaya: "persen" | "persenTebal" | "totalPersen", cache: number | null) =>
  rumus(`=IF(D${b}=0,"",E${b}/D${b}*100)`, cache ?? "", gaya);

const jumlahProgram = (p: NodeAnggaran, ambil: "paguSel" | "realisasiSel", sen: bigint): SheetCell => {
  const f = sumSumber([p], (n) => n[ambil]);
  return f ? rumus(f, rupiah(sen), "uang") : valueCell(rupiah(sen), "uang");
};

/**
 * The seed's list: programs without IKU first, numbered; then "Program Wajib" with the programs
 * that support the sasaran, lettered, in kode order.
 */
export function alokasiList(analysis: Analysis): string[] {
  const grup = analysis.anggaranSasaran;
  const lain = grup.find((g) => g.sasaran === null)?.program ?? [];
  const wajib = grup.filter((g) => g.sasaran !== null).flatMap((g) => g.program);
  wajib.sort((a, b) => a.kode.localeCompare(b.kode, "id", { numeric: true }));
  const baris = lain.map((p, k) => `${k + 1}. ${p.uraian} dengan alokasi anggaran sebesar ${rp(p.pagu)}`);
  if (wajib.length > 0) {
    baris.push(`${lain.length + 1}. Program Wajib yang terdiri atas:`);
    wajib.forEach((p, k) =>
      baris.push(`    ${String.fromCharCode(97 + (k % 26))}) ${p.uraian}, anggaran sebesar ${rp(p.pagu)}`),
    );
  }
  return baris;
}

export function buildAnggaranSasaran(analysis: Analysis): SheetSpec {
  const { tahun } = analysis;
  const total = totalRupiah(analysis.total);
  const l = new SheetBuilder(6);
  l.judul(`Realisasi Anggaran per Sasaran Tahun ${tahun}`, "A1:F1");
  l.subjudul(
    "Pagu dan realisasi program yang dikaitkan dengan IKU tiap sasaran (kolom Kode IKU tabel pagu); program tanpa IKU ditampilkan terpisah.",
    "A2:F2",
  );
  l.tambah([]);
  const header = l.header(
    ["No", "Sasaran Strategis", "Program", "Pagu Anggaran", "Realisasi Anggaran", "%"].map((h) =>
      valueCell(h, "header"),
    ),
  );
  let no = 0;
  for (const g of analysis.anggaranSasaran) {
    const bs = l.berikut;
    const akhirProgram = bs + g.program.length;
    l.tambah([
      valueCell(g.sasaran === null ? "" : ++no, "sasaranTengah"),
      valueCell(g.sasaran ?? LABEL_TANPA_IKU, "sasaran"),
      valueCell(g.program.length ? "Jumlah" : "Tidak ada program terkait", "sasaran"),
      rumus(rumusSubtotal(KOL.pagu, bs + 1, akhirProgram), rupiah(g.pagu), "uangTebal"),
      rumus(rumusSubtotal(KOL.realisasi, bs + 1, akhirProgram), rupiah(g.realisasi), "uangTebal"),
      persen(bs, "persenTebal", g.persen),
    ]);
    for (const p of g.program) {
      const b = l.berikut;
      l.tambah([
        valueCell(null, "teksTengah"),
        valueCell(null, "teks"),
        valueCell(p.uraian, "program"),
        jumlahProgram(p, "paguSel", p.pagu),
        jumlahProgram(p, "realisasiSel", p.realisasi),
        persen(b, "persen", p.persen),
      ]);
    }
    if (g.program.length) {
      l.gabung(`A${bs}:A${l.berikut - 1}`);
      l.gabung(`B${bs}:B${l.berikut - 1}`);
    }
  }
  const jumlah = l.berikut;
  l.tambah(
    [
      valueCell("Jumlah", "total"),
      valueCell("", "total"),
      valueCell("", "total"),
      // SUBTOTAL leaves out the sasaran rows (SUBTOTALs themselves): each program counts once.
      rumus(rumusSubtotal(KOL.pagu, header + 1, jumlah - 1), total.pagu, "totalUang"),
      rumus(rumusSubtotal(KOL.realisasi, header + 1, jumlah - 1), total.realisasi, "totalUang"),
      persen(jumlah, "totalPersen", total.persen),
    ],
    "total",
  );
  l.gabung(`A${jumlah}:C${jumlah}`);
  // The allocation list (seed §3.2), for the workbook; the chapter writes it as its own text.
  l.tambah([]);
  l.tambah([valueCell(`Rincian alokasi anggaran tahun ${tahun} terdiri dari:`)], "note");
  for (const t of alokasiList(analysis)) l.tambah([valueCell(t)], "note");
  return l.selesai("anggaranSasaran", [5, 40, 48, 18, 18, 9], {
    printColumns: 6,
    wordRows: jumlah,
    freeze: { rows: header, columns: 0 },
    printTitles: `${header}:${header}`,
  });
}
