import { digestHeaderValue } from "./digest/digest-header.js";
import { createDraftSignature } from "./draft/sign.js";
import { bodyBytes, toBodyInit } from "./shared/body.js";
import { headerReader, targetParts } from "./shared/message.js";
import {
  addRfc9421Signature,
  createdSeconds,
  dateMillis,
  expiresSeconds,
  prepareSigning,
} from "./sign-context.js";
import type { SignOptions } from "./sign-options.js";

const RFC9421_REQUEST_DEFAULTS: readonly string[] = Object.freeze(["@method", "@target-uri", "@authority"]);
const RFC9421_REQUEST_DEFAULTS_WITH_BODY: readonly string[] = Object.freeze([
  ...RFC9421_REQUEST_DEFAULTS,
  "content-digest",
]);
const DRAFT_DEFAULTS: readonly string[] = Object.freeze(["(request-target)", "host", "date"]);
const DRAFT_DEFAULTS_WITH_BODY: readonly string[] = Object.freeze([...DRAFT_DEFAULTS, "digest"]);

/**
 * Signs a Fetch API request and returns a new, signed `Request`; the original is not consumed.
 *
 * draft-cavage-12 adds `Date` (when `date` is covered and absent), `Digest: SHA-256=…` (when
 * there is a body) and `Signature` (or `Authorization`). RFC 9421 adds `Content-Digest` (when
 * there is a body) and appends to `Signature-Input` / `Signature`, so a request can carry
 * several signatures. A draft `host` value comes from the `Host` header, else from the URL (what
 * `fetch` will send); RFC 9421 `@authority` always comes from the URL.
 *
 * The signed request is derived from the original (`new Request(original, …)`), so it keeps its
 * method, mode, redirect policy and abort signal: aborting the original's signal aborts a fetch of
 * the signed one. Each derived request adds a listener to that signal until it is garbage
 * collected, so sign a fresh `Request` per message rather than one kept for the process's life.
 *
 * @throws TypeError when options are incomplete, the key does not fit the algorithm, a covered
 *   header is absent, or the RFC 9421 label is already used
 */
export async function signRequest(request: Request, options: SignOptions): Promise<Request> {
  if (!(request instanceof Request)) throw new TypeError("signRequest takes a Fetch API Request.");
  const spec = options?.spec ?? "draft-cavage-12";
  if (spec !== "rfc9421" && spec !== "draft-cavage-12") {
    throw new TypeError(`options.spec must be "draft-cavage-12" or "rfc9421", not ${String(spec)}.`);
  }
  const signing = await prepareSigning(request, options);
  const { body } = signing;
  const target = targetParts(request.url)!;
  // The derived request copies the original's headers; the signature headers go onto that copy.
  const signed = new Request(request, { body: toBodyInit(body) });
  const headers = signed.headers;
  if (spec === "rfc9421") {
    await addRfc9421Signature(
      headers,
      signing,
      (current) => ({
        request: { method: request.method, target, headers: headerReader(current) },
        response: null,
      }),
      options,
      body ? RFC9421_REQUEST_DEFAULTS_WITH_BODY : RFC9421_REQUEST_DEFAULTS,
    );
    return signed;
  }
  const covered = (options.components ?? (body ? DRAFT_DEFAULTS_WITH_BODY : DRAFT_DEFAULTS)).map((c) =>
    c.toLowerCase(),
  );
  if (covered.includes("date") && !headers.has("date")) {
    headers.set("date", new Date(dateMillis(options, signing)).toUTCString());
  }
  if (covered.includes("digest") && !headers.has("digest")) {
    headers.set("digest", digestHeaderValue(bodyBytes(body ?? ""), options.digestAlgorithm ?? "SHA-256"));
  }
  const { headerValue } = await createDraftSignature(
    {
      method: request.method,
      requestTarget: target.query === null ? target.path : `${target.path}?${target.query}`,
      authority: target.authority,
      headers: headerReader(headers),
    },
    {
      key: signing.key,
      keyId: options.keyId,
      algorithm: options.algorithm,
      covered,
      created: createdSeconds(options, signing),
      expires: expiresSeconds(options),
    },
  );
  if (options.header === "authorization") headers.set("authorization", `Signature ${headerValue}`);
  else headers.set("signature", headerValue);
  return signed;
}
