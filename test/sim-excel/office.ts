/**
 * The `Office` global of the simulated host: onReady, HostType, requirement-set checks that
 * answer by the simulated ExcelApi level, actions.associate (recorded for tests), and the
 * Dialog API (ui.displayDialogAsync records each dialog; the test plays the user or the page).
 */

import { versionLess } from "./client-object";

export type ActionFunction = (event: unknown) => unknown;

type DialogHandler = (arg: { message?: string; origin?: string; error?: number }) => void;

/** A dialog opened with Office.context.ui.displayDialogAsync, as the test sees it. */
export interface SimDialog {
  url: string;
  options: Record<string, unknown>;
  /** True once the add-in closed it or the user did. */
  closed: boolean;
  /** The page sends `message` to the add-in (Office.context.ui.messageParent). */
  sendMessage(message: string): void;
  /** The user closes the dialog with its X (DialogEventReceived, error 12006). */
  closeByUser(): void;
}

const EventType = {
  DialogMessageReceived: "dialogMessageReceived",
  DialogEventReceived: "dialogEventReceived",
} as const;

const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" } as const;

export interface SimOfficeOptions {
  apiVersion: string;
  platform: string;
  /** Other requirement sets and their highest version, e.g. { AddinCommands: "1.3" }. */
  requirementSets: Record<string, string>;
  displayLanguage: string;
}

export const DEFAULT_REQUIREMENT_SETS: Record<string, string> = {
  AddinCommands: "1.3",
  DialogApi: "1.2",
  SharedRuntime: "1.1",
  RibbonApi: "1.1",
};

const HostType = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as const;

const PlatformType = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as const;

export function createOffice(
  options: SimOfficeOptions,
  actions: Map<string, ActionFunction>,
  dialogs: SimDialog[] = [],
  parentMessages: string[] = [],
) {
  const sets: Record<string, string> = {
    ...DEFAULT_REQUIREMENT_SETS,
    ...options.requirementSets,
    ExcelApi: options.apiVersion,
  };
  const info = { host: HostType.Excel, platform: options.platform };
  const dialogApi = (): boolean => {
    const v = sets.DialogApi;
    return v !== undefined && !versionLess(v, "1.1");
  };

  function displayDialogAsync(
    startAddress: string,
    optionsOrCallback?: Record<string, unknown> | ((result: unknown) => void),
    maybeCallback?: (result: unknown) => void,
  ): void {
    if (!dialogApi())
      throw new Error("Office.context.ui.displayDialogAsync is not available (DialogApi 1.1)");
    const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback;
    const dialogOptions = typeof optionsOrCallback === "object" && optionsOrCallback ? optionsOrCallback : {};
    const fail = (code: number, message: string): void => {
      setTimeout(() =>
        callback?.({
          status: AsyncResultStatus.Failed,
          error: { code, message, name: "Error" },
          value: undefined,
        }),
      );
    };
    if (!/^[a-z]+:\/\//i.test(startAddress)) {
      fail(12002, "the dialog URL must be absolute");
      return;
    }
    if (dialogs.some((d) => !d.closed)) {
      fail(12007, "a dialog is already open from this add-in");
      return;
    }
    const handlers = new Map<string, DialogHandler[]>();
    const fire = (type: string, arg: Parameters<DialogHandler>[0]) => {
      for (const h of handlers.get(type) ?? []) h(arg);
    };
    const record: SimDialog = {
      url: startAddress,
      options: dialogOptions,
      closed: false,
      sendMessage(message) {
        if (!record.closed) fire(EventType.DialogMessageReceived, { message, origin: startAddress });
      },
      closeByUser() {
        if (record.closed) return;
        record.closed = true;
        fire(EventType.DialogEventReceived, { error: 12006 });
      },
    };
    dialogs.push(record);
    const dialog = {
      addEventHandler(type: string, handler: DialogHandler): void {
        handlers.set(type, [...(handlers.get(type) ?? []), handler]);
      },
      close(): void {
        record.closed = true;
      },
      messageChild(): void {},
    };
    setTimeout(() => callback?.({ status: AsyncResultStatus.Succeeded, value: dialog }));
  }

  return {
    HostType,
    PlatformType,
    EventType,
    AsyncResultStatus,
    context: {
      host: HostType.Excel,
      platform: options.platform,
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      diagnostics: { host: HostType.Excel, platform: options.platform, version: "16.0.14332.20000" },
      document: { settings: createSettings() },
      ui: {
        displayDialogAsync,
        /** From a dialog page: recorded, and delivered to the open dialog's add-in handler. */
        messageParent(message: string): void {
          parentMessages.push(String(message));
          dialogs.filter((d) => !d.closed).forEach((d) => d.sendMessage(String(message)));
        },
      },
      requirements: {
        /** True when the host has requirement set `name` at `minVersion` (default 1.1) or newer. */
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const key = Object.keys(sets).find((k) => k.toLowerCase() === String(name).toLowerCase());
          if (!key) return false;
          const wanted = minVersion === undefined ? "1.1" : String(minVersion);
          return !versionLess(sets[key], wanted);
        },
      },
    },
    onReady(
      callback?: (info: { host: string; platform: string }) => void,
    ): Promise<{ host: string; platform: string }> {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    actions: {
      associate(actionId: string, action: ActionFunction): void {
        actions.set(actionId, action);
      },
    },
  };
}

/**
 * Office.context.document.settings: name → JSON value kept with the document. As in Office,
 * values go through JSON (get returns a copy), set only changes the in-memory copy, and
 * saveAsync persists it (here: into `saved`, which tests read).
 */
function createSettings() {
  const current = new Map<string, string>();
  const saved = new Map<string, string>();
  return {
    saved,
    get(name: string): unknown {
      const v = current.get(name);
      return v === undefined ? null : (JSON.parse(v) as unknown);
    },
    set(name: string, value: unknown): void {
      current.set(name, JSON.stringify(value));
    },
    remove(name: string): void {
      current.delete(name);
    },
    saveAsync(callback?: (result: { status: string; error?: unknown }) => void): void {
      saved.clear();
      for (const [k, v] of current) saved.set(k, v);
      setTimeout(() => callback?.({ status: AsyncResultStatus.Succeeded }), 0);
    },
  };
}
