/** Selects a temuan's cell ("DPA!E7") in the workbook, activating its sheet. */
import { splitSheet } from "./address";

export async function selectCell(context: Excel.RequestContext, alamat: string): Promise<void> {
  const { sheet, local } = splitSheet(alamat);
  const worksheet =
    sheet === null
      ? context.workbook.worksheets.getActiveWorksheet()
      : context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(local).select();
  await context.sync();
}
