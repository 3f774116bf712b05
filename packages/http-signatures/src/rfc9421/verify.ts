import { type Dictionary, type InnerList, isInnerList, type Parameters } from "structured-headers";
import { checkCoveredDigests } from "../digest/covered-digests.js";
import type { ImportedKey } from "../keys/imported-key.js";
import { type NamedMethod, verifyWithResolvedKey } from "../keys/verify-with-key.js";
import { type Awaitable, andThen } from "../shared/awaitable.js";
import { checkTimeWindow } from "../shared/time-window.js";
import {
  failure,
  type VerificationFailure,
  type VerificationResult,
  withContext,
} from "../shared/verification-result.js";
import type { VerificationTarget } from "../shared/verification-target.js";
import type { ResolvedVerifyOptions } from "../verify-options.js";
import { isRfc9421Algorithm, RFC9421_METHODS, rfc9421AlgorithmsForKey } from "./algorithms.js";
import {
  type ComponentIdentifier,
  componentFromItem,
  describeComponent,
  parseComponentIdentifier,
} from "./component-identifier.js";
import { Covered, coveredOwnComponents } from "./covered-components.js";
import { createSignatureBase } from "./signature-base.js";
import { parseField, readParams, type SignatureParams } from "./signature-input.js";

function firstMissing(
  components: readonly ComponentIdentifier[],
  required: readonly string[],
): VerificationFailure | null {
  const covered = new Set(components.map(describeComponent));
  for (const name of required) {
    const wanted = describeComponent(parseComponentIdentifier(name));
    if (!covered.has(wanted)) {
      return failure(
        "required_component_missing",
        `The signature must cover ${wanted} (options.requiredComponents); it covers ${[...covered].join(" ") || "nothing"}.`,
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

function verifyLabel(
  label: string,
  member: Dictionary extends Map<string, infer V> ? V : never,
  signatures: Dictionary,
  target: VerificationTarget,
  options: ResolvedVerifyOptions,
): Awaitable<VerificationResult> {
  if (!isInnerList(member))
    return failure("malformed_header", `Signature-Input ${label} must be an inner list of components.`);
  const signatureMember = signatures.get(label);
  if (signatureMember === undefined)
    return failure("malformed_header", `Signature has no ${label} member to go with Signature-Input.`);
  if (isInnerList(signatureMember) || !(signatureMember[0] instanceof ArrayBuffer)) {
    return failure("malformed_header", `Signature ${label} must be a byte sequence (:base64:).`);
  }
  const signature = Buffer.from(signatureMember[0]);
  const [items, rawParams] = member as InnerList;
  const components: ComponentIdentifier[] = [];
  for (const item of items) {
    const component = componentFromItem(item);
    if (!component)
      return failure("malformed_header", `Signature-Input ${label} lists a component that is not a string.`);
    components.push(component);
  }
  const params = readParams(rawParams);
  if ("ok" in params) return params;
  const keyId = params.keyid;
  if (keyId === undefined)
    return failure(
      "malformed_header",
      `Signature-Input ${label} has no keyid; the verifier needs it to find the key.`,
    );
  const context = { keyId };
  const { alg } = params;
  if (alg !== undefined) {
    if (!isRfc9421Algorithm(alg)) {
      return failure(
        "unsupported_algorithm",
        `alg "${alg}" is not in the RFC 9421 registry (use ed25519, rsa-v1_5-sha256, rsa-pss-sha512, ecdsa-p256-sha256, ecdsa-p384-sha384 or hmac-sha256).`,
        context,
      );
    }
    if (options.algorithms && !options.algorithms.includes(alg)) {
      return failure(
        "unsupported_algorithm",
        `alg "${alg}" is not accepted here (options.algorithms).`,
        context,
      );
    }
  }

  const isRequest = target.response === null;
  const method = isRequest ? target.request!.method.toUpperCase() : null;
  const covered = coveredOwnComponents(components);
  if (options.requireTimestamp && params.created === undefined) {
    return failure(
      "required_component_missing",
      `Signature-Input ${label} has no created parameter; add created=<unix time>.`,
      context,
    );
  }
  if (method !== null && options.requireHostFor.includes(method)) {
    if (!(covered & (Covered.AUTHORITY | Covered.TARGET_URI | Covered.HOST))) {
      return failure(
        "required_component_missing",
        `A ${method} signature must cover @authority (or @target-uri); it covers ${components.map(describeComponent).join(" ") || "nothing"}.`,
        context,
      );
    }
  }
  if (method !== null && options.requireRequestTarget && !bindsTarget(covered)) {
    return failure(
      "required_component_missing",
      `The signature must cover @method and @target-uri (or @authority with @path or @request-target), or it could be replayed to another URL; it covers ${components.map(describeComponent).join(" ") || "nothing"}.`,
      context,
    );
  }
  if (options.requiredRfc9421.length > 0) {
    const missing = firstMissing(components, options.requiredRfc9421);
    if (missing) return withContext(missing, context);
  }
  const times = checkTimeWindow(params, options.nowMillis, options.maxClockSkew);
  if (times) return withContext(times, context);

  const proceed = (digest: VerificationFailure | null): Awaitable<VerificationResult> =>
    digest
      ? withContext(digest, context)
      : checkSignature(label, components, rawParams, params, signature, target, options);
  const digests = {
    digest: (covered & Covered.DIGEST) !== 0,
    contentDigest: (covered & Covered.CONTENT_DIGEST) !== 0,
  };
  if (method !== null) {
    const mustCover = options.requireDigestFor.includes(method);
    return andThen(checkCoveredDigests(target, digests, mustCover, "rfc9421"), proceed);
  }
  if (!options.requireResponseDigest) {
    return andThen(checkCoveredDigests(target, digests, false, "rfc9421"), proceed);
  }
  return andThen(target.body(), (body) =>
    andThen(checkCoveredDigests(target, digests, body.length > 0, "rfc9421"), proceed),
  );
}

/** One-element method lists per algorithm name, built once: the common case allocates nothing. */
const NAMED_METHODS: Readonly<Record<string, readonly NamedMethod[]>> = Object.fromEntries(
  Object.entries(RFC9421_METHODS).map(([name, method]) => [name, [{ name, method }]]),
);

function methodsFor(
  key: ImportedKey,
  alg: string | undefined,
  keyId: string,
  options: ResolvedVerifyOptions,
): readonly NamedMethod[] | VerificationFailure {
  if (alg !== undefined && isRfc9421Algorithm(alg) && !options.algorithms) {
    const method = RFC9421_METHODS[alg];
    if (method.keyType === key.keyType) return NAMED_METHODS[alg]!;
  }
  const names = alg !== undefined ? [alg] : rfc9421AlgorithmsForKey(key.keyType);
  const fitting: NamedMethod[] = [];
  for (const name of names) {
    if (!isRfc9421Algorithm(name)) continue;
    const method = RFC9421_METHODS[name];
    if (method.keyType !== key.keyType) {
      return failure(
        "wrong_key_type",
        `alg ${name} needs a ${method.keyType} key but key ${keyId} is ${key.keyType}.`,
      );
    }
    if (!options.algorithms || options.algorithms.includes(name)) fitting.push({ name, method });
  }
  if (fitting.length === 0) {
    return failure(
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
  target: VerificationTarget,
  options: ResolvedVerifyOptions,
): Awaitable<VerificationResult> {
  const keyId = params.keyid!;
  const context = { keyId };
  const base = createSignatureBase(components, rawParams, {
    request: target.request,
    response: target.response,
    structuredFields: options.structuredFields,
  });
  if (!base.ok) return withContext(base, context);
  const covered = base.identifiers.map((identifier, i) => {
    const { name, params } = components[i]!;
    return params.size === 0 ? name : name + identifier.slice(name.length + 2);
  });
  const outcome = verifyWithResolvedKey({
    resolver: options.keyResolver,
    keyId,
    refreshOnFailure: options.refreshKeyOnFailure,
    signedData: [Buffer.from(base.base, "latin1")],
    signature,
    covered,
    methodsFor: (key) => methodsFor(key, params.alg, keyId, options),
  });
  return andThen(outcome, (result): VerificationResult => {
    if (!result.ok) return withContext(result, context);
    return {
      ok: true,
      spec: "rfc9421",
      keyId,
      key: result.key,
      keyType: result.imported.keyType,
      algorithm: result.algorithm,
      declaredAlgorithm: params.alg,
      created: params.created === undefined ? undefined : new Date(params.created * 1000),
      expires: params.expires === undefined ? undefined : new Date(params.expires * 1000),
      components: covered,
      label,
      nonce: params.nonce,
      tag: params.tag,
    };
  });
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
  const spec = { spec: "rfc9421" as const };
  const signatureHeader = target.headers.get("signature");
  if (signatureHeader === null) {
    return failure("missing_signature", "Signature-Input is present but Signature is not; send both.", spec);
  }
  const inputs = parseField("Signature-Input", signatureInput, options.maxHeaderLength);
  if (!(inputs instanceof Map)) return withContext(inputs, spec);
  const signatures = parseField("Signature", signatureHeader, options.maxHeaderLength);
  if (!(signatures instanceof Map)) return withContext(signatures, spec);
  const labels =
    options.label !== undefined ? [options.label] : [...inputs.keys()].slice(0, options.maxSignatures);
  if (labels.length === 0) return failure("missing_signature", "Signature-Input is empty.", spec);
  const tryFrom = (index: number, first: VerificationFailure | null): Awaitable<VerificationResult> => {
    for (let i = index; i < labels.length; i++) {
      const label = labels[i]!;
      const member = inputs.get(label);
      const result =
        member === undefined
          ? failure(
              "missing_signature",
              `Signature-Input has no signature labelled ${label} (it has ${[...inputs.keys()].join(", ")}).`,
            )
          : verifyLabel(label, member, signatures, target, options);
      if (result instanceof Promise) {
        return result.then((settled) =>
          settled.ok ? settled : tryFrom(i + 1, first ?? withContext(settled, { ...spec, label })),
        );
      }
      if (result.ok) return result;
      first ??= withContext(result, { ...spec, label });
    }
    return first!;
  };
  return tryFrom(0, null);
}
