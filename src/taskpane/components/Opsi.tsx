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
}

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1, minWidth: "120px" },
});

const SKALA: PilihanSkala[] = ["workbook", "lkjip", "permendagri86"];

/** Tahun (from the data) and skala predikat. */
export function Opsi({ pilihan, tahunTersedia, disabled, onChange }: OpsiProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label={TEKS.opsiTahun} className={styles.field}>
        <Select
          data-testid="opsi-tahun"
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
          disabled={disabled}
          value={pilihan.skala}
          onChange={(_, data) => onChange({ ...pilihan, skala: data.value as PilihanSkala })}
        >
          {SKALA.map((s) => (
            <option key={s} value={s}>
              {TEKS.skala[s]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
