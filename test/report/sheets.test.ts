/**
 * The output sheets as data (SheetSpec): layout, live formulas whose cached values are checked by
 * evaluating them here, text that must never become a formula, and the Temuan links.
 */
import ExcelJS from "exceljs";
import { labelTemuan } from "../../src/core/label";
import { analyze, type Analysis } from "../../src/core/analyze";
import type { NodeAnggaran } from "../../src/core/anggaran";
import type { RawTable } from "../../src/core/tabel";
import { buildSheets } from "../../src/report";
import type { CellSpec, SheetSpec } from "../../src/report/sheet-spec";
import { writeSheet } from "../../src/xlsx/write-sheets";
import { seedRawTables } from "../../scripts/seed-tabel";
import { bukuKerja } from "../helpers/tabel";

// ---------------------------------------------------------------------------------------------
// A tiny evaluator for the formulas the sheets use: numbers, "text", A1 refs and ranges on the
// sheet, Sheet!A1 refs to the source tables, + - * / = <> < > <= >=, SUM, SUBTOTAL(9, …) (which
// leaves out cells that are SUBTOTALs themselves), AVERAGE, AVERAGEIF (equality), IF, IFERROR,
// AND, OR, HYPERLINK.
// ---------------------------------------------------------------------------------------------
type Nilai = number | string | boolean | null;
class GalatRumus extends Error {}

type Token =
  { t: "num"; v: number } | { t: "str"; v: string } | { t: "ref"; v: string } | { t: "op"; v: string };

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const re =
    /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!\$?[A-Z]+\$?\d+|\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)(?![A-Za-z0-9_(])|([A-Z][A-Z0-9.]*)(?=\()|(<=|>=|<>|[-+*/=<>(),&]))/y;
  let i = 0;
  while (i < s.length) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) throw new Error(`tidak terbaca: ${s.slice(i)}`);
    if (m[1] !== undefined) out.push({ t: "num", v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: "str", v: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ t: "ref", v: m[3] });
    else if (m[4] !== undefined) out.push({ t: "op", v: m[4] });
    else out.push({ t: "op", v: m[5] });
    i = re.lastIndex;
  }
  return out;
}

type Node =
  | { k: "lit"; v: Nilai }
  | { k: "ref"; v: string }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "neg"; a: Node }
  | { k: "fn"; name: string; args: Node[] };

function parse(formula: string): Node {
  const ts = tokenize(formula.replace(/^=/, ""));
  let p = 0;
  const peek = () => ts[p];
  const op = (v: string) => peek()?.t === "op" && peek().v === v;
  const expect_ = (v: string) => {
    if (!op(v)) throw new Error(`expected ${v} in ${formula}`);
    p++;
  };
  const primary = (): Node => {
    const t = ts[p++];
    if (!t) throw new Error(`unexpected end of ${formula}`);
    if (t.t === "num" || t.t === "str") return { k: "lit", v: t.v };
    if (t.t === "ref") return { k: "ref", v: t.v };
    if (t.v === "(") {
      const e = compare();
      expect_(")");
      return e;
    }
    if (t.v === "-") return { k: "neg", a: primary() };
    if (/^[A-Z]/.test(t.v)) {
      expect_("(");
      const args: Node[] = [];
      if (!op(")")) {
        args.push(compare());
        while (op(",")) {
          p++;
          args.push(compare());
        }
      }
      expect_(")");
      return { k: "fn", name: t.v, args };
    }
    throw new Error(`unexpected ${t.v} in ${formula}`);
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let a = next();
    while (peek()?.t === "op" && ops.includes(peek().v as string)) {
      const o = ts[p++].v as string;
      a = { k: "bin", op: o, a, b: next() };
    }
    return a;
  };
  const mul = binary(primary, ["*", "/"]);
  const add = binary(mul, ["+", "-", "&"]);
  const compare = binary(add, ["=", "<>", "<", ">", "<=", ">="]);
  const e = compare();
  if (p !== ts.length) throw new Error(`trailing tokens in ${formula}`);
  return e;
}

const kolomKe = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const urai = (ref: string) => {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad ref ${ref}`);
  return { c: kolomKe(m[1]), r: Number(m[2]) };
};

class Evaluator {
  private readonly memo = new Map<string, Nilai>();
  constructor(
    private readonly sheet: SheetSpec,
    private readonly sources: RawTable[],
  ) {}

  /** The value of a sheet cell: its formula evaluated (recursively), or its plain value. */
  sel(r: number, c: number): Nilai {
    const key = `${r},${c}`;
    if (this.memo.has(key)) return this.memo.get(key) as Nilai;
    const cell = this.sheet.rows[r - 1]?.[c - 1] ?? null;
    const v = cell?.formula ? this.rumus(cell.formula) : (cell?.value ?? null);
    this.memo.set(key, v);
    return v;
  }

  rumus(f: string): Nilai {
    return this.eval(parse(f));
  }

  /** A reference to a source table's cell, e.g. DPA!C58 or 'Perjanjian Kinerja'!E7. */
  private sumber(ref: string): Nilai {
    const i = ref.lastIndexOf("!");
    const nama = ref
      .slice(0, i)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    const { r, c } = urai(ref.slice(i + 1));
    const t = this.sources.find((x) => x.sheet === nama);
    if (!t) throw new Error(`no source sheet ${nama}`);
    const row = t.rows[r - t.headerRow - 1];
    if (!row) throw new Error(`${ref} is outside table ${t.name}`);
    const v = row[c - t.firstColumn];
    if (v === undefined) throw new Error(`${ref} is outside table ${t.name}`);
    return v;
  }

  private daftar(n: Node): Nilai[] {
    if (n.k === "ref" && n.v.includes(":")) {
      const [a, b] = n.v.split(":").map(urai);
      const out: Nilai[] = [];
      for (let r = a.r; r <= b.r; r++) for (let c = a.c; c <= b.c; c++) out.push(this.sel(r, c));
      return out;
    }
    return [this.eval(n)];
  }

  private angka(v: Nilai): number {
    if (v === null || v === "") return 0;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    throw new GalatRumus("#VALUE!");
  }

  private eval(n: Node): Nilai {
    switch (n.k) {
      case "lit":
        return n.v;
      case "ref":
        if (n.v.includes("!")) return this.sumber(n.v);
        if (n.v.includes(":")) throw new Error("range outside a function");
        return this.sel(urai(n.v).r, urai(n.v).c);
      case "neg":
        return -this.angka(this.eval(n.a));
      case "bin": {
        const a = this.eval(n.a);
        const b = this.eval(n.b);
        switch (n.op) {
          case "+":
            return this.angka(a) + this.angka(b);
          case "-":
            return this.angka(a) - this.angka(b);
          case "*":
            return this.angka(a) * this.angka(b);
          case "/":
            if (this.angka(b) === 0) throw new GalatRumus("#DIV/0!");
            return this.angka(a) / this.angka(b);
          case "&":
            return `${a ?? ""}${b ?? ""}`;
          default: {
            // blank equals both "" and 0
            const x = a === null ? (typeof b === "string" ? "" : 0) : a;
            const y = b === null ? (typeof a === "string" ? "" : 0) : b;
            const cmp = x === y ? 0 : (x as number) < (y as number) ? -1 : 1;
            return {
              "=": cmp === 0,
              "<>": cmp !== 0,
              "<": cmp < 0,
              ">": cmp > 0,
              "<=": cmp <= 0,
              ">=": cmp >= 0,
            }[n.op] as boolean;
          }
        }
      }
      case "fn": {
        const arg = (i: number) => this.eval(n.args[i]);
        switch (n.name) {
          case "SUM":
            return n.args
              .flatMap((a) => this.daftar(a))
              .reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
          case "SUBTOTAL": {
            if (this.eval(n.args[0]) !== 9) throw new Error("SUBTOTAL other than 9");
            let jumlah = 0;
            for (const a of n.args.slice(1)) {
              if (a.k !== "ref" || !a.v.includes(":")) throw new Error("SUBTOTAL of a non-range");
              const [p, q] = a.v.split(":").map(urai);
              for (let r = p.r; r <= q.r; r++)
                for (let c = p.c; c <= q.c; c++) {
                  if (/^=SUBTOTAL\(/.test(this.sheet.rows[r - 1]?.[c - 1]?.formula ?? "")) continue;
                  const v = this.sel(r, c);
                  if (typeof v === "number") jumlah += v;
                }
            }
            return jumlah;
          }
          case "AVERAGEIF": {
            const kunci = this.daftar(n.args[0]);
            const isi = this.daftar(n.args[2]);
            const k = arg(1);
            const xs = isi.filter(
              (v, i): v is number =>
                typeof v === "number" && String(kunci[i] ?? "").toLowerCase() === String(k).toLowerCase(),
            );
            if (xs.length === 0) throw new GalatRumus("#DIV/0!");
            return xs.reduce((s, v) => s + v, 0) / xs.length;
          }
          case "AVERAGE": {
            const xs = n.args
              .flatMap((a) => this.daftar(a))
              .filter((v): v is number => typeof v === "number");
            if (xs.length === 0) throw new GalatRumus("#DIV/0!");
            return xs.reduce((s, v) => s + v, 0) / xs.length;
          }
          case "IF":
            return arg(0) ? arg(1) : n.args.length > 2 ? arg(2) : false;
          case "IFERROR":
            try {
              return arg(0);
            } catch (e) {
              if (e instanceof GalatRumus) return arg(1);
              throw e;
            }
          case "AND":
            return n.args.every((_, i) => Boolean(arg(i)));
          case "OR":
            return n.args.some((_, i) => Boolean(arg(i)));
          case "HYPERLINK":
            return arg(n.args.length > 1 ? 1 : 0);
          default:
            throw new Error(`unknown function ${n.name}`);
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------

const UANG = new Set(["uang", "uangTebal", "totalUang"]);

/** Every formula's cached value equals its evaluation: to the sen for money, to 1e-9 otherwise. */
function periksaCache(sheet: SheetSpec, sources: RawTable[]): number {
  const ev = new Evaluator(sheet, sources);
  let n = 0;
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.formula) return;
      n++;
      const hasil = ev.sel(r + 1, c + 1);
      const lokasi = `${sheet.name}!${String.fromCharCode(65 + c)}${r + 1} ${cell.formula}`;
      if (typeof hasil === "number") {
        expect(typeof cell.value).toBe("number");
        if (UANG.has(cell.style ?? ""))
          expect([lokasi, Math.round((cell.value as number) * 100)]).toEqual([
            lokasi,
            Math.round(hasil * 100),
          ]);
        else
          expect([
            lokasi,
            Math.abs((cell.value as number) - hasil) <= 1e-9 * Math.max(1, Math.abs(hasil)),
          ]).toEqual([lokasi, true]);
      } else expect([lokasi, cell.value]).toEqual([lokasi, hasil]);
    }),
  );
  return n;
}

const seed2024 = () => analyze(seedRawTables(), { tahun: 2024, tahunSekarang: 2025 });
const lembar = (a: Analysis, nama: string) => {
  const s = buildSheets(a).find((x) => x.name === nama);
  if (!s) throw new Error(`no sheet ${nama}`);
  return s;
};
const baris = (s: SheetSpec, pred: (row: (CellSpec | null)[]) => boolean) => s.rows.findIndex(pred) + 1;
const nilai = (s: SheetSpec, r: number, c: number) => s.rows[r - 1][c - 1]?.value;
const rumusDi = (s: SheetSpec, r: number, c: number) => s.rows[r - 1][c - 1]?.formula;

/** The rows a SUBTOTAL formula sums, e.g. "=SUBTOTAL(9,E5:E9)" in column E → [5, 9]. */
function barisSubtotal(formula: string, kolom: string): [number, number] {
  const m = /^=SUBTOTAL\(9,([A-Z])(\d+):([A-Z])(\d+)\)$/.exec(formula);
  if (!m) throw new Error(`not a SUBTOTAL: ${formula}`);
  expect([m[1], m[3]]).toEqual([kolom, kolom]);
  return [Number(m[2]), Number(m[4])];
}

describe("Tabel Realisasi Keuangan (seed 2024)", () => {
  const a = seed2024();
  const s = lembar(a, "Tabel Realisasi Keuangan");
  const header = baris(s, (r) => r[0]?.value === "No");
  const jumlah = baris(s, (r) => r[0]?.value === "Jumlah");

  it("has the seed's header", () => {
    expect(s.rows[header - 1].slice(0, s.tables[0].columns).map((c) => c?.value)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama (IKU)",
      "Program / Kegiatan / Sub Kegiatan",
      "Pagu Anggaran",
      "Realisasi Anggaran",
      "%",
    ]);
    expect(s.freeze.rows).toBe(header);
  });

  /** Row of each budget node: programs found by their uraian, their subtree on the rows below. */
  const barisNode = new Map<NodeAnggaran, number>();
  for (const p of a.anggaran) {
    const r = baris(s, (row) => row[3]?.value === p.uraian && row[3]?.style === "program");
    let next = r;
    const jalan = (n: NodeAnggaran) => {
      barisNode.set(n, next++);
      n.anak.forEach(jalan);
    };
    jalan(p);
  }

  it("writes every budget line once, in tree order under its program, with its uraian", () => {
    expect(barisNode.size).toBe(54);
    for (const [n, r] of barisNode) expect([n.kode, nilai(s, r, 4)]).toEqual([n.kode, n.uraian]);
    const rows = [...barisNode.values()].sort((x, y) => x - y);
    expect(rows[0]).toBe(header + 1);
    expect(rows[rows.length - 1]).toBe(jumlah - 1);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it("programs are grouped under the sasaran and IKU they support; Penunjang comes last", () => {
    const urutan = a.anggaran
      .slice()
      .sort((x, y) => (barisNode.get(x) as number) - (barisNode.get(y) as number))
      .map((p) => p.kode);
    expect(urutan).toEqual(["1.06.02", "1.06.07", "1.06.06", "1.06.05", "1.06.04", "1.06.01"]);
    const r = (kode: string) =>
      barisNode.get(a.anggaran.find((p) => p.kode === kode) as NodeAnggaran) as number;
    expect(nilai(s, r("1.06.02"), 2)).toBe(
      "Meningkatnya penyelenggaraan kesejahteraan sosial yang partisipatif",
    );
    expect(nilai(s, r("1.06.02"), 3)).toBe("Persentase PSKS Perorangan, Keluarga dan Kelembagaan yang aktif");
    expect(nilai(s, r("1.06.06"), 2)).toBe("Meningkatnya penyelenggaraan Perlindungan Sosial");
    expect(nilai(s, r("1.06.01"), 2)).toBe("");
    expect(s.merges).toContain(`B${r("1.06.02")}:B${r("1.06.06") - 1}`);
  });

  it("the Jumlah row is a SUBTOTAL of the whole table, cached 4.235.577.713 / 4.183.315.561", () => {
    expect(barisSubtotal(rumusDi(s, jumlah, 5) as string, "E")).toEqual([header + 1, jumlah - 1]);
    expect(barisSubtotal(rumusDi(s, jumlah, 6) as string, "F")).toEqual([header + 1, jumlah - 1]);
    expect(nilai(s, jumlah, 5)).toBe(4235577713);
    expect(nilai(s, jumlah, 6)).toBe(4183315561);
    expect(nilai(s, jumlah, 7)).toBeCloseTo(98.76611514316937, 12);
  });

  it("every parent row is a SUBTOTAL over exactly its subtree's rows; leaves refer to their source cell", () => {
    let orangTua = 0;
    for (const [n, r] of barisNode) {
      if (n.anak.length === 0) {
        expect(rumusDi(s, r, 5)).toBe(`=${n.paguSel.ref}`);
        if (n.realisasiSel) expect(rumusDi(s, r, 6)).toBe(`=${n.realisasiSel.ref}`);
        continue;
      }
      orangTua++;
      const turunan: number[] = [];
      const kumpul = (x: NodeAnggaran) =>
        x.anak.forEach((y) => (turunan.push(barisNode.get(y) as number), kumpul(y)));
      kumpul(n);
      const rentang = [Math.min(...turunan), Math.max(...turunan)];
      expect(rentang[1] - rentang[0] + 1).toBe(turunan.length);
      expect([n.kode, barisSubtotal(rumusDi(s, r, 5) as string, "E")]).toEqual([n.kode, rentang]);
      expect([n.kode, barisSubtotal(rumusDi(s, r, 6) as string, "F")]).toEqual([n.kode, rentang]);
    }
    expect(orangTua).toBe(5 + 13); // programs with children, and every kegiatan
  });

  it("every cached value equals the formula evaluated over the sheet and the source tables", () => {
    // 54 budget lines × (pagu, realisasi, %), the Jumlah row, and the chart data's 6 program serapan.
    expect(periksaCache(s, seedRawTables())).toBe(54 * 3 + 3 + 6);
  });

  it("the checker itself catches a cached value one sen off, or a wrong SUBTOTAL", () => {
    const salin = (): SheetSpec => ({ ...s, rows: s.rows.map((r) => r.map((c) => (c ? { ...c } : c))) });
    const satuSen = salin();
    const j = satuSen.rows[jumlah - 1][4] as CellSpec;
    j.value = (j.value as number) + 0.01;
    expect(() => periksaCache(satuSen, seedRawTables())).toThrow();
    const sumSalah = salin();
    const k = sumSalah.rows[jumlah - 1][5] as CellSpec;
    k.formula = (k.formula as string).replace(/:F(\d+)\)$/, (_, r: string) => `:F${Number(r) - 1})`);
    expect(() => periksaCache(sumSalah, seedRawTables())).toThrow();
  });

  it("% is guarded against pagu 0: Pemberdayaan Sosial's cached value is empty", () => {
    const r = barisNode.get(a.anggaran.find((p) => p.kode === "1.06.02") as NodeAnggaran) as number;
    expect(rumusDi(s, r, 7)).toBe(`=IF(E${r}=0,"",F${r}/E${r}*100)`);
    expect(nilai(s, r, 7)).toBe("");
    expect(nilai(s, r, 5)).toBe(0);
  });

  it("amounts are numbers, not text", () => {
    for (const r of barisNode.values()) {
      expect(typeof nilai(s, r, 5)).toBe("number");
      expect(typeof nilai(s, r, 6)).toBe("number");
    }
  });
});

describe("Capaian Kinerja (seed 2024)", () => {
  const a = seed2024();
  const s = lembar(a, "Capaian Kinerja");
  const header = baris(s, (r) => r[0]?.value === "No");

  it("has Tabel 3.2's header", () => {
    expect(s.rows[header - 1].slice(0, s.tables[0].columns).map((c) => c?.value)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Predikat",
      "Rumus",
    ]);
    expect(s.wordColumns).toBe(8);
  });

  it("each sasaran row is the AVERAGE of exactly its indikator rows, with its predikat", () => {
    const sasaranRows = s.rows.flatMap((r, i) => (r[0]?.style === "sasaranTengah" ? [i + 1] : []));
    expect(sasaranRows).toHaveLength(3);
    a.sasaran.forEach((sas, k) => {
      const r = sasaranRows[k];
      expect(nilai(s, r, 2)).toBe(sas.sasaran);
      expect(rumusDi(s, r, 7)).toBe(`=IFERROR(AVERAGE(G${r + 1}:G${r + sas.indikator.length}),"")`);
      sas.indikator.forEach((i, j) => expect(nilai(s, r + 1 + j, 3)).toBe(i.indikator));
      expect(nilai(s, r, 8)).toBe(sas.predikat);
      expect(nilai(s, r, 7)).toBe(sas.capaian);
    });
    expect(nilai(s, sasaranRows[0], 7)).toBeCloseTo(113.43283582089552, 10);
  });

  it("every cached value equals the formula evaluated", () => {
    // 5 indikator × (target, realisasi, capaian, predikat), 3 sasaran means and predikat, the
    // office mean and predikat, and the chart data's 5 capaian.
    expect(periksaCache(s, seedRawTables())).toBe(5 * 4 + 3 * 2 + 2 + 5);
  });

  it("the office row is the mean of the sasaran rows (found by their label: one formula length at any size)", () => {
    const r = baris(s, (row) => row[0]?.value === "Capaian kinerja OPD (rata-rata sasaran)");
    expect(rumusDi(s, r, 7)).toBe(
      `=IFERROR(AVERAGEIF(C5:C${r - 1},"Rata-rata capaian sasaran",G5:G${r - 1}),"")`,
    );
    const sasaran = s.rows.filter((row) => row[2]?.value === "Rata-rata capaian sasaran");
    expect(sasaran).toHaveLength(3);
    expect(nilai(s, r, 7)).toBeCloseTo((113.43283582089552 + 126.65094339622642 + 100) / 3, 10);
  });

  it("negatif, range and target-0 indikator: the formulas still match the engine", () => {
    const tables = bukuKerja((x) => {
      x.targets.push(
        ["IKU-02", "Sasaran dua", "Angka kemiskinan", "%", 10, "negatif", 2024],
        ["IKU-03", "Sasaran dua", "IPM", "", "68,75 – 69,25", "", 2024],
        ["IKU-04", "Sasaran dua", "Tanpa target", "%", 0, "", 2024],
        ["IKU-05", "Sasaran dua", "Belum ada data", "%", 50, "", 2024],
        ["IKU-06", "Sasaran dua", "Target teks", "%", "55,12", "", 2024],
      );
      x.realisasi.push(
        ["IKU-02", 8, 2024],
        ["IKU-03", 70, 2024],
        ["IKU-04", 5, 2024],
        ["IKU-05", "-", 2024],
        ["IKU-06", "84,5", 2024],
      );
    });
    const cs = lembar(analyze(tables, { tahunSekarang: 2024 }), "Capaian Kinerja");
    // numeric targets (4) and realisasi (4) refer to their source; 6 capaian, 2 sasaran, 1 office,
    // the chart data's 6 capaian references, and 9 live predikat (6 indikator, 2 sasaran, office)
    expect(periksaCache(cs, tables)).toBe(4 + 4 + 6 + 2 + 1 + 6 + 9);
    const cap = (nama: string) =>
      nilai(
        cs,
        baris(cs, (r) => r[2]?.value === nama),
        7,
      );
    expect(cap("Angka kemiskinan")).toBeCloseTo(120, 10);
    expect(cap("IPM")).toBeCloseTo((70 / 69.25) * 100, 10);
    expect(cap("Tanpa target")).toBe("");
    expect(cap("Belum ada data")).toBe("");
    expect(cap("Target teks")).toBeCloseTo((84.5 / 55.12) * 100, 10);
  });
});

describe("Temuan sheet", () => {
  const a = seed2024();
  const s = lembar(a, "Temuan");
  const header = baris(s, (r) => r[0]?.value === "No");
  const data = s.rows.slice(header);

  it("one row per temuan, errors first", () => {
    expect(s.rows[header - 1].slice(0, s.tables[0].columns).map((c) => c?.value)).toEqual([
      "No",
      "Tingkat",
      "Jenis",
      "Kode",
      "Tahun",
      "Tabel",
      "Lokasi",
      "Pesan",
      "Tercatat",
      "Dihitung",
    ]);
    expect(data).toHaveLength(a.temuan.length);
    // Each temuan with its tahun (the earlier years' too).
    expect(data.map((r) => r[4]?.value).sort()).toEqual(a.temuan.map((t) => t.tahun).sort());
    const tingkat = data.map((r) => r[1]?.value);
    const urut = ["Kesalahan", "Peringatan", "Info"];
    expect(tingkat.map((t) => urut.indexOf(t as string))).toEqual(
      tingkat.map((t) => urut.indexOf(t as string)).sort((x, y) => x - y),
    );
    // The jenis in words ("Total tidak sesuai"), the code staying in the JSON.
    expect(data.map((r) => r[2]?.value).sort()).toEqual(a.temuan.map((t) => labelTemuan(t.jenis)).sort());
    expect(data.map((r) => r[2]?.value)).toContain("Total tidak sesuai");
    expect(data.some((r) => /^[A-Z_]+$/.test(String(r[2]?.value)))).toBe(false);
  });

  it("a HYPERLINK per temuan with alamat, to that very cell", () => {
    const links = data.map((r) => r[6]).filter((c) => c?.formula?.startsWith("=HYPERLINK("));
    expect(links).toHaveLength(a.temuan.filter((t) => t.alamat).length);
    expect(links.map((c) => c?.value).sort()).toEqual(a.temuan.map((t) => t.alamat).sort());
    for (const c of links) {
      const m = /^=HYPERLINK\("#(.*)","(.*)"\)$/.exec(c?.formula as string);
      expect(m).not.toBeNull();
      const [, target, teks] = m as RegExpExecArray;
      expect(target.replace(/^'(.*)'!/, "$1!").replace(/''/g, "'")).toBe(teks);
      expect(teks).toBe(c?.value);
      // quoted when the sheet name needs it
      if (teks.startsWith("Perjanjian Kinerja!"))
        expect(target.startsWith("'Perjanjian Kinerja'!")).toBe(true);
    }
    expect(periksaCache(s, seedRawTables())).toBe(links.length);
  });

  it("says so when there is no temuan", () => {
    const t = lembar(analyze(bukuKerja(), { tahunSekarang: 2024 }), "Temuan");
    expect(t.rows.some((r) => r[0]?.value === "Tidak ada temuan.")).toBe(true);
  });
});

describe("text from the source is never a formula", () => {
  const JAHAT = ['=HYPERLINK("http://contoh.invalid","klik")', "=1+1", "+62 811", "-", "@SUM(A1)"];
  const a = analyze(
    bukuKerja((b) => {
      b.targets[0][1] = "=SUM(A1:A9) sasaran";
      b.targets[0][2] = "+Indikator";
      b.targets[0][3] = JAHAT[3];
      b.pagu[0][1] = JAHAT[0];
      b.pagu[1][1] = JAHAT[1];
      b.pagu[2][1] = JAHAT[2];
      b.pagu.push(["1.06.02.2.01.0002", JAHAT[4], 0, null, null, 2024]);
      b.realisasi.push(["1.06.02.2.01.0002", 0, 2024]);
    }),
    { tahunSekarang: 2024 },
  );
  const sheets = buildSheets(a);

  it("in the SheetSpec: a value, with no formula", () => {
    const teks = ["=SUM(A1:A9) sasaran", "+Indikator", ...JAHAT];
    for (const t of teks) {
      const cells = sheets.flatMap((s) => s.rows.flat()).filter((c) => c?.value === t);
      expect([t, cells.length > 0]).toEqual([t, true]);
      for (const c of cells) expect([t, c?.formula]).toEqual([t, undefined]);
    }
    // and no formula anywhere contains the text
    for (const s of sheets)
      for (const c of s.rows.flat()) if (c?.formula) expect(c.formula).not.toContain("contoh.invalid");
  });

  it("in the .xlsx written by exceljs: a string cell, read back unchanged", async () => {
    const wb = new ExcelJS.Workbook();
    for (const s of sheets) writeSheet(wb, s);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const ws = wb2.getWorksheet("Tabel Realisasi Keuangan") as ExcelJS.Worksheet;
    const d = (v: string) => {
      let found: ExcelJS.Cell | undefined;
      ws.eachRow((row) =>
        row.eachCell((c) => (Number(c.col) === 4 && c.value === v ? (found = c) : undefined)),
      );
      return found;
    };
    for (const t of [JAHAT[0], JAHAT[1], JAHAT[2], JAHAT[4]]) {
      const c = d(t);
      expect([t, c?.type]).toEqual([t, ExcelJS.ValueType.String]);
    }
  });
});

describe("a fatal run", () => {
  it("builds no sheet", () => {
    const a = analyze(
      bukuKerja().filter((t) => t.name !== "realisasi"),
      { tahunSekarang: 2024 },
    );
    expect(a.fatal).toBe(true);
    expect(buildSheets(a)).toEqual([]);
  });
});

describe("chapter III's other sheets (seed 2024)", () => {
  const a = seed2024();
  const nilaiDi = (s: SheetSpec, teks: string, kolom: number) => {
    const row = s.rows.find((r) => r.some((c) => typeof c?.value === "string" && c.value.includes(teks)));
    if (!row) throw new Error(`no row with ${teks}`);
    return row[kolom - 1]?.value;
  };

  it.each(["Perbandingan Tahunan", "Perbandingan Renstra", "Analisis Efisiensi"])(
    "%s: every cached value equals its formula evaluated over the sheet and the sources",
    (nama) => {
      expect(periksaCache(lembar(a, nama), seedRawTables())).toBeGreaterThan(10);
    },
  );

  it("Perbandingan Tahunan has each year's capaian of seed §3.1.3 and flags the printed ones that disagree", () => {
    const s = lembar(a, "Perbandingan Tahunan");
    const header = s.rows.findIndex((r) => r[0]?.value === "No") + 1;
    expect(s.rows[header - 1].map((c) => c?.value)).toContain("Capaian 2022 (%)");
    // IKU-01: 110 (2022), 112,07 (2023), 126,87 (2024); the seed prints 117, 117, 126
    const psks = s.rows.find((r) => String(r[1]?.value).startsWith("Persentase PSKS"));
    expect(psks).toBeDefined();
    const capaian = [6, 10, 14].map((c) => psks?.[c - 1]?.value as number);
    expect(capaian.map((x) => x.toFixed(2))).toEqual(["110.00", "112.07", "126.87"]);
    expect(psks?.[15]?.value).toBe("naik");
    expect(String(psks?.[16]?.value)).toMatch(/2022: tercatat 117 tidak sesuai \(seharusnya 110,00\)/);
    expect(String(psks?.[16]?.value)).toMatch(/2024: tercatat 126 dipotong/);
    // IKU-04 2023: printed 84,5 against 98,24
    expect(String(nilaiDi(s, "Keluarga Miskin", 17))).toMatch(
      /2023: tercatat 84,5 tidak sesuai \(seharusnya 98,24\)/,
    );
  });

  it("Analisis Efisiensi has the seed's Sasaran column and one number per sasaran (§3.1.7)", () => {
    const s = lembar(a, "Analisis Efisiensi");
    const h = s.rows.findIndex((r) => r[0]?.value === "No");
    expect(s.rows[h].slice(0, 3).map((c) => c?.value)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
    ]);
    const no = s.rows.slice(h + 1).map((r) => r[0]?.value ?? null);
    expect(no).toEqual([1, null, 1 + 1, null, 3]);
    expect(s.merges).toEqual(expect.arrayContaining(["A5:A6", "B5:B6", "A7:A8", "B7:B8"]));
  });

  it("Analisis Efisiensi: IKU-04's program 95,22 %, not the 100 % the seed prints; IKU-01 has no budget", () => {
    const s = lembar(a, "Analisis Efisiensi");
    expect((nilaiDi(s, "Keluarga Miskin", 8) as number).toFixed(2)).toBe("95.22");
    expect(nilaiDi(s, "Keluarga Miskin", 10)).toBe("Efisien");
    expect(nilaiDi(s, "Taman Makam", 8)).toBe(100);
    expect((nilaiDi(s, "korban bencana", 8) as number).toFixed(2)).toBe("99.83");
    expect((nilaiDi(s, "PMKS", 8) as number).toFixed(2)).toBe("99.26");
    expect(nilaiDi(s, "PSKS", 8)).toBe("");
    expect(nilaiDi(s, "PSKS", 10)).toBe("Tanpa anggaran (pagu Rp 0)");
    // 1 − 95,22 / 153,30
    expect((nilaiDi(s, "Keluarga Miskin", 9) as number).toFixed(2)).toBe("37.89");
  });

  it("Perbandingan Renstra compares with the Renstra target; Standar Nasional says none is set (§3.1.5 prints -)", () => {
    const names = buildSheets(a).map((s) => s.name);
    expect(names).toContain("Perbandingan Renstra");
    expect(nilaiDi(lembar(a, "Standar Nasional"), "PSKS", 9)).toBe("Standar Nasional belum diisi");
    const s = lembar(a, "Perbandingan Renstra");
    expect((nilaiDi(s, "PSKS", 8) as number).toFixed(2)).toBe("126.87");
  });

  it("the charts read contiguous chart data that refers to the table's own cells", () => {
    const ck = lembar(a, "Capaian Kinerja");
    expect(ck.charts?.[0]).toMatchObject({ type: "ColumnClustered", categories: "K5:K9" });
    expect(ck.charts?.[0].series.map((x) => x.line ?? false)).toEqual([false, true]);
    expect(ck.rows[4][11]?.formula).toMatch(/^=G\d+$/);
    const rk = lembar(a, "Tabel Realisasi Keuangan");
    expect(rk.charts?.[0]).toMatchObject({ type: "BarClustered", categories: "I5:I10" });
    expect(rk.tables[0].columns).toBe(7);
    expect(rk.printArea).toBe(`$A$1:$G$${rk.rows.length}`);
  });
});
