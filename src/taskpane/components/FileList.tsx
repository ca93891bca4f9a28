import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { PickedFile, FileStatus } from "../rekap";
import { REKAP_TEXTS } from "../rekap-texts";

export interface FileListProps {
  files: readonly PickedFile[];
  status: FileStatus[];
}

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXXS },
  gagal: { color: tokens.colorPaletteRedForeground1 },
  nama: { fontWeight: tokens.fontWeightSemibold },
});

function keterangan(s: FileStatus): string {
  if (s.status === "menunggu") return REKAP_TEXTS.menunggu;
  if (s.status === "membaca") return REKAP_TEXTS.membaca;
  const h = s.hasil;
  if (h.jenis === "opd") return REKAP_TEXTS.opd(h.ringkasan.nama, h.ringkasan.capaian, h.ringkasan.serapan);
  if (h.jenis === "iku") return REKAP_TEXTS.iku;
  return `${REKAP_TEXTS.gagal}: ${h.alasan}`;
}

/** Rekap Pemda's progress: each picked file, waiting, being read, or its result (a broken one in red). */
export function FileList({ files, status }: FileListProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <ol
      className={styles.list}
      aria-label={REKAP_TEXTS.labelKemajuan}
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
