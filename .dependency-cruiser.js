/**
 * The architecture, checked by dependency-cruiser in `npm run lint` (`depcruise src`):
 * - no import cycle in src/ (type-only imports count: a cycle of types is still one design knot);
 * - src/core imports nothing outside src/core (no host, no npm package);
 * - src/report imports nothing outside src/report and src/core;
 * - the task pane's components import no value from src/excel or src/docx (types are fine).
 *
 * KNOWN lists accepted violations, each one exempt as that exact import only (any other import
 * of the same file is still checked). It is empty: add to it only with a reason beside the line.
 */
const KNOWN = {
  // A cycle is reported at each of its edges: both are listed.
  "no-cycle": [],
  "core-alone": [],
  "report-alone": [],
  "components-no-host-values": [],
};

const exact = (file) => `^${file.replace(/[.]/g, "\\.")}$`;
const list = (x) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** The rule, plus for each file with known violations the same rule minus those imports. */
function rule(name, comment, from, to, extra = {}) {
  const known = KNOWN[name];
  const files = [...new Set(known.map(([f]) => f))];
  const base = { name, comment, severity: "error", ...extra };
  return [
    { ...base, from: { ...from, pathNot: [...list(from.pathNot), ...files.map(exact)] }, to },
    ...files.map((file) => ({
      ...base,
      from: { path: exact(file) },
      to: {
        ...to,
        pathNot: [...list(to.pathNot), ...known.filter(([f]) => f === file).map(([, t]) => exact(t))],
      },
    })),
  ];
}

module.exports = {
  forbidden: [
    ...rule("no-cycle", "No import cycle in src/.", { path: "^src/" }, { circular: true }),
    ...rule(
      "core-alone",
      "src/core imports only src/core.",
      { path: "^src/core/" },
      { pathNot: "^src/core/" },
    ),
    ...rule(
      "report-alone",
      "src/report imports only src/report and src/core.",
      { path: "^src/report/" },
      { pathNot: "^src/(report|core)/" },
    ),
    ...rule(
      "components-no-host-values",
      "Components import no value from src/excel or src/docx (type-only imports are allowed).",
      { path: "^src/taskpane/components/" },
      { path: "^src/(excel|docx)/", dependencyTypesNot: ["type-only"] },
    ),
  ],
  options: {
    // See `import type` too: the cycle and layer rules count types.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
  },
};
