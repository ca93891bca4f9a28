/**
 * The optional `iku_pemda` table: each row maps a pemda IKU (`Kode IKU Pemda`, `Indikator`) to
 * the indikator of an OPD that feeds it (`OPD`, `Kode`). A pemda IKU's capaian is the mean of
 * its OPD indikator's capaian. A row whose Kode IKU Pemda is blank continues the IKU above it,
 * as tables typed with merged cells read.
 */
import { rataRata } from "../capaian";
import { normalHeader } from "../kontrak";
import { predikatDari, type Skala } from "../skala";
import { cellAddress, type CellValue, type RawTable } from "../table";
import type { Catatan } from "../read";
import { REKAP_MESSAGES } from "./messages";
import { nameFromFile, type IndikatorOpd, type OpdSummary } from "./opd-summary";

const KOLOM: Record<string, string[]> = {
  "Kode IKU Pemda": ["Kode IKU Daerah", "Kode Pemda"],
  Indikator: ["Indikator Kinerja", "IKU Pemda", "Indikator Pemda"],
  OPD: ["Perangkat Daerah", "SKPD", "Nama OPD"],
  Kode: ["Kode IKU OPD", "Kode Indikator", "Kode IKU"],
};

export interface SumberIku {
  opd: string;
  berkas: string | null;
  kode: string;
  indikator: IndikatorOpd | null;
}

export interface IkuPemda {
  kode: string;
  indikator: string;
  capaian: number | null;
  predikat: string | null;
  sumber: SumberIku[];
}

/** "Dinas Sosial", "dinas-sosial" and "DINAS_SOSIAL" name the same OPD. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();
const teks = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

function petakan(raw: RawTable): Map<string, number> | string {
  const h = raw.headers.map((x) => normalHeader(String(x ?? "")));
  const peta = new Map<string, number>();
  for (const [nama, sinonim] of Object.entries(KOLOM)) {
    const i = [nama, ...sinonim].map((n) => h.indexOf(normalHeader(n))).find((x) => x >= 0);
    if (i === undefined) return nama;
    peta.set(nama, i);
  }
  return peta;
}

/** The OPD a row names: by its name or its file's name, case- and space-insensitively. */
function cariOpd(opd: OpdSummary[], nama: string): OpdSummary | undefined {
  const n = norm(nama);
  return opd.find((o) => norm(o.nama) === n) ?? opd.find((o) => norm(nameFromFile(o.berkas)) === n);
}

export function buildIkuPemda(raw: RawTable, opd: OpdSummary[], skala: Skala, catatan: Catatan): IkuPemda[] {
  const kolom = petakan(raw);
  if (typeof kolom === "string") {
    catatan.tambah("KOLOM_TIDAK_ADA", {
      tabel: "iku_pemda",
      kolom,
      alamat: cellAddress(raw, -1, 0),
      pesan: REKAP_MESSAGES.ikuKolomTidakAda(kolom, cellAddress(raw, -1, 0)),
    });
    return [];
  }
  const hasil: IkuPemda[] = [];
  const sel = (r: number, k: string) => teks(raw.rows[r][kolom.get(k) ?? 0]);
  const alamat = (r: number, k: string) => cellAddress(raw, r, kolom.get(k) ?? 0);
  for (let r = 0; r < raw.rows.length; r++) {
    const kodePemda = sel(r, "Kode IKU Pemda");
    const namaOpd = sel(r, "OPD");
    const kode = sel(r, "Kode");
    if (!kodePemda && !namaOpd && !kode) continue;
    let iku = hasil[hasil.length - 1];
    if (kodePemda || !iku) {
      iku = { kode: kodePemda, indikator: sel(r, "Indikator"), capaian: null, predikat: null, sumber: [] };
      hasil.push(iku);
    }
    const o = cariOpd(opd, namaOpd);
    const indikator = o?.indikator.find((i) => i.kode === kode) ?? null;
    if (!o)
      catatan.tambah("KODE_TIDAK_DIKENAL", {
        kode: iku.kode,
        tabel: "iku_pemda",
        baris: r + 1,
        kolom: "OPD",
        alamat: alamat(r, "OPD"),
        tercatat: namaOpd,
        pesan: REKAP_MESSAGES.ikuOpdTidakAda(namaOpd, alamat(r, "OPD")),
      });
    else if (!indikator)
      catatan.tambah("KODE_TIDAK_DIKENAL", {
        kode: iku.kode,
        tabel: "iku_pemda",
        baris: r + 1,
        kolom: "Kode",
        alamat: alamat(r, "Kode"),
        tercatat: kode,
        pesan: REKAP_MESSAGES.ikuKodeTidakAda(kode, o.nama, alamat(r, "Kode")),
      });
    iku.sumber.push({ opd: o?.nama ?? namaOpd, berkas: o?.berkas ?? null, kode, indikator });
  }
  for (const iku of hasil) {
    iku.capaian = rataRata(iku.sumber.map((s) => s.indikator?.capaian ?? null));
    iku.predikat = iku.capaian === null ? null : predikatDari(iku.capaian, skala).predikat;
  }
  return hasil;
}
