/** The command's help and usage errors speak Indonesian. */
import { Writable } from "stream";
import { main } from "../../src/cli/main";

async function jalankan(...args: string[]): Promise<{ kode: number; teks: string }> {
  let teks = "";
  const tampung = new Writable({
    write(chunk, _enc, cb) {
      teks += String(chunk);
      cb();
    },
  });
  const kode = await main(
    ["node", "capaian", ...args],
    tampung as unknown as typeof process.stdout,
    tampung as unknown as typeof process.stderr,
  );
  return { kode, teks };
}

describe("capaian --help", () => {
  it.each([[["--help"]], [["hitung", "--help"]]])(
    "%j prints Indonesian headings and exits 0",
    async (args) => {
      const { kode, teks } = await jalankan(...args);
      expect(kode).toBe(0);
      expect(teks).toMatch(/^Penggunaan: capaian/m);
      expect(teks).toMatch(/^Opsi:/m);
      expect(teks).not.toMatch(/Usage:|Options:|display help/);
    },
  );

  it("lists the choices of --skala in Indonesian", async () => {
    const { teks } = await jalankan("hitung", "--help");
    expect(teks).toContain('(pilihan: "lkjip", "permendagri86")');
  });
});
