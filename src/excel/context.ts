/**
 * The one place that opens an Excel batch. Everything else takes the Excel.RequestContext as
 * a parameter. Where the host supports it, the batch waits for the user to leave cell-edit
 * mode instead of failing.
 */
import { delayForCellEdit } from "./fitur";

export function denganExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (delayForCellEdit()) return Excel.run({ delayForCellEdit: true }, batch);
  return Excel.run(batch);
}
