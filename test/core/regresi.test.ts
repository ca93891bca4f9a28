/** Cases a code review found wrong, each kept as a test so it stays fixed. */
import { toLaporan } from "../../src/core/proyeksi";
import { analyze } from "../../src/core/analyze";
import { parseTarget } from "../../src/core/capaian";
import { bandingkan } from "../../src/core/presisi";
import { serapan } from "../../src/core/uang";
import { buildSheets } from "../../src/report";
import { bukuKerja, KOLOM_REALISASI, pagu, realisasi, tabel, targets } from "../helpers/tabel";

const jalankan = (t: ReturnType<typeof bukuKerja>, tahun?: number) =>
  analyze(t, { tahun, tahunSekarang: 2024 });
const jenis = (a: ReturnType<typeof jalankan>) => a.temuan.map((t) => t.jenis);

describe("review regressions", () => {
  it("a typed capaian that is a formula result (33,333…) is not flagged against itself", () => {
    const a = jalankan(
      bukuKerja((b) => {
        b.targets[0][4] = 3;
        b.realisasi[0][1] = 1;
        b.realisasi[0][3] = (1 / 3) * 100;
      }),
    );
    expect(jenis(a)).not.toContain("CAPAIAN_TIDAK_SESUAI");
    expect(bandingkan((1 / 3) * 100, 14, 33.333333333333336, 0)).toBe("sama");
    expect(bandingkan(33.4, 14, 33.333333333333336, 0)).toBe("tidak-sesuai");
  });

  it("a formula-result cell does not raise the column's precision for the rounded cells", () => {
    const a = jalankan(
      bukuKerja((b) => {
        b.targets.push(["IKU-02", "S", "I2", "%", 67, "positif", 2024]);
        b.realisasi.push(["IKU-02", 85, 2024, 126.87, null, null]);
        b.realisasi[0][3] = 75.00000000000001;
      }),
    );
    expect(jenis(a)).not.toContain("CAPAIAN_TIDAK_SESUAI");
  });

  it("the Target reads '.' the way the rest of its column proves", () => {
    const a = jalankan(
      bukuKerja((b) => {
        b.targets[0][4] = "1.234";
        b.targets.push(["IKU-02", "S", "I2", "%", "99.70", "positif", 2024]);
        b.realisasi.push(["IKU-02", 99.7, 2024, null, null, null]);
      }),
    );
    expect(a.indikator[0].targetNilai).toEqual({ jenis: "tunggal", nilai: 1.234 });
    expect(parseTarget("10 s.d. 20")).toMatchObject({ jenis: "rentang", bawah: 10, atas: 20 });
  });

  it("rows without Tahun do not fill in the earlier years", () => {
    const t = [
      targets([
        ["IKU-01", "S", "I", "%", 50, "positif", 2022],
        ["IKU-01", "S", "I", "%", 80, "positif", 2024],
      ]),
      pagu([["1.06.02", "P", 10, "IKU-01", null, null]]),
      realisasi(
        [
          ["IKU-01", 60],
          ["1.06.02", 10],
        ],
        ["Kode", "Realisasi"],
      ),
    ];
    const a = jalankan(t, 2024);
    expect(a.tahunan.tahun).toEqual([2022, 2024]);
    expect(a.tahunan.indikator[0].per[0]?.capaian ?? null).toBeNull();
    expect(a.narasi.find((p) => p.kode === "IKU-01")?.teks).not.toMatch(/Dibandingkan Tahun 2022/);
  });

  it("a tahun without indikator stops the run and names the years there are", () => {
    const a = jalankan(bukuKerja(), 2030);
    expect(a.fatal).toBe(true);
    expect(buildSheets(a)).toEqual([]);
    expect(a.temuan[0].pesan).toMatch(/tidak memiliki indikator untuk tahun 2030; tahun yang ada: 2024/);
  });

  it("a skala_predikat band with an unreadable or missing bound is reported and the preset used", () => {
    const skala = (rows: (string | number | null)[][]) =>
      tabel("skala_predikat", ["Predikat", "Batas Bawah", "Batas Atas"], rows);
    const buruk = jalankan([
      ...bukuKerja(),
      skala([
        ["Baik", "abc", 100],
        ["Buruk", null, null],
      ]),
    ]);
    expect(buruk.skala.nama).toBe("lkjip");
    expect(buruk.temuan.filter((t) => t.tabel === "skala_predikat").map((t) => t.alamat)).toEqual([
      "skala_predikat!B5",
    ]);
    const kosong = jalankan([...bukuKerja(), skala([["Buruk", null, null]])]);
    expect(kosong.skala.nama).toBe("lkjip");
    expect(kosong.temuan.find((t) => t.tabel === "skala_predikat")?.alamat).toBe("skala_predikat!A5");
  });

  it("each temuan's kolom is the column of the cell it points at", () => {
    const a = jalankan(
      bukuKerja((b) => {
        b.realisasi = [];
      }),
    );
    for (const t of a.temuan.filter((x) => x.jenis === "REALISASI_TIDAK_ADA")) expect(t.kolom).toBe("Kode");
    expect(a.temuan.find((t) => t.kode === "1.06.02.2.01.0001")?.pesan).toMatch(/^Sub kegiatan 1\.06\.02/);
  });

  it("an urusan/bidang row above the programs keeps the IKU grouping and the level names", () => {
    const a = jalankan(
      bukuKerja((b) => {
        b.pagu.unshift(["1.06", "Bidang Sosial", 1000, null, null, 2024]);
      }),
    );
    expect(toLaporan(a).anggaran.map((x) => x.level)).toEqual([
      "bidang urusan",
      "program",
      "kegiatan",
      "sub kegiatan",
    ]);
    expect(a.efisiensi[0]).toMatchObject({ serapan: 90, keterangan: "tidak-efisien" });
    const rk = buildSheets(a).find((s) => s.name === "Tabel Realisasi Keuangan");
    expect(rk?.rows.some((r) => r[2]?.value === "Indikator satu")).toBe(true);
  });

  it("a parent total written truncated is PEMBULATAN (info), not an error", () => {
    const a = jalankan(
      bukuKerja((b) => {
        b.pagu[2][2] = 1000.6;
        b.pagu[1][2] = 1000.6;
        b.pagu[0][2] = 1000;
        b.realisasi[1][1] = 900;
      }),
    );
    expect(a.temuan.find((t) => t.kode === "1.06.02")).toMatchObject({
      jenis: "PEMBULATAN",
      tingkat: "info",
    });
  });

  it("serapan is divided first, as the sheet's F/E*100 is", () => {
    expect(serapan(100n, 300n)).toBe((1 / 3) * 100);
    expect(serapan(100n, 300n)).toBe((100 / 300) * 100);
  });

  it("an unreadable Target Renstra is reported at its cell; '-' means none applies", () => {
    const kolom = [
      "Kode",
      "Sasaran",
      "Indikator",
      "Satuan",
      "Target",
      "Polaritas",
      "Tahun",
      "Target Renstra",
    ];
    const t = bukuKerja();
    t[0] = targets(
      [
        ["IKU-01", "S", "I", "%", 80, "positif", 2024, "abc"],
        ["IKU-02", "S", "I2", "%", 80, "positif", 2024, "-"],
      ],
      kolom,
    );
    t[2] = realisasi(
      [
        ["IKU-01", 60, 2024],
        ["IKU-02", 60, 2024],
        ["1.06.02.2.01.0001", 900, 2024],
      ],
      KOLOM_REALISASI,
    );
    const a = jalankan(t);
    expect(a.temuan.filter((x) => x.kolom === "Target Renstra").map((x) => x.alamat)).toEqual(["PK!H5"]);
  });
});
