import { type Parameters, serializeParameters } from "structured-headers";
import { SignatureError } from "../shared/signature-error.js";
import {
  type ComponentIdentifier,
  serializeComponentIdentifier,
  unknownParameter,
} from "./component-identifier.js";
import { ComponentCache, type ComponentContext, componentValue } from "./component-value.js";

/**
 * Serializes the `@signature-params` value: the inner list of the (already serialized) component
 * identifiers with its parameters, as RFC 8941 §4.1.1.1 writes an inner list.
 */
export function serializeSignatureParams(identifiers: readonly string[], params: Parameters): string {
  return `(${identifiers.join(" ")})${serializeParameters(params)}`;
}

/** A signature base and the `@signature-params` value that ends it. */
export interface SignatureBase {
  readonly base: string;
  readonly signatureParams: string;
  /** The serialized identifier of each covered component, in order. */
  readonly identifiers: readonly string[];
}

/** Above this many components, repeats are looked for with a set instead of a linear search. */
const LINEAR_SEARCH_LIMIT = 16;

/**
 * Builds the signature base of RFC 9421 §2.5: one `"identifier": value` line per covered
 * component, then the `@signature-params` line, joined by LF, no trailing newline.
 *
 * Its length is linear in the message's header bytes: a component is refused when repeated or
 * when it has a parameter RFC 9421 does not define, so each field appears at most as itself, `;sf`,
 * `;bs` and its `;key=` members (each twice with `;req`); every structured field is parsed once.
 *
 * @param cache - what the components of this message share; give the verifier's, which may hold
 *   the `Signature` field it parsed already.
 */
export function createSignatureBase(
  components: readonly ComponentIdentifier[],
  params: Parameters,
  context: ComponentContext,
  cache: ComponentCache = new ComponentCache(),
): SignatureBase | SignatureError {
  let base = "";
  const identifiers: string[] = [];
  const seen = components.length > LINEAR_SEARCH_LIMIT ? new Set<string>() : null;
  for (const component of components) {
    if (component.name === "@signature-params") {
      return new SignatureError("malformed_header", "@signature-params cannot be a covered component.");
    }
    const identifier = serializeComponentIdentifier(component);
    if (component.params.size > 0) {
      const unknown = unknownParameter(component);
      if (unknown !== null)
        return new SignatureError("malformed_header", `Component ${identifier.slice(0, 80)}: ${unknown}.`);
    }
    if (seen ? seen.has(identifier) : identifiers.includes(identifier)) {
      return new SignatureError("malformed_header", `Component ${identifier.slice(0, 80)} is covered twice.`);
    }
    seen?.add(identifier);
    identifiers.push(identifier);
    const value = componentValue(component, context, cache);
    if (value instanceof SignatureError) return value;
    base += `${identifier}: ${value}\n`;
  }
  const signatureParams = serializeSignatureParams(identifiers, params);
  base += `"@signature-params": ${signatureParams}`;
  return { base, signatureParams, identifiers };
}
