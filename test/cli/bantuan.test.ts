/** The command's help and usage errors speak Indonesian. */
import * as fs from "fs";
import * as path from "path";
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

describe("npm command conventions", () => {
  const versi = (
    JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    }
  ).version;

  it.each([["--version"], ["-V"]])("%s prints the package version", async (flag) => {
    const { kode, out } = await capaian(flag);
    expect(kode).toBe(0);
    expect(out.trim()).toBe(versi);
  });

  it("without a command prints the help (on stderr, a usage exit code)", async () => {
    const { kode, err: out } = await capaian();
    expect(kode).toBe(2);
    expect(out).toMatch(/^Penggunaan: capaian \[opsi\] \[perintah\]/m);
    expect(out).toMatch(/^ {2}hitung \[opsi\] <berkas> +hitung capaian/m);
  });

  it("an unknown command suggests the nearest one", async () => {
    const { kode, err } = await capaian("hitng", "buku.xlsx");
    expect(kode).toBe(2);
    expect(err).toContain("perintah 'hitng' tidak dikenal");
    expect(err).toContain("(Maksud Anda hitung?)");
    expect(err).not.toMatch(/Did you mean/);
  });

  it("an unknown option suggests the nearest one, in Indonesian", async () => {
    const { kode, err } = await capaian("hitung", "buku.xlsx", "--jsn", "x.json");
    expect(kode).toBe(2);
    expect(err).toContain("(Maksud Anda --json?)");
  });

  it("aligns the description column of the top-level help", async () => {
    const { out } = await capaian("--help");
    const rows = out.split("\n").filter((l) => /^ {2}\S/.test(l));
    const starts = rows.map((l) => /^ {2}\S.*?\s{2,}(?=\S)/.exec(l)?.[0].length);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(new Set(starts).size).toBe(1);
  });
});
