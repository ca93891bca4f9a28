/** Dates as SIPD-RI downloads write them. */
import { readDate } from "../../../src/core/sipd/tanggal";

describe("bacaTanggal", () => {
  it.each([
    ["12 Januari 2025", { tahun: 2025, bulan: 1, hari: 12 }],
    ["Senin, 12 Februari 2024", { tahun: 2024, bulan: 2, hari: 12 }],
    ["1 Mei 2024", { tahun: 2024, bulan: 5, hari: 1 }],
    ["05 Agt 2024", { tahun: 2024, bulan: 8, hari: 5 }],
    ["30 Nopember 2024", { tahun: 2024, bulan: 11, hari: 30 }],
    ["  31 DESEMBER 2024 ", { tahun: 2024, bulan: 12, hari: 31 }],
    ["29 Februari 2024", { tahun: 2024, bulan: 2, hari: 29 }],
    ["2024-03-05", { tahun: 2024, bulan: 3, hari: 5 }],
    ["2024-03-05 14:22:01", { tahun: 2024, bulan: 3, hari: 5 }],
    ["05-03-2024", { tahun: 2024, bulan: 3, hari: 5 }],
    ["05/03/2024", { tahun: 2024, bulan: 3, hari: 5 }],
    [45356, { tahun: 2024, bulan: 3, hari: 5 }], // an Excel date serial
  ])("%p", (teks, hasil) => expect(readDate(teks)).toEqual(hasil));

  it.each(["29 Februari 2023", "31 April 2024", "12 Janvier 2024", "", "besok", null, true, "13-13-2024"])(
    "%p is not a date",
    (teks) => expect(readDate(teks)).toBeNull(),
  );
});
