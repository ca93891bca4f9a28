import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { SkalaChoice } from "../../core/analyze";
import { PANE_TEXT } from "../texts";
import type { SumberAnggaran } from "../../excel/run";
import type { Choices, ChangeChoices } from "../actions";
import { SIPD_TEXTS } from "../sipd-texts";
import { ChoiceField, optionalNumber, parseOptionalNumber } from "./ChoiceField";

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
});

const SKALA: SkalaChoice[] = ["workbook", "lkjip", "permendagri86"];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Tahun (from the data) and skala predikat; for a SIPD-RI export also the SKPD and the month. */
export function Options({
  pilihan,
  tahunTersedia,
  disabled,
  onChange,
  adaSkalaBukuKerja = null,
  sumber,
}: OptionsProps): React.JSX.Element {
  const styles = useStyles();
  const skalaLabel = (s: SkalaChoice) =>
    s === "workbook" && adaSkalaBukuKerja !== null
      ? PANE_TEXT.skalaOtomatis(adaSkalaBukuKerja)
      : PANE_TEXT.skala[s];
  return (
    <div className={styles.root}>
      <ChoiceField
        label={PANE_TEXT.opsiTahun}
        testId="opsi-tahun"
        disabled={disabled}
        value={optionalNumber(pilihan.tahun)}
        options={[
          { value: "", label: PANE_TEXT.opsiTahunTerbaru },
          ...tahunTersedia.map((t) => ({ value: String(t), label: String(t) })),
        ]}
        onChange={(v) => onChange({ ...pilihan, tahun: parseOptionalNumber(v) })}
      />
      <ChoiceField
        label={PANE_TEXT.opsiSkala}
        testId="opsi-skala"
        disabled={disabled}
        value={pilihan.skala}
        options={SKALA.map((s) => ({ value: s, label: skalaLabel(s) }))}
        onChange={(v) => onChange({ ...pilihan, skala: v as SkalaChoice })}
      />
      {sumber?.jenis === "sipd" ? (
        <SipdOptions pilihan={pilihan} sumber={sumber} disabled={disabled} onChange={onChange} />
      ) : null}
    </div>
  );
}

/** The SKPD of a SIPD-RI export, and the month realisasi is counted up to. */
function SipdOptions({
  pilihan,
  sumber,
  disabled,
  onChange,
}: Pick<OptionsProps, "pilihan" | "disabled" | "onChange"> & { sumber: SumberAnggaran }): React.JSX.Element {
  const daftar = sumber.skpd ?? [];
  return (
    <>
      <ChoiceField
        label={SIPD_TEXTS.opsiSkpd}
        testId="opsi-skpd"
        disabled={disabled}
        value={pilihan.skpd ?? ""}
        options={[
          ...(daftar.length > 1 ? [{ value: "", label: SIPD_TEXTS.opsiSkpdPilih }] : []),
          ...daftar.map((s) => ({ value: s.kode, label: `${s.nama} (${s.kode})` })),
        ]}
        onChange={(v) => onChange({ ...pilihan, skpd: v === "" ? undefined : v })}
      />
      {(sumber.realisasi?.length ?? 0) > 0 ? (
        <ChoiceField
          label={SIPD_TEXTS.opsiBulan}
          testId="opsi-bulan"
          disabled={disabled}
          value={optionalNumber(pilihan.sampaiBulan)}
          options={[
            { value: "", label: SIPD_TEXTS.opsiBulanSemua },
            ...MONTHS.map((b) => ({ value: String(b), label: SIPD_TEXTS.bulan(b) })),
          ]}
          onChange={(v) => onChange({ ...pilihan, sampaiBulan: parseOptionalNumber(v) })}
        />
      ) : null}
    </>
  );
}
