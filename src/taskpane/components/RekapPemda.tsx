import * as React from "react";
import { Button, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { noticesRekap } from "../notices";
import type { RekapState } from "../state";
import { TEKS_REKAP } from "../teks-rekap";
import type { Pane } from "../use-pane";
import { DaftarBerkas } from "./DaftarBerkas";
import { Pesan } from "./Pesan";

export interface RekapPemdaProps {
  rekap: RekapState;
  /** True while a job of the pane runs (the recap's own too). */
  disabled: boolean;
  onPilih: Pane["pilihBerkas"];
  onBuat: () => void;
}

const useStyles = makeStyles({
  section: { display: "grid", gap: tokens.spacingVerticalS },
});

/** Rekap Pemda: pick OPD workbooks, see each one read, get the recap sheets in this workbook. */
export function RekapPemda({ rekap, disabled, onPilih, onBuat }: RekapPemdaProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="rekap-judul" data-testid="rekap-pemda">
      <Text as="h2" id="rekap-judul" block size={500} weight="semibold">
        {TEKS_REKAP.judul}
      </Text>
      <Text as="p" block>
        {TEKS_REKAP.penjelasan}
      </Text>
      <Field label={TEKS_REKAP.labelBerkas} hint={TEKS_REKAP.dipilih(rekap.files.length)}>
        {(props) => (
          <input
            {...props}
            type="file"
            multiple
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="rekap-berkas"
            disabled={disabled}
            onChange={(e) => onPilih(Array.from(e.target.files ?? []))}
          />
        )}
      </Field>
      <div>
        <Button appearance="primary" disabled={disabled || rekap.files.length === 0} onClick={onBuat}>
          {TEKS_REKAP.tombol}
        </Button>
      </div>
      {rekap.status.length > 0 ? <DaftarBerkas files={rekap.files} status={rekap.status} /> : null}
      {rekap.menulis ? <Text>{TEKS_REKAP.menulis}</Text> : null}
      {noticesRekap(rekap).map((n, i) => (
        <Pesan key={i} intent={n.intent} judul={n.judul} isi={n.isi} />
      ))}
    </section>
  );
}
