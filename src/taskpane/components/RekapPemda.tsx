import * as React from "react";
import { Button, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { noticesRekap } from "../notices";
import type { RekapState } from "../state";
import { REKAP_TEXTS } from "../rekap-texts";
import type { Pane } from "../use-pane";
import { FileList } from "./FileList";
import { Message } from "./Message";

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
        {REKAP_TEXTS.judul}
      </Text>
      <Text as="p" block>
        {REKAP_TEXTS.penjelasan}
      </Text>
      <Field label={REKAP_TEXTS.labelBerkas} hint={REKAP_TEXTS.dipilih(rekap.files.length)}>
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
          {REKAP_TEXTS.tombol}
        </Button>
      </div>
      {rekap.status.length > 0 ? <FileList files={rekap.files} status={rekap.status} /> : null}
      {rekap.menulis ? <Text>{REKAP_TEXTS.menulis}</Text> : null}
      {noticesRekap(rekap).map((n, i) => (
        <Message key={i} intent={n.intent} judul={n.judul} isi={n.isi} />
      ))}
    </section>
  );
}
