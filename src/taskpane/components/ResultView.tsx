import * as React from "react";
import { Divider } from "@fluentui/react-components";
import type { Laporan } from "../../core/laporan";
import type { SelectCell } from "../actions";
import { TemuanList } from "./TemuanList";
import { Summary } from "./Summary";

export interface ResultViewProps {
  laporan: Laporan;
  onLihat: SelectCell;
}

/** A run's result: the summary, then the temuan (loaded on demand with the run's first result). */
export function ResultView({ laporan, onLihat }: ResultViewProps): React.JSX.Element {
  return (
    <>
      <Divider />
      <Summary laporan={laporan} />
      <Divider />
      <TemuanList temuan={laporan.temuan} onLihat={onLihat} />
    </>
  );
}
