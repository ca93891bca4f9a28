import * as React from "react";
import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Laporan } from "../../core/laporan";
import { PANE_TEXT } from "../texts";
import { formatPersen, formatRupiah, predikatColor } from "../format";

export interface SummaryProps {
  laporan: Laporan;
}

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
  angka: { textAlign: "right", whiteSpace: "nowrap", width: "84px" },
  total: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  dd: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

/** Capaian per sasaran with predikat badges, and the budget totals. */
export function Summary({ laporan }: SummaryProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="judul-ringkasan" data-testid="ringkasan">
      <Text as="h2" block size={400} weight="semibold" id="judul-ringkasan">
        {PANE_TEXT.ringkasan} {laporan.tahun}
      </Text>
      <Table size="small" aria-label={PANE_TEXT.capaianSasaran}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{PANE_TEXT.capaianSasaran}</TableHeaderCell>
            <TableHeaderCell className={styles.angka}>%</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {laporan.sasaran.map((s) => (
            <TableRow key={s.sasaran} data-testid="sasaran">
              <TableCell>
                <div>{s.sasaran}</div>
                <Badge appearance="tint" color={predikatColor(s.predikat)} data-testid="predikat">
                  {s.predikat ?? PANE_TEXT.tanpaPredikat}
                </Badge>
              </TableCell>
              <TableCell className={styles.angka} data-testid="capaian">
                {formatPersen(s.capaian)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <dl className={styles.total} data-testid="total">
        <dt>{PANE_TEXT.capaianKeseluruhan}</dt>
        <dd className={styles.dd} data-testid="capaian-opd">
          {formatPersen(laporan.opd.capaian)}
          {laporan.opd.predikat ? (
            <>
              {" "}
              <Badge appearance="tint" color={predikatColor(laporan.opd.predikat)}>
                {laporan.opd.predikat}
              </Badge>
            </>
          ) : null}
        </dd>
        <dt>{PANE_TEXT.totalPagu}</dt>
        <dd className={styles.dd} data-testid="total-pagu">
          {formatRupiah(laporan.total.pagu)}
        </dd>
        <dt>{PANE_TEXT.totalRealisasi}</dt>
        <dd className={styles.dd} data-testid="total-realisasi">
          {formatRupiah(laporan.total.realisasi)}
        </dd>
        <dt>{PANE_TEXT.serapan}</dt>
        <dd className={styles.dd} data-testid="total-serapan">
          {formatPersen(laporan.total.persen)}
        </dd>
      </dl>
    </section>
  );
}
