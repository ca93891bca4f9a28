/**
 * The simulated Excel host: `createExcelHost(model)` gives `Excel`, `Office` and
 * `OfficeExtension` objects that behave like Office.js against a plain-JSON workbook, plus
 * the counters a test asserts on. `install(host)` puts them on globalThis / window.
 * No DOM and no Node APIs here, so the host bundles for the browser.
 */

import { SimClientResult, SimObject } from "./client-object";
import { FailureRule, HostState, SimRequestContext, SimStats, createStats } from "./context";
import { type SimLocale } from "./locale";
import { ENUMS } from "./enums";
import { OfficeExtensionError, OfficeExtensionErrorCodes, richError } from "./errors";
import { WorkbookModel } from "./model";
import { ActionFunction, SimDialog, createOffice } from "./office";
import { Range } from "./api/range";
import { RangeAreas } from "./api/range-areas";
import { Table } from "./api/table";
import { Workbook } from "./api/workbook";
import { Worksheet } from "./api/worksheet";

export interface ExcelHostOptions {
  /** ExcelApi requirement set the host pretends to have; default "1.14" (Office 2021). */
  apiVersion?: string;
  /** Request size limit; default 5,000,000 bytes (Excel on the web's 5 MB). */
  maxRequestBytes?: number;
  /** Response size limit; default 5,000,000 bytes (Excel on the web's 5 MB). */
  maxResponseBytes?: number;
  /**
   * Office.context.platform (and diagnostics.platform): "PC" (Windows desktop, the default),
   * "Mac", "OfficeOnline". Desktop hosts take a multi-area address with the locale's list
   * separator (OfficeDev/office-js #1167, #1985); Excel on the web takes commas.
   */
  platform?: string;
  /**
   * Regional settings of the simulated machine: "id-ID" (the default: list separator ";",
   * decimal ",", thousands ".") or "en-US" ("," "." ","). Range.text renders with them.
   */
  locale?: SimLocale;
  /** Other requirement sets, e.g. { DialogApi: "1.2" }. */
  requirementSets?: Record<string, string>;
  /** Office.context.displayLanguage; default the locale. */
  displayLanguage?: string;
}

export interface ExcelHost {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  stats: SimStats;
  /** The workbook; changed in place by every successful sync. */
  model: WorkbookModel;
  /** Functions registered with Office.actions.associate, by id. */
  actions: Map<string, ActionFunction>;
  apiVersion: string;
  locale: SimLocale;
  platform: string;
  /** Makes a later sync fail (see FailureRule); each rule fires once. */
  failAt(rule: FailureRule): void;
  /** Dialogs opened with Office.context.ui.displayDialogAsync, in order. */
  dialogs: SimDialog[];
  /** Messages a dialog page sent with Office.context.ui.messageParent. */
  parentMessages: string[];
  /** Put Excel, Office and OfficeExtension on `target` (default globalThis); returns an undo. */
  install(target?: object): () => void;
}

interface RunOptionsLike {
  delayForCellEdit?: boolean;
  previousObjects?: unknown;
}

function contextOf(x: unknown): SimRequestContext | undefined {
  if (x instanceof SimRequestContext) return x;
  if (x instanceof SimObject) return x.context;
  if (Array.isArray(x) && x[0] instanceof SimObject) return x[0].context;
  return undefined;
}

export function createExcelHost(model: WorkbookModel, options: ExcelHostOptions = {}): ExcelHost {
  const apiVersion = options.apiVersion ?? "1.14";
  const state: HostState = {
    model,
    apiVersion,
    maxRequestBytes: options.maxRequestBytes ?? 5_000_000,
    maxResponseBytes: options.maxResponseBytes ?? 5_000_000,
    failures: [],
    stats: createStats(),
    version: 0,
    calcCache: null,
    locale: options.locale ?? "id-ID",
    platform: options.platform ?? "PC",
  };

  class RequestContext extends SimRequestContext {
    constructor() {
      super(state);
    }
  }

  /** Excel.run(batch), Excel.run(options, batch), Excel.run(object | context, batch). */
  async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw richError("InvalidArgument", "Excel.run needs a batch function");
    const first = args.length > 1 ? args[0] : undefined;
    let ctx = contextOf(first);
    let delay = false;
    if (!ctx && first && typeof first === "object") {
      const o = first as RunOptionsLike;
      delay = o.delayForCellEdit === true;
      ctx = contextOf(o.previousObjects);
    }
    ctx ??= new RequestContext();
    ctx._closed = false;
    ctx._delayForCellEdit = delay;
    state.stats.runs++;
    try {
      const ret: unknown = (batch as (c: SimRequestContext) => unknown)(ctx);
      if (!ret || typeof (ret as Promise<unknown>).then !== "function")
        throw richError("RunMustReturnPromise");
      let result: unknown;
      try {
        result = await ret;
      } catch (e) {
        ctx._pending = [];
        throw e;
      }
      if (ctx._pending.length > 0) await ctx.sync();
      return result;
    } finally {
      ctx._closed = true;
    }
  }

  const excel = {
    run,
    RequestContext,
    ...ENUMS,
    Workbook,
    Worksheet,
    Range,
    RangeAreas,
    Table,
  };

  const officeExtension = {
    Error: OfficeExtensionError,
    ErrorCodes: OfficeExtensionErrorCodes,
    ClientResult: SimClientResult,
    ClientObject: SimObject,
    ClientRequestContext: SimRequestContext,
    Promise,
    config: { extendedErrorLogging: false },
  };

  const actions = new Map<string, ActionFunction>();
  const dialogs: SimDialog[] = [];
  const parentMessages: string[] = [];
  const office = createOffice(
    {
      apiVersion,
      platform: state.platform,
      requirementSets: options.requirementSets ?? {},
      displayLanguage: options.displayLanguage ?? state.locale,
    },
    actions,
    dialogs,
    parentMessages,
  );

  const host: ExcelHost = {
    Excel: excel as unknown as typeof Excel,
    Office: office as unknown as typeof Office,
    OfficeExtension: officeExtension as unknown as typeof OfficeExtension,
    stats: state.stats,
    model,
    actions,
    apiVersion,
    locale: state.locale,
    platform: state.platform,
    failAt(rule) {
      state.failures.push(rule);
    },
    dialogs,
    parentMessages,
    install: (target?: object) => install(host, target),
  };
  return host;
}

/** Put the host's `Excel`, `Office` and `OfficeExtension` on `target` (default globalThis). */
export function install(host: ExcelHost, target: object = globalThis): () => void {
  const t = target as Record<string, unknown>;
  const saved = { Excel: t.Excel, Office: t.Office, OfficeExtension: t.OfficeExtension };
  t.Excel = host.Excel;
  t.Office = host.Office;
  t.OfficeExtension = host.OfficeExtension;
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete t[k];
      else t[k] = v;
    }
  };
}
