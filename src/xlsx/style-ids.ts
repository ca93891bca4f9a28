/**
 * The output sheets' style indices placed after the source workbook's: the streaming writer
 * numbers its cell formats (`s=`, column `style=`) and differential formats (`dxfId=`) from 0;
 * shifted here as it writes, they point at the formats that workbook-styles.ts appends to the
 * source's styles.xml, so the user's cells keep theirs and no sheet part is rewritten after.
 */
import type ExcelJS from "exceljs";

/** Where the appended formats start: the source's cellXfs and dxfs counts. */
export interface StyleBase {
  xf: number;
  dxf: number;
}

interface StyleRegistry {
  addStyleModel(model: unknown, cellType?: unknown): number;
  addDxfStyle(style: unknown): number;
}

/**
 * exceljs's writer registers styles through its `styles` object (`addStyleModel` for cells,
 * rows and columns, `addDxfStyle` for conditional formats); the one place that wraps them
 * (test/xlsx/style-ids.test.ts fails if exceljs changes them). Index 0, "no format", stays 0:
 * an unstyled cell or row takes the workbook's default format, and rows stay unformatted.
 */
export function shiftStyleIds(writer: ExcelJS.stream.xlsx.WorkbookWriter, base: StyleBase): void {
  if (base.xf === 0 && base.dxf === 0) return;
  const styles = (writer as unknown as { styles?: Partial<StyleRegistry> }).styles;
  if (typeof styles?.addStyleModel !== "function" || typeof styles.addDxfStyle !== "function")
    throw new Error("exceljs: the streaming writer has no styles.addStyleModel / addDxfStyle");
  const cell = styles.addStyleModel.bind(styles);
  const dxf = styles.addDxfStyle.bind(styles);
  styles.addStyleModel = (model, cellType) => {
    const id = cell(model, cellType);
    return id === 0 ? 0 : id + base.xf;
  };
  styles.addDxfStyle = (style) => dxf(style) + base.dxf;
}
