import * as React from "react";
import { Divider, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Actions } from "../actions";
import { notices } from "../notices";
import { laporanDari, sibuk } from "../state";
import { PANE_TEXT } from "../texts";
import { usePane } from "../use-pane";
import { NoticeList } from "./NoticeList";
import { Options } from "./Options";
import { RekapPemda } from "./RekapPemda";
import { RunButton } from "./RunButton";

// Shown only once a run starts: fetched on the first Hitung Capaian (ready long before the run ends),
// not with the first screen. (Prefetching them at idle slowed the first check: bench/pane.ts.)
const Progress = React.lazy(() =>
  import(/* webpackChunkName: "hasil" */ "./Progress").then((m) => ({
    default: m.Progress,
  })),
);
const ResultView = React.lazy(() =>
  import(/* webpackChunkName: "hasil" */ "./ResultView").then((m) => ({
    default: m.ResultView,
  })),
);

export interface AppProps {
  aksi: Actions;
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
});

/** The task pane: options, Hitung Capaian, notices, progress, summary, temuan, Rekap Pemda. */
export function App({ aksi }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const pane = usePane(aksi);
  const { state } = pane;
  const busy = sibuk(state);
  return (
    <main className={styles.root}>
      <header>
        <Text as="h1" block size={600} weight="semibold">
          {PANE_TEXT.judul}
        </Text>
        <Text as="p" block>
          {PANE_TEXT.subjudul}
        </Text>
      </header>
      <Options
        pilihan={state.pilihan}
        tahunTersedia={state.tahunTersedia}
        disabled={busy}
        onChange={pane.ubahPilihan}
        adaSkalaBukuKerja={state.adaSkalaBukuKerja}
        sumber={state.sumber}
      />
      <RunButton
        disabled={busy}
        unduhDisabled={busy || state.mengunduh || state.analysis === null}
        onHitung={() => void pane.hitung()}
        onUnduh={() => void pane.unduhBab3()}
      />
      <NoticeList notices={notices(state)} disabled={busy} onContoh={() => void pane.buatContoh()} />
      <React.Suspense fallback={null}>
        {state.tahap && (busy || state.tahap === "selesai") ? <Progress tahap={state.tahap} /> : null}
        {state.analysis ? <ResultView laporan={laporanDari(state.analysis)} onLihat={pane.lihat} /> : null}
      </React.Suspense>
      <Divider />
      <RekapPemda
        rekap={state.rekap}
        disabled={busy}
        onPilih={pane.pilihBerkas}
        onBuat={() => void pane.buatRekap()}
      />
    </main>
  );
}
