/**
 * Atomic writes of the command's outputs. The bytes go to a temporary file beside the target,
 * named `<name>.capaian-<pid>.tmp` so that it is recognisable; it is flushed to disk and
 * then renamed over the target, so a failure or a kill at any moment leaves the previous file
 * or the new one, never a partial one. A later run removes the temporary files that runs
 * killed before their rename left behind.
 */
import { promises as fs } from "fs";
import path from "path";
import { WriteFailure } from "./os-errors";

/** Ours: `<name>.capaian-<pid>.tmp`, and `<name>.<pid>.tmp` of versions before it. */
const AKHIRAN = /\.(?:capaian-)?(\d+)\.tmp$/;

export function temporaryName(target: string, pid = process.pid): string {
  return `${target}.capaian-${pid}.tmp`;
}

/** True while a process with this id runs (then its temporary file is not stale). */
function hidup(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === "EPERM";
  }
}

/** A temporary file older than this is stale even when its pid was reused by another process. */
const BASI_MS = 24 * 60 * 60 * 1000;

/** Removes stale temporary files of `target` (ours, from killed runs); returns those removed. */
export async function bersihkanSementara(target: string): Promise<string[]> {
  const folder = path.dirname(path.resolve(target));
  const nama = path.basename(target);
  let isi: string[];
  try {
    isi = await fs.readdir(folder);
  } catch {
    return [];
  }
  const dihapus: string[] = [];
  for (const f of isi) {
    const m = AKHIRAN.exec(f);
    if (!m || f.slice(0, m.index) !== nama) continue;
    const pid = Number(m[1]);
    if (pid === process.pid) continue;
    const berkas = path.join(folder, f);
    try {
      const st = await fs.lstat(berkas);
      if (!st.isFile() || (hidup(pid) && Date.now() - st.mtimeMs < BASI_MS)) continue;
      await fs.rm(berkas, { force: true });
      dihapus.push(berkas);
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
  return dihapus;
}

/** The file a write should replace: the target of a symlink (so the link is kept), else the path. */
async function tujuan(target: string): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch {
    return path.resolve(target);
  }
}

/** Writes bytes atomically; a failure is a GagalTulis naming `target` and leaves no temporary file. */
export async function writeAtomic(target: string, data: Buffer | string): Promise<void> {
  let tmp: string | null = null;
  try {
    const akhir = await tujuan(target);
    await buatFolder(path.dirname(akhir));
    tmp = temporaryName(akhir);
    const fh = await fs.open(tmp, "w");
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, akhir);
    tmp = null;
    await syncFolder(path.dirname(akhir));
  } catch (e) {
    if (tmp) await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new WriteFailure(target, e);
  }
}

/**
 * Makes the missing folders of a path one by one. Not `mkdir({ recursive: true })`: on some
 * file systems (procfs) Node's recursive mkdir never returns; here each step fails at once.
 */
async function buatFolder(folder: string): Promise<void> {
  const hilang: string[] = [];
  for (let f = folder; ; f = path.dirname(f)) {
    const st = await fs.stat(f).catch((e: { code?: string }) => {
      if (e.code === "ENOENT") return null;
      throw e;
    });
    if (st) {
      if (!st.isDirectory()) throw Object.assign(new Error(`ENOTDIR: ${f}`), { code: "ENOTDIR" });
      break;
    }
    hilang.unshift(f);
    if (path.dirname(f) === f) break;
  }
  for (const d of hilang)
    await fs.mkdir(d).catch((e: { code?: string }) => {
      if (e.code !== "EEXIST") throw e;
    });
}

/** Makes the rename itself durable where the platform allows it (not on Windows). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const fh = await fs.open(folder, "r");
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Best effort.
  }
}
