// ESLint flat config: Microsoft's Office add-in rules (load/sync discipline, isNullObject, …)
// with React and Prettier, as in the Office add-in templates.
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");

module.exports = [
  {
    ignores: [
      "dist/**",
      "lib/**",
      "out/**",
      "node_modules/**",
      "coverage/**",
      "examples/**",
      "test-results/**",
    ],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript checks names; the core rule does not know type-only globals such as Excel.
      "no-undef": "off",
      "no-redeclare": "off",
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    // exceljs objects are not Office.js proxies; the load/sync rules would misfire on them.
    files: ["src/xlsx/**", "src/cli/**", "scripts/**", "test/xlsx/**", "test/sim-excel/**"],
    rules: { "office-addins/load-object-before-read": "off", "office-addins/call-sync-before-read": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        window: "readonly",
        document: "readonly",
        URL: "readonly",
        performance: "readonly",
      },
    },
  },
];
