/**
 * `capaian hitung FILE.xlsx [-o OUT.xlsx] [--json OUT.json] [--docx OUT.docx] [--tahun N] [--skala …] [--strict]`
 * Exit codes: 0 ran (with or without temuan); 1 input unusable, or error-level temuan with
 * --strict; 2 bad usage.
 */
import { Command, CommanderError, Help, InvalidArgumentError, Option } from "commander";
import fs from "fs";
import path from "path";
import { stopMessage } from "../core/messages";
import { ReadFailure } from "../xlsx/workbook-file";
import { computeFile } from "./compute-file";
import { WriteFailure } from "./os-errors";
import { checkOutputs } from "./paths";
import { runSummary } from "./summary";
import { daftarkanRekap } from "./rekap";
import { sipdOptions, sumberSummary, type SipdCliOptions } from "./sipd";

const CATATAN_SALINAN =
  "Catatan: lembar-lembar Anda disalin apa adanya (grafik, gambar, tabel dan tabel pivotnya ikut); grafik capaian/serapan hanya dibuat oleh add-in di Excel (di sini hanya datanya). Berkas asli tidak diubah.";

function tahun(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1900 || n > 2200)
    throw new InvalidArgumentError("tahun harus empat angka, mis. 2024");
  return n;
}

/** Commander's usage errors, in Indonesian (the rest of its help text stays as written above). */
export function translateError(s: string): string {
  return s
    .replace(
      /^error: missing required argument '(.+)'/m,
      "Galat: argumen wajib '$1' belum diisi. Contoh: capaian hitung buku.xlsx -o hasil.xlsx",
    )
    .replace(/^error: unknown option '(.+)'/m, "Galat: opsi '$1' tidak dikenal. Lihat: capaian hitung --help")
    .replace(/^error: unknown command '(.+)'/m, "Galat: perintah '$1' tidak dikenal; yang ada: hitung, rekap")
    .replace(/^\(Did you mean (.+)\?\)$/m, "(Maksud Anda $1?)")
    .replace(
      /^error: option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\./m,
      "Galat: nilai '$2' untuk $1 tidak valid; pilihan: $3.",
    )
    .replace(/^error: option '(.+)' argument missing/m, "Galat: opsi $1 memerlukan nilai.")
    .replace(
      /^error: option '(.+)' argument '(.+)' is invalid\. (.+)/m,
      "Galat: nilai '$2' untuk $1 tidak valid: $3",
    );
}

/** Commander's "[options]" and "[command]" in Indonesian, before it pads the columns. */
const istilah = (s: string): string =>
  s.replace(/\[options\]/g, "[opsi]").replace(/\[command\]/g, "[perintah]");

/** Commander's help, with its English headings and terms in Indonesian; columns stay aligned. */
const BANTUAN = {
  subcommandTerm(cmd: Command): string {
    return istilah(Help.prototype.subcommandTerm.call(this, cmd));
  },
  commandUsage(cmd: Command): string {
    return istilah(Help.prototype.commandUsage.call(this, cmd));
  },
  formatHelp(cmd: Command, helper: Help): string {
    return Help.prototype.formatHelp
      .call(helper, cmd, helper)
      .replace(/^Usage:/m, "Penggunaan:")
      .replace(/^Arguments:/m, "Argumen:")
      .replace(/^Options:/m, "Opsi:")
      .replace(/^Commands:/m, "Perintah:")
      .replace(/\(choices: /g, "(pilihan: ");
  },
};

/** The version in package.json (lib/cli/main.js and src/cli/main.ts both sit two folders below it). */
function versi(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** What a run tells after its summary: where it wrote, or that it wrote nothing. */
function laporTulisan(
  out: NodeJS.WritableStream,
  opts: { output?: string; json?: string; docx?: string },
  lembar: string[],
): void {
  if (opts.output) out.write(`Ditulis: ${opts.output} (lembar: ${lembar.join(", ")})\n${CATATAN_SALINAN}\n`);
  if (opts.json) out.write(`Ditulis: ${opts.json}\n`);
  if (opts.docx) out.write(`Ditulis: ${opts.docx}\n`);
  if (!opts.output && !opts.json && !opts.docx)
    out.write(
      "Tidak ada berkas yang ditulis: tambahkan -o HASIL.xlsx, --json HASIL.json atau --docx BAB3.docx untuk menyimpan hasil.\n",
    );
}

type ComputeOptions = {
  output?: string;
  json?: string;
  docx?: string;
  tahun?: number;
  skala?: "lkjip" | "permendagri86";
  strict?: boolean;
} & SipdCliOptions;

/** `capaian hitung`: its options, and the action that runs the use case and returns the exit code. */
function registerCompute(
  program: Command,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  setKode: (kode: number) => void,
): void {
  const sipd = sipdOptions();
  const perintah = program
    .command("hitung")
    .description("hitung capaian dan tulis lembar keluaran / laporan JSON")
    .argument("<berkas>", "buku kerja .xlsx dengan tabel targets, pagu, realisasi")
    .option("-o, --output <berkas>", "salinan buku kerja dengan lembar keluaran")
    .option("--json <berkas>", "laporan JSON")
    .option(
      "--docx <berkas>",
      "dokumen Word Bab III (tabel capaian, perbandingan, efisiensi, realisasi keuangan, narasi)",
    )
    .option("--tahun <tahun>", "tahun laporan (bawaan: tahun terakhir di tabel targets)", tahun)
    .addOption(
      new Option("--skala <skala>", "skala predikat (bawaan: tabel skala_predikat, atau lkjip)").choices([
        "lkjip",
        "permendagri86",
      ]),
    )
    .option("--strict", "keluar dengan kode 1 bila ada temuan tingkat kesalahan");
  for (const opsi of sipd) perintah.addOption(opsi);
  perintah.action(async (berkas: string, opts: ComputeOptions) =>
    setKode(await compute(berkas, opts, out, err)),
  );
}

/** One `capaian hitung` run: check the outputs, run the use case, tell what happened; the exit code. */
async function compute(
  berkas: string,
  opts: ComputeOptions,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const salah = await checkOutputs(berkas, [
    ...(opts.output ? [{ opsi: "-o", berkas: opts.output }] : []),
    ...(opts.json ? [{ opsi: "--json", berkas: opts.json }] : []),
    ...(opts.docx ? [{ opsi: "--docx", berkas: opts.docx }] : []),
  ]);
  if (salah) {
    err.write(`${salah} Tidak ada yang ditulis.\n`);
    return 2;
  }
  const hasil = await computeFile(
    berkas,
    { tahun: opts.tahun, skala: opts.skala, tahunSekarang: new Date().getFullYear() },
    { xlsx: opts.output, json: opts.json, docx: opts.docx },
    opts,
  );
  const { analysis, outcome } = hasil;
  if (outcome.fatal) {
    err.write("Buku kerja belum dapat dihitung; tidak ada yang ditulis:\n");
    for (const p of stopMessage(analysis.temuan)) err.write(`- ${p}\n`);
    return 1;
  }
  out.write(sumberSummary(analysis) + runSummary(analysis) + "\n");
  for (const g of hasil.namaDiganti)
    out.write(`Lembar "${g.diminta}" sudah ada dan bukan buatan Capaian; hasil ditulis ke "${g.ditulis}".\n`);
  laporTulisan(out, opts, hasil.lembar);
  if (opts.strict && outcome.adaError) {
    err.write(
      `--strict: keluar dengan kode 1 karena ada ${outcome.jumlahError} temuan tingkat kesalahan (lihat lembar Temuan atau laporan JSON).\n`,
    );
    return 1;
  }
  return 0;
}

export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  let kode = 0;
  const program = new Command()
    .name("capaian")
    .description(
      "Menghitung capaian kinerja, predikat dan Tabel Realisasi Keuangan LKjIP dari buku kerja .xlsx",
    )
    .exitOverride()
    .version(versi(), "-V, --version", "tampilkan versi")
    .helpOption("-h, --help", "tampilkan bantuan")
    .helpCommand("help [perintah]", "tampilkan bantuan untuk perintah")
    .configureHelp(BANTUAN)
    .configureOutput({
      writeOut: (s) => out.write(s),
      writeErr: (s) => err.write(s),
      outputError: (s, write) => write(translateError(s)),
    });
  registerCompute(program, out, err, (k) => (kode = k));
  daftarkanRekap(program, out, err, (k) => (kode = k), tahun);

  if (argv.length <= 2) {
    // No command: show what there is (as git and npm do, on stderr with a usage exit code).
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof ReadFailure || e instanceof WriteFailure) {
      err.write(e.message + "\n");
      return 1;
    }
    err.write(`Terjadi kesalahan yang tidak terduga: ${(e as Error).message}\n`);
    return 1;
  }
  return kode;
}
