import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { BerkasDipilih, StatusBerkas } from "../rekap";
import { TEKS_REKAP } from "../teks-rekap";

export interface DaftarBerkasProps {
  files: readonly BerkasDipilih[];
  status: StatusBerkas[];
}

const useStyles = makeStyles({
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

/** Rekap Pemda's progress: each picked file, waiting, being read, or its result (a broken one in red). */
export function DaftarBerkas({ files, status }: DaftarBerkasProps): React.JSX.Element {
  const styles = useStyles();
  return (
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
          <li key={i} data-status={gagal ? "gagal" : s.status} className={gagal ? styles.gagal : undefined}>
            <span className={styles.nama}>{f.name}</span> — {keterangan(s)}
          </li>
        );
      })}
    </ol>
  );
}
