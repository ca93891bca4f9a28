/**
 * The add-in manifest: the real manifest.xml passes scripts/validate-manifest.js, and broken
 * copies of it (written to a temp dir) fail, each for the reason it was broken. Runs the
 * validator as a process, the way `npm run validate:manifest` does; needs xmllint
 * (apt-get install -y libxml2-utils) and the schemas in schemas/office-addin-manifest.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const VALIDATOR = path.join(ROOT, "scripts", "validate-manifest.js");
const MANIFEST = path.join(ROOT, "manifest.xml");
const SOURCE = fs.readFileSync(MANIFEST, "utf8");
const DEV_HOST = "https://localhost:3000";
const PROD_HOST = "https://capaian.example.go.id";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-manifest-"));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Runs the validator on `file`; `env` is added to (or, with a key set to undefined, removed from) the environment. */
function validate(file: string, args: string[] = [], env: Record<string, string | undefined> = {}): Run {
  const base: Record<string, string | undefined> = { ...process.env };
  delete base.CAPAIAN_BASE_URL;
  delete base.CAPAIAN_MANIFEST_SCHEMA;
  const result = spawnSync(process.execPath, [VALIDATOR, file, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...base, ...env } as NodeJS.ProcessEnv,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes a copy of manifest.xml with each `[from, to]` replaced; every `from` must occur, so a no-op edit fails loudly. */
function brokenCopy(name: string, edits: Array<[string | RegExp, string]>): string {
  let text = SOURCE;
  for (const [from, to] of edits) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit for ${name} did not change the manifest: ${String(from)}`);
    text = next;
  }
  const file = path.join(tmp, `${name}.xml`);
  fs.writeFileSync(file, text);
  return file;
}

function expectInvalid(run: Run, ...messages: RegExp[]): void {
  expect(run.status).toBe(1);
  expect(run.stdout).not.toMatch(/: valid/);
  expect(run.stderr).toMatch(/INVALID/);
  for (const message of messages) expect(run.stderr).toMatch(message);
}

describe("manifest.xml", () => {
  it("passes the validator (XSD and the Capaian checks)", () => {
    const run = validate(MANIFEST);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^manifest\.xml: valid \(OfficeAppManifestV1_1\.xsd; host Workbook; FunctionName hitungCapaian;/,
    );
  });

  it("shows the Indonesian ribbon group and buttons on the Home tab", () => {
    const strings = new Map<string, string>();
    for (const m of SOURCE.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]+)"/g))
      strings.set(m[1], m[2]);
    const labelOf = (controlId: string): string | undefined => {
      const control = new RegExp(
        `<Control xsi:type="Button" id="${controlId}">\\s*<Label resid="([^"]+)"`,
      ).exec(SOURCE);
      return control ? strings.get(control[1]) : undefined;
    };
    expect(SOURCE).toMatch(/<DefaultLocale>id-ID<\/DefaultLocale>/);
    expect(SOURCE).toMatch(
      /<OfficeTab id="TabHome">\s*<Group id="CapaianGroup">\s*<Label resid="CapaianGroup.Label"\/>/,
    );
    expect(strings.get("CapaianGroup.Label")).toBe("Capaian Kinerja");
    expect(labelOf("HitungCapaianButton")).toBe("Hitung Capaian");
    expect(labelOf("PanelCapaianButton")).toBe("Panel Capaian");
    expect(SOURCE).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
  });

  it("validates as a production manifest once the dev host is replaced and --base-url given", () => {
    const file = path.join(tmp, "production.xml");
    fs.writeFileSync(file, SOURCE.split(DEV_HOST).join(PROD_HOST));
    expect(validate(file, ["--base-url", PROD_HOST]).status).toBe(0);
    expect(validate(file, [], { CAPAIAN_BASE_URL: PROD_HOST }).status).toBe(0);
    expectInvalid(validate(file), /is not on https:\/\/localhost:3000/, /--base-url/);
  });
});

describe("broken manifests fail the XML Schema check (xmllint)", () => {
  it.each<[string, Array<[string | RegExp, string]>, RegExp]>([
    [
      "unknown-element-in-control",
      [['<Label resid="PanelCapaianButton.Label"/>', '<Label resid="PanelCapaianButton.Label"/><Bogus/>']],
      /Element '\{[^}]+\}Bogus': This element is not expected/,
    ],
    [
      "missing-id",
      [[/\s*<Id>[^<]*<\/Id>/, ""]],
      /Element '\{[^}]+\}Version': This element is not expected\. Expected is \( \{[^}]+\}Id \)/,
    ],
    [
      "unknown-host-type",
      [['<Host xsi:type="Workbook">', '<Host xsi:type="Spreadsheet">']],
      /Spreadsheet' of the xsi:type attribute does not resolve/,
    ],
    [
      "bad-permission",
      [["<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"]],
      /Permissions/,
    ],
    ["bad-guid", [[/<Id>[^<]*<\/Id>/, "<Id>capaian</Id>"]], /Element '\{[^}]+\}Id'/],
    [
      "button-without-action",
      [[/<Action xsi:type="ShowTaskpane">[\s\S]*?<\/Action>/, ""]],
      /Expected is \( \{[^}]+\}Action \)/,
    ],
  ])("%s", (name, edits, message) => {
    const run = validate(brokenCopy(name, edits));
    expectInvalid(run, /Schemas validity error/, message, /INVALID against OfficeAppManifestV1_1\.xsd/);
  });

  it("a file that is not well-formed XML", () => {
    const file = path.join(tmp, "truncated.xml");
    fs.writeFileSync(file, SOURCE.slice(0, Math.floor(SOURCE.length / 2)));
    expectInvalid(validate(file), /parser error/);
  });
});

describe("schema-valid manifests that are wrong for Capaian fail the JS checks", () => {
  it.each<[string, Array<[string | RegExp, string]>, RegExp]>([
    [
      "word-host",
      [['<Host Name="Workbook"/>', '<Host Name="Document"/>']],
      /<Hosts> must list only <Host Name="Workbook"\/>, found: Document/,
    ],
    [
      "word-override-host",
      [['<Host xsi:type="Workbook">', '<Host xsi:type="Document">']],
      /<Host xsi:type="Document">.* must be Workbook/,
    ],
    [
      "wrong-function-name",
      [["<FunctionName>hitungCapaian</FunctionName>", "<FunctionName>action</FunctionName>"]],
      /<FunctionName>action<\/FunctionName>.*must be one of: hitungCapaian/,
    ],
    [
      "wrong-commands-url",
      [[`"${DEV_HOST}/commands.html"`, `"${DEV_HOST}/functions.html"`]],
      /<FunctionFile resid="Commands.Url">.*must resolve to https:\/\/localhost:3000\/commands\.html/,
    ],
    [
      "wrong-taskpane-url",
      [[/<SourceLocation resid="Taskpane.Url"\/>/, '<SourceLocation resid="Commands.Url"/>']],
      /ShowTaskpane .*must open https:\/\/localhost:3000\/taskpane\.html/,
    ],
    [
      "dangling-resid",
      [['<Label resid="CapaianGroup.Label"/>', '<Label resid="CapaianGroup.Judul"/>']],
      /resid="CapaianGroup.Judul".*refers to no resource/,
    ],
    [
      "missing-icon-file",
      [[`${DEV_HOST}/assets/icon-80.png`, `${DEV_HOST}/assets/icon-81.png`]],
      /has no file assets\/icon-81\.png/,
    ],
    [
      "icon-of-wrong-size",
      [
        [
          `"Icon.80x80" DefaultValue="${DEV_HOST}/assets/icon-80.png"`,
          `"Icon.80x80" DefaultValue="${DEV_HOST}/assets/icon-64.png"`,
        ],
      ],
      /assets\/icon-64\.png is 64x64 but is used as a 80x80 icon/,
    ],
    [
      "half-replaced-host",
      [
        [
          `<SourceLocation DefaultValue="${DEV_HOST}/taskpane.html"/>`,
          `<SourceLocation DefaultValue="${PROD_HOST}/taskpane.html"/>`,
        ],
      ],
      /https:\/\/capaian\.example\.go\.id\/taskpane\.html .* is not on https:\/\/localhost:3000/,
    ],
  ])("%s", (name, edits, message) => {
    const file = brokenCopy(name, edits);
    const run = validate(file);
    expectInvalid(run, message);
    expect(run.stderr).not.toMatch(/Schemas validity error/);
  });
});

describe("the validator's environment", () => {
  it("reads the schema path from CAPAIAN_MANIFEST_SCHEMA", () => {
    const run = validate(MANIFEST, [], { CAPAIAN_MANIFEST_SCHEMA: path.join(tmp, "absent.xsd") });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/schema not found: .*absent\.xsd/);
  });

  it("says how to install xmllint when it is missing", () => {
    const emptyBin = fs.mkdtempSync(path.join(tmp, "bin-"));
    const run = validate(MANIFEST, [], { PATH: emptyBin });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/xmllint not found; install it with: apt-get install -y libxml2-utils/);
  });

  it("exits 2 when the manifest does not exist", () => {
    const run = validate(path.join(tmp, "nothing.xml"));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/manifest not found/);
  });
});
