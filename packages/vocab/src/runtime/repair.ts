import type { PathSegment } from "./errors.js";

/**
 * How a lenient parse mends a value that does not fit its property: `"drop"` removes the value
 * (a property, an array item or a language-map entry); `"first"` keeps only the first remaining
 * value of an array given to a functional property.
 */
export interface Repair {
  readonly path: readonly PathSegment[];
  readonly action: "drop" | "first";
}

interface RepairNode {
  action: Repair["action"] | undefined;
  readonly children: Map<PathSegment, RepairNode>;
}

function newNode(): RepairNode {
  return { action: undefined, children: new Map() };
}

/**
 * A copy of the document with the repairs applied. Only the objects and arrays on the way to a
 * repaired value are copied; everything else is shared with the input, which is not modified.
 */
export function applyRepairs(document: unknown, repairs: readonly Repair[]): unknown {
  const root = newNode();
  for (const repair of repairs) {
    let node = root;
    for (const segment of repair.path) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = newNode();
        node.children.set(segment, child);
      }
      node = child;
    }
    // Dropping a value makes any repair inside it moot.
    if (node.action !== "drop") node.action = repair.action;
  }
  return rebuild(document, root);
}

function rebuild(value: unknown, node: RepairNode): unknown {
  if (node.children.size === 0 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const dropped = new Set<number>();
    const items = value.slice();
    for (const [segment, child] of node.children) {
      if (typeof segment !== "number") continue;
      const mended = mend(items[segment], child);
      if (mended === removed) dropped.add(segment);
      else items[segment] = mended;
    }
    return dropped.size === 0 ? items : items.filter((_, index) => !dropped.has(index));
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [segment, child] of node.children) {
    const key = String(segment);
    const mended = mend(copy[key], child);
    if (mended === removed) delete copy[key];
    else copy[key] = mended;
  }
  return copy;
}

const removed = Symbol("removed");

function mend(value: unknown, node: RepairNode): unknown {
  if (node.action === "drop") return removed;
  const rebuilt = rebuild(value, node);
  if (node.action !== "first" || !Array.isArray(rebuilt)) return rebuilt;
  const first = rebuilt.find((item) => item !== null && item !== undefined);
  return first === undefined ? removed : first;
}
