import { durationOption, integerOption } from "@fedikit/core";
import { type DocumentLimits, documentLimitDefaults, documentLimits } from "../limits/document-limits.js";
import { createBundledContextLoader } from "../loader/bundled-context-loader.js";
import type { ContextLoader } from "../loader/context-loader.js";

/** The options every call into the JSON-LD algorithms takes. */
export interface JsonLdCallOptions {
  /**
   * Where contexts come from. The default serves the bundled contexts only and refuses any
   * other with `remote_context_blocked`; make one with {@link createContextLoader} to add your
   * own contexts or to allow remote ones.
   * @defaultValue the bundled contexts only
   */
  readonly contextLoader?: ContextLoader;
  /**
   * Most JSON objects and arrays in the document, checked before any JSON-LD algorithm runs.
   * @defaultValue `20_000`
   */
  readonly maxNodes?: number;
  /**
   * Deepest nesting of objects and arrays, checked before any JSON-LD algorithm runs.
   * @defaultValue `64`
   */
  readonly maxDepth?: number;
  /**
   * Most remote contexts the document may load (bundled and given contexts do not count).
   * @defaultValue `8`
   */
  readonly maxContexts?: number;
  /**
   * Milliseconds for the whole call, context loads included; past it the call fails with
   * `timeout`.
   * @defaultValue `30_000`
   */
  readonly timeout?: number;
  /**
   * Cancels the call: it rejects with the signal's reason.
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
}

/** {@link JsonLdCallOptions} checked, with defaults applied. */
export interface RunSettings {
  readonly contextLoader: ContextLoader;
  readonly limits: DocumentLimits;
  readonly maxContexts: number;
  readonly timeout: number;
  readonly signal: AbortSignal | undefined;
}

/** Checks the options and applies the defaults. @throws TypeError or RangeError naming the option. */
export function runSettings(options: JsonLdCallOptions): RunSettings {
  return {
    contextLoader: options.contextLoader ?? createBundledContextLoader(),
    limits: documentLimits(options),
    maxContexts: integerOption(options.maxContexts, "maxContexts", documentLimitDefaults.maxContexts, 0),
    timeout: durationOption(options.timeout, "timeout", documentLimitDefaults.timeout, true),
    signal: options.signal,
  };
}
