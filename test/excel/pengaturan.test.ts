/** The pane's choices kept in the workbook (src/taskpane/settings.ts) on the simulated host's settings. */
import { savedOptions, saveOptions } from "../../src/taskpane/settings";
import { buatModel, pasangHost } from "./workbook";

let lepas: () => void;
beforeEach(() => (lepas = pasangHost(buatModel([{ name: "A" }])).lepas));
afterEach(() => lepas());

const settings = () => Office.context.document.settings as Office.Settings & { saved: Map<string, string> };

describe("pengaturan", () => {
  it("saves the SKPD and month into the document and reads them back", async () => {
    expect(savedOptions()).toEqual({});
    await saveOptions({ skpd: "1.06.0.00.0.00.01.0000", sampaiBulan: 6 });
    expect(settings().saved.get("capaian.pilihan")).toBe('{"skpd":"1.06.0.00.0.00.01.0000","sampaiBulan":6}');
    expect(savedOptions()).toEqual({ skpd: "1.06.0.00.0.00.01.0000", sampaiBulan: 6 });
    await saveOptions({});
    expect(savedOptions()).toEqual({});
  });

  it("ignores what it did not write: a month outside 1–12, a non-text SKPD, another shape", () => {
    settings().set("capaian.pilihan", { skpd: 42, sampaiBulan: 13 });
    expect(savedOptions()).toEqual({});
    settings().set("capaian.pilihan", "1.06");
    expect(savedOptions()).toEqual({});
  });
});
