import { type Parameters, serializeParameters } from "structured-headers";
import { failure, type VerificationFailure } from "../shared/verification-result.js";
import { type ComponentIdentifier, serializeComponentIdentifier } from "./component-identifier.js";
import { type ComponentContext, componentValue } from "./component-value.js";

/**
 * Serializes the `@signature-params` value: the inner list of the (already serialized) component
 * identifiers with its parameters, as RFC 8941 §4.1.1.1 writes an inner list.
 */
export function serializeSignatureParams(identifiers: readonly string[], params: Parameters): string {
  return `(${identifiers.join(" ")})${serializeParameters(params)}`;
}

/** A signature base and the `@signature-params` value that ends it. */
export interface SignatureBase {
  readonly ok: true;
  readonly base: string;
  readonly signatureParams: string;
  /** The serialized identifier of each covered component, in order. */
  readonly identifiers: readonly string[];
}

/**
 * Builds the signature base of RFC 9421 §2.5: one `"identifier": value` line per covered
 * component, then the `@signature-params` line, joined by LF, no trailing newline.
 */
export function createSignatureBase(
  components: readonly ComponentIdentifier[],
  params: Parameters,
  context: ComponentContext,
): SignatureBase | VerificationFailure {
  const lines: string[] = [];
  const identifiers: string[] = [];
  const seen = new Set<string>();
  for (const component of components) {
    const identifier = serializeComponentIdentifier(component);
    if (component.name === "@signature-params") {
      return failure("malformed_header", "@signature-params cannot be a covered component.");
    }
    if (seen.has(identifier)) return failure("malformed_header", `Component ${identifier} is covered twice.`);
    seen.add(identifier);
    identifiers.push(identifier);
    const value = componentValue(component, context);
    if (!value.ok) return value;
    lines.push(`${identifier}: ${value.value}`);
  }
  const signatureParams = serializeSignatureParams(identifiers, params);
  lines.push(`"@signature-params": ${signatureParams}`);
  return { ok: true, base: lines.join("\n"), signatureParams, identifiers };
}
