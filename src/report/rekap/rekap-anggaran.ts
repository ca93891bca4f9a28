/**
 * Rekap Anggaran: SKPD → program with pagu, realisasi and %. A SKPD row is the SUBTOTAL of its
 * programs' rows below it and the Jumlah row the SUBTOTAL of the whole table (which leaves the
 * SKPD SUBTOTALs out): one range per formula whatever the number of SKPD, as the OPD sheets do
 * (src/report/rumus.ts). Cached values are the engine's exact sums; the programs' amounts are
 * values (they come from other files).
 */
import type { Rekap } from "../../core/rekap/rekap";
import { rupiah, serapan } from "../../core/uang";
import { SheetBuilder, valueCell, rumus } from "../sheet-builder";
import { rumusSubtotal } from "../rumus";
import type { SheetSpec } from "../sheet-spec";
import { tanpaRealisasi as tanpa, fileLink } from "./rekap-opd";
import type { RekapSheetOptions } from "./names";

const KOL = { pagu: 4, realisasi: 5, persen: 6 };
const rumusPersen = (b: number, tanpaRealisasi: boolean) =>
  tanpaRealisasi ? null : `=IF(D${b}=0,"",E${b}/D${b}*100)`;

export function buildRekapAnggaran(r: Rekap, opsi: RekapSheetOptions = {}): SheetSpec {
  const tautan = opsi.tautan ?? ((b: string) => b);
  const tanpaRealisasi = tanpa(r);
  const persen = (b: number, cached: number | null, style: "persen" | "persenTebal" | "totalPersen") => {
    const f = rumusPersen(b, tanpaRealisasi);
    return f ? rumus(f, cached ?? "", style) : valueCell("", style);
  };
  const l = new SheetBuilder(6);
  l.judul(`Rekap Anggaran per SKPD dan Program${r.tahun ? ` Tahun ${r.tahun}` : ""}`, "A1:F1");
  l.subjudul(
    tanpaRealisasi
      ? "Pagu per SKPD dan program. Realisasi tidak diberikan (tambahkan --realisasi-sipd untuk serapan)."
      : "Pagu, realisasi dan serapan per SKPD dan program; baris SKPD dan Jumlah adalah rumus SUBTOTAL.",
    "A2:F2",
  );
  l.tambah([]);
  const header = l.header(
    ["No", "Kode", "SKPD / Program", "Pagu Anggaran", "Realisasi Anggaran", "%"].map((h) =>
      valueCell(h, "header"),
    ),
  );
  const barisSkpd: number[] = [];
  r.opd.forEach((o, i) => {
    const b = l.tambah([
      valueCell(i + 1, "teksTengah"),
      valueCell(o.kodeSkpd ?? "", "program"),
      r.sipd ? valueCell(o.nama, "program") : fileLink(tautan(o.berkas), o.nama, "program"),
    ]);
    barisSkpd.push(b);
    const anak = o.program.map((p) =>
      l.tambah([
        valueCell(null, "teksTengah"),
        valueCell(p.kode, "kegiatan"),
        valueCell(p.uraian, "kegiatan"),
        valueCell(rupiah(p.pagu), "uang"),
        valueCell(tanpaRealisasi ? "" : rupiah(p.realisasi), "uang"),
        persen(l.berikut, serapan(p.realisasi, p.pagu), "persen"),
      ]),
    );
    const row = l.rows[b - 1];
    const akhir = b + anak.length;
    row[KOL.pagu - 1] = anak.length
      ? rumus(rumusSubtotal(KOL.pagu, b + 1, akhir), rupiah(o.pagu), "uangTebal")
      : valueCell(0, "uangTebal");
    row[KOL.realisasi - 1] = tanpaRealisasi
      ? valueCell("", "uangTebal")
      : anak.length
        ? rumus(rumusSubtotal(KOL.realisasi, b + 1, akhir), rupiah(o.realisasi), "uangTebal")
        : valueCell(0, "uangTebal");
    row[KOL.persen - 1] = persen(b, serapan(o.realisasi, o.pagu), "persenTebal");
  });
  const j = l.berikut;
  l.tambah(
    [
      valueCell("Jumlah", "total"),
      valueCell("", "total"),
      valueCell(`${r.opd.length} SKPD`, "total"),
      rumus(rumusSubtotal(KOL.pagu, header + 1, j - 1), rupiah(r.total.pagu), "totalUang"),
      tanpaRealisasi
        ? valueCell("", "totalUang")
        : rumus(rumusSubtotal(KOL.realisasi, header + 1, j - 1), rupiah(r.total.realisasi), "totalUang"),
      persen(j, r.total.serapan, "totalPersen"),
    ],
    "total",
  );
  l.gabung(`A${j}:B${j}`);
  return l.selesai("rekapAnggaran", [5, 24, 66, 20, 20, 9], {
    freeze: { rows: header, columns: 0 },
    printTitles: `${header}:${header}`,
    landscape: false,
  });
}
