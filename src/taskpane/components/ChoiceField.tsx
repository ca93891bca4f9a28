import * as React from "react";
import { Field, Select, makeStyles } from "@fluentui/react-components";

export interface ChoiceFieldProps {
  label: string;
  testId: string;
  disabled: boolean;
  /** The chosen option's value; "" is the first, "no choice" option when there is one. */
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

const useStyles = makeStyles({
  field: { minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
});

/** One labelled drop-down of the pane's options; every option is a string value with its text. */
export function ChoiceField({
  label,
  testId,
  disabled,
  value,
  options,
  onChange,
}: ChoiceFieldProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Field label={label} className={styles.field}>
      <Select
        data-testid={testId}
        className={styles.select}
        select={{ className: styles.select }}
        disabled={disabled}
        value={value}
        onChange={(_, data) => onChange(data.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** "" for no choice, else the number as text. */
export const optionalNumber = (n: number | undefined): string => (n === undefined ? "" : String(n));
/** The inverse of optionalNumber. */
export const parseOptionalNumber = (v: string): number | undefined => (v === "" ? undefined : Number(v));
