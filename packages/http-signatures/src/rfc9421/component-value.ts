import {
  type Dictionary,
  isInnerList,
  parseDictionary,
  parseItem,
  parseList,
  serializeDictionary,
  serializeInnerList,
  serializeItem,
  serializeList,
} from "structured-headers";
import { isHttpToken, isSafeFieldValue } from "../shared/field-value.js";
import type { HeaderReader, TargetParts } from "../shared/message.js";
import { failure, type VerificationFailure } from "../shared/verification-result.js";
import { type ComponentIdentifier, describeComponent, hasFlag } from "./component-identifier.js";
import type { StructuredFieldType } from "./structured-field-types.js";

/** The request side of a message, as components read it. */
export interface RequestView {
  readonly method: string;
  readonly target: TargetParts;
  readonly headers: HeaderReader;
}

/** What component values are computed from: the signed message and, for responses, its request. */
export interface ComponentContext {
  /** The request: the signed message, or the request a signed response answers. */
  readonly request: RequestView | null;
  /** The signed response, or `null` when a request is signed. */
  readonly response: { readonly status: number; readonly headers: HeaderReader } | null;
  /** Known structured field types, by lower-case field name. */
  readonly structuredFields: Readonly<Record<string, StructuredFieldType>>;
}

type ValueResult = { ok: true; value: string } | VerificationFailure;

function isFormSafe(byte: number): boolean {
  return (
    (byte >= 0x61 && byte <= 0x7a) || // a-z
    (byte >= 0x41 && byte <= 0x5a) || // A-Z
    (byte >= 0x30 && byte <= 0x39) || // 0-9
    byte === 0x2a || // *
    byte === 0x2d || // -
    byte === 0x2e || // .
    byte === 0x5f // _
  );
}

/** Percent-encodes as `application/x-www-form-urlencoded` serializing does, but space as `%20`. */
function formEncode(text: string): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    out += isFormSafe(byte)
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

// The query's parameters by encoded name, built once per target: a signature may name hundreds
// of @query-param components, and each must not walk and re-encode the whole query again.
const queryTables = new WeakMap<TargetParts, Map<string, string[]>>();

function queryTable(target: TargetParts): Map<string, string[]> {
  let table = queryTables.get(target);
  if (table === undefined) {
    table = new Map();
    for (const [key, value] of new URLSearchParams(target.query ?? "")) {
      const name = formEncode(key);
      const values = table.get(name);
      if (values === undefined) table.set(name, [value]);
      else values.push(value);
    }
    queryTables.set(target, table);
  }
  return table;
}

function missing(component: ComponentIdentifier, why: string): VerificationFailure {
  return failure("component_missing", `Covered component ${describeComponent(component)} ${why}`);
}

function queryParam(component: ComponentIdentifier, request: RequestView): ValueResult {
  const name = component.params.get("name");
  if (typeof name !== "string") {
    return failure("malformed_header", `${describeComponent(component)} needs a string name parameter.`);
  }
  const values = queryTable(request.target).get(name) ?? [];
  if (values.length === 0) return missing(component, "names a query parameter the target URI does not have.");
  if (values.length > 1) {
    return failure(
      "malformed_header",
      `${describeComponent(component)}: the parameter occurs ${values.length} times; RFC 9421 forbids signing it (cover @query instead).`,
    );
  }
  return { ok: true, value: formEncode(values[0]!) };
}

function derived(
  component: ComponentIdentifier,
  context: ComponentContext,
  fromRequest: boolean,
): ValueResult {
  const { name } = component;
  if (name === "@status") {
    if (!context.response || fromRequest) return missing(component, "only exists in a response.");
    return { ok: true, value: String(context.response.status).padStart(3, "0") };
  }
  if (!fromRequest) {
    return missing(component, "is a request component; a response signature must mark it ;req.");
  }
  const request = context.request;
  if (!request) return missing(component, "needs the request this response answers (pass options.request).");
  const { target } = request;
  switch (name) {
    case "@method":
      if (!isHttpToken(request.method) && !isSafeFieldValue(request.method)) return unsafe(component);
      return { ok: true, value: request.method };
    case "@target-uri":
      return { ok: true, value: target.uri };
    case "@authority":
      return { ok: true, value: target.authority };
    case "@scheme":
      return { ok: true, value: target.scheme };
    case "@request-target":
      return { ok: true, value: target.query === null ? target.path : `${target.path}?${target.query}` };
    case "@path":
      return { ok: true, value: target.path };
    case "@query":
      return { ok: true, value: `?${target.query ?? ""}` };
    case "@query-param":
      return queryParam(component, request);
    default:
      return failure("malformed_header", `Unknown derived component ${describeComponent(component)}.`);
  }
}

/** Dictionaries parsed for one signature base, by field value: many `;key=` components of one field parse it once. */
export type ParsedDictionaries = Map<string, Dictionary>;

function structured(
  component: ComponentIdentifier,
  raw: string,
  type: StructuredFieldType | undefined,
  key: string | undefined,
  dictionaries: ParsedDictionaries | undefined,
): ValueResult {
  const label = (): string => describeComponent(component);
  if (!type) {
    return failure(
      "malformed_header",
      `${label()}: ${component.name} is not a known structured field; add it to options.structuredFields.`,
    );
  }
  try {
    if (key !== undefined) {
      if (type !== "dictionary")
        return failure("malformed_header", `${label()}: key applies only to dictionary fields.`);
      let dictionary = dictionaries?.get(raw);
      if (dictionary === undefined) {
        dictionary = parseDictionary(raw);
        dictionaries?.set(raw, dictionary);
      }
      const member = dictionary.get(key);
      if (member === undefined)
        return missing(component, `names dictionary key "${key}", which the field lacks.`);
      return { ok: true, value: isInnerList(member) ? serializeInnerList(member) : serializeItem(member) };
    }
    if (type === "dictionary") return { ok: true, value: serializeDictionary(parseDictionary(raw)) };
    if (type === "list") return { ok: true, value: serializeList(parseList(raw)) };
    return { ok: true, value: serializeItem(parseItem(raw)) };
  } catch (error) {
    return failure(
      "malformed_header",
      `${label()}: the field is not a valid structured ${type}: ${(error as Error).message}`,
    );
  }
}

function field(
  component: ComponentIdentifier,
  context: ComponentContext,
  fromRequest: boolean,
  dictionaries: ParsedDictionaries | undefined,
): ValueResult {
  const { name, params } = component;
  if (name !== name.toLowerCase()) {
    return failure("malformed_header", `Component "${name}" must be lower case.`);
  }
  const headers = fromRequest ? context.request?.headers : context.response?.headers;
  if (params.size === 0 && headers) {
    const raw = headers.get(name);
    return raw === null
      ? missing(component, "is absent from the message.")
      : rawValue(component, headers, raw);
  }
  if (hasFlag(params, "tr"))
    return missing(component, "is a trailer field; trailers are not available here.");
  if (!headers) return missing(component, "needs the request this response answers (pass options.request).");
  const sf = hasFlag(params, "sf");
  const bs = hasFlag(params, "bs");
  const keyParam = params.get("key");
  if (keyParam !== undefined && typeof keyParam !== "string") {
    return failure("malformed_header", `${describeComponent(component)}: key must be a string.`);
  }
  if (bs && (sf || keyParam !== undefined)) {
    return failure(
      "malformed_header",
      `${describeComponent(component)}: bs cannot be combined with sf or key.`,
    );
  }
  if (bs) {
    const lines = headers.lines(name);
    if (lines === null) return missing(component, "is absent from the message.");
    return { ok: true, value: serializeList(lines.map((line) => [Buffer.from(line, "latin1"), new Map()])) };
  }
  const raw = headers.get(name);
  if (raw === null) return missing(component, "is absent from the message.");
  if (sf || keyParam !== undefined) {
    return structured(
      component,
      raw,
      context.structuredFields[name],
      keyParam as string | undefined,
      dictionaries,
    );
  }
  return rawValue(component, headers, raw);
}

/**
 * Computes one component value as RFC 9421 §2 defines it. `dictionaries` keeps the fields parsed
 * for `key` parameters across the components of one signature base.
 */
export function componentValue(
  component: ComponentIdentifier,
  context: ComponentContext,
  dictionaries?: ParsedDictionaries,
): ValueResult {
  const req = component.params.size > 0 && hasFlag(component.params, "req");
  const fromRequest = context.response === null || req;
  if (context.response === null && req) {
    return failure(
      "malformed_header",
      `${describeComponent(component)}: req only applies to response signatures.`,
    );
  }
  // A value holding a newline could forge a line of the base. Derived values come from the parsed
  // URL, numbers and the method (checked below); structured and byte-sequence values are
  // serialized by the library, which writes printable ASCII only. That leaves raw field values,
  // which a Fetch `Headers` has already checked (HeaderReader.valuesChecked).
  return component.name.startsWith("@")
    ? derived(component, context, fromRequest)
    : field(component, context, fromRequest, dictionaries);
}

function unsafe(component: ComponentIdentifier): VerificationFailure {
  return failure(
    "malformed_header",
    `${describeComponent(component)} holds a newline or control character; it cannot be signed or verified.`,
  );
}

/** A raw field value, refused when it could forge a line of the signature base. */
function rawValue(component: ComponentIdentifier, headers: HeaderReader, raw: string): ValueResult {
  if (!headers.valuesChecked && !isSafeFieldValue(raw)) return unsafe(component);
  return { ok: true, value: raw };
}
