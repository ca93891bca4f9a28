/** The chapter's charts: drawn as SVG from the run, rendered to PNG, placed with a caption. */
import { analyze } from "../../src/core/analyze";
import { buildBab3, bab3Charts, packBab3 } from "../../src/docx";
import { buildSheets } from "../../src/report";
import { bab3Images } from "../../src/cli/images";
import { seedRawTables } from "../fixtures/seed-tabel";
import { bacaZip } from "../helpers/zip";

const a = analyze(seedRawTables(), { tahun: 2024, tahunSekarang: 2025 });

it("capaian per indikator against the 100 % line, serapan per program", () => {
  const [capaian, serapan] = bab3Charts(a);
  expect(capaian.letak).toBe("capaian");
  for (const i of a.indikator) expect(capaian.svg).toContain(`>${i.kode}<`);
  expect(capaian.svg).toContain(">153,30<");
  expect(capaian.svg).toContain("Acuan 100 %");
  expect((capaian.svg.match(/<rect [^>]*fill="#2F5597"/g) ?? []).length).toBe(a.indikator.length);
  expect(serapan.letak).toBe("serapan");
  expect(serapan.svg).toContain(">95,22<");
  expect(serapan.svg).toContain("pagu Rp 0");
});

it("renders to PNG (resvg) and the chapter carries both, captioned", async () => {
  const gambar = bab3Images(a);
  expect(gambar).toHaveLength(2);
  for (const g of gambar) {
    expect(Buffer.from(g.png.subarray(1, 4)).toString()).toBe("PNG");
    // IHDR width at twice the shown size.
    expect(Buffer.from(g.png).readUInt32BE(16)).toBe(g.lebar * 2);
  }
  const zip = bacaZip(await packBab3(buildBab3(a, buildSheets(a), { gambar })));
  expect([...zip.keys()].filter((k) => k.startsWith("word/media/"))).toHaveLength(2);
  const xml = zip.get("word/document.xml")!.toString("utf8");
  expect(xml).toContain("Gambar 3.1 Capaian per Indikator terhadap 100 %");
  expect(xml).toContain("Gambar 3.2 Serapan Anggaran per Program");
  // The capaian chart follows Tabel 3.2; the serapan chart the Tabel Realisasi Keuangan.
  expect(xml.indexOf("Gambar 3.1")).toBeGreaterThan(xml.indexOf("Tabel 3.2 Capaian Kinerja"));
  expect(xml.indexOf("Gambar 3.2")).toBeGreaterThan(xml.indexOf("Realisasi Keuangan Tahun 2024"));
});
