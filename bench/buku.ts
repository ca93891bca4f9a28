/**
 * The benchmarks' .xlsx workbooks: test/fixtures/sintetis.ts's synthetic tables written as named
 * tables (targets, pagu, realisasi), one sheet each.
 *
 *   npx tsx bench/buku.ts 20000 /tmp/20000.xlsx
 */
import ExcelJS from "exceljs";
import { tabelSintetis } from "../test/fixtures/sintetis";

/** Writes a workbook of `budgetLines` budget lines (and a tenth as many indikator) to `file`. */
export async function tulisBuku(file: string, budgetLines: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const t of tabelSintetis(budgetLines)) {
    const ws = wb.addWorksheet(t.sheet);
    ws.addTable({ name: t.name, ref: "A1", columns: t.headers.map((name) => ({ name })), rows: t.rows });
  }
  await wb.xlsx.writeFile(file);
}

if (require.main === module) {
  const [lines, file] = process.argv.slice(2);
  tulisBuku(file, Number(lines)).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
