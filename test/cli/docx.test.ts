/** `capaian hitung … --docx OUT.docx`: chapter III as a Word file, written atomically. */
import fs from "fs";
import os from "os";
import path from "path";
import { capaian, CONTOH } from "../helpers/cli";
import { bacaZip } from "../helpers/zip";

jest.setTimeout(30000);

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-docx-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("capaian hitung --docx", () => {
  it("writes a Word document of chapter III and says so", async () => {
    const docx = path.join(tmp, "sub", "bab3.docx");
    const hasil = await capaian("hitung", CONTOH, "--docx", docx);
    expect(hasil.err).toBe("");
    expect(hasil.kode).toBe(0);
    expect(hasil.out).toContain(`Ditulis: ${docx}`);
    const bytes = fs.readFileSync(docx);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const xml = bacaZip(bytes).get("word/document.xml")?.toString("utf8") ?? "";
    expect(xml).toContain("BAB III AKUNTABILITAS KINERJA");
    expect(xml).toContain("4.235.577.713");
    // Only the document: no temporary file left beside it.
    expect(fs.readdirSync(path.dirname(docx))).toEqual(["bab3.docx"]);
  });

  it("writes it beside the workbook copy and the JSON", async () => {
    const [xlsx, json, docx] = ["salinan.xlsx", "laporan.json", "bab3.docx"].map((n) => path.join(tmp, n));
    const hasil = await capaian("hitung", CONTOH, "-o", xlsx, "--json", json, "--docx", docx);
    expect(hasil.kode).toBe(0);
    for (const f of [xlsx, json, docx]) expect(fs.existsSync(f)).toBe(true);
  });

  it("refuses to write over the input", async () => {
    const hasil = await capaian("hitung", CONTOH, "--docx", CONTOH);
    expect(hasil.kode).toBe(2);
    expect(hasil.err).toContain("--docx");
  });

  it("lists the option in the help, in Indonesian", async () => {
    const hasil = await capaian("hitung", "--help");
    expect(hasil.kode).toBe(0);
    expect(hasil.out).toMatch(/--docx <berkas>\s+dokumen Word Bab III/);
  });
});
