/**
 * Excel.Application: calculation. The host evaluates formulas on read, so calculate() and
 * suspendApiCalculationUntilNextSync() change nothing; they are counted in stats.
 */

import { SimObject, defineType } from "../client-object";
import { CalculationType, enumValues } from "../enums";
import { WorkbookModel } from "../model";
import { checkEnum } from "../validate";

export class Application extends SimObject {
  declare readonly calculationMode: string;

  _resolve(): WorkbookModel {
    return this.context._host.model;
  }

  calculate(calculationType: string): void {
    this._call("calculate", [calculationType], () => {
      const type = checkEnum(calculationType, enumValues(CalculationType), "calculationType");
      this.context._host.stats.calculateCalls.push(type);
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
  scalars: { calculationMode: { get: () => "Automatic" } },
});
