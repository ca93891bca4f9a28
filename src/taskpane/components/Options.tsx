import * as React from "react";
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { SkalaChoice } from "../../core/analyze";
import { PANE_TEXT } from "../texts";
import type { SumberAnggaran } from "../../excel/run";
import type { Choices, ChangeChoices } from "../actions";
import { SIPD_TEXTS } from "../sipd-texts";

export interface OptionsProps {
  pilihan: Choices;
  tahunTersedia: number[];
  disabled: boolean;
  onChange: ChangeChoices;
  /** Whether the workbook has a usable skala_predikat table (what the default choice uses); null before the first check. */
  adaSkalaBukuKerja?: boolean | null;
  /** The budget source found by the last check (SKPD and month choices for a SIPD-RI export). */
  sumber?: SumberAnggaran | null;
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

const SKALA: SkalaChoice[] = ["workbook", "lkjip", "permendagri86"];

/** Tahun (from the data) and skala predikat. */
export function Options({
  pilihan,
  tahunTersedia,
  disabled,
  onChange,
  adaSkalaBukuKerja = null,
  sumber,
}: OptionsProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label={PANE_TEXT.opsiTahun} className={styles.field}>
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
          <option value="">{PANE_TEXT.opsiTahunTerbaru}</option>
          {tahunTersedia.map((t) => (
            <option key={t} value={String(t)}>
              {t}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={PANE_TEXT.opsiSkala} className={styles.field}>
        <Select
          data-testid="opsi-skala"
          className={styles.select}
          select={{ className: styles.select }}
          disabled={disabled}
          value={pilihan.skala}
          onChange={(_, data) => onChange({ ...pilihan, skala: data.value as SkalaChoice })}
        >
          {SKALA.map((s) => (
            <option key={s} value={s}>
              {s === "workbook" && adaSkalaBukuKerja !== null
                ? PANE_TEXT.skalaOtomatis(adaSkalaBukuKerja)
                : PANE_TEXT.skala[s]}
            </option>
          ))}
        </Select>
      </Field>
      {sumber?.jenis === "sipd" ? (
        <OpsiSipd pilihan={pilihan} sumber={sumber} disabled={disabled} onChange={onChange} />
      ) : null}
    </div>
  );
}

/** The SKPD of a SIPD-RI export, and the month realisasi is counted up to. */
function OpsiSipd({
  pilihan,
  sumber,
  disabled,
  onChange,
}: Pick<OptionsProps, "pilihan" | "disabled" | "onChange"> & { sumber: SumberAnggaran }): React.JSX.Element {
  const styles = useStyles();
  const daftar = sumber.skpd ?? [];
  return (
    <>
      <Field label={SIPD_TEXTS.opsiSkpd} className={styles.field}>
        <Select
          data-testid="opsi-skpd"
          className={styles.select}
          select={{ className: styles.select }}
          disabled={disabled}
          value={pilihan.skpd ?? ""}
          onChange={(_, data) => onChange({ ...pilihan, skpd: data.value === "" ? undefined : data.value })}
        >
          {daftar.length > 1 ? <option value="">{SIPD_TEXTS.opsiSkpdPilih}</option> : null}
          {daftar.map((s) => (
            <option key={s.kode} value={s.kode}>
              {s.nama} ({s.kode})
            </option>
          ))}
        </Select>
      </Field>
      {(sumber.realisasi?.length ?? 0) > 0 ? (
        <Field label={SIPD_TEXTS.opsiBulan} className={styles.field}>
          <Select
            data-testid="opsi-bulan"
            className={styles.select}
            select={{ className: styles.select }}
            disabled={disabled}
            value={pilihan.sampaiBulan === undefined ? "" : String(pilihan.sampaiBulan)}
            onChange={(_, data) =>
              onChange({ ...pilihan, sampaiBulan: data.value === "" ? undefined : Number(data.value) })
            }
          >
            <option value="">{SIPD_TEXTS.opsiBulanSemua}</option>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((b) => (
              <option key={b} value={String(b)}>
                {SIPD_TEXTS.bulan(b)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
    </>
  );
}
