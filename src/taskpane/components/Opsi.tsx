import * as React from "react";
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { PilihanSkala } from "../../core/analyze";
import { TEKS } from "../../excel/pesan";
import type { Pilihan, UbahPilihan } from "../aksi";

export interface OpsiProps {
  pilihan: Pilihan;
  tahunTersedia: number[];
  disabled: boolean;
  onChange: UbahPilihan;
  /** Whether the workbook has a usable skala_predikat table (what the default choice uses); null before the first check. */
  adaSkalaBukuKerja?: boolean | null;
}

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  field: { minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
});

const SKALA: PilihanSkala[] = ["workbook", "lkjip", "permendagri86"];

/** Tahun (from the data) and skala predikat. */
export function Opsi({
  pilihan,
  tahunTersedia,
  disabled,
  onChange,
  adaSkalaBukuKerja = null,
}: OpsiProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label={TEKS.opsiTahun} className={styles.field}>
        <Select
          data-testid="opsi-tahun"
          className={styles.select}
          select={{ className: styles.select }}
          disabled={disabled}
          value={pilihan.tahun === undefined ? "" : String(pilihan.tahun)}
          onChange={(_, data) =>
            onChange({ ...pilihan, tahun: data.value === "" ? undefined : Number(data.value) })
          }
        >
          <option value="">{TEKS.opsiTahunTerbaru}</option>
          {tahunTersedia.map((t) => (
            <option key={t} value={String(t)}>
              {t}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={TEKS.opsiSkala} className={styles.field}>
        <Select
          data-testid="opsi-skala"
          className={styles.select}
          select={{ className: styles.select }}
          disabled={disabled}
          value={pilihan.skala}
          onChange={(_, data) => onChange({ ...pilihan, skala: data.value as PilihanSkala })}
        >
          {SKALA.map((s) => (
            <option key={s} value={s}>
              {s === "workbook" && adaSkalaBukuKerja !== null
                ? TEKS.skalaOtomatis(adaSkalaBukuKerja)
                : TEKS.skala[s]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
