/**
 * Builds the browser bundle of the simulated Excel host (test/e2e/sim-bootstrap.ts) with
 * webpack's Node API. Tests route Microsoft's office.js URL to it; the preview serves it.
 * Never part of dist/.
 */
const path = require("path");
const fs = require("fs");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..", "..");
const OUT_DIR = path.join(ROOT, "node_modules", ".cache", "capaian-sim");
const OUT_FILE = path.join(OUT_DIR, "sim-office.js");

/** @returns {Promise<string>} the bundle's source */
function buildSimBundle() {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: path.join(__dirname, "sim-bootstrap.ts"),
    output: { path: OUT_DIR, filename: "sim-office.js" },
    resolve: { extensions: [".ts", ".js"], fallback: { fs: false, path: false } },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, "tsconfig.json"),
              compilerOptions: { module: "es2020", sourceMap: false },
            },
          },
        },
      ],
    },
    // The simulator's .xlsx reader is Node-only (exceljs, fs); its index.ts loads it on demand.
    plugins: [new webpack.IgnorePlugin({ resourceRegExp: /^\.\/from-xlsx$/, contextRegExp: /sim-excel$/ })],
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats && stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(fs.readFileSync(OUT_FILE, "utf8"));
    });
  });
}

module.exports = {
  buildSimBundle,
  OFFICE_JS_URL: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
};
