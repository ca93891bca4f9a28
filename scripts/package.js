#!/usr/bin/env node
/**
 * A release the IT admin can deploy, in one folder:
 *
 *     npm run package -- --base-url https://capaian.example.go.id [--out release]
 *
 * 1. builds the add-in for production (webpack, no source maps);
 * 2. copies the built files to <out>/web/ — the folder to publish at the base URL;
 * 3. writes <out>/manifest.xml: manifest.xml with every https://localhost:3000 replaced by
 *    the base URL, and checks it with scripts/validate-manifest.js --base-url;
 * 4. writes <out>/BACA.txt, the steps for the admin.
 * Exit status: 0 done; 1 the build or the manifest check failed; 2 bad arguments.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const DEV_BASE = "https://localhost:3000";
const USAGE = "usage: npm run package -- --base-url https://host[/path] [--out folder]";

function parseArgs(argv) {
  const options = { baseUrl: undefined, out: path.join(ROOT, "release") };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === "--base-url") options.baseUrl = value();
    else if (flag === "--out") options.out = path.resolve(value());
    else if (flag === "-h" || flag === "--help") options.help = true;
    else throw new Error(`unknown argument: ${argv[i]}`);
  }
  if (options.help) return options;
  if (!options.baseUrl || !/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(options.baseUrl)) {
    throw new Error(
      `--base-url must be the https:// address the files will be served from, got: ${options.baseUrl}`,
    );
  }
  options.baseUrl = options.baseUrl.replace(/\/+$/, "");
  if (options.baseUrl === DEV_BASE)
    throw new Error(`--base-url must not be the development server ${DEV_BASE}`);
  return options;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status;
}

const readme = (baseUrl) => `Capaian — paket rilis
=====================

web/          Salin seluruh isi folder ini ke server HTTPS sehingga tersedia di:
              ${baseUrl}/taskpane.html  (dan ${baseUrl}/assets/...)
manifest.xml  Manifes add-in untuk alamat tersebut (sudah divalidasi).

Microsoft 365: Pusat admin Microsoft 365 > Settings > Integrated apps > Upload custom apps >
  Office Add-in, unggah manifest.xml, lalu tetapkan untuk pengguna atau grup.
Office LTSC 2021/2024 tanpa Microsoft 365: taruh manifest.xml di folder jaringan bersama yang
  didaftarkan sebagai Trusted Add-in Catalog (File > Options > Trust Center > Trusted Add-in
  Catalogs); pengguna menambahkannya dari Insert > My Add-ins > Shared Folder.
Setiap rilis baru: naikkan <Version> di manifest.xml proyek, jangan ubah <Id>.
`;

function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`package: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) return console.log(USAGE);

  if (run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"]) !== 0) {
    console.error("package: the production build failed");
    process.exit(1);
  }
  const web = path.join(options.out, "web");
  fs.rmSync(options.out, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, "dist"), web, { recursive: true });
  // The copy of the development manifest in dist/ points at localhost: not for the web server.
  fs.rmSync(path.join(web, "manifest.xml"), { force: true });

  // The manifest's opening comment speaks of the development server: replace it with a production note.
  const manifest = fs
    .readFileSync(path.join(ROOT, "manifest.xml"), "utf8")
    .replace(
      /<!--[\s\S]*?-->/,
      `<!-- Capaian: production manifest for ${options.baseUrl}, written by npm run package. -->`,
    )
    .split(DEV_BASE)
    .join(options.baseUrl);
  const manifestFile = path.join(options.out, "manifest.xml");
  fs.writeFileSync(manifestFile, manifest);
  const validator = path.join(ROOT, "scripts", "validate-manifest.js");
  if (run(process.execPath, [validator, manifestFile, "--base-url", options.baseUrl]) !== 0) {
    console.error("package: the production manifest is not valid; nothing to deploy");
    process.exit(1);
  }
  fs.writeFileSync(path.join(options.out, "BACA.txt"), readme(options.baseUrl));
  const files = fs
    .readdirSync(web, { recursive: true })
    .filter((f) => fs.statSync(path.join(web, f)).isFile());
  console.log(
    `package: ${path.relative(process.cwd(), options.out) || "."}/ ready — web/ (${files.length} files) for ${options.baseUrl}, manifest.xml, BACA.txt`,
  );
}

if (require.main === module) main();

module.exports = { parseArgs };
