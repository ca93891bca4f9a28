/**
 * Read-modify-write of a bench results file: each bench owns its keys and keeps the others'
 * (bench/results.json holds the adapter's `adapter` and the browser bench's `pane`).
 */
import * as fs from "fs";
import * as os from "os";

export function simpanHasil(file: string, isi: Record<string, unknown>): void {
  let lama: Record<string, unknown> = {};
  try {
    const j: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    // An older results file was a bare array (the adapter's rows): nothing of another bench's.
    if (j !== null && typeof j === "object" && !Array.isArray(j)) lama = j as Record<string, unknown>;
  } catch {
    // No file yet, or unreadable: start afresh.
  }
  fs.writeFileSync(file, JSON.stringify({ ...lama, ...isi }, null, 2) + "\n");
}

/** The machine's load average (1, 5, 15 min) beside a figure: the bench machine is shared. */
export function beban(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
}
