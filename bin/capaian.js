#!/usr/bin/env node
// Entry of the `capaian` command; the TypeScript is compiled to lib/ by `npm install` (prepare).
require("../lib/cli/main.js").main(process.argv).then((code) => {
  process.exitCode = code;
});
