/** The outcome of a run (src/core/outcome.ts), decided once for the pane, the ribbon and the command. */
import { analyze } from "../../src/core/analyze";
import { runOutcome } from "../../src/core/outcome";
import { seedRawTables } from "../fixtures/seed-tabel";
import { bukuKerja } from "../helpers/tabel";

const jalankan = (tables = bukuKerja()) => runOutcome(analyze(tables, { tahunSekarang: 2024 }));

describe("runOutcome", () => {
  it("a clean run: written, no errors, Tabel Realisasi Keuangan shown", () => {
    expect(jalankan()).toEqual({
      fatal: false,
      tabelHilang: [],
      jumlahError: 0,
      adaError: false,
      lembarAktif: "realisasiKeuangan",
      pilihSkpd: false,
    });
  });

  it("the seed's 2024 run: its two error-level slips show the Temuan sheet", () => {
    const o = runOutcome(analyze(seedRawTables(), { tahun: 2024, tahunSekarang: 2025 }));
    expect(o).toMatchObject({ fatal: false, jumlahError: 2, adaError: true, lembarAktif: "temuan" });
  });

  it("missing required tables: fatal, named in the contract's order, nothing to show", () => {
    const [targets] = bukuKerja();
    expect(jalankan([targets])).toEqual({
      fatal: true,
      tabelHilang: ["pagu", "realisasi"],
      jumlahError: 2,
      adaError: true,
      lembarAktif: null,
      pilihSkpd: false,
    });
  });

  it("an optional table missing is not a missing table; a missing column is fatal without one", () => {
    const tables = bukuKerja();
    tables[2] = { ...tables[2], headers: ["Kode", "Nilai", "Tahun", "Capaian", "Persen", "Predikat"] };
    const o = jalankan(tables);
    expect(o.fatal).toBe(true);
    expect(o.tabelHilang).toEqual([]);
    expect(o.lembarAktif).toBeNull();
  });

  it("a table matched case-insensitively is not missing", () => {
    const tables = bukuKerja().map((t) => ({ ...t, name: t.name.toUpperCase() }));
    expect(jalankan(tables).tabelHilang).toEqual([]);
  });
});
