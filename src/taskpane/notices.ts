/**
 * What the pane's notices say, as a pure function of its state (state.ts): the event shown
 * (a check, a run, the example tables, an error), then the Word download's outcome; and the
 * Rekap Pemda section's own.
 */
import { notWrittenMessage } from "../commands/ribbon-message";
import { rupiah } from "../core/uang";
import type { RunResult, Pemeriksaan } from "./actions";
import {
  akhirRun,
  laporanDari,
  type Kabar,
  type DownloadNews,
  type PaneState,
  type RekapState,
} from "./state";
import { PANE_TEXT } from "./texts";
import { REKAP_TEXTS } from "./rekap-texts";
import { SIPD_TEXTS } from "./sipd-texts";

export interface Notice {
  intent: "error" | "warning" | "success" | "info";
  judul: string;
  isi: string | string[];
  /** Shows the "Buat tabel contoh" button (the workbook lacks a required table). */
  contoh?: boolean;
}

/** A check, or a run that wrote nothing: says what the command and the ribbon say (commands/ribbon-message.ts). */
export function noticesOfCheck(p: Pemeriksaan): Notice[] {
  const { temuan } = p.analysis;
  const { tabelHilang: hilang, fatal, pilihSkpd } = p.outcome;
  const sumber: Notice[] =
    p.sumber.jenis === "sipd"
      ? [{ intent: "info", judul: SIPD_TEXTS.sumberJudul, isi: SIPD_TEXTS.sumber(p.sumber) }]
      : [];
  // An export of several SKPD waits for the choice above: a short request, not the list of every SKPD.
  if (pilihSkpd)
    return [
      ...sumber,
      {
        intent: "warning",
        judul: SIPD_TEXTS.pilihSkpdJudul,
        isi: SIPD_TEXTS.pilihSkpd(p.sumber.skpd?.length ?? 0),
      },
    ];
  if (hilang.length === 0 && !fatal) return sumber;
  const { judul, isi } = notWrittenMessage(hilang, temuan);
  return [
    ...sumber,
    { intent: hilang.length > 0 ? "warning" : "error", judul, isi, contoh: hilang.length > 0 },
  ];
}

/** A run that wrote its sheets: done or data errors, the SIPD-RI source, manual calculation, renamed sheets. */
function noticesOfRun(hasil: RunResult): Notice[] {
  const laporan = laporanDari(hasil.analysis);
  const lembar = hasil.lembar ?? [];
  const errors = hasil.outcome.jumlahError;
  const out: Notice[] = [
    akhirRun(hasil) === "adaError"
      ? {
          intent: "warning",
          judul: PANE_TEXT.adaErrorJudul,
          isi: [PANE_TEXT.jumlahError(errors), PANE_TEXT.adaErrorIsi],
        }
      : {
          intent: "success",
          judul: PANE_TEXT.selesaiJudul,
          isi: [PANE_TEXT.selesaiIsi(laporan.tahun), PANE_TEXT.lembarDitulis(lembar.map((s) => s.name))],
        },
  ];
  const sipd = hasil.analysis.sumberSipd;
  if (hasil.sumber.jenis === "sipd" && sipd)
    out.push({ intent: "info", judul: SIPD_TEXTS.sumberJudul, isi: SIPD_TEXTS.sumberRun(sipd) });
  if (hasil.perhitunganManual)
    out.push({ intent: "info", judul: PANE_TEXT.manualJudul, isi: PANE_TEXT.manualIsi });
  for (const s of lembar)
    if (s.userSheetKept)
      out.push({ intent: "info", judul: s.name, isi: PANE_TEXT.lembarDiganti(s.base, s.name) });
  return out;
}

function noticesOfKabar(k: Kabar): Notice[] {
  switch (k.jenis) {
    case "kosong":
      return [];
    case "periksa":
      return noticesOfCheck(k.hasil);
    case "hitung":
      return noticesOfRun(k.hasil);
    case "contoh":
      return [
        { intent: k.hasil.dibuat ? "success" : "warning", judul: PANE_TEXT.contohJudul, isi: k.hasil.pesan },
      ];
    case "galat":
      return [{ intent: "error", judul: k.galat.judul, isi: k.galat.pesan }];
  }
}

function noticeOfUnduh(u: DownloadNews): Notice {
  if (u.jenis === "diunduh")
    return { intent: "success", judul: PANE_TEXT.unduhJudul, isi: PANE_TEXT.unduhIsi(u.nama) };
  if (u.jenis === "tidakTersedia")
    return { intent: "warning", judul: PANE_TEXT.unduhMacJudul, isi: [...PANE_TEXT.unduhMacIsi] };
  return { intent: "error", judul: PANE_TEXT.unduhGagalJudul, isi: [PANE_TEXT.unduhGagal, u.galat.pesan] };
}

/** The notices the pane shows, in order. */
export function notices(state: PaneState): Notice[] {
  const out = noticesOfKabar(state.kabar);
  return state.unduh ? [...out, noticeOfUnduh(state.unduh)] : out;
}

/** The Rekap Pemda section's notices: an error, or the recap written, the files left out, its remarks. */
export function noticesRekap(rekap: RekapState): Notice[] {
  const out: Notice[] = [];
  if (rekap.galat) out.push({ intent: "error", judul: rekap.galat.judul, isi: rekap.galat.pesan });
  const { hasil } = rekap;
  if (!hasil) return out;
  const r = hasil.rekap;
  if (r)
    out.push({
      intent: "success",
      judul: REKAP_TEXTS.selesaiJudul,
      isi: [
        REKAP_TEXTS.selesai(
          r.opd.length,
          r.capaian.rataRata,
          r.capaian.predikat,
          rupiah(r.total.pagu),
          r.total.serapan,
        ),
        REKAP_TEXTS.lembar((hasil.lembar ?? []).map((s) => s.name)),
      ],
    });
  if (hasil.gagal.length > 0)
    out.push({
      intent: r ? "warning" : "error",
      judul: r ? REKAP_TEXTS.gagalJudul(hasil.gagal.length) : REKAP_TEXTS.tidakAdaJudul,
      isi: [...(r ? [] : [REKAP_TEXTS.tidakAda]), ...hasil.gagal.map((g) => `${g.berkas}: ${g.alasan}`)],
    });
  if (hasil.catatan.length > 0)
    out.push({ intent: "warning", judul: REKAP_TEXTS.catatanJudul, isi: hasil.catatan });
  return out;
}
