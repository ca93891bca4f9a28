/** "Buat tabel contoh" with a table wider than 26 columns: its address must go on past Z. */
import { CONTOH, createExampleTables } from "../../src/excel/contoh";
import { cellValue, findTable } from "../sim-excel";
import { buatModel, pasangHost } from "./workbook";

it("creates a 28-column example table over A1:AB3, its last header in AB1", async () => {
  const headers = Array.from({ length: 28 }, (_, i) => `Kolom ${i + 1}`);
  const lebar = {
    table: "lebar",
    sheet: "Lebar",
    headers,
    rows: [headers.map((_, i) => i + 1), headers.map((_, i) => (i + 1) * 10)],
  };
  CONTOH.push(lebar);
  const { host, lepas } = pasangHost(buatModel([{ name: "Sheet1" }]));
  try {
    const hasil = await host.Excel.run((context) => createExampleTables(context));
    expect(hasil.dibuat).toBe(true);
    expect(findTable(host.model, "lebar")?.address).toBe("A1:AB3");
    expect(cellValue(host.model, "Lebar!AB1")).toBe("Kolom 28");
    expect(cellValue(host.model, "Lebar!AB3")).toBe(280);
  } finally {
    CONTOH.pop();
    lepas();
  }
});
