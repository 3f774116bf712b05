import { failure, type Result, success } from "@fedikit/core";
import { copyBundledContext } from "../contexts/bundled-contexts.js";
import { JsonLdError, quote } from "../jsonld-error.js";
import { exceedsLimits } from "../limits/document-limits.js";
import { jsonLdFailure } from "./jsonld-failure.js";
import { type JsonLdModule, loadJsonLd } from "./jsonld-module.js";
import type { RunSettings } from "./run-options.js";

/** An event jsonld.js reported while it worked (a dropped property, a relative IRI …). */
export interface JsonLdEvent {
  readonly code: string;
  readonly message: string;
}

/** Events kept per call; a hostile document may cause one per property, so keep a bound. */
const maxEvents = 100;

/** What an operation gets: jsonld.js and the options every call into it must carry. */
export interface JsonLdCall {
  readonly jsonld: JsonLdModule;
  /** `documentLoader`, `eventHandler` and `base` for jsonld.js. */
  readonly options: Record<string, unknown>;
  /** Cancels work that can be cancelled (rdf-canonize): the caller's signal or the timeout. */
  readonly signal: AbortSignal | undefined;
}

/**
 * Runs a jsonld.js operation under the work limits: checks the document's size and depth before
 * anything runs, serves contexts through the settings' loader (bundled first; a remote one only
 * when the loader allows it, at most `maxContexts` of them), stops at `timeout`, and turns
 * whatever jsonld.js throws into a {@link JsonLdError}. Rejects only when the caller's `signal`
 * aborts, with its reason.
 */
export async function runJsonLd<T>(
  document: unknown,
  settings: RunSettings,
  operation: (call: JsonLdCall) => Promise<T>,
): Promise<Result<{ readonly value: T; readonly events: readonly JsonLdEvent[] }, JsonLdError>> {
  const callerSignal = settings.signal;
  callerSignal?.throwIfAborted();
  const tooBig = exceedsLimits(document, settings.limits);
  if (tooBig !== undefined) return failure(tooBig);
  const timeoutSignal = Number.isFinite(settings.timeout) ? AbortSignal.timeout(settings.timeout) : undefined;
  const signals = [callerSignal, timeoutSignal].filter((signal) => signal !== undefined);
  const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
  const timedOut = (): JsonLdError =>
    new JsonLdError(
      "timeout",
      `The operation took more than ${settings.timeout} ms; raise timeout if needed`,
    );
  const loader = settings.contextLoader;
  let remaining = settings.maxContexts;
  const events: JsonLdEvent[] = [];

  const documentLoader = async (url: string) => {
    callerSignal?.throwIfAborted();
    if (timeoutSignal?.aborted) throw timedOut();
    const local = loader.local(url);
    if (local !== undefined) {
      if (local.source === "bundled") {
        const copy = copyBundledContext(url);
        // Bundled documents never change, so jsonld.js may keep their processed form across
        // calls ("static"); given and remote ones are processed again every time.
        return { contextUrl: null, documentUrl: local.url, document: copy?.document, tag: "static" };
      }
      return { contextUrl: null, documentUrl: local.url, document: structuredClone(local.document) };
    }
    if (loader.allowsRemoteContexts && remaining-- <= 0) {
      throw new JsonLdError(
        "too_many_contexts",
        `The document needs more than ${settings.maxContexts} remote contexts (the next is ${quote(url)}); raise maxContexts if such documents are expected`,
        { url },
      );
    }
    const loaded = await loader.load(url, signal === undefined ? {} : { signal });
    if (!loaded.ok) throw loaded.error;
    return {
      contextUrl: null,
      documentUrl: loaded.value.url,
      document: structuredClone(loaded.value.document),
    };
  };
  const eventHandler = ({ event }: { event: { code?: unknown; message?: unknown } }) => {
    if (events.length < maxEvents) {
      events.push({ code: String(event.code), message: String(event.message) });
    }
  };

  try {
    const jsonld = await loadJsonLd();
    const value = await operation({
      jsonld,
      options: { documentLoader, eventHandler, base: null },
      signal,
    });
    callerSignal?.throwIfAborted();
    if (timeoutSignal?.aborted) return failure(timedOut());
    return success({ value, events });
  } catch (error) {
    callerSignal?.throwIfAborted();
    if (timeoutSignal?.aborted) return failure(timedOut());
    return failure(jsonLdFailure(error));
  }
}
