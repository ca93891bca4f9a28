import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { PANE_TEXT } from "../texts";

export interface RunButtonProps {
  /** True while a job runs. */
  disabled: boolean;
  /** True while a job runs, a download is being made, or no run has written its sheets yet. */
  unduhDisabled: boolean;
  onHitung: () => void;
  onUnduh: () => void;
}

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The pane's two main buttons: Hitung Capaian and Unduh Bab III. */
export function RunButton({ disabled, unduhDisabled, onHitung, onUnduh }: RunButtonProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" size="large" disabled={disabled} onClick={onHitung}>
        {PANE_TEXT.tombolHitung}
      </Button>
      <Button appearance="secondary" size="large" disabled={unduhDisabled} onClick={onUnduh}>
        {PANE_TEXT.tombolUnduh}
      </Button>
    </div>
  );
}
