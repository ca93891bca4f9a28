#!/usr/bin/env node
/**
 * Validates an Office add-in XML manifest offline.
 *
 *     node scripts/validate-manifest.js [manifest.xml] [--base-url https://host]
 *
 * 1. XML Schema: runs `xmllint --noout --schema <schema> <manifest>` with Microsoft's
 *    manifest XSDs (schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd, kept in the
 *    project; override with the environment variable CAPAIAN_MANIFEST_SCHEMA).
 *    `office-addin-manifest validate` needs a Microsoft web service, hence xmllint.
 * 2. What the schema cannot know, checked here:
 *    - the add-in is for Excel only (Host Workbook);
 *    - every resid refers to a resource defined under <Resources>;
 *    - the ribbon's ExecuteFunction actions call hitungCapaian (the function the commands
 *      bundle registers with Office.actions.associate), the FunctionFile is
 *      <base>/commands.html and the task pane (DefaultSettings and ShowTaskpane) is
 *      <base>/taskpane.html;
 *    - every URL is on the base host (a half-replaced production manifest fails);
 *    - every file referenced under <base>/assets/ exists in the project's assets/ folder,
 *      and each ribbon icon PNG has the pixel size the manifest declares.
 *    The base is https://localhost:3000 (the dev server); for a production manifest pass
 *    --base-url or set CAPAIAN_BASE_URL, e.g. https://capaian.example.go.id.
 *
 * Exit status: 0 valid; 1 invalid (xmllint's message or the failed checks are printed);
 * 2 could not validate (xmllint missing, schema or manifest not found, bad arguments).
 * Plain CommonJS; needs xmllint (apt-get install -y libxml2-utils) and @xmldom/xmldom.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { DOMParser } = require("@xmldom/xmldom");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_SCHEMA = path.join(ROOT, "schemas", "office-addin-manifest", "OfficeAppManifestV1_1.xsd");
const DEFAULT_BASE_URL = "https://localhost:3000";
const ASSETS_DIR = path.join(ROOT, "assets");
const EXPECTED_HOST = "Workbook";
const EXPECTED_FUNCTIONS = ["hitungCapaian"];
const TASKPANE_PAGE = "taskpane.html";
const COMMANDS_PAGE = "commands.html";

/* ------------------------------------------------------------------ XML reading */

/**
 * Reads the manifest with @xmldom/xmldom into plain nodes (name, local name, attributes,
 * children, text, line) that the checks below walk. Malformed XML is an error with its line.
 */
function parseXml(source) {
  const problems = [];
  const onError = (level, message) => {
    if (level !== "warning") problems.push(message);
  };
  const dom = new DOMParser({ onError }).parseFromString(source, "text/xml");
  if (problems.length > 0) throw new Error(`unreadable XML: ${problems[0]}`);
  return toNode(dom);
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function toNode(domNode) {
  const name = domNode.nodeType === ELEMENT ? domNode.nodeName : "#document";
  const attrs = {};
  for (const attr of Array.from(domNode.attributes || [])) attrs[attr.name] = attr.value;
  const node = { name, local: localName(name), attrs, children: [], text: "", line: domNode.lineNumber || 1 };
  for (const c of Array.from(domNode.childNodes || [])) {
    if (c.nodeType === ELEMENT) node.children.push(toNode(c));
    else if (c.nodeType === TEXT || c.nodeType === CDATA) node.text += c.data;
  }
  return node;
}

function localName(qualified) {
  const colon = qualified.indexOf(":");
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

function child(node, local) {
  return node ? node.children.find((c) => c.local === local) : undefined;
}

function descendants(node, local, found = []) {
  if (!node) return found;
  for (const c of node.children) {
    if (local === undefined || c.local === local) found.push(c);
    descendants(c, local, found);
  }
  return found;
}

/** The local part of an xsi:type value ("bt:MobileIconList" → "MobileIconList"). */
function xsiType(node) {
  const type = node.attrs["xsi:type"];
  return type === undefined ? undefined : localName(type);
}

/* ------------------------------------------------------------------ checks */

/** Reads the width and height of a PNG file, or undefined when it is not a PNG. */
function pngSize(file) {
  const buffer = fs.readFileSync(file);
  if (buffer.length < 24 || buffer.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") {
    return undefined;
  }
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/**
 * The checks XML Schema cannot express. Returns the list of problems (empty when none) and
 * a few facts for the summary line.
 */
function checkManifest(source, baseUrl, assetsDir) {
  const errors = [];
  const at = (node) => `line ${node.line}`;
  const app = child(parseXml(source), "OfficeApp");
  if (!app) return { errors: ["the root element is not <OfficeApp>"], assets: 0 };

  // Host: Excel only.
  const hosts = descendants(child(app, "Hosts"), "Host").map((h) => h.attrs.Name);
  if (hosts.length !== 1 || hosts[0] !== EXPECTED_HOST) {
    errors.push(
      `<Hosts> must list only <Host Name="${EXPECTED_HOST}"/>, found: ${hosts.join(", ") || "none"}`,
    );
  }
  const overrides = child(app, "VersionOverrides");
  for (const host of descendants(child(overrides, "Hosts"), "Host")) {
    if (xsiType(host) !== EXPECTED_HOST) {
      errors.push(
        `VersionOverrides <Host xsi:type="${host.attrs["xsi:type"]}"> (${at(host)}) must be ${EXPECTED_HOST}`,
      );
    }
  }

  // Resources and the resid references to them.
  const resources = new Map();
  const resourceRoot = child(overrides, "Resources");
  for (const group of resourceRoot ? resourceRoot.children : []) {
    for (const item of group.children) {
      if (item.attrs.id === undefined) continue;
      if (resources.has(item.attrs.id))
        errors.push(`resource id "${item.attrs.id}" is defined twice (${at(item)})`);
      resources.set(item.attrs.id, { group: group.local, value: item.attrs.DefaultValue, node: item });
    }
  }
  const urlOf = (node) => {
    const resource = resources.get(node.attrs.resid);
    return resource && resource.group === "Urls" ? resource.value : undefined;
  };
  for (const ref of descendants(overrides).filter((n) => n.attrs.resid !== undefined)) {
    if (!resources.has(ref.attrs.resid)) {
      errors.push(
        `<${ref.name} resid="${ref.attrs.resid}"> (${at(ref)}) refers to no resource under <Resources>`,
      );
    }
  }

  // Task pane and function file URLs.
  const taskpaneUrl = `${baseUrl}/${TASKPANE_PAGE}`;
  const commandsUrl = `${baseUrl}/${COMMANDS_PAGE}`;
  const defaultSource = child(child(app, "DefaultSettings"), "SourceLocation");
  const defaultUrl = defaultSource ? defaultSource.attrs.DefaultValue : undefined;
  if (defaultUrl !== taskpaneUrl) {
    errors.push(`<DefaultSettings><SourceLocation> must be ${taskpaneUrl}, found ${defaultUrl ?? "none"}`);
  }
  const actions = descendants(overrides, "Action");
  const executes = actions.filter((a) => xsiType(a) === "ExecuteFunction");
  const functionNames = executes.map((a) => (child(a, "FunctionName") || { text: "" }).text.trim());
  for (const [i, name] of functionNames.entries()) {
    if (!EXPECTED_FUNCTIONS.includes(name)) {
      errors.push(
        `<FunctionName>${name}</FunctionName> (${at(executes[i])}) must be one of: ${EXPECTED_FUNCTIONS.join(", ")}`,
      );
    }
  }
  for (const name of EXPECTED_FUNCTIONS) {
    if (!functionNames.includes(name)) errors.push(`no ribbon button runs ExecuteFunction ${name}`);
  }
  const functionFiles = descendants(overrides, "FunctionFile");
  if (executes.length > 0 && functionFiles.length === 0) {
    errors.push("ExecuteFunction buttons need a <FunctionFile>");
  }
  for (const file of functionFiles) {
    if (urlOf(file) !== commandsUrl) {
      errors.push(
        `<FunctionFile resid="${file.attrs.resid}"> (${at(file)}) must resolve to ${commandsUrl}, found ${urlOf(file) ?? "no URL"}`,
      );
    }
  }
  const shows = actions.filter((a) => xsiType(a) === "ShowTaskpane");
  if (shows.length === 0) errors.push("no ribbon button opens the task pane (ShowTaskpane)");
  for (const show of shows) {
    const source = child(show, "SourceLocation");
    const url = source ? urlOf(source) : undefined;
    if (url !== taskpaneUrl) {
      errors.push(`ShowTaskpane (${at(show)}) must open ${taskpaneUrl}, found ${url ?? "no URL"}`);
    }
  }

  // Every URL on the base host; every asset present.
  const urls = [];
  for (const node of descendants(app)) {
    for (const key of ["DefaultValue", "Value"]) {
      const value = node.attrs[key];
      if (value !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push({ value, node });
    }
    if (node.local === "AppDomain") urls.push({ value: node.text.trim(), node });
  }
  const assetsPrefix = `${baseUrl}/assets/`;
  const assetFiles = new Set();
  for (const { value, node } of urls) {
    if (value !== baseUrl && !value.startsWith(`${baseUrl}/`)) {
      errors.push(`${value} (${at(node)}) is not on ${baseUrl}`);
      continue;
    }
    if (!value.startsWith(assetsPrefix)) continue;
    const relative = decodeURIComponent(value.slice(assetsPrefix.length).split(/[?#]/)[0]);
    const file = path.resolve(assetsDir, relative);
    if (!file.startsWith(assetsDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      errors.push(`${value} (${at(node)}) has no file assets/${relative}`);
      continue;
    }
    assetFiles.add(file);
    if (node.local === "Image" && node.attrs.id !== undefined) {
      // Ribbon icons: the PNG must have every size the <Icon> lists declare for it.
      const sizes = new Set(
        descendants(overrides, "Image")
          .filter((img) => img.attrs.resid === node.attrs.id && img.attrs.size !== undefined)
          .map((img) => Number(img.attrs.size)),
      );
      const size = pngSize(file);
      for (const expected of sizes) {
        if (size && (size.width !== expected || size.height !== expected)) {
          errors.push(
            `assets/${relative} is ${size.width}x${size.height} but is used as a ${expected}x${expected} icon`,
          );
        }
      }
    }
  }
  return { errors, assets: assetFiles.size, functions: functionNames };
}

/* ------------------------------------------------------------------ command line */

function parseArgs(argv) {
  const options = { manifest: undefined, baseUrl: process.env.CAPAIAN_BASE_URL || DEFAULT_BASE_URL };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--base-url") options.baseUrl = argv[++i];
    else if (arg.startsWith("--base-url=")) options.baseUrl = arg.slice("--base-url=".length);
    else if (arg === "-h" || arg === "--help") options.help = true;
    else if (options.manifest === undefined) options.manifest = arg;
    else throw new Error(`unexpected argument: ${arg}`);
  }
  if (!options.baseUrl || !/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(options.baseUrl)) {
    throw new Error(`the base URL must be an https:// URL, got: ${options.baseUrl}`);
  }
  options.baseUrl = options.baseUrl.replace(/\/+$/, "");
  options.manifest = options.manifest || "manifest.xml";
  return options;
}

function fail(status, message) {
  console.error(message);
  process.exit(status);
}

function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    fail(
      2,
      `validate-manifest: ${error.message}\nusage: node scripts/validate-manifest.js [manifest.xml] [--base-url https://host]`,
    );
  }
  if (options.help) {
    console.log("usage: node scripts/validate-manifest.js [manifest.xml] [--base-url https://host]");
    return;
  }
  const manifest = path.resolve(options.manifest);
  const shown = path.relative(process.cwd(), manifest) || manifest;
  const schema = path.resolve(process.env.CAPAIAN_MANIFEST_SCHEMA || DEFAULT_SCHEMA);
  if (!fs.existsSync(manifest)) fail(2, `validate-manifest: manifest not found: ${manifest}`);
  if (!fs.existsSync(schema)) {
    fail(
      2,
      `validate-manifest: schema not found: ${schema} (set CAPAIAN_MANIFEST_SCHEMA to OfficeAppManifestV1_1.xsd)`,
    );
  }

  const lint = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], { encoding: "utf8" });
  if (lint.error) {
    if (lint.error.code === "ENOENT") {
      fail(2, "validate-manifest: xmllint not found; install it with: apt-get install -y libxml2-utils");
    }
    fail(2, `validate-manifest: could not run xmllint: ${lint.error.message}`);
  }
  if (lint.status !== 0) {
    const output = `${lint.stderr || ""}${lint.stdout || ""}`.trim();
    fail(1, `${output}\n${shown}: INVALID against ${path.basename(schema)} (xmllint exit ${lint.status})`);
  }

  let result;
  try {
    result = checkManifest(fs.readFileSync(manifest, "utf8"), options.baseUrl, ASSETS_DIR);
  } catch (error) {
    fail(1, `${shown}: INVALID: ${error.message}`);
  }
  if (result.errors.length > 0) {
    const count = `${result.errors.length} problem${result.errors.length === 1 ? "" : "s"}`;
    const hint = result.errors.some((e) => e.endsWith(` is not on ${options.baseUrl}`))
      ? `; for a manifest on another host pass --base-url https://that.host`
      : "";
    fail(1, `${result.errors.map((e) => `- ${e}`).join("\n")}\n${shown}: INVALID (${count}${hint})`);
  }
  console.log(
    `${shown}: valid (${path.basename(schema)}; host ${EXPECTED_HOST}; FunctionName ${result.functions.join(", ")}; ` +
      `${TASKPANE_PAGE} and ${COMMANDS_PAGE} on ${options.baseUrl}; ${result.assets} asset files present)`,
  );
}

module.exports = { checkManifest, parseXml };

if (require.main === module) main();
