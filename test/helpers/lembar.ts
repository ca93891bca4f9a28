/** The SheetSpec fields a hand-made sheet of a writer test does not care about (no table, no print area). */
import type { SheetSpec } from "../../src/report/sheet-spec";

export const DASAR_LEMBAR: Pick<SheetSpec, "key" | "roles" | "tables" | "rowHeights" | "printArea"> = {
  key: "temuan",
  roles: [],
  tables: [],
  rowHeights: [],
  printArea: null,
};
