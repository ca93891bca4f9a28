import * as React from "react";
import { Divider } from "@fluentui/react-components";
import type { Laporan } from "../../core/laporan";
import type { LihatSel } from "../aksi";
import { DaftarTemuan } from "./DaftarTemuan";
import { Ringkasan } from "./Ringkasan";

export interface HasilProps {
  laporan: Laporan;
  onLihat: LihatSel;
}

/** A run's result: the summary, then the temuan (loaded on demand with the run's first result). */
export function Hasil({ laporan, onLihat }: HasilProps): React.JSX.Element {
  return (
    <>
      <Divider />
      <Ringkasan laporan={laporan} />
      <Divider />
      <DaftarTemuan temuan={laporan.temuan} onLihat={onLihat} />
    </>
  );
}
