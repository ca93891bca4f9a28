import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Notice } from "../notices";
import { PANE_TEXT } from "../texts";
import { Message } from "./Message";

export interface NoticeListProps {
  notices: Notice[];
  /** True while a job runs (the "Buat tabel contoh" button is disabled). */
  disabled: boolean;
  onContoh: () => void;
}

const useStyles = makeStyles({
  notices: { display: "grid", gap: tokens.spacingVerticalS },
});

/** The pane's notices, a missing table's with "Buat tabel contoh". */
export function NoticeList({ notices, disabled, onContoh }: NoticeListProps): React.JSX.Element | null {
  const styles = useStyles();
  if (notices.length === 0) return null;
  return (
    <div className={styles.notices}>
      {notices.map((n, i) => (
        <Message
          key={i}
          intent={n.intent}
          judul={n.judul}
          isi={n.isi}
          actions={
            n.contoh ? (
              <Button disabled={disabled} onClick={onContoh}>
                {PANE_TEXT.tombolContoh}
              </Button>
            ) : undefined
          }
        />
      ))}
    </div>
  );
}
