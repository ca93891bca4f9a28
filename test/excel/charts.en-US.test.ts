/**
 * The tests of charts.test.ts once more, with the simulated host as an English Windows desktop
 * (list separator ",", decimal "."); charts.test.ts itself runs as an Indonesian one.
 */
import "./charts.test";
import { createWorkbookModel } from "../sim-excel";
import { aturLokal, pasangHost } from "./workbook";

aturLokal("en-US");

it("runs them as an English desktop", () => {
  const { host, lepas } = pasangHost(createWorkbookModel());
  expect([host.locale, host.platform]).toEqual(["en-US", "PC"]);
  lepas();
});
