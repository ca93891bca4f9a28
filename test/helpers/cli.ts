/** Runs the `capaian` command in-process and collects what it prints. */
import path from "path";
import { Writable } from "stream";
import { main } from "../../src/cli/main";

/** The example workbook made from the seed (`npm run example`). */
export const CONTOH = path.join(__dirname, "..", "..", "examples", "lkjip-dinsos-mamuju-2024.xlsx");

class Tampung extends Writable {
  teks = "";
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.teks += chunk.toString();
    cb();
  }
}

export async function capaian(...args: string[]): Promise<{ kode: number; out: string; err: string }> {
  const out = new Tampung();
  const err = new Tampung();
  const kode = await main(
    ["node", "capaian", ...args],
    out as unknown as typeof process.stdout,
    err as unknown as typeof process.stderr,
  );
  return { kode, out: out.teks, err: err.teks };
}
