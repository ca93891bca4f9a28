/** The command's use case (src/cli/compute-file.ts): one analysis, the sheets built once for every output. */
import fs from "fs";
import os from "os";
import path from "path";
import * as report from "../../src/report";
import { capaian, CONTOH } from "../helpers/cli";

jest.setTimeout(60000);

let tmp: string;
const f = (nama: string) => path.join(tmp, nama);
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-hitung-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

describe("capaian hitung's use case", () => {
  it("builds the output sheets once for the .xlsx and the .docx", async () => {
    const build = jest.spyOn(report, "buildSheets");
    const r = await capaian(
      "hitung",
      CONTOH,
      "-o",
      f("a.xlsx"),
      "--json",
      f("a.json"),
      "--docx",
      f("a.docx"),
    );
    expect(r.kode).toBe(0);
    expect(build).toHaveBeenCalledTimes(1);
    for (const n of ["a.xlsx", "a.json", "a.docx"]) expect(fs.statSync(f(n)).size).toBeGreaterThan(0);
  });

  it("builds no sheets for the JSON alone, and once for the Word file alone", async () => {
    const build = jest.spyOn(report, "buildSheets");
    expect((await capaian("hitung", CONTOH, "--json", f("b.json"))).kode).toBe(0);
    expect(build).not.toHaveBeenCalled();
    expect((await capaian("hitung", CONTOH, "--docx", f("b.docx"))).kode).toBe(0);
    expect(build).toHaveBeenCalledTimes(1);
  });
});
