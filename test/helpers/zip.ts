/** A tiny zip reader for tests: the entries of an archive (stored or deflated) by name. */
import { inflateRawSync } from "zlib";

export function bacaZip(data: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // The end-of-central-directory record is within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error("bukan berkas zip");
  const jumlah = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const hasil = new Map<string, Buffer>();
  for (let n = 0; n < jumlah; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("direktori zip rusak");
    const metode = buf.readUInt16LE(p + 10);
    const ukuran = buf.readUInt32LE(p + 20);
    const panjangNama = buf.readUInt16LE(p + 28);
    const panjangEkstra = buf.readUInt16LE(p + 30);
    const panjangKomentar = buf.readUInt16LE(p + 32);
    const lokal = buf.readUInt32LE(p + 42);
    const nama = buf.toString("utf8", p + 46, p + 46 + panjangNama);
    const awal = lokal + 30 + buf.readUInt16LE(lokal + 26) + buf.readUInt16LE(lokal + 28);
    const isi = buf.subarray(awal, awal + ukuran);
    hasil.set(nama, metode === 0 ? Buffer.from(isi) : inflateRawSync(isi));
    p += 46 + panjangNama + panjangEkstra + panjangKomentar;
  }
  return hasil;
}
