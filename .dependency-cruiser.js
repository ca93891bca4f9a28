/**
 * The architecture, checked by dependency-cruiser in `npm run lint` (`depcruise src`):
 * - no import cycle in src/ (type-only imports count: a cycle of types is still one design knot);
 * - src/core imports nothing outside src/core (no host, no npm package);
 * - src/report imports nothing outside src/report and src/core;
 * - the task pane's components import no value from src/excel or src/docx (types are fine).
 *
 * KNOWN lists today's violations, each one exempt as that exact import only (any other import of
 * the same file is still checked). They are being fixed on the issue-8 branches; the lead
 * deletes each line once its fix is merged, and the list ends empty.
 */
const KNOWN = {
  // A cycle is reported at each of its edges: both are listed.
  "no-cycle": [
    // A: narasi takes a narrow input instead of Analysis (issue 8, point 1).
    ["src/core/narasi.ts", "src/core/analyze.ts"],
    ["src/core/analyze.ts", "src/core/narasi.ts"],
    // A: Polaritas and RumusCapaian in one module (type-only cycle).
    ["src/core/rumus-capaian.ts", "src/core/laporan.ts"],
    ["src/core/laporan.ts", "src/core/rumus-capaian.ts"],
    // A: the command's use case leaves src/xlsx (issue 8, point 3).
    ["src/xlsx/sumber-sipd.ts", "src/xlsx/hitung-berkas.ts"],
    ["src/xlsx/hitung-berkas.ts", "src/xlsx/sumber-sipd.ts"],
  ],
  "core-alone": [],
  "report-alone": [],
  "components-no-host-values": [
    // C: the pane's text catalogue and error mapping move into src/taskpane (issue 8, point 6).
    ["src/taskpane/components/App.tsx", "src/excel/pesan.ts"],
    ["src/taskpane/components/App.tsx", "src/excel/errors.ts"],
    ["src/taskpane/components/App.tsx", "src/docx/teks.ts"],
    ["src/taskpane/components/DaftarTemuan.tsx", "src/excel/pesan.ts"],
    ["src/taskpane/components/Kemajuan.tsx", "src/excel/pesan.ts"],
    ["src/taskpane/components/Opsi.tsx", "src/excel/pesan.ts"],
    ["src/taskpane/components/RekapPemda.tsx", "src/excel/pesan.ts"],
    ["src/taskpane/components/RekapPemda.tsx", "src/excel/errors.ts"],
    ["src/taskpane/components/Ringkasan.tsx", "src/excel/pesan.ts"],
  ],
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
