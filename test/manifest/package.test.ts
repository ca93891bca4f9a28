/**
 * `npm run package -- --base-url …`: the release folder an IT admin deploys — the built files
 * and a production manifest on that host, validated. Runs the script as a process.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "package.js");
const HOST = "https://capaian.example.go.id/lkjip";

const pack = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 240_000 });

describe("npm run package", () => {
  let out: string;
  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-release-"));
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it.each([
    ["no base URL", []],
    ["an http:// URL", ["--base-url", "http://capaian.example.go.id"]],
    ["the development server", ["--base-url", "https://localhost:3000"]],
    ["an unknown argument", ["--base-url", HOST, "--apa"]],
  ])("refuses %s with exit 2 and the usage", (_, args) => {
    const r = pack(...args, "--out", path.join(out, "unused"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage: npm run package -- --base-url");
    expect(fs.existsSync(path.join(out, "unused"))).toBe(false);
  });

  it("writes web/ and a validated manifest.xml with every URL on the base URL", () => {
    const release = path.join(out, "rilis");
    const r = pack("--base-url", `${HOST}/`, "--out", release);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`valid`);
    const manifest = fs.readFileSync(path.join(release, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).not.toContain("development server");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${HOST}/taskpane.html"/>`);
    const web = fs.readdirSync(path.join(release, "web"), { recursive: true }).map(String);
    for (const f of ["taskpane.html", "taskpane.js", "commands.html", "pesan.html", "assets/icon-32.png"]) {
      expect(web).toContain(f);
    }
    expect(web.filter((f) => f.endsWith(".map") || f === "manifest.xml")).toEqual([]);
    expect(fs.readFileSync(path.join(release, "BACA.txt"), "utf8")).toContain(`${HOST}/taskpane.html`);
  }, 240_000);
});
