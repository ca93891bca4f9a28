/**
 * IKU Pemda: each pemda IKU with the OPD indikator that feed it (target, realisasi, capaian,
 * predikat, the responsible OPD); the IKU's capaian is the AVERAGE of its rows' capaian.
 */
import { REKAP_MESSAGES } from "../../core/rekap/messages";
import type { Rekap } from "../../core/rekap/rekap";
import { SheetBuilder, valueCell, rumus } from "../sheet-builder";
import type { SheetSpec } from "../sheet-spec";
import { predikatStyle } from "./rekap-opd";

export function buildIkuPemda(r: Rekap): SheetSpec | null {
  if (!r.ikuPemda) return null;
  const l = new SheetBuilder(12);
  l.judul(`Indikator Kinerja Utama Pemda${r.tahun ? ` Tahun ${r.tahun}` : ""}`, "A1:L1");
  l.subjudul(REKAP_MESSAGES.aturanIku, "A2:L2");
  l.tambah([]);
  const header = l.header(
    [
      "Kode IKU Pemda",
      "Indikator Kinerja Utama Pemda",
      "OPD Penanggung Jawab",
      "Kode",
      "Indikator OPD",
      "Satuan",
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Predikat",
      "Capaian IKU Pemda (%)",
      "Predikat IKU Pemda",
    ].map((h) => valueCell(h, "header")),
  );
  for (const iku of r.ikuPemda) {
    const awal = l.berikut;
    const akhir = awal + Math.max(1, iku.sumber.length) - 1;
    const rata = rumus(
      `=IF(COUNT(I${awal}:I${akhir})=0,"",AVERAGE(I${awal}:I${akhir}))`,
      iku.capaian ?? "",
      "persenTebal",
    );
    iku.sumber.forEach((s, k) => {
      const i = s.indikator;
      l.tambah([
        k === 0 ? valueCell(iku.kode, "teks") : valueCell(null, "teks"),
        k === 0 ? valueCell(iku.indikator, "teks") : valueCell(null, "teks"),
        valueCell(s.opd, "teks"),
        valueCell(s.kode, "teks"),
        valueCell(i?.indikator ?? "(tidak ditemukan)", "teks"),
        valueCell(i?.satuan ?? "", "teksTengah"),
        valueCell(i?.target ?? "", typeof i?.target === "number" ? "angka" : "teksTengah"),
        valueCell(i?.realisasi ?? "", "angka"),
        valueCell(i?.capaian ?? "", "persen"),
        valueCell(i?.predikat ?? "-", predikatStyle(r, i?.predikat ?? null)),
        k === 0 ? rata : valueCell(null, "persenTebal"),
        k === 0
          ? valueCell(iku.predikat ?? "-", predikatStyle(r, iku.predikat))
          : valueCell(null, "teksTengah"),
      ]);
    });
    if (iku.sumber.length === 0) l.tambah([valueCell(iku.kode, "teks"), valueCell(iku.indikator, "teks")]);
    if (akhir > awal) for (const c of ["A", "B", "K", "L"]) l.gabung(`${c}${awal}:${c}${akhir}`);
  }
  return l.selesai("ikuPemda", [10, 34, 26, 10, 34, 9, 10, 10, 10, 13, 12, 13], {
    freeze: { rows: header, columns: 0 },
    printTitles: `${header}:${header}`,
    landscape: true,
  });
}
