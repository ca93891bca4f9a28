/**
 * The command's output paths, checked before any work: none may be the input or another
 * output (also through a symlink or a hard link), a folder, or a device, pipe or socket
 * (directly or through a symlink). A bad path is bad usage (exit 2) and nothing is written.
 */
import { promises as fs, type Stats } from "fs";
import path from "path";

export interface Keluaran {
  /** The option that named it: -o, --json, --docx. */
  opsi: string;
  berkas: string;
}

const TANPA_HURUF_BESAR = process.platform === "win32" || process.platform === "darwin";

interface Identitas {
  kunci: string;
  stat: Stats | null;
}

/** One key per file however it is named: dev:ino when it exists, else its real folder + name. */
async function identitas(berkas: string): Promise<Identitas> {
  const stat = await fs.stat(berkas).catch(() => null);
  if (stat) return { kunci: `${stat.dev}:${stat.ino}`, stat };
  const folder = await fs
    .realpath(path.dirname(path.resolve(berkas)))
    .catch(() => path.dirname(path.resolve(berkas)));
  const kunci = path.join(folder, path.basename(berkas));
  // Windows and macOS file names ignore case: HASIL.json and hasil.json are one file.
  return { kunci: TANPA_HURUF_BESAR ? kunci.toLowerCase() : kunci, stat: null };
}

const contohNama: Record<string, string> = {
  "-o": "hasil.xlsx",
  "--json": "hasil.json",
  "--docx": "bab3.docx",
};

/** The Indonesian message of the first bad output path, or null when all are fine. */
export async function checkOutputs(masukan: string, keluaran: Keluaran[]): Promise<string | null> {
  const input = await identitas(masukan);
  const dilihat = new Map<string, Keluaran>();
  for (const k of keluaran) {
    const id = await identitas(k.berkas);
    if (id.kunci === input.kunci || path.resolve(k.berkas) === path.resolve(masukan))
      return `Berkas keluaran ${k.opsi} ${k.berkas} sama dengan berkas masukan ${masukan}; berkas masukan tidak pernah ditimpa. Pilih nama lain untuk ${k.opsi}, misalnya ${contohNama[k.opsi] ?? "hasil"}.`;
    const sebelumnya = dilihat.get(id.kunci);
    if (sebelumnya)
      return `${sebelumnya.opsi} ${sebelumnya.berkas} dan ${k.opsi} ${k.berkas} menunjuk berkas yang sama, sehingga yang satu akan menimpa yang lain. Pilih nama yang berbeda untuk ${k.opsi}.`;
    dilihat.set(id.kunci, k);
    if (id.stat?.isDirectory())
      return `${k.berkas} (${k.opsi}) adalah folder, bukan berkas. Tulis nama berkas di dalamnya, misalnya ${path.join(k.berkas, contohNama[k.opsi] ?? "hasil")}.`;
    if (id.stat && !id.stat.isFile())
      return `${k.berkas} (${k.opsi}) bukan berkas biasa (perangkat, pipa atau soket${(await fs.lstat(k.berkas)).isSymbolicLink() ? ", lewat tautan simbolik" : ""}); Capaian tidak menulis ke sana. Pilih nama berkas biasa, misalnya ${contohNama[k.opsi] ?? "hasil"}.`;
  }
  return null;
}
