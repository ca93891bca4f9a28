/**
 * A tiny zip reader for tests, over the central directory: the entries of an archive as stored
 * (method and compressed bytes, to see which entries a writer reused) or read (stored or
 * deflated) by name.
 */
import { inflateRawSync } from "zlib";

export interface RawEntry {
  /** 0 stored, 8 deflated. */
  method: number;
  raw: Buffer;
}

export function rawEntries(data: Uint8Array): Map<string, RawEntry> {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // The end-of-central-directory record is within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error("bukan berkas zip");
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, RawEntry>();
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("direktori zip rusak");
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    entries.set(name, { method, raw: Buffer.from(buf.subarray(start, start + size)) });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

export function bacaZip(data: Uint8Array): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const [name, e] of rawEntries(data)) out.set(name, e.method === 0 ? e.raw : inflateRawSync(e.raw));
  return out;
}
