/**
 * The real SIPD-RI budget recap (Kabupaten Buru 2024, 42 SKPD, 5,481 rows): the tree of every
 * SKPD sums its rekening rows exactly, and the 23-column and reordered variants give the same tree.
 */
import type { NodeAnggaran } from "../../../src/core/anggaran";
import { Catatan } from "../../../src/core/read";
import { cellNumber, cellText, type SipdTable } from "../../../src/core/sipd/sheet";
import { buildPohon } from "../../../src/core/sipd/pohon";
import { listSkpd, pickSkpd, type SkpdChoice } from "../../../src/core/sipd/skpd";
import { DINSOS, diacak, kenali, lembarContoh, varian23 } from "../../helpers/sipd";

let rekap: SipdTable;
beforeAll(async () => {
  rekap = kenali(await lembarContoh());
});

function pilih(t: SipdTable, kode: string): SkpdChoice {
  const p = pickSkpd(t, kode);
  if (!p.ok) throw new Error(p.pesan);
  return p.pilihan;
}

/** The sums straight from the rows, independently of the tree: kode path → sen. */
function jumlahBaris(t: SipdTable, skpd: string): Map<string, bigint> {
  const jumlah = new Map<string, bigint>();
  for (let r = 0; r < t.raw.rows.length; r++) {
    if (cellText(t, r, "KODE SKPD") !== skpd) continue;
    const pagu = cellNumber(t, r, "PAGU");
    const jalur = ["KODE PROGRAM", "KODE KEGIATAN", "KODE SUB KEGIATAN", "KODE REKENING"].map((k) =>
      cellText(t, r, k),
    );
    for (let i = 1; i <= 4; i++) {
      if (i === 4 && !jalur[3]) continue;
      const k = jalur.slice(0, i).join("|");
      const sen = typeof pagu === "number" ? BigInt(Math.round(pagu * 100)) : 0n;
      jumlah.set(k, (jumlah.get(k) ?? 0n) + sen);
    }
  }
  return jumlah;
}

function semua(akar: NodeAnggaran[], jalur = ""): [string, NodeAnggaran][] {
  return akar.flatMap((n) => {
    const j = jalur ? `${jalur}|${n.kode}` : n.kode;
    return [[j, n] as [string, NodeAnggaran], ...semua(n.anak, j)];
  });
}

/** The tree as plain data, for comparing two readings. */
const bentuk = (akar: NodeAnggaran[]): unknown =>
  akar.map((n) => ({ kode: n.kode, uraian: n.uraian, level: n.level, pagu: n.pagu, anak: bentuk(n.anak) }));

describe("the real recap", () => {
  it("is recognised by its header: 21 columns, header in row 1, 5,481 rows, 42 SKPD", () => {
    expect(rekap.format.jenis).toBe("rekap");
    expect(rekap.raw.headers).toHaveLength(21);
    expect(rekap.raw.headerRow).toBe(1);
    expect(rekap.raw.rows).toHaveLength(5481);
    expect(listSkpd(rekap)).toHaveLength(42);
  });

  it("every program, kegiatan, sub kegiatan and rekening of every SKPD is the sum of its rows; the SKPD add up to Rp 866.035.384.427", () => {
    let total = 0n;
    let simpul = 0;
    for (const s of listSkpd(rekap)) {
      const catatan = new Catatan(2024);
      const pohon = buildPohon(rekap, pilih(rekap, s.kode), true, catatan);
      expect(catatan.temuan).toEqual([]);
      const dariBaris = jumlahBaris(rekap, s.kode);
      const dariPohon = semua(pohon.akar);
      expect(dariPohon.map(([j]) => j).sort()).toEqual([...dariBaris.keys()].sort());
      for (const [j, n] of dariPohon) {
        expect([j, n.pagu]).toEqual([j, dariBaris.get(j)]);
        // a parent is also the sum of its children
        if (n.anak.length) expect(n.pagu).toBe(n.anak.reduce((x, a) => x + a.pagu, 0n));
      }
      simpul += dariPohon.length;
      total += pohon.akar.reduce((x, n) => x + n.pagu, 0n);
    }
    expect(total).toBe(86_603_538_442_700n); // sen
    expect(simpul).toBeGreaterThan(5000);
  });

  it("Dinas Sosial: 138 rows, Rp 4.083.043.026, the export's own names as Uraian", () => {
    const pohon = buildPohon(rekap, pilih(rekap, DINSOS), false, new Catatan(2024));
    expect(pohon.jumlahBaris).toBe(138);
    expect(pohon.akar.reduce((x, n) => x + n.pagu, 0n)).toBe(408_304_302_600n);
    const rehab = pohon.akar.find((n) => n.kode === "1.06.04");
    expect(rehab?.uraian).toBe("PROGRAM REHABILITASI SOSIAL");
    expect(rehab?.level).toBe("program");
    expect(rehab?.anak[0].level).toBe("kegiatan");
    expect(rehab?.anak[0].anak[0].level).toBe("sub kegiatan");
    // programs with budget lines, and those listed with sub kegiatan without rekening (pagu 0)
    expect(pohon.akar.filter((n) => n.pagu > 0n).map((n) => n.kode)).toEqual(["1.06.04", "1.06.01"]);
    const tanpaRekening = semua(pohon.akar).filter(
      ([, n]) => n.level === "sub kegiatan" && !pohon.rekeningAda.has(n.kode),
    );
    expect(tanpaRekening.every(([, n]) => n.pagu === 0n)).toBe(true);
    expect(tanpaRekening.length).toBeGreaterThan(0);
    expect(tanpaRekening.every(([, n]) => !n.paguSel.angka)).toBe(true);
  });

  it("a sub kegiatan's source is a SUM over its rekening rows' PAGU cells", () => {
    const pohon = buildPohon(rekap, pilih(rekap, DINSOS), false, new Catatan(2024));
    const sub = semua(pohon.akar).find(([, n]) => n.level === "sub kegiatan" && n.pagu > 0n)?.[1];
    expect(sub?.paguSel.angka).toBe(true);
    expect(sub?.paguSel.ref).toMatch(/^SUM\('Sheet 1'!U\d+(:U\d+)?(,'Sheet 1'!U\d+(:U\d+)?)*\)$/);
  });

  it("the 23-column variant gives the same tree for every SKPD", async () => {
    const t23 = kenali(varian23(await lembarContoh()));
    expect(t23.raw.headers).toHaveLength(23);
    for (const s of listSkpd(rekap))
      expect(bentuk(buildPohon(t23, pilih(t23, s.kode), true, new Catatan(2024)).akar)).toEqual(
        bentuk(buildPohon(rekap, pilih(rekap, s.kode), true, new Catatan(2024)).akar),
      );
  });

  it('blank cells as Office.js hands them over ("") give the same tree as exceljs\'s null', async () => {
    const l = await lembarContoh();
    const kosong = kenali({ ...l, values: l.values.map((r) => r.map((v) => (v === null ? "" : v))) });
    for (const s of listSkpd(rekap)) {
      const catatan = new Catatan(2024);
      expect(bentuk(buildPohon(kosong, pilih(kosong, s.kode), true, catatan).akar)).toEqual(
        bentuk(buildPohon(rekap, pilih(rekap, s.kode), true, new Catatan(2024)).akar),
      );
      expect(catatan.temuan).toEqual([]);
    }
  });

  it("columns in another order, headers in other case, below a title row, from column B: the same tree", async () => {
    const acak = kenali(diacak(await lembarContoh()));
    expect(acak.raw.headerRow).toBe(3);
    expect(acak.raw.headers[0]).not.toMatch(/^NO$/i);
    for (const s of listSkpd(rekap))
      expect(bentuk(buildPohon(acak, pilih(acak, s.kode), true, new Catatan(2024)).akar)).toEqual(
        bentuk(buildPohon(rekap, pilih(rekap, s.kode), true, new Catatan(2024)).akar),
      );
    // addresses follow the moved columns: PAGU is no longer column U
    const pohon = buildPohon(acak, pilih(acak, DINSOS), false, new Catatan(2024));
    const sub = semua(pohon.akar).find(([, n]) => n.paguSel.angka)?.[1];
    const kolomPagu = String.fromCharCode(66 + acak.raw.headers.findIndex((h) => h.trim() === "pagu"));
    expect(sub?.paguSel.alamat).toMatch(new RegExp(`^Rekap Acak!${kolomPagu}\\d+$`));
  });
});

describe("choosing the SKPD", () => {
  it("by KODE SKPD, a unique part of NAMA SKPD, or a KODE SUB UNIT", () => {
    expect(pilih(rekap, DINSOS).nama).toBe("Dinas Sosial");
    expect(pilih(rekap, "dinas sosial").kode).toBe(DINSOS);
    expect(pilih(rekap, "kecamatan namlea").kode).toBe("7.01.0.00.0.00.01.0000");
    expect(pilih(rekap, DINSOS).subUnit).toBeNull();
    const rsud = pilih(rekap, "1.02.0.00.0.00.01.1000");
    expect(rsud).toEqual({
      kode: "1.02.0.00.0.00.01.0000",
      nama: "Dinas Kesehatan",
      subUnit: "1.02.0.00.0.00.01.1000",
      namaSubUnit: "RSUD Namlea",
    });
  });

  it("a sub unit by a unique part of its NAMA SUB UNIT when no SKPD name has it", () => {
    expect(pilih(rekap, "rsud")).toMatchObject({
      subUnit: "1.02.0.00.0.00.01.1000",
      namaSubUnit: "RSUD Namlea",
    });
    const puskesmas = pickSkpd(rekap, "Puskesmas");
    expect(puskesmas.ok).toBe(false);
    if (!puskesmas.ok) expect(puskesmas.pesan).toMatch(/cocok dengan 13 sub unit.*KODE SUB UNIT/);
  });

  it("a sub unit's tree holds its own rows only (a KODE SUB UNIT equal to the KODE SKPD means the whole SKPD)", () => {
    const dinkes = pilih(rekap, "1.02.0.00.0.00.01.0000");
    expect(dinkes.subUnit).toBeNull();
    const sub = new Map<string, bigint>();
    for (let r = 0; r < rekap.raw.rows.length; r++) {
      if (cellText(rekap, r, "KODE SKPD") !== dinkes.kode) continue;
      const k = cellText(rekap, r, "KODE SUB UNIT");
      const pagu = cellNumber(rekap, r, "PAGU");
      sub.set(k, (sub.get(k) ?? 0n) + (typeof pagu === "number" ? BigInt(pagu) * 100n : 0n));
    }
    expect(sub.size).toBe(15);
    for (const [k, sen] of sub) {
      if (k === dinkes.kode) continue;
      const p = pilih(rekap, k);
      expect(p.subUnit).toBe(k);
      expect(buildPohon(rekap, p, false, new Catatan(2024)).akar.reduce((x, n) => x + n.pagu, 0n)).toBe(sen);
    }
  });

  it("none chosen, an ambiguous or an unknown one: a message listing the SKPD codes and names", () => {
    const tanpa = pickSkpd(rekap, undefined);
    expect(tanpa.ok).toBe(false);
    if (!tanpa.ok) {
      expect(tanpa.daftar).toHaveLength(42);
      expect(tanpa.pesan).toContain("memuat 42 SKPD");
      expect(tanpa.pesan).toContain(`${DINSOS} Dinas Sosial`);
      expect(tanpa.pesan).toContain("--skpd");
    }
    const ambigu = pickSkpd(rekap, "Kecamatan");
    expect(ambigu.ok).toBe(false);
    if (!ambigu.ok) expect(ambigu.pesan).toMatch(/cocok dengan 10 SKPD/);
    const tidak = pickSkpd(rekap, "Dinas Antariksa");
    expect(tidak.ok).toBe(false);
    if (!tidak.ok) expect(tidak.pesan).toContain('SKPD "Dinas Antariksa" tidak ada');
  });
});
