/**
 * The `Office` global of the simulated host: onReady, HostType, requirement-set checks that
 * answer by the simulated ExcelApi level, and actions.associate (recorded for tests).
 */

import { versionLess } from "./client-object";

export type ActionFunction = (event: unknown) => unknown;

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

export function createOffice(options: SimOfficeOptions, actions: Map<string, ActionFunction>) {
  const sets: Record<string, string> = {
    ...DEFAULT_REQUIREMENT_SETS,
    ...options.requirementSets,
    ExcelApi: options.apiVersion,
  };
  const info = { host: HostType.Excel, platform: options.platform };
  return {
    HostType,
    PlatformType,
    context: {
      host: HostType.Excel,
      platform: options.platform,
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      diagnostics: { host: HostType.Excel, platform: options.platform, version: "16.0.14332.20000" },
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
