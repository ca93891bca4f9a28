/**
 * Builds the task pane (taskpane.html), the ribbon function file (commands.html) and the
 * ribbon's message dialog (pesan.html) into dist/.
 * `webpack serve` adds an https dev server on port 3000 with the Office dev certificates;
 * a plain build needs no certificates.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_PORT = 3000;

/** Certificates for https://localhost:3000, only when serving (builds need none). */
function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts
    .getHttpsServerOptions()
    .then((options) => ({ ca: options.ca, key: options.key, cert: options.cert }));
}

module.exports = (env, argv) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);

  const config = {
    mode,
    // No source maps in dist/: it is published as is (development builds keep them inline).
    devtool: mode === "development" ? "eval-source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      pesan: "./src/commands/message-page.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // On-demand chunks (the Word export) get a content hash, so a new release is never mixed with a cached one.
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: "tsconfig.json",
              // ES modules let webpack drop the unused parts of Fluent UI.
              compilerOptions: { module: "es2020", sourceMap: mode === "development" },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "pesan.html",
        template: "./src/commands/pesan.html",
        chunks: ["pesan"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml", noErrorOnMissing: true },
        ],
      }),
    ],
    performance: { hints: false },
  };

  if (!serving) return config;
  return devServerHttps().then((https) => {
    config.devServer = {
      port: DEV_PORT,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: https },
      static: { directory: path.resolve(__dirname, "dist") },
    };
    return config;
  });
};
