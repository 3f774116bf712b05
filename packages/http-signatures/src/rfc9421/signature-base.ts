import { type Parameters, serializeParameters } from "structured-headers";
import { failure, type VerificationFailure } from "../shared/verification-result.js";
import { type ComponentIdentifier, serializeComponentIdentifier } from "./component-identifier.js";
import { type ComponentContext, componentValue, type ParsedDictionaries } from "./component-value.js";

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
  let base = "";
  const identifiers: string[] = [];
  // A linear search is cheapest for the usual handful of components; a set bounds hostile lists.
  const seen = components.length > 16 ? new Set<string>() : null;
  let dictionaries: ParsedDictionaries | undefined;
  for (const component of components) {
    if (component.name === "@signature-params") {
      return failure("malformed_header", "@signature-params cannot be a covered component.");
    }
    const identifier = serializeComponentIdentifier(component);
    if (seen ? seen.has(identifier) : identifiers.includes(identifier)) {
      return failure("malformed_header", `Component ${identifier} is covered twice.`);
    }
    seen?.add(identifier);
    identifiers.push(identifier);
    if (dictionaries === undefined && component.params.has("key")) dictionaries = new Map();
    const value = componentValue(component, context, dictionaries);
    if (!value.ok) return value;
    base += `${identifier}: ${value.value}\n`;
  }
  const signatureParams = serializeSignatureParams(identifiers, params);
  base += `"@signature-params": ${signatureParams}`;
  return { ok: true, base, signatureParams, identifiers };
}
