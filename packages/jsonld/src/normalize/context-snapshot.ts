/**
 * A copy of a document's `@context` value, kept to recognise the same value in later documents
 * (a sender's every document names the same contexts), with the counts the work limits need.
 */
export interface ContextSnapshot {
  /** The value in a form that is cheap to compare: objects as parallel key and value arrays. */
  readonly shape: Shape;
  /** Objects and arrays in the value, as `maxNodes` counts them. */
  readonly nodes: number;
  /** Levels of objects and arrays in the value (0 for a string), as `maxDepth` counts them. */
  readonly depth: number;
}

type Shape = string | number | boolean | null | undefined | readonly Shape[] | ObjectShape;

interface ObjectShape {
  readonly keys: readonly string[];
  readonly values: readonly Shape[];
}

/** Contexts bigger than these are not kept (a sender's context is a few KB). */
const maxSnapshotNodes = 256;
const maxSnapshotDepth = 8;
const maxSnapshotChars = 16 * 1024;

function isObjectShape(shape: Shape): shape is ObjectShape {
  return typeof shape === "object" && shape !== null && !Array.isArray(shape);
}

/**
 * How context URLs are compared: two URLs that name the same bundled context (every Pleroma
 * instance's LitePub URL) are the same.
 */
export type CanonicalUrl = (url: string) => string;

/**
 * A number for a `@context` value that names only bundled contexts (`id` numbers them): from
 * its context URLs and the number of keys of each inline object. Values the snapshot would
 * equal always get the same number; different values may too (then {@link matchesSnapshot}
 * tells them apart). `undefined` for a value that names another context, or of another shape.
 */
export function contextSignature(context: unknown, id: (url: string) => number): number | undefined {
  if (context === undefined) return 0;
  if (typeof context === "string") return urlSignature(context, id);
  if (!Array.isArray(context)) return objectSignature(context);
  let signature = context.length;
  for (const item of context) {
    const part = typeof item === "string" ? urlSignature(item, id) : objectSignature(item);
    if (part === undefined) return undefined;
    signature = (Math.imul(signature, 31) + part) | 0;
  }
  return signature;
}

function urlSignature(url: string, id: (url: string) => number): number | undefined {
  const found = id(url);
  return found < 0 ? undefined : found + 1;
}

/** Objects count from here, apart from context URLs. */
const objectSignatures = 1 << 16;

function objectSignature(value: unknown): number | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  let count = 0;
  for (const _ in value) count++;
  return objectSignatures + count;
}

/** A snapshot of `context` (its context URLs made canonical), or `undefined` when it is too big to keep. */
export function takeSnapshot(context: unknown, canonical: CanonicalUrl): ContextSnapshot | undefined {
  const budget = { nodes: 0, chars: 0, depth: 0 };
  let value = context;
  if (typeof context === "string") value = canonical(context);
  else if (Array.isArray(context))
    value = context.map((item) => (typeof item === "string" ? canonical(item) : item));
  const shape = copy(value, 1, budget);
  return shape === tooBig ? undefined : { shape, nodes: budget.nodes, depth: budget.depth };
}

/** What {@link copy} returns for a value it does not keep. */
const tooBig: unique symbol = Symbol("too big");

function copy(
  value: unknown,
  depth: number,
  budget: { nodes: number; chars: number; depth: number },
): Shape | typeof tooBig {
  if (typeof value === "string") {
    budget.chars += value.length;
    return budget.chars > maxSnapshotChars ? tooBig : value;
  }
  if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
  // No @context at all; only the top level can be absent.
  if (value === undefined && depth === 1) return value;
  if (typeof value !== "object" || depth > maxSnapshotDepth || ++budget.nodes > maxSnapshotNodes) {
    return tooBig;
  }
  if (depth > budget.depth) budget.depth = depth;
  if (Array.isArray(value)) {
    const items: Shape[] = [];
    for (const item of value) {
      const shape = copy(item, depth + 1, budget);
      if (shape === tooBig) return tooBig;
      items.push(shape);
    }
    return items;
  }
  const keys = Object.keys(value);
  const values: Shape[] = [];
  for (const key of keys) {
    budget.chars += key.length;
    const shape = copy((value as Record<string, unknown>)[key], depth + 1, budget);
    if (shape === tooBig) return tooBig;
    values.push(shape);
  }
  return { keys, values };
}

/**
 * Whether `value` is exactly the value `snapshot` was taken of: the same context URLs (as
 * `canonical` makes them), the same strings, numbers and nesting, the same keys in the same
 * order. Reads at most as much of `value` as the snapshot holds.
 */
export function matchesSnapshot(value: unknown, snapshot: ContextSnapshot, canonical: CanonicalUrl): boolean {
  const shape = snapshot.shape;
  if (typeof value === "string") return value === shape || canonical(value) === shape;
  if (!Array.isArray(value) || !Array.isArray(shape)) return matches(value, shape);
  if (value.length !== shape.length) return false;
  for (let index = 0; index < shape.length; index++) {
    const item: unknown = value[index];
    const itemShape = shape[index] as Shape;
    if (typeof item === "string") {
      // Most URLs are their canonical form already: no lookup for those.
      if (item !== itemShape && canonical(item) !== itemShape) return false;
    } else if (!matches(item, itemShape)) {
      return false;
    }
  }
  return true;
}

function matches(value: unknown, shape: Shape): boolean {
  if (typeof shape !== "object" || shape === null) return value === shape;
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(shape)) {
    if (!Array.isArray(value) || value.length !== shape.length) return false;
    for (let index = 0; index < shape.length; index++) {
      if (!matches(value[index], shape[index] as Shape)) return false;
    }
    return true;
  }
  if (Array.isArray(value) || !isObjectShape(shape)) return false;
  const { keys, values } = shape;
  let index = 0;
  for (const key in value) {
    if (key !== keys[index] || !Object.hasOwn(value, key)) return false;
    if (!matches((value as Record<string, unknown>)[key], values[index] as Shape)) return false;
    index++;
  }
  return index === keys.length;
}
