import * as React from "react";
import { Divider } from "@fluentui/react-components";
import type { Laporan } from "../../core/laporan";
import type { LihatSel } from "../actions";
import { TemuanList } from "./TemuanList";
import { Ringkasan } from "./Ringkasan";

export interface ResultViewProps {
  laporan: Laporan;
  onLihat: LihatSel;
}

/** A run's result: the summary, then the temuan (loaded on demand with the run's first result). */
export function ResultView({ laporan, onLihat }: ResultViewProps): React.JSX.Element {
  return (
    <>
      <Divider />
      <Ringkasan laporan={laporan} />
      <Divider />
      <TemuanList temuan={laporan.temuan} onLihat={onLihat} />
    </>
  );
}
