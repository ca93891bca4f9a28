import * as React from "react";
import { Button, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { petakanGalat } from "../../excel/errors";
import { TEKS } from "../../excel/pesan";
import { rupiah } from "../../core/uang";
import type { Aksi, Pilihan } from "../aksi";
import type { HasilRekap, StatusBerkas } from "../rekap";
import { TEKS_REKAP } from "../teks-rekap";
import { Pesan } from "./Pesan";

export interface RekapPemdaProps {
  aksi: Aksi;
  pilihan: Pilihan;
  /** True while another job of the pane runs. */
  disabled: boolean;
  onSibuk: React.Dispatch<React.SetStateAction<boolean>>;
}

const useStyles = makeStyles({
  section: { display: "grid", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXXS },
  gagal: { color: tokens.colorPaletteRedForeground1 },
  nama: { fontWeight: tokens.fontWeightSemibold },
});

function keterangan(s: StatusBerkas): string {
  if (s.status === "menunggu") return TEKS_REKAP.menunggu;
  if (s.status === "membaca") return TEKS_REKAP.membaca;
  const h = s.hasil;
  if (h.jenis === "opd") return TEKS_REKAP.opd(h.ringkasan.nama, h.ringkasan.capaian, h.ringkasan.serapan);
  if (h.jenis === "iku") return TEKS_REKAP.iku;
  return `${TEKS_REKAP.gagal}: ${h.alasan}`;
}

/** Rekap Pemda: pick OPD workbooks, see each one read, get the recap sheets in this workbook. */
export function RekapPemda({ aksi, pilihan, disabled, onSibuk }: RekapPemdaProps): React.JSX.Element {
  const styles = useStyles();
  const [files, setFiles] = React.useState<File[]>([]);
  const [status, setStatus] = React.useState<StatusBerkas[]>([]);
  const [menulis, setMenulis] = React.useState(false);
  const [hasil, setHasil] = React.useState<HasilRekap | null>(null);
  const [galat, setGalat] = React.useState<string | null>(null);
  const [jalan, setJalan] = React.useState(false);

  const pilih = (e: React.ChangeEvent<HTMLInputElement>) => {
    setFiles(Array.from(e.target.files ?? []));
    setStatus([]);
    setHasil(null);
    setGalat(null);
  };

  const buat = async (): Promise<void> => {
    setJalan(true);
    onSibuk(true);
    setHasil(null);
    setGalat(null);
    setStatus(files.map(() => ({ status: "menunggu" })));
    try {
      const h = await aksi.rekap(files, pilihan, (i, s) => {
        setStatus((xs) => xs.map((x, j) => (j === i ? s : x)));
        if (i === files.length - 1 && s.status === "selesai") setMenulis(true);
      });
      setHasil(h);
    } catch (error) {
      setGalat(petakanGalat(error).pesan);
    } finally {
      setMenulis(false);
      setJalan(false);
      onSibuk(false);
    }
  };

  const r = hasil?.rekap ?? null;
  return (
    <section className={styles.section} aria-labelledby="rekap-judul" data-testid="rekap-pemda">
      <Text as="h2" id="rekap-judul" block size={500} weight="semibold">
        {TEKS_REKAP.judul}
      </Text>
      <Text as="p" block>
        {TEKS_REKAP.penjelasan}
      </Text>
      <Field label={TEKS_REKAP.labelBerkas} hint={TEKS_REKAP.dipilih(files.length)}>
        {(props) => (
          <input
            {...props}
            type="file"
            multiple
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="rekap-berkas"
            disabled={disabled || jalan}
            onChange={pilih}
          />
        )}
      </Field>
      <div>
        <Button
          appearance="primary"
          disabled={disabled || jalan || files.length === 0}
          onClick={() => void buat()}
        >
          {TEKS_REKAP.tombol}
        </Button>
      </div>
      {status.length > 0 ? (
        <ol
          className={styles.list}
          aria-label={TEKS_REKAP.labelKemajuan}
          aria-live="polite"
          data-testid="rekap-kemajuan"
        >
          {files.map((f, i) => {
            const s = status[i] ?? { status: "menunggu" };
            const gagal = s.status === "selesai" && s.hasil.jenis === "gagal";
            return (
              <li
                key={i}
                data-status={gagal ? "gagal" : s.status}
                className={gagal ? styles.gagal : undefined}
              >
                <span className={styles.nama}>{f.name}</span> — {keterangan(s)}
              </li>
            );
          })}
        </ol>
      ) : null}
      {menulis ? <Text>{TEKS_REKAP.menulis}</Text> : null}
      {galat ? <Pesan intent="error" judul={TEKS.galatJudul} isi={galat} /> : null}
      {hasil && r ? (
        <Pesan
          intent="success"
          judul={TEKS_REKAP.selesaiJudul}
          isi={[
            TEKS_REKAP.selesai(
              r.opd.length,
              r.capaian.rataRata,
              r.capaian.predikat,
              rupiah(r.total.pagu),
              r.total.serapan,
            ),
            TEKS_REKAP.lembar((hasil.lembar ?? []).map((s) => s.name)),
          ]}
        />
      ) : null}
      {hasil && hasil.gagal.length > 0 ? (
        <Pesan
          intent={r ? "warning" : "error"}
          judul={r ? TEKS_REKAP.gagalJudul(hasil.gagal.length) : TEKS_REKAP.tidakAdaJudul}
          isi={[...(r ? [] : [TEKS_REKAP.tidakAda]), ...hasil.gagal.map((g) => `${g.berkas}: ${g.alasan}`)]}
        />
      ) : null}
      {hasil && hasil.catatan.length > 0 ? (
        <Pesan intent="warning" judul={TEKS_REKAP.catatanJudul} isi={hasil.catatan} />
      ) : null}
    </section>
  );
}
