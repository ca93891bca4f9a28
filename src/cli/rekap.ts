/**
 * `capaian rekap FILE.xlsx... | DIR [-o REKAP.xlsx] [--json REKAP.json] [--docx REKAP.docx] [--tahun N] [--skala …]`
 * and `capaian rekap --pagu-sipd REKAP.xlsx [--realisasi-sipd …]`: the pemda recap of many OPD
 * workbooks, or of one pemda-wide SIPD-RI export. Exit 0 when at least one workbook could be
 * used (with a warning naming the others), 1 when none could, 2 for bad usage.
 */
import { Option, type Command } from "commander";
import path from "path";
import { formatAngka } from "../core/angka";
import type { Rekap } from "../core/rekap";
import { listWorkbookFiles, rekapFiles, rekapSipd, writeRekap, type RekapProgress } from "./rekap-files";
import { checkOutputs } from "./paths";
import { bulan } from "./sipd";

interface OpsiRekapCli {
  output?: string;
  json?: string;
  docx?: string;
  tahun?: number;
  skala?: "lkjip" | "permendagri86";
  paguSipd?: string;
  realisasiSipd?: string[];
  sampaiBulan?: number;
}

const pct = (x: number | null) => (x === null ? "-" : `${formatAngka(x, 2)} %`);
const rp = (sen: bigint) => `Rp ${formatAngka(Number(sen) / 100, sen % 100n === 0n ? 0 : 2)}`;

/** The recap's summary: totals, the mean, the top of each ranking, the unusable workbooks. */
export function rekapSummary(r: Rekap): string {
  const baris = [
    `Rekap Pemda${r.tahun ? ` Tahun ${r.tahun}` : ""}: ${r.opd.length} ${r.sipd ? "SKPD" : "OPD"}`,
  ];
  if (!r.sipd)
    baris.push(
      `  Capaian rata-rata OPD: ${pct(r.capaian.rataRata)} ${r.capaian.predikat ?? ""} (${r.capaian.jumlahOpd} OPD dengan capaian)`.trimEnd(),
    );
  baris.push(
    `  Anggaran: pagu ${rp(r.total.pagu)}, realisasi ${rp(r.total.realisasi)}, serapan ${pct(r.total.serapan)}`,
  );
  const teratas = (daftar: Rekap["peringkat"]["capaian"], judul: string) => {
    if (daftar.length === 0) return;
    baris.push(
      `  ${judul}: ${daftar
        .slice(0, 3)
        .map((p) => `${p.peringkat}. ${r.opd[p.opd].nama} (${pct(p.nilai)})`)
        .join("; ")}`,
    );
  };
  teratas(r.peringkat.capaian, "Peringkat capaian");
  teratas(r.peringkat.serapan, "Peringkat serapan");
  const kesalahan = r.opd.reduce((s, o) => s + o.temuan.error, 0);
  baris.push(
    `  Temuan tingkat kesalahan: ${kesalahan} di ${r.opd.filter((o) => o.temuan.error > 0).length} OPD`,
  );
  if (r.ikuPemda) baris.push(`  IKU Pemda: ${r.ikuPemda.length} indikator`);
  return baris.join("\n") + "\n";
}

function barisKemajuan(k: RekapProgress): string {
  const nama = path.basename(k.berkas);
  const hasil =
    k.hasil.jenis === "opd"
      ? `${k.hasil.ringkasan.nama}: capaian ${pct(k.hasil.ringkasan.capaian)}, serapan ${pct(k.hasil.ringkasan.serapan)}`
      : k.hasil.jenis === "iku"
        ? "tabel iku_pemda"
        : "TIDAK DAPAT DIPAKAI";
  return `[${k.ke}/${k.dari}] ${nama} — ${hasil} (${k.ms} ms)\n`;
}

export function daftarkanRekap(
  program: Command,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  setKode: (kode: number) => void,
  tahun: (v: string) => number,
): void {
  program
    .command("rekap")
    .description("rekap pemda dari banyak buku kerja OPD (atau satu ekspor SIPD-RI se-pemda)")
    .argument("[berkas...]", "buku kerja .xlsx OPD, atau folder berisi buku kerja .xlsx")
    .option(
      "-o, --output <berkas>",
      "buku kerja rekap (.xlsx) dengan lembar Rekap OPD, Rekap Anggaran, Rekap Temuan, IKU Pemda",
    )
    .option("--json <berkas>", "laporan rekap JSON")
    .option("--docx <berkas>", "dokumen Word berisi tabel rekap")
    .option("--tahun <tahun>", "tahun laporan setiap OPD (bawaan: tahun terakhir di tabel targets)", tahun)
    .addOption(
      new Option("--skala <skala>", "skala predikat rekap (bawaan: lkjip)").choices([
        "lkjip",
        "permendagri86",
      ]),
    )
    .addOption(
      new Option(
        "--pagu-sipd <berkas>",
        "rekap anggaran SIPD-RI se-pemda: rekap anggaran per SKPD → program",
      ),
    )
    .addOption(
      new Option(
        "--realisasi-sipd <berkas...>",
        "Laporan Realisasi Per Dokumen SIPD-RI (dengan --pagu-sipd)",
      ),
    )
    .addOption(
      new Option("--sampai-bulan <bulan>", "realisasi kumulatif sampai akhir bulan ke-N").argParser(bulan),
    )
    .action(async (argumen: string[], opts: OpsiRekapCli) => {
      setKode(await jalankan(argumen, opts, out, err));
    });
}

async function jalankan(
  argumen: string[],
  opts: OpsiRekapCli,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const keluaran = [opts.output, opts.json, opts.docx].filter((x): x is string => Boolean(x));
  const opsiKeluaran = (
    [
      ["-o", opts.output],
      ["--json", opts.json],
      ["--docx", opts.docx],
    ] as const
  ).flatMap(([opsi, berkas]) => (berkas ? [{ opsi, berkas }] : []));
  // The command's output rules (src/cli/paths.ts): never an input, another output, a folder.
  const masukan = opts.paguSipd ? [opts.paguSipd, ...(opts.realisasiSipd ?? [])] : argumen;
  for (const m of masukan.length > 0 ? masukan : ["."]) {
    const salah = await checkOutputs(m, opsiKeluaran);
    if (salah) {
      err.write(salah + "\n");
      return 2;
    }
  }
  if (opts.paguSipd && argumen.length > 0) {
    err.write(
      "Pilih salah satu: buku kerja OPD, atau --pagu-sipd untuk rekap anggaran dari ekspor SIPD-RI.\n",
    );
    return 2;
  }
  if (!opts.paguSipd && (opts.realisasiSipd?.length || opts.sampaiBulan)) {
    err.write("--realisasi-sipd dan --sampai-bulan dipakai bersama --pagu-sipd REKAP.xlsx.\n");
    return 2;
  }
  const tahunSekarang = new Date().getFullYear();
  let rekap: Rekap;
  if (opts.paguSipd) {
    rekap = await rekapSipd({ ...opts, tahunSekarang });
  } else {
    const files = await listWorkbookFiles(argumen, keluaran);
    if (files.length === 0) {
      err.write("Tidak ada buku kerja .xlsx untuk direkap. Contoh: capaian rekap opd/*.xlsx -o rekap.xlsx\n");
      return 2;
    }
    const tty = (err as NodeJS.WriteStream).isTTY === true;
    const hasil = await rekapFiles(files, { tahun: opts.tahun, skala: opts.skala, tahunSekarang }, (k) => {
      if (tty) err.write(barisKemajuan(k));
    });
    rekap = hasil.rekap;
    for (const c of hasil.catatan) err.write(`Peringatan: ${c}\n`);
  }
  for (const g of rekap.gagal) err.write(`Peringatan: ${g.berkas} tidak dapat dipakai: ${g.alasan}\n`);
  if (rekap.opd.length === 0) {
    err.write("Tidak ada buku kerja yang dapat dipakai; rekap tidak ditulis.\n");
    return 1;
  }
  out.write(rekapSummary(rekap));
  const lembar = await writeRekap(rekap, { xlsx: opts.output, json: opts.json, docx: opts.docx });
  if (opts.output)
    out.write(
      `Ditulis: ${opts.output} (lembar: ${lembar.join(", ")}); grafik dibuat oleh add-in di Excel (di sini hanya datanya).\n`,
    );
  if (opts.json) out.write(`Ditulis: ${opts.json}\n`);
  if (opts.docx) out.write(`Ditulis: ${opts.docx}\n`);
  if (keluaran.length === 0)
    out.write(
      "Tidak ada berkas yang ditulis: tambahkan -o REKAP.xlsx, --json REKAP.json atau --docx REKAP.docx.\n",
    );
  if (rekap.gagal.length > 0)
    err.write(
      `Peringatan: ${rekap.gagal.length} berkas tidak ikut dihitung (lihat di atas dan lembar Rekap Temuan).\n`,
    );
  return 0;
}
