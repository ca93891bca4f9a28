/**
 * The proxy machinery shared by every simulated Office.js object: scalar properties that throw
 * until loaded, writes and method calls queued as actions, `load` in its Office.js forms,
 * `isNullObject`, `toJSON`, `set`, and `ClientResult`.
 */

import type { SimRequestContext } from "./context";
import { OfficeExtensionError, propertyNotLoaded, richError } from "./errors";
import { Selection, describeSelection, emptySelection, parseLoadOption } from "./load-option";

export interface ScalarSpec<T extends SimObject = SimObject> {
  /** Read the value from the host (at sync). */
  get(obj: T): unknown;
  /** Apply a write to the host (at sync); absent = read-only. */
  set?(obj: T, value: unknown): void;
  /** Requirement set (ExcelApi) of the property, if newer than its object's. */
  api?: string;
}

export interface TypeSpec {
  /** Office.js type name, used in error locations: "Range", "RangeFont", … */
  name: string;
  scalars: Record<string, ScalarSpec<never>>;
  /** Navigation properties that `load("format/font/bold")` may walk through. */
  navs: string[];
  /** Requirement set of the whole object. */
  api?: string;
}

/** What a load found at sync, published only when the whole sync succeeds. */
interface Staged {
  target: SimObject;
  values: Record<string, unknown>;
  isNull: boolean;
  children: Staged[];
}

export function apiMax(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return versionLess(a, b) ? b : a;
}

export function versionLess(a: string, b: string): boolean {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && (a2 ?? 0) < (b2 ?? 0));
}

/** An argument as it travels in a request: proxies by their path. */
export function wireArg(arg: unknown): unknown {
  if (arg instanceof SimObject) return { objectPath: arg._path };
  if (Array.isArray(arg)) return arg.map(wireArg);
  return arg;
}

export abstract class SimObject {
  declare readonly _spec: TypeSpec;
  /** Loaded or locally set values of scalar properties (Office.js's m_xxx fields). */
  _values: Record<string, unknown> = {};
  /** undefined until a sync tells; true for a *OrNullObject that found nothing. */
  _isNull: boolean | undefined = undefined;
  /** Requirement set needed by this object (inherited from the object it came from). */
  readonly _api: string | undefined;

  constructor(
    readonly context: SimRequestContext,
    readonly _path: string,
    parentApi?: string,
  ) {
    this._api = apiMax(parentApi, this._spec.api);
  }

  /**
   * The model object behind this proxy, resolved at sync. Returns null only for a
   * *OrNullObject that found nothing; otherwise throws (ItemNotFound, InvalidArgument, …).
   */
  abstract _resolve(): unknown;

  /** The model object, for a write or method call: a null object is ItemNotFound. */
  _target(): unknown {
    const t = this._resolve();
    if (t === null) throw richError("ItemNotFound", `${this._path} is a null object`);
    return t;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._spec.name, "isNullObject");
    return this._isNull;
  }

  _readScalar(name: string): unknown {
    if (Object.prototype.hasOwnProperty.call(this._values, name)) return this._values[name];
    if (this._isNull === true) return undefined;
    throw propertyNotLoaded(this._spec.name, name);
  }

  _writeScalar(name: string, value: unknown): void {
    const spec = this._spec.scalars[name] as ScalarSpec;
    this._values[name] = value;
    this.context._enqueue({
      statement: `${this._path}.${name} = ${preview(value)};`,
      location: `${this._spec.name}.${name}`,
      payload: { path: this._path, set: name, value: wireArg(value) },
      api: apiMax(this._api, spec.api),
      run: () => {
        this._target();
        spec.set?.(this, value);
      },
    });
  }

  /** Queue a method call; `run` applies it at sync. */
  _call(
    method: string,
    args: unknown[],
    run: () => void,
    api?: string,
    commit?: () => void,
    response?: () => unknown,
  ): void {
    this.context._enqueue({
      statement: `${this._path}.${method}(${args.map(preview).join(", ")});`,
      location: `${this._spec.name}.${method}`,
      payload: { path: this._path, call: method, args: args.map(wireArg) },
      api: apiMax(this._api, api),
      run,
      commit,
      response,
    });
  }

  /** Queue the null check a *OrNullObject gets in Office.js (isNullObject after sync). */
  _queueNullCheck(): void {
    let isNull = false;
    this.context._enqueue({
      statement: `${this._path};`,
      location: `${this._spec.name}`,
      payload: { path: this._path, instantiate: true },
      api: this._api,
      run: () => {
        isNull = this._resolve() === null;
      },
      commit: () => {
        this._isNull = isNull;
      },
    });
  }

  load(option?: unknown): this {
    const sel = parseLoadOption(option);
    let staged: Staged | null = null;
    this.context._enqueue({
      statement: `${this._path}.load(${JSON.stringify(describeSelection(sel).join(","))});`,
      location: `${this._spec.name}.load`,
      payload: { path: this._path, load: describeSelection(sel) },
      api: this._api,
      run: () => {
        staged = this._stage(sel);
      },
      commit: () => {
        if (staged) publish(staged);
      },
      response: () => (staged ? responseOf(staged) : null),
      isRead: true,
    });
    return this;
  }

  /** Names of the scalar properties available at the host's requirement level. */
  _scalarNames(): string[] {
    return Object.entries(this._spec.scalars)
      .filter(([, s]) => !s.api || !versionLess(this.context._host.apiVersion, s.api))
      .map(([n]) => n);
  }

  _navigation(name: string): SimObject {
    const nav = (this as unknown as Record<string, unknown>)[name];
    if (!(nav instanceof SimObject))
      throw richError("InvalidArgument", `${this._spec.name}.${name} is not an object`);
    return nav;
  }

  /** Read what `sel` asks for, at sync. */
  _stage(sel: Selection): Staged {
    this.context._requireApi(this._api, `${this._spec.name}`);
    const target = this._resolve();
    if (target === null) return { target: this, values: {}, isNull: true, children: [] };
    const staged: Staged = { target: this, values: {}, isNull: false, children: [] };
    const props = new Set(sel.all ? this._scalarNames() : []);
    const navs = new Map(sel.navs);
    for (const p of sel.props) {
      if (this._spec.navs.includes(p)) navs.set(p, navs.get(p) ?? emptySelection(true));
      else props.add(p);
    }
    for (const p of props) {
      const spec = this._spec.scalars[p] as ScalarSpec | undefined;
      if (!spec) {
        throw richError(
          "InvalidArgument",
          `the simulated host knows no property '${p}' on ${this._spec.name}`,
          `${this._spec.name}.${p}`,
        );
      }
      this.context._requireApi(spec.api, `${this._spec.name}.${p}`);
      staged.values[p] = spec.get(this);
    }
    for (const [nav, child] of navs) {
      if (!this._spec.navs.includes(nav)) {
        throw richError(
          "InvalidArgument",
          `the simulated host knows no property '${nav}' on ${this._spec.name}`,
          `${this._spec.name}.${nav}`,
        );
      }
      staged.children.push(this._navigation(nav)._stage(child));
    }
    return staged;
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this._values)) {
      out[k] = Array.isArray(v) ? v.map((x: unknown) => (x instanceof SimObject ? x.toJSON() : x)) : v;
    }
    for (const nav of this._spec.navs) {
      const child = (this as unknown as Record<string, unknown>)[nav];
      if (child instanceof SimObject && Object.keys(child._values).length > 0) out[nav] = child.toJSON();
    }
    return out;
  }

  /** Office.js `set(properties)`: assign writable scalars and recurse into navigation objects. */
  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) {
      if (this._spec.navs.includes(k) && typeof v === "object" && v !== null) {
        this._navigation(k).set(v as Record<string, unknown>);
      } else if (this._spec.scalars[k]?.set) {
        this._writeScalar(k, v);
      } else {
        throw richError("InvalidArgument", `${this._spec.name}.${k} cannot be set`);
      }
    }
  }
}

/** What a load returns over the wire: the loaded scalars, items and navigation objects. */
function responseOf(s: Staged): unknown {
  if (s.isNull) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s.values)) if (k !== "items") out[k] = v;
  if (Object.prototype.hasOwnProperty.call(s.values, "items")) out.items = s.children.map(responseOf);
  else s.children.forEach((c, i) => (out[`_${i}`] = responseOf(c)));
  return out;
}

function publish(s: Staged): void {
  Object.assign(s.target._values, s.values);
  s.target._isNull = s.isNull;
  s.children.forEach(publish);
}

function preview(v: unknown): string {
  if (v instanceof SimObject) return v._path;
  const json = JSON.stringify(v) ?? String(v);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/**
 * Install the scalar properties of `spec` on a class: reads throw PropertyNotLoaded until a
 * load is synced; writable ones queue a write. Read-only ones have no setter (assigning to
 * them throws a TypeError in strict code, as with Office.js).
 */
export function defineType(cls: { prototype: object }, spec: TypeSpec): void {
  Object.defineProperty(cls.prototype, "_spec", { value: spec, configurable: true });
  for (const [name, s] of Object.entries(spec.scalars)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: SimObject) {
        return this._readScalar(name);
      },
      set: s.set
        ? function (this: SimObject, v: unknown) {
            this._writeScalar(name, v);
          }
        : undefined,
    });
  }
}

/** Office.js's collection: `items` after load, item properties loaded through it. */
export abstract class SimCollection<T extends SimObject> extends SimObject {
  /** Proxies for the items that exist now (at sync). */
  abstract _list(): T[];

  get items(): T[] {
    return this._readScalar("items") as T[];
  }

  override _stage(sel: Selection): Staged {
    this.context._requireApi(this._api, this._spec.name);
    const target = this._resolve();
    if (target === null) return { target: this, values: {}, isNull: true, children: [] };
    const own = emptySelection();
    const itemSel = emptySelection(sel.all);
    for (const p of sel.props) {
      if (p === "items") itemSel.all = true;
      else if (this._spec.scalars[p]) own.props.add(p);
      else itemSel.props.add(p);
    }
    for (const [nav, child] of sel.navs) {
      if (nav === "items") {
        itemSel.all ||= child.all;
        child.props.forEach((p) => itemSel.props.add(p));
        child.navs.forEach((v, k) => itemSel.navs.set(k, v));
      } else itemSel.navs.set(nav, child);
    }
    if (itemSel.props.size === 0 && itemSel.navs.size === 0) itemSel.all = true;
    const staged = super._stage(own.props.size > 0 ? own : emptySelection());
    const items = this._list();
    staged.values.items = items;
    for (const item of items) staged.children.push(item._stage(itemSel));
    return staged;
  }

  override _scalarNames(): string[] {
    return [];
  }
}

/** `OfficeExtension.ClientResult`: `value` throws until the sync that computes it. */
export class SimClientResult<T> {
  private _value: T | undefined;
  private _ready = false;

  get value(): T {
    if (!this._ready)
      throw new OfficeExtensionError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    return this._value as T;
  }

  _resolveWith(v: T): void {
    this._value = v;
    this._ready = true;
  }
}

/** Queue a method whose answer arrives as a ClientResult. */
export function resultCall<T>(
  obj: SimObject,
  method: string,
  args: unknown[],
  compute: () => T,
  api?: string,
): SimClientResult<T> {
  const result = new SimClientResult<T>();
  let v: T;
  obj._call(
    method,
    args,
    () => {
      v = compute();
    },
    api,
    () => result._resolveWith(v),
    () => v,
  );
  return result;
}
