import { planSheetNames } from "../../src/excel/sheet-names";
import type { SheetInfo } from "../../src/excel/read-tables";

const sheet = (name: string, generated = false, position = 0): SheetInfo => ({
  name,
  id: `id-${name}`,
  generated,
  position,
});
const BASES = ["Tabel Realisasi Keuangan", "Capaian Kinerja", "Temuan"];

describe("planSheetNames", () => {
  it("uses the base names in a workbook without them", () => {
    const plan = planSheetNames(BASES, [sheet("DPA")], "t");
    expect(plan.names.map((n) => n.name)).toEqual(BASES);
    expect(plan.replace).toEqual([]);
    expect(plan.names.every((n) => !n.userSheetKept)).toBe(true);
  });

  it("replaces the add-in's own sheets on a rerun", () => {
    const plan = planSheetNames(
      BASES,
      [sheet("DPA"), sheet("Temuan", true), sheet("capaian kinerja", true)],
      "t",
    );
    expect(plan.names.map((n) => n.name)).toEqual(BASES);
    expect(plan.replace.sort()).toEqual(["Temuan", "capaian kinerja"].sort());
  });

  it("never takes a user's sheet of the same name: writes '… (2)'", () => {
    const plan = planSheetNames(BASES, [sheet("Temuan")], "t");
    expect(plan.names[2]).toEqual({ base: "Temuan", name: "Temuan (2)", userSheetKept: true });
    expect(plan.replace).toEqual([]);
  });

  it("is idempotent with a user's sheet: the earlier '(2)' output is replaced, not duplicated", () => {
    const plan = planSheetNames(BASES, [sheet("Temuan"), sheet("Temuan (2)", true)], "t");
    expect(plan.names[2].name).toBe("Temuan (2)");
    expect(plan.replace).toEqual(["Temuan (2)"]);
  });

  it("leaves a generated sheet the user renamed alone", () => {
    const plan = planSheetNames(BASES, [sheet("Temuan 2023", true)], "t");
    expect(plan.replace).toEqual([]);
    expect(plan.names[2].name).toBe("Temuan");
  });

  it("gives the replaced sheets temporary names of their own for the swap", () => {
    const plan = planSheetNames(BASES, [sheet("Temuan", true), sheet("Capaian Kinerja", true)], "t");
    expect(plan.retired).toHaveLength(plan.replace.length);
    const all = [...plan.temporary, ...plan.retired].map((n) => n.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
    for (const t of plan.retired) expect(t.length).toBeLessThanOrEqual(31);
  });

  it("builds under temporary names no existing sheet has", () => {
    const plan = planSheetNames(BASES, [sheet("~capaian t 1")], "t");
    expect(new Set(plan.temporary).size).toBe(3);
    expect(plan.temporary).not.toContain("~capaian t 1");
    for (const t of plan.temporary) expect(t.length).toBeLessThanOrEqual(31);
  });
});
