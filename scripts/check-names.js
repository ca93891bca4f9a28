/**
 * The naming rule (issue 8): domain words (capaian, predikat, pagu, realisasi, temuan, …) are
 * Indonesian; generic ones (read, write, build, sheet, table, cell, message, …) are English.
 * Flags an Indonesian generic word in a src/ file name or in an exported identifier (split at
 * "-", "_", "." and camelCase), from the word list below. Run by `npm run lint`.
 *
 * Today's offenders are in check-names.exceptions.json, so the check passes now; the lead's
 * rename pass (see its README) removes them; an exception that no longer matches anything is
 * reported (a warning; an error with --strict), so the list can only shrink.
 *
 *   node scripts/check-names.js             check (exit 1 on a new offender)
 *   node scripts/check-names.js --strict    also exit 1 on a stale exception
 *   node scripts/check-names.js --list      print every current offender as exception keys
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..");
const EXCEPTIONS = path.join(__dirname, "check-names.exceptions.json");

/** Indonesian generic words → the English word to use. Domain words are never listed here. */
const GENERIC = {
  aksi: "action",
  alamat: "address",
  baca: "read",
  baris: "row",
  batas: "limit",
  berkas: "file",
  buat: "build / create",
  buku: "workbook",
  daftar: "list",
  galat: "error",
  gambar: "image",
  gabung: "merge",
  gabungan: "merge",
  gaya: "style",
  grafik: "chart",
  hasil: "result",
  hitung: "compute / count",
  jenis: "kind",
  kolom: "column",
  lebar: "width",
  lembar: "sheet",
  lihat: "show / select",
  muat: "load",
  nama: "name",
  nilai: "value",
  opsi: "options",
  pengaturan: "settings",
  penanda: "marker",
  periksa: "check",
  pesan: "message",
  pilih: "select",
  pilihan: "options",
  sel: "cell",
  simpan: "save",
  tabel: "table",
  tautan: "link",
  teks: "text",
  tinggi: "height",
  tulis: "write",
  unduh: "download",
  urai: "parse",
  warna: "color",
  atomik: "atomic",
  cari: "find",
  jalankan: "run",
  kemajuan: "progress",
  ringkasan: "summary",
  susun: "build",
  tambah: "add",
  tampilkan: "show",
  tombol: "button",
  ubah: "change",
};

/** "namaPenandaBerikut" → ["nama", "penanda", "berikut"]; "tulis-atomik.ts" → ["tulis", "atomik", "ts"]. */
function words(name) {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s\-_.]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

function generic(name) {
  return words(name).filter((w) => Object.prototype.hasOwnProperty.call(GENERIC, w));
}

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** The names a module exports itself (declarations and `export { a as b }`; not re-exports of other modules). */
function exportedNames(file) {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const names = [];
  const exported = (node) => ts.getModifiers?.(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st) && exported(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (
      (ts.isFunctionDeclaration(st) ||
        ts.isClassDeclaration(st) ||
        ts.isInterfaceDeclaration(st) ||
        ts.isTypeAliasDeclaration(st) ||
        ts.isEnumDeclaration(st)) &&
      exported(st) &&
      st.name
    ) {
      names.push(st.name.text);
    } else if (
      ts.isExportDeclaration(st) &&
      !st.moduleSpecifier &&
      st.exportClause &&
      ts.isNamedExports(st.exportClause)
    ) {
      for (const el of st.exportClause.elements) names.push(el.name.text);
    }
  }
  return [...new Set(names)];
}

/** Every offender as an exception key: "src/a/b.ts" for a file name, "src/a/b.ts#name" for an export. */
function offenders() {
  const out = new Map();
  for (const file of sourceFiles(path.join(ROOT, "src")).sort()) {
    const rel = path.relative(ROOT, file).split(path.sep).join("/");
    const base = path.basename(rel).replace(/\.(ts|tsx)$/, "");
    const inFile = generic(base);
    if (inFile.length > 0) out.set(rel, inFile);
    for (const name of exportedNames(file)) {
      const inName = generic(name);
      if (inName.length > 0) out.set(`${rel}#${name}`, inName);
    }
  }
  return out;
}

function main() {
  const found = offenders();
  if (process.argv.includes("--list")) {
    process.stdout.write(`${JSON.stringify([...found.keys()], null, 2)}\n`);
    return;
  }
  const allowed = new Set(JSON.parse(fs.readFileSync(EXCEPTIONS, "utf8")).exceptions);
  const problems = [];
  for (const [key, ws] of found) {
    if (allowed.has(key)) continue;
    const hint = ws.map((w) => `${w} → ${GENERIC[w]}`).join(", ");
    problems.push(
      `${key}: Indonesian generic word (${hint}); domain words stay Indonesian, generic ones are English`,
    );
  }
  // A stale exception (renamed or removed on another branch) is a warning, so merging stays green;
  // `--strict` makes it an error, for when the list is being emptied.
  const stale = [...allowed].filter((key) => !found.has(key));
  const note = (key) => `${key}: listed in check-names.exceptions.json but no longer an offender: delete it`;
  if (process.argv.includes("--strict")) problems.push(...stale.map(note));
  else if (stale.length > 0) process.stderr.write(`${stale.map((k) => `warning: ${note(k)}`).join("\n")}\n`);
  if (problems.length > 0) {
    process.stderr.write(`${problems.join("\n")}\n${problems.length} naming problem(s)\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) main();

module.exports = { words, generic, exportedNames, offenders, GENERIC };
