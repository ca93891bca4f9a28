import * as React from "react";
import { Button, Divider, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import type { Laporan } from "../../core/laporan";
import { toLaporan } from "../../core/proyeksi";
import { SKALA_BUKU_KERJA } from "../../core/skala-tabel";
import { pesanTidakDitulis } from "../../commands/pesan-pita";
import { petakanGalat } from "../../excel/errors";
import { TEKS_BAB3 } from "../../docx/teks";
import { TEKS } from "../../excel/pesan";
import type { SumberAnggaran, Tahap } from "../../excel/run";
import { TEKS_SIPD } from "../teks-sipd";
import type { Aksi, Pemeriksaan, Pilihan } from "../aksi";
import { UnduhTidakTersedia } from "../unduh";
import { DaftarTemuan } from "./DaftarTemuan";
import { Kemajuan } from "./Kemajuan";
import { Opsi } from "./Opsi";
import { Pesan } from "./Pesan";
import { RekapPemda } from "./RekapPemda";
import { Ringkasan } from "./Ringkasan";

export interface AppProps {
  aksi: Aksi;
}

interface Notice {
  intent: "error" | "warning" | "success" | "info";
  judul: string;
  isi: string | string[];
  contoh?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
    boxSizing: "border-box",
    alignContent: "start",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  notices: { display: "grid", gap: tokens.spacingVerticalS },
});

/** A run that wrote nothing says what the command and the ribbon say (commands/pesan-pita.ts). */
function noticesOfCheck(p: Pemeriksaan): Notice[] {
  const sumber: Notice[] =
    p.sumber.jenis === "sipd"
      ? [{ intent: "info", judul: TEKS_SIPD.sumberJudul, isi: TEKS_SIPD.sumber(p.sumber) }]
      : [];
  // An export of several SKPD waits for the choice above: a short request, not the list of every SKPD.
  if (p.outcome.pilihSkpd)
    return [
      ...sumber,
      {
        intent: "warning",
        judul: TEKS_SIPD.pilihSkpdJudul,
        isi: TEKS_SIPD.pilihSkpd(p.sumber.skpd?.length ?? 0),
      },
    ];
  const { fatal, tabelHilang } = p.outcome;
  if (tabelHilang.length === 0 && !fatal) return sumber;
  const { judul, isi } = pesanTidakDitulis(tabelHilang, p.analysis.temuan);
  return [
    ...sumber,
    { intent: tabelHilang.length > 0 ? "warning" : "error", judul, isi, contoh: tabelHilang.length > 0 },
  ];
}

/** The task pane: options, Hitung Capaian, progress, summary, temuan. */
export function App({ aksi }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [pilihan, setPilihanState] = React.useState<Pilihan>(() => ({
    skala: "workbook",
    ...aksi.pilihanTersimpan(),
  }));
  const [sumber, setSumber] = React.useState<SumberAnggaran | null>(null);
  const [tahunTersedia, setTahunTersedia] = React.useState<number[]>([]);
  const [adaSkalaBukuKerja, setAdaSkalaBukuKerja] = React.useState<boolean | null>(null);
  const [sibuk, setSibuk] = React.useState(false);
  const [tahap, setTahap] = React.useState<Tahap | null>(null);
  const [laporan, setLaporan] = React.useState<Laporan | null>(null);
  const [notices, setNotices] = React.useState<Notice[]>([]);
  // The last successful run's analysis: what "Unduh Bab III" turns into a Word document.
  const [analysisTerakhir, setAnalysisTerakhir] = React.useState<Analysis | null>(null);
  const [mengunduh, setMengunduh] = React.useState(false);

  const showError = React.useCallback((error: unknown) => {
    setNotices([{ intent: "error", judul: TEKS.galatJudul, isi: petakanGalat(error).pesan }]);
  }, []);

  // Checks the tables on open and after "Buat tabel contoh" (tahun choices, missing tables).
  const check = React.useCallback(
    async (p: Pilihan) => {
      try {
        const hasil = await aksi.periksa(p);
        setTahunTersedia(hasil.analysis.tahunTersedia);
        // The check runs with the default choice: a workbook scale in use means the table is there.
        if (p.skala === "workbook") setAdaSkalaBukuKerja(hasil.analysis.skala.nama === SKALA_BUKU_KERJA);
        setSumber(hasil.sumber);
        setNotices(noticesOfCheck(hasil));
      } catch (error) {
        showError(error);
      }
    },
    [aksi, showError],
  );

  React.useEffect(() => {
    void check({ skala: "workbook", ...aksi.pilihanTersimpan() });
  }, [check, aksi]);

  // The SKPD and month of a SIPD-RI export are kept in the workbook, and re-checked when changed.
  const setPilihan = (p: Pilihan): void => {
    const sipdBerubah = p.skpd !== pilihan.skpd || p.sampaiBulan !== pilihan.sampaiBulan;
    setPilihanState(p);
    if (!sipdBerubah) return;
    aksi.simpanPilihan({ skpd: p.skpd, sampaiBulan: p.sampaiBulan }).catch(showError);
    void check(p);
  };

  const hitung = async (): Promise<void> => {
    setSibuk(true);
    setNotices([]);
    setLaporan(null);
    setAnalysisTerakhir(null);
    setTahap("membaca");
    try {
      const hasil = await aksi.hitung(pilihan, setTahap);
      setTahunTersedia(hasil.analysis.tahunTersedia);
      setSumber(hasil.sumber);
      if (hasil.outcome.fatal || hasil.lembar === null) {
        setNotices(noticesOfCheck(hasil));
        setTahap(null);
        return;
      }
      const l = toLaporan(hasil.analysis);
      setLaporan(l);
      setAnalysisTerakhir(hasil.analysis);
      const out: Notice[] = [];
      const errors = hasil.outcome.jumlahError;
      out.push(
        errors > 0
          ? {
              intent: "warning",
              judul: TEKS.adaErrorJudul,
              isi: [TEKS.jumlahError(errors), TEKS.adaErrorIsi],
            }
          : {
              intent: "success",
              judul: TEKS.selesaiJudul,
              isi: [TEKS.selesaiIsi(l.tahun), TEKS.lembarDitulis(hasil.lembar.map((s) => s.name))],
            },
      );
      const sipd = hasil.analysis.sumberSipd;
      if (hasil.sumber.jenis === "sipd" && sipd)
        out.push({ intent: "info", judul: TEKS_SIPD.sumberJudul, isi: TEKS_SIPD.sumberRun(sipd) });
      if (hasil.perhitunganManual) out.push({ intent: "info", judul: TEKS.manualJudul, isi: TEKS.manualIsi });
      for (const s of hasil.lembar) {
        if (s.userSheetKept)
          out.push({ intent: "info", judul: s.name, isi: TEKS.lembarDiganti(s.base, s.name) });
      }
      setNotices(out);
    } catch (error) {
      setTahap(null);
      showError(error);
    } finally {
      setSibuk(false);
    }
  };

  const buatContoh = async (): Promise<void> => {
    setSibuk(true);
    try {
      const hasil = await aksi.buatContoh();
      await check(pilihan);
      setNotices([
        hasil.dibuat
          ? { intent: "success", judul: TEKS.contohJudul, isi: hasil.pesan }
          : { intent: "warning", judul: TEKS.contohJudul, isi: hasil.pesan },
      ]);
    } catch (error) {
      showError(error);
    } finally {
      setSibuk(false);
    }
  };

  const unduhBab3 = async (): Promise<void> => {
    if (!analysisTerakhir) return;
    setMengunduh(true);
    // The download's notice replaces an earlier one and keeps the run's notices.
    const lain = (n: Notice) =>
      n.judul !== TEKS_BAB3.unduhJudul &&
      n.judul !== TEKS_BAB3.unduhGagalJudul &&
      n.judul !== TEKS.unduhMacJudul;
    try {
      const nama = await aksi.unduhBab3(analysisTerakhir);
      setNotices((n) => [
        ...n.filter(lain),
        { intent: "success", judul: TEKS_BAB3.unduhJudul, isi: TEKS_BAB3.unduhIsi(nama) },
      ]);
    } catch (error) {
      if (error instanceof UnduhTidakTersedia) {
        setNotices((n) => [
          ...n.filter(lain),
          { intent: "warning", judul: TEKS.unduhMacJudul, isi: [...TEKS.unduhMacIsi] },
        ]);
        return;
      }
      const detail = error instanceof Error ? error.message : String(error);
      setNotices((n) => [
        ...n.filter(lain),
        { intent: "error", judul: TEKS_BAB3.unduhGagalJudul, isi: TEKS_BAB3.unduhGagal(detail) },
      ]);
    } finally {
      setMengunduh(false);
    }
  };

  const lihat = (alamat: string): void => {
    aksi.lihat(alamat).catch((error: unknown) => {
      const galat = petakanGalat(error);
      setNotices([
        {
          intent: "error",
          judul: TEKS.galatJudul,
          isi: galat.jenis === "tabelTidakAda" ? TEKS.galat.lembarTidakAda(alamat) : galat.pesan,
        },
      ]);
    });
  };

  return (
    <main className={styles.root}>
      <header>
        <Text as="h1" block size={600} weight="semibold">
          {TEKS.judul}
        </Text>
        <Text as="p" block>
          {TEKS.subjudul}
        </Text>
      </header>

      <Opsi
        pilihan={pilihan}
        tahunTersedia={tahunTersedia}
        disabled={sibuk}
        onChange={setPilihan}
        adaSkalaBukuKerja={adaSkalaBukuKerja}
        sumber={sumber}
      />

      <div className={styles.actions}>
        <Button appearance="primary" size="large" disabled={sibuk} onClick={() => void hitung()}>
          {TEKS.tombolHitung}
        </Button>
        <Button
          appearance="secondary"
          size="large"
          disabled={sibuk || mengunduh || analysisTerakhir === null}
          onClick={() => void unduhBab3()}
        >
          {TEKS_BAB3.tombolUnduh}
        </Button>
      </div>

      {notices.length > 0 ? (
        <div className={styles.notices}>
          {notices.map((n, i) => (
            <Pesan
              key={i}
              intent={n.intent}
              judul={n.judul}
              isi={n.isi}
              actions={
                n.contoh ? (
                  <Button disabled={sibuk} onClick={() => void buatContoh()}>
                    {TEKS.tombolContoh}
                  </Button>
                ) : undefined
              }
            />
          ))}
        </div>
      ) : null}

      {tahap && (sibuk || tahap === "selesai") ? <Kemajuan tahap={tahap} /> : null}

      {laporan ? (
        <>
          <Divider />
          <Ringkasan laporan={laporan} />
          <Divider />
          <DaftarTemuan temuan={laporan.temuan} onLihat={lihat} />
        </>
      ) : null}

      <Divider />
      <RekapPemda aksi={aksi} pilihan={pilihan} disabled={sibuk} onSibuk={setSibuk} />
    </main>
  );
}
