/** Which exports copied into a workbook a run uses (src/core/sipd/sumber.ts). */
import { exportOnSheet, sumberFromWorkbook } from "../../../src/core/sipd/sumber";
import { pagu, targets } from "../../helpers/tabel";
import { lembarRealisasi, lembarRekap } from "../../helpers/sipd";

const rekap = (sheet: string) =>
  lembarRekap([{ subKegiatan: "1.06.04.2.01.0001", rekening: "5.1.02.01.01.0024", pagu: 1000 }], { sheet });
const realisasi = lembarRealisasi("Data Realisasi Dokumen", []);
const plain = { sheet: "Catatan", firstRow: 1, firstColumn: 1, values: [["Kode", "Uraian", "Pagu"]] };

describe("sumberDariBuku", () => {
  it("two recaps in sheet order: the first is Pagu PK, the last Pagu; realisasi sheets go with them", () => {
    const ekspor = exportOnSheet([rekap("Rekap Murni"), plain, realisasi, rekap("Rekap Perubahan")]);
    const s = sumberFromWorkbook([targets([])], ekspor, { skpd: "x", sampaiBulan: 3 });
    expect(s?.rekap.raw.name).toBe("Rekap Perubahan");
    expect(s?.rekapAwal?.raw.name).toBe("Rekap Murni");
    expect(s?.realisasi?.map((t) => t.raw.name)).toEqual(["Data Realisasi Dokumen"]);
    expect(s).toMatchObject({ skpd: "x", sampaiBulan: 3 });
  });

  it("a workbook with a pagu table keeps using it; a sheet that only looks like a table is not an export", () => {
    expect(sumberFromWorkbook([pagu([])], exportOnSheet([rekap("Rekap")]), {})).toBeUndefined();
    expect(sumberFromWorkbook([targets([])], exportOnSheet([plain, realisasi]), {})).toBeUndefined();
  });
});
