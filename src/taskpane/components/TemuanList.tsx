import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { labelTemuan } from "../../core/label";
import { LABEL } from "../../core/messages";
import type { Temuan, Tingkat } from "../../core/temuan";
import { PANE_TEXT } from "../texts";
import type { SelectCell } from "../actions";

export interface TemuanListProps {
  temuan: Temuan[];
  onLihat: SelectCell;
}

/** At most this many temuan are listed per tingkat; the Temuan sheet has them all. */
const BATAS = 200;
const TINGKAT: Tingkat[] = ["error", "peringatan", "info"];
const WARNA: Record<Tingkat, "danger" | "warning" | "informative"> = {
  error: "danger",
  peringatan: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  item: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { color: tokens.colorNeutralForeground3 },
});

/** The temuan grouped by tingkat, each with "Lihat" to select its cell. */
export function TemuanList({ temuan, onLihat }: TemuanListProps): React.JSX.Element {
  const styles = useStyles();
  const groups = TINGKAT.map((t) => ({ tingkat: t, items: temuan.filter((x) => x.tingkat === t) })).filter(
    (g) => g.items.length > 0,
  );
  return (
    <section aria-labelledby="judul-temuan" data-testid="temuan">
      <Text as="h2" block size={400} weight="semibold" id="judul-temuan">
        {PANE_TEXT.temuan} ({temuan.length})
      </Text>
      {temuan.length === 0 ? (
        <Text as="p" block>
          {PANE_TEXT.temuanKosong}
        </Text>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={groups[0]?.tingkat}>
          {groups.map((g) => (
            <AccordionItem key={g.tingkat} value={g.tingkat} data-testid={`tingkat-${g.tingkat}`}>
              <AccordionHeader>
                <Badge color={WARNA[g.tingkat]} appearance="filled">
                  {g.items.length}
                </Badge>
                &nbsp;{LABEL.tingkat[g.tingkat]}
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {g.items.slice(0, BATAS).map((t, i) => (
                    <li
                      key={`${t.jenis}-${t.alamat ?? ""}-${i}`}
                      className={styles.item}
                      data-testid="temuan-item"
                    >
                      <div>
                        <Text as="p" block size={200} className={styles.meta}>
                          {labelTemuan(t.jenis)}
                          {t.kode ? ` · ${t.kode}` : ""}
                          {t.alamat ? ` · ${t.alamat}` : ""}
                        </Text>
                        <Text as="p" block>
                          {t.pesan}
                        </Text>
                      </div>
                      {t.alamat ? (
                        <Button
                          size="small"
                          onClick={() => onLihat(t.alamat as string)}
                          aria-label={PANE_TEXT.lihatSel(t.alamat)}
                          data-alamat={t.alamat}
                        >
                          {PANE_TEXT.tombolLihat}
                        </Button>
                      ) : null}
                    </li>
                  ))}
                </ul>
                {g.items.length > BATAS ? (
                  <Text as="p" block className={styles.meta}>
                    {PANE_TEXT.temuanLainnya(g.items.length - BATAS)}
                  </Text>
                ) : null}
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
