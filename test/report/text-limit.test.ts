/** Generated text within Excel's 32,767 characters per cell (src/report/text-limit.ts). */
import { CELL_TEXT_LIMIT, CUT_MARKER, withinCellLimit, truncateText } from "../../src/report/text-limit";
import type { SheetSpec } from "../../src/report/sheet-spec";
import { DASAR_LEMBAR } from "../helpers/lembar";

describe("potongTeks", () => {
  it("leaves text up to the limit alone", () => {
    const t = "a".repeat(CELL_TEXT_LIMIT);
    expect(truncateText(t)).toBe(t);
  });

  it("cuts longer text to exactly the limit, ending with the marker", () => {
    const t = truncateText("b".repeat(CELL_TEXT_LIMIT + 1));
    expect(t.length).toBe(CELL_TEXT_LIMIT);
    expect(t.endsWith(CUT_MARKER)).toBe(true);
  });

  it("never splits a surrogate pair", () => {
    const ujung = CELL_TEXT_LIMIT - CUT_MARKER.length;
    const t = truncateText("c".repeat(ujung - 1) + "😀".repeat(100));
    expect(t.length).toBe(CELL_TEXT_LIMIT - 1);
    expect(t.slice(0, -CUT_MARKER.length)).toBe("c".repeat(ujung - 1));
  });
});

it("dalamBatasSel cuts every text cell of every sheet, and nothing else", () => {
  const panjang = "d".repeat(40_000);
  const sheet: SheetSpec = {
    ...DASAR_LEMBAR,
    name: "Narasi",
    rows: [[{ value: panjang }, { value: 5 }, null, { value: "pendek" }]],
    columns: [10, 10, 10, 10],
    merges: [],
    freeze: { rows: 0, columns: 0 },
  };
  const [hasil] = withinCellLimit([sheet]);
  expect(
    hasil.rows[0].map((c) => (typeof c?.value === "string" ? c.value.length : (c?.value ?? null))),
  ).toEqual([CELL_TEXT_LIMIT, 5, null, 6]);
});
