import * as React from "react";
import { ProgressBar, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Tahap } from "../../excel/run";
import { PANE_TEXT } from "../texts";

export interface ProgressProps {
  tahap: Tahap;
}

const URUTAN: Exclude<Tahap, "selesai">[] = ["membaca", "menghitung", "menulis"];

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "24px" },
  mark: { width: "20px", textAlign: "center" },
  waiting: { color: tokens.colorNeutralForeground3 },
});

/** The stages of a run: membaca tabel, menghitung, menulis lembar. */
export function Progress({ tahap }: ProgressProps): React.JSX.Element {
  const styles = useStyles();
  const now = tahap === "selesai" ? URUTAN.length : URUTAN.indexOf(tahap);
  return (
    <section aria-label={PANE_TEXT.labelKemajuan} aria-live="polite" data-testid="kemajuan">
      <ProgressBar
        value={(now + (tahap === "selesai" ? 0 : 0.5)) / URUTAN.length}
        aria-label={PANE_TEXT.labelKemajuan}
      />
      <ol className={styles.list}>
        {URUTAN.map((t, i) => (
          <li
            key={t}
            className={styles.item}
            data-status={i < now ? "selesai" : i === now ? "berjalan" : "menunggu"}
          >
            <span className={styles.mark} aria-hidden="true">
              {i < now ? "✓" : i === now ? <Spinner size="extra-tiny" /> : "○"}
            </span>
            <Text
              className={i > now ? styles.waiting : undefined}
              weight={i === now ? "semibold" : "regular"}
            >
              {i === now ? PANE_TEXT.tahapBerjalan(PANE_TEXT.tahap[t]) : PANE_TEXT.tahap[t]}
            </Text>
          </li>
        ))}
      </ol>
    </section>
  );
}
