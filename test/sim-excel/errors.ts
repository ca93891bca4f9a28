/**
 * Errors shaped like Office.js's `OfficeExtension.Error` (runtime class `RichApi.Error`):
 * `name`, `code`, `message`, `debugInfo`, `traceMessages`, `innerError`, `httpStatusCode`.
 */

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
}

/** The `OfficeExtension.Error` class of the simulated host; `instanceof` works on it. */
export class OfficeExtensionError extends Error {
  override name = "RichApi.Error";
  code: string;
  debugInfo: SimDebugInfo;
  traceMessages: string[] = [];
  innerError: OfficeExtensionError | null = null;
  httpStatusCode: number;

  constructor(code: string, message: string, location?: string) {
    super(message);
    Object.setPrototypeOf(this, OfficeExtensionError.prototype);
    this.code = code;
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
    this.httpStatusCode = HTTP_STATUS[code] ?? 500;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

const HTTP_STATUS: Record<string, number> = {
  AccessDenied: 401,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidRequestContext: 400,
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  RequestPayloadSizeLimitExceeded: 413,
};

/** Codes of `OfficeExtension.ErrorCodes` (runtime codes, not Excel's). */
export const OfficeExtensionErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const;

/** Messages as Excel words them (en-US). */
const MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "An internal error has occurred while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is invalid for the object.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  InvalidReference: "This reference isn't valid for the current operation.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  RequestPayloadSizeLimitExceeded:
    "The request payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization for more information.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
};

/** A RichApi error with Excel's standard message for `code`, plus a detail for humans. */
export function richError(code: string, detail?: string, location?: string): OfficeExtensionError {
  const base = MESSAGES[code] ?? code;
  return new OfficeExtensionError(code, detail ? `${base} (${detail})` : base, location);
}

/** The exact error Office.js throws when an unloaded property is read. */
export function propertyNotLoaded(typeName: string, property: string): OfficeExtensionError {
  return new OfficeExtensionError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export function isRichError(e: unknown): e is OfficeExtensionError {
  return e instanceof OfficeExtensionError;
}
