/** The command's help and usage errors speak Indonesian. */
import { capaian } from "../helpers/cli";

describe("capaian --help", () => {
  it.each([[["--help"]], [["hitung", "--help"]]])(
    "%j prints Indonesian headings and exits 0",
    async (args) => {
      const { kode, out } = await capaian(...args);
      expect(kode).toBe(0);
      expect(out).toMatch(/^Penggunaan: capaian/m);
      expect(out).toMatch(/^Opsi:/m);
      expect(out).not.toMatch(/Usage:|Options:|display help/);
    },
  );

  it("lists the choices of --skala in Indonesian", async () => {
    const { out } = await capaian("hitung", "--help");
    expect(out).toContain('(pilihan: "lkjip", "permendagri86")');
  });
});
