/**
 * Ends the browser test output with the plain closing line CI reads ("e2e: N passed, N failed").
 * The list and html reporters do the rest.
 */
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    // Count the final attempt of each test only.
    if (result.retry < test.retries && result.status !== "passed" && result.status !== "skipped") return;
    if (result.status === "passed") this.passed++;
    else if (result.status === "skipped") this.skipped++;
    else this.failed++;
  }

  onEnd(result: FullResult): void {
    const skipped = this.skipped > 0 ? `, ${this.skipped} skipped` : "";
    const interrupted = result.status === "passed" || result.status === "failed" ? "" : ` (${result.status})`;
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed${skipped}${interrupted}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
