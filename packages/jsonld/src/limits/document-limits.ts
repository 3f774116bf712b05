import { integerOption } from "@fedikit/core";
import { JsonLdError } from "../jsonld-error.js";

/** The bounds every call checks before any JSON-LD algorithm runs. */
export interface DocumentLimits {
  /** Most JSON objects and arrays in the document. */
  readonly maxNodes: number;
  /** Deepest nesting of objects and arrays. */
  readonly maxDepth: number;
}

/** Defaults of the work limits, as numbers. */
export const documentLimitDefaults = {
  /** Objects and arrays: a large collection page of full activities stays well below it. */
  maxNodes: 20_000,
  /** The bound `@fedikit/fetch` applies when it reads JSON. */
  maxDepth: 64,
  /** Remote contexts one document may load (bundled ones do not count). */
  maxContexts: 8,
  /** Milliseconds for one whole call, context loads included. */
  timeout: 30_000,
} as const;

/** Reads `maxNodes` and `maxDepth` from options, naming a wrong one. */
export function documentLimits(options: {
  readonly maxNodes?: number;
  readonly maxDepth?: number;
}): DocumentLimits {
  return {
    maxNodes: integerOption(options.maxNodes, "maxNodes", documentLimitDefaults.maxNodes, 1),
    maxDepth: integerOption(options.maxDepth, "maxDepth", documentLimitDefaults.maxDepth, 1),
  };
}

/**
 * Checks a parsed JSON value against the limits without recursion (a hostile document cannot
 * overflow the stack), stopping at the first object past a bound: the work is at most
 * `maxNodes` objects and arrays, whatever the input.
 *
 * @returns the error to report, or `undefined` when the document is within bounds.
 */
export function exceedsLimits(document: unknown, limits: DocumentLimits): JsonLdError | undefined {
  if (typeof document !== "object" || document === null) return undefined;
  const stack: unknown[] = [document];
  const depths: number[] = [1];
  let nodes = 0;
  while (stack.length > 0) {
    const value = stack.pop() as object;
    const depth = depths.pop() as number;
    if (++nodes > limits.maxNodes) {
      return new JsonLdError(
        "too_many_nodes",
        `The document has more than ${limits.maxNodes} objects and arrays; raise maxNodes if such documents are expected`,
      );
    }
    if (depth > limits.maxDepth) {
      return new JsonLdError(
        "too_deep",
        `The document nests deeper than ${limits.maxDepth} levels; raise maxDepth if such documents are expected`,
      );
    }
    if (Array.isArray(value)) {
      for (const child of value) {
        if (typeof child === "object" && child !== null) {
          stack.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const child = (value as Record<string, unknown>)[key];
        if (typeof child === "object" && child !== null) {
          stack.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return undefined;
}
