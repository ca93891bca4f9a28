/**
 * The request context: queues actions and applies them at `sync()`, in order, counting syncs,
 * operations and request bytes. A sync that fails (an error in any action, a request over the
 * size limit, cell-edit mode) rejects and leaves the workbook as it was before that sync.
 */

import { WorkbookCalc, holdFormulas, holdWritten } from "./calc";
import { versionLess } from "./client-object";
import { OfficeExtensionError, isRichError, richError } from "./errors";
import { beginJournal, endJournal, rollBack } from "./journal";
import { WorkbookModel } from "./model";
import { Workbook } from "./api/workbook";
import type { Application } from "./api/application";
import type { SimLocale } from "./locale";

export interface SimStats {
  /** Round trips: syncs that carried at least one action (an empty sync sends nothing). */
  syncs: number;
  /** Every call of context.sync(), empty ones included. */
  syncCalls: number;
  /** Queued actions: property writes, method calls, loads, null-object checks. */
  operations: number;
  /** JSON byte size of each round trip's request, in order. */
  requestBytes: number[];
  /** The largest request seen. */
  maxRequestBytes: number;
  /** JSON byte size of what each round trip returned (loaded values, ClientResults), in order. */
  responseBytes: number[];
  /** The largest response seen. */
  maxResponseBytes: number;
  /** Excel.run calls. */
  runs: number;
  /** application.suspendApiCalculationUntilNextSync() calls. */
  suspendApiCalculationCalls: number;
  /** application.suspendScreenUpdatingUntilNextSync() calls. */
  suspendScreenUpdatingCalls: number;
  /** application.calculate(type) calls, by type. */
  calculateCalls: string[];
  /**
   * Actions after which Excel's undo stack is gone: a sheet deleted or renamed. (Most Office.js
   * writes also clear it on hosts without add-in undo support; these two clear it everywhere.)
   */
  undoClears: number;
  reset(): void;
}

export function createStats(): SimStats {
  const stats: SimStats = {
    syncs: 0,
    syncCalls: 0,
    operations: 0,
    requestBytes: [],
    maxRequestBytes: 0,
    responseBytes: [],
    maxResponseBytes: 0,
    runs: 0,
    suspendApiCalculationCalls: 0,
    suspendScreenUpdatingCalls: 0,
    calculateCalls: [],
    undoClears: 0,
    reset() {
      stats.syncs = 0;
      stats.syncCalls = 0;
      stats.operations = 0;
      stats.requestBytes = [];
      stats.maxRequestBytes = 0;
      stats.responseBytes = [];
      stats.maxResponseBytes = 0;
      stats.runs = 0;
      stats.suspendApiCalculationCalls = 0;
      stats.suspendScreenUpdatingCalls = 0;
      stats.calculateCalls = [];
      stats.undoClears = 0;
    },
  };
  return stats;
}

export interface HostState {
  model: WorkbookModel;
  apiVersion: string;
  maxRequestBytes: number;
  /** Response size limit (Excel on the web: 5 MB). */
  maxResponseBytes: number;
  /** Injected failures (host.failAt), consumed when they fire. */
  failures: FailureRule[];
  stats: SimStats;
  /** Bumped by every applied write, so formula results are recomputed. */
  version: number;
  calcCache: { version: number; calc: WorkbookCalc } | null;
  locale: SimLocale;
  /** Office.context.platform: "PC", "Mac", "OfficeOnline", … */
  platform: string;
}

/**
 * A failure the test injects: the sync fails with `code` at the first action that matches.
 * Excel applies the actions of a failed batch that come before the failing one; so does the
 * simulated host for an injected failure (unless `atomic`), which is what a writer's recovery
 * must cope with.
 */
export interface FailureRule {
  /** 1-based round trip (stats.syncs after it counts) to fail; any when absent. */
  sync?: number;
  /** Fail at the first action whose statement contains this text (or matches it); else the first action. */
  statement?: string | RegExp;
  /** Error code; default "GeneralException". */
  code?: string;
  message?: string;
  /** Apply nothing of the failed batch (the host's default for real errors). */
  atomic?: boolean;
}

function matches(rule: FailureRule, statement: string): boolean {
  if (rule.statement === undefined) return true;
  return typeof rule.statement === "string"
    ? statement.includes(rule.statement)
    : rule.statement.test(statement);
}

export interface Action {
  statement: string;
  /** "Range.values": where Office.js would report an error. */
  location: string;
  /** What travels in the request (for the byte count). */
  payload: unknown;
  /** Requirement set the action needs. */
  api?: string;
  /** Apply to the model; may throw an OfficeExtensionError. */
  run(): void;
  /** Publish results (loaded values, ClientResults) once the whole sync succeeded. */
  commit?(): void;
  /** A load or null check: does not change the workbook. */
  isRead?: boolean;
  /** What the action returns in the response (after run), for the response byte count. */
  response?(): unknown;
}

/** UTF-8 length of a string, without TextEncoder (the host must run anywhere). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class SimRequestContext {
  readonly workbook: Workbook;
  readonly application: Application;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  readonly requestHeaders: Record<string, string> = {};
  _pending: Action[] = [];
  _delayForCellEdit = false;
  /** Set when the Excel.run that owned this context has finished. */
  _closed = false;

  constructor(readonly _host: HostState) {
    this.workbook = new Workbook(this);
    this.application = this.workbook.application;
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this._pending.map((a) => a.statement) };
  }

  load(object: { load(option?: unknown): unknown }, option?: unknown): void {
    object.load(option);
  }

  trace(message: string): void {
    void message;
  }

  _enqueue(action: Action): void {
    this._pending.push(action);
  }

  /** Throw ApiNotFound (at sync) when the host is older than `api`. */
  _requireApi(api: string | undefined, location: string): void {
    if (api && versionLess(this._host.apiVersion, api)) {
      throw richError(
        "ApiNotFound",
        `${location} needs ExcelApi ${api}; this Excel has ExcelApi ${this._host.apiVersion}`,
        location,
      );
    }
  }

  /** Formula results for the workbook as it is now. */
  _calc(): WorkbookCalc {
    const host = this._host;
    if (!host.calcCache || host.calcCache.version !== host.version) {
      host.calcCache = { version: host.version, calc: new WorkbookCalc(host.model) };
    }
    return host.calcCache.calc;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const host = this._host;
    host.stats.syncCalls++;
    const batch = this._pending;
    this._pending = [];
    await Promise.resolve();
    if (batch.length === 0) return passThroughValue as T;
    if (this._closed) {
      throw richError("InvalidObjectPath", "this request context belongs to an Excel.run that has finished");
    }
    host.stats.syncs++;
    host.stats.operations += batch.length;
    const bytes = utf8Length(JSON.stringify(batch.map((a) => a.payload)));
    host.stats.requestBytes.push(bytes);
    host.stats.maxRequestBytes = Math.max(host.stats.maxRequestBytes, bytes);
    if (bytes > host.maxRequestBytes) {
      throw richError(
        "RequestPayloadSizeLimitExceeded",
        `request of ${bytes} bytes, limit ${host.maxRequestBytes}`,
      );
    }
    if (host.model.cellEditMode && !this._delayForCellEdit) throw richError("InvalidOperationInCellEditMode");
    // What a failure puts back: the cells each action changes are logged as it goes (journal.ts).
    beginJournal(host.model);
    const syncNumber = host.stats.syncs;
    // Suspended (this batch) or manual calculation: formulas keep the values they show.
    const hold =
      batch.some((a) => !a.isRead) &&
      (host.model.calculationMode === "Manual" ||
        batch.some((a) => a.statement.includes("suspendApiCalculationUntilNextSync")));
    if (hold) {
      holdFormulas(host.model);
      host.version++;
    }
    let current: Action | undefined;
    let responseBytes = 0;
    let partial = false;
    try {
      for (const action of batch) {
        current = action;
        const rule = host.failures.find(
          (f) => (f.sync === undefined || f.sync === syncNumber) && matches(f, action.statement),
        );
        if (rule) {
          host.failures.splice(host.failures.indexOf(rule), 1);
          const error = richError(rule.code ?? "GeneralException", rule.message ?? "injected failure");
          // As Excel does: what came before the failing action stays applied.
          partial = !rule.atomic;
          throw error;
        }
        this._requireApi(action.api, action.location);
        if (!action.isRead) host.version++;
        action.run();
        if (action.response) responseBytes += utf8Length(JSON.stringify(action.response()) ?? "null");
      }
      host.stats.responseBytes.push(responseBytes);
      host.stats.maxResponseBytes = Math.max(host.stats.maxResponseBytes, responseBytes);
      if (responseBytes > host.maxResponseBytes) {
        throw richError(
          "ResponsePayloadSizeLimitExceeded",
          `response of ${responseBytes} bytes, limit ${host.maxResponseBytes}`,
        );
      }
    } catch (e) {
      if (partial) endJournal();
      else rollBack(host.model);
      host.version++;
      throw located(e, current);
    }
    endJournal();
    if (hold || host.model.calculationMode === "Manual") {
      holdWritten(host.model);
      host.version++;
    }
    for (const action of batch) action.commit?.();
    return passThroughValue as T;
  }
}

function located(e: unknown, action: Action | undefined): OfficeExtensionError {
  const error = isRichError(e)
    ? e
    : richError("GeneralException", `simulated host failure: ${e instanceof Error ? e.message : String(e)}`);
  if (action) {
    error.debugInfo.statement = action.statement;
    error.debugInfo.errorLocation ??= action.location;
  }
  return error;
}
