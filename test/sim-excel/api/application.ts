/**
 * Excel.Application: calculation. In automatic mode the host evaluates formulas on read; a
 * batch with suspendApiCalculationUntilNextSync(), or any batch in manual mode, holds every
 * formula's value (context.ts), and only calculate() — here, or a worksheet's or range's —
 * brings them up to date, as the Office.js reference says the add-in must do.
 */

import { SimObject, defineType } from "../client-object";
import { recalculate } from "../calc";
import { CalculationMode, CalculationType, enumValues } from "../enums";
import { WorkbookModel } from "../model";
import { checkEnum } from "../validate";

export class Application extends SimObject {
  declare calculationMode: string;

  _resolve(): WorkbookModel {
    return this.context._host.model;
  }

  calculate(calculationType: string): void {
    this._call("calculate", [calculationType], () => {
      const type = checkEnum(calculationType, enumValues(CalculationType), "calculationType");
      this.context._host.stats.calculateCalls.push(type);
      recalculate(this.context._host.model);
    });
  }

  /** ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void {
    this._call(
      "suspendApiCalculationUntilNextSync",
      [],
      () => {
        this.context._host.stats.suspendApiCalculationCalls++;
      },
      "1.6",
    );
  }

  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void {
    this._call(
      "suspendScreenUpdatingUntilNextSync",
      [],
      () => {
        this.context._host.stats.suspendScreenUpdatingCalls++;
      },
      "1.9",
    );
  }
}
defineType(Application, {
  name: "Application",
  navs: [],
  scalars: {
    calculationMode: {
      get: (o: Application) => o._resolve().calculationMode ?? "Automatic",
      set: (o: Application, v: unknown) => {
        o.context._requireApi("1.8", "Application.calculationMode");
        o._resolve().calculationMode = checkEnum(
          v,
          enumValues(CalculationMode),
          "calculationMode",
        ) as WorkbookModel["calculationMode"];
      },
    },
  },
});
