import { failure } from "@fedikit/core";
import { type Dictionary, type InnerList, isInnerList, type Parameters } from "structured-headers";
import { checkCoveredDigests } from "../digest/covered-digests.js";
import type { ImportedKey } from "../keys/imported-key.js";
import { type NamedMethod, verifyWithResolvedKey } from "../keys/verify-with-key.js";
import { type Awaitable, andThen } from "../shared/awaitable.js";
import { SignatureError, withContext } from "../shared/signature-error.js";
import { checkTimeWindow } from "../shared/time-window.js";
import type { VerificationTarget } from "../shared/verification-target.js";
import { type VerificationResult, verificationResult } from "../verified-signature.js";
import type { ResolvedVerifyOptions } from "../verify-options.js";
import { rfc9421AlgorithmsForKey, rfc9421Method, rfc9421Methods } from "./algorithms.js";
import {
  type ComponentIdentifier,
  componentFromItem,
  describeComponent,
  parseComponentIdentifier,
} from "./component-identifier.js";
import { ComponentCache } from "./component-value.js";
import { Covered, coveredOwnComponents } from "./covered-components.js";
import { createSignatureBase } from "./signature-base.js";
import { parseField, readParams, type SignatureParams } from "./signature-input.js";

const SPEC = "rfc9421";

/** What the parsed `Signature-Input` and `Signature` fields of one message hold. */
interface SignatureFields {
  readonly inputs: Dictionary;
  readonly signatures: Dictionary;
}

function listed(components: readonly ComponentIdentifier[]): string {
  return components.map(describeComponent).join(" ").slice(0, 200) || "nothing";
}

function firstMissing(
  components: readonly ComponentIdentifier[],
  required: readonly string[],
): SignatureError | null {
  const covered = new Set(components.map(describeComponent));
  for (const name of required) {
    const wanted = describeComponent(parseComponentIdentifier(name));
    if (!covered.has(wanted)) {
      return new SignatureError(
        "required_component_missing",
        `The signature must cover ${wanted} (options.requiredComponents); it covers ${listed(components)}.`,
      );
    }
  }
  return null;
}

/** Whether a request signature covers its method and its whole target (RFC 9421 §7.2.1). */
function bindsTarget(covered: number): boolean {
  if (!(covered & Covered.METHOD)) return false;
  if (covered & Covered.TARGET_URI) return true;
  const authority = covered & (Covered.AUTHORITY | Covered.HOST);
  return authority !== 0 && (covered & (Covered.REQUEST_TARGET | Covered.PATH)) !== 0;
}

/** Why the covered components do not meet the policy, or `null`. */
function policyFailure(
  components: readonly ComponentIdentifier[],
  covered: number,
  params: SignatureParams,
  label: string,
  method: string | null,
  options: ResolvedVerifyOptions,
): SignatureError | null {
  if (options.requireTimestamp && params.created === undefined) {
    return new SignatureError(
      "required_component_missing",
      `Signature-Input ${label} has no created parameter; add created=<unix time>.`,
    );
  }
  if (method !== null && options.requireHostFor.includes(method)) {
    if (!(covered & (Covered.AUTHORITY | Covered.TARGET_URI | Covered.HOST))) {
      return new SignatureError(
        "required_component_missing",
        `A ${method} signature must cover @authority (or @target-uri); it covers ${listed(components)}.`,
      );
    }
  }
  if (method !== null && options.requireRequestTarget && !bindsTarget(covered)) {
    return new SignatureError(
      "required_component_missing",
      `The signature must cover @method and @target-uri (or @authority with @path or @request-target), or it could be replayed to another URL; it covers ${listed(components)}.`,
    );
  }
  if (options.requiredRfc9421.length > 0) return firstMissing(components, options.requiredRfc9421);
  return null;
}

/** A failed result about the signature labelled `label` (and of `keyId`, once read). */
function failed(label: string, keyId: string | undefined, error: SignatureError): VerificationResult {
  return failure(withContext(error, { spec: SPEC, label, keyId }));
}

function verifyLabel(
  label: string,
  member: Dictionary extends Map<string, infer V> ? V : never,
  fields: SignatureFields,
  target: VerificationTarget,
  options: ResolvedVerifyOptions,
): Awaitable<VerificationResult> {
  if (!isInnerList(member)) {
    return failed(
      label,
      undefined,
      new SignatureError("malformed_header", `Signature-Input ${label} must be an inner list of components.`),
    );
  }
  const signatureMember = fields.signatures.get(label);
  if (signatureMember === undefined) {
    return failed(
      label,
      undefined,
      new SignatureError("malformed_header", `Signature has no ${label} member to go with Signature-Input.`),
    );
  }
  if (isInnerList(signatureMember) || !(signatureMember[0] instanceof ArrayBuffer)) {
    return failed(
      label,
      undefined,
      new SignatureError("malformed_header", `Signature ${label} must be a byte sequence (:base64:).`),
    );
  }
  const signature = Buffer.from(signatureMember[0]);
  const [items, rawParams] = member as InnerList;
  if (items.length > options.maxComponents) {
    return failed(
      label,
      undefined,
      new SignatureError(
        "malformed_header",
        `Signature-Input ${label} covers ${items.length} components; at most ${options.maxComponents} are verified (options.maxComponents).`,
      ),
    );
  }
  const components: ComponentIdentifier[] = [];
  for (const item of items) {
    const component = componentFromItem(item);
    if (!component) {
      return failed(
        label,
        undefined,
        new SignatureError(
          "malformed_header",
          `Signature-Input ${label} lists a component that is not a string.`,
        ),
      );
    }
    components.push(component);
  }
  const params = readParams(rawParams);
  if (params instanceof SignatureError) return failed(label, undefined, params);
  const keyId = params.keyid;
  if (keyId === undefined || keyId === "") {
    return failed(
      label,
      undefined,
      new SignatureError(
        "malformed_header",
        `Signature-Input ${label} has no keyid; the verifier needs it to find the key.`,
      ),
    );
  }
  const { alg } = params;
  if (alg !== undefined) {
    if (rfc9421Methods(alg) === undefined) {
      return failed(
        label,
        keyId,
        new SignatureError(
          "unsupported_algorithm",
          `alg "${alg.slice(0, 40)}" is not in the RFC 9421 registry (use ed25519, rsa-v1_5-sha256, rsa-pss-sha512, ecdsa-p256-sha256, ecdsa-p384-sha384 or hmac-sha256).`,
        ),
      );
    }
    if (options.algorithms && !options.algorithms.includes(alg)) {
      return failed(
        label,
        keyId,
        new SignatureError(
          "unsupported_algorithm",
          `alg "${alg}" is not accepted here (options.algorithms).`,
        ),
      );
    }
  }

  const isRequest = target.response === null;
  const method = isRequest ? target.request!.method.toUpperCase() : null;
  const covered = coveredOwnComponents(components);
  const refused = policyFailure(components, covered, params, label, method, options);
  if (refused) return failed(label, keyId, refused);
  const times = checkTimeWindow(params, options.nowMillis, options.maxClockSkew);
  if (times) return failed(label, keyId, times);

  const digests = {
    digest: (covered & Covered.DIGEST) !== 0,
    contentDigest: (covered & Covered.CONTENT_DIGEST) !== 0,
  };
  const proceed = (digest: SignatureError | null): Awaitable<VerificationResult> =>
    digest
      ? failed(label, keyId, digest)
      : checkSignature(label, components, rawParams, params, signature, fields, target, options);
  if (method !== null) {
    return andThen(
      checkCoveredDigests(target, digests, options.requireDigestFor.includes(method), SPEC),
      proceed,
    );
  }
  if (!options.requireResponseDigest)
    return andThen(checkCoveredDigests(target, digests, false, SPEC), proceed);
  return andThen(target.body(), (body) =>
    body instanceof SignatureError
      ? failed(label, keyId, body)
      : andThen(checkCoveredDigests(target, digests, body.length > 0, SPEC), proceed),
  );
}

/** The schemes to try with `key`, or why none fits. */
function methodsFor(
  key: ImportedKey,
  alg: string | undefined,
  keyId: string,
  options: ResolvedVerifyOptions,
): readonly NamedMethod[] | SignatureError {
  const named = alg === undefined ? undefined : rfc9421Methods(alg);
  if (named !== undefined && !options.algorithms && named[0]!.method.keyType === key.keyType) return named;
  const names = named !== undefined ? [named[0]!.name] : rfc9421AlgorithmsForKey(key.keyType);
  const fitting: NamedMethod[] = [];
  for (const name of names) {
    const method = rfc9421Method(name);
    if (method.keyType !== key.keyType) {
      return new SignatureError(
        "wrong_key_type",
        `alg ${name} needs a ${method.keyType} key but key ${keyId} is ${key.keyType}.`,
      );
    }
    if (!options.algorithms || options.algorithms.includes(name)) fitting.push({ name, method });
  }
  if (fitting.length === 0) {
    return new SignatureError(
      "unsupported_algorithm",
      `No accepted algorithm fits key ${keyId} (${key.keyType}); see options.algorithms.`,
    );
  }
  return fitting;
}

function checkSignature(
  label: string,
  components: readonly ComponentIdentifier[],
  rawParams: Parameters,
  params: SignatureParams,
  signature: Buffer,
  fields: SignatureFields,
  target: VerificationTarget,
  options: ResolvedVerifyOptions,
): Awaitable<VerificationResult> {
  const keyId = params.keyid!;
  const context = { spec: SPEC, label, keyId } as const;
  // The Signature field is parsed already: a `signature;key="…"` component reads that parse.
  const cache = new ComponentCache(options.maxHeaderLength);
  cache.seed(target.response === null, "signature", fields.signatures);
  const base = createSignatureBase(
    components,
    rawParams,
    {
      request: target.request,
      response: target.response,
      structuredFields: options.structuredFields,
    },
    cache,
  );
  if (base instanceof SignatureError) return failure(withContext(base, context));
  const covered = Object.freeze(
    base.identifiers.map((identifier, i) => {
      const { name, params } = components[i]!;
      return params.size === 0 ? name : name + identifier.slice(name.length + 2);
    }),
  );
  const outcome = verifyWithResolvedKey({
    resolver: options.keyResolver,
    keyId,
    refreshOnFailure: options.refreshKeyOnFailure,
    signedData: [Buffer.from(base.base, "latin1")],
    signature,
    covered,
    methodsFor: (key) => methodsFor(key, params.alg, keyId, options),
  });
  return andThen(outcome, (settled) =>
    verificationResult(settled, {
      spec: SPEC,
      keyId,
      declaredAlgorithm: params.alg,
      created: params.created === undefined ? undefined : new Date(params.created * 1000),
      expires: params.expires === undefined ? undefined : new Date(params.expires * 1000),
      components: covered,
      label,
      nonce: params.nonce,
      tag: params.tag,
    }),
  );
}

/**
 * Verifies the RFC 9421 signatures of a message: each label (or only `options.label`) in
 * `Signature-Input` order until one verifies. When none does, the first failure is returned.
 */
export function verifyRfc9421(
  target: VerificationTarget,
  signatureInput: string,
  options: ResolvedVerifyOptions,
): Awaitable<VerificationResult> {
  const spec = { spec: SPEC } as const;
  const signatureHeader = target.headers.get("signature");
  if (signatureHeader === null) {
    return failure(
      new SignatureError(
        "missing_signature",
        "Signature-Input is present but Signature is not; send both.",
        spec,
      ),
    );
  }
  const inputs = parseField("Signature-Input", signatureInput, options.maxHeaderLength);
  if (inputs instanceof SignatureError) return failure(withContext(inputs, spec));
  const signatures = parseField("Signature", signatureHeader, options.maxHeaderLength);
  if (signatures instanceof SignatureError) return failure(withContext(signatures, spec));
  const fields: SignatureFields = { inputs, signatures };
  const labels =
    options.label !== undefined ? [options.label] : [...inputs.keys()].slice(0, options.maxSignatures);
  if (labels.length === 0)
    return failure(new SignatureError("missing_signature", "Signature-Input is empty.", spec));
  const tryFrom = (index: number, first: VerificationResult | null): Awaitable<VerificationResult> => {
    for (let i = index; i < labels.length; i++) {
      const label = labels[i]!;
      const member = inputs.get(label);
      const result =
        member === undefined
          ? failure(
              new SignatureError(
                "missing_signature",
                `Signature-Input has no signature labelled ${label} (it has ${[...inputs.keys()].join(", ").slice(0, 200)}).`,
                { spec: SPEC, label },
              ),
            )
          : verifyLabel(label, member, fields, target, options);
      if (result instanceof Promise) {
        return result.then((settled) => (settled.ok ? settled : tryFrom(i + 1, first ?? settled)));
      }
      if (result.ok) return result;
      first ??= result;
    }
    return first!;
  };
  return tryFrom(0, null);
}
