import {
  type Dictionary,
  type InnerList,
  type Item,
  isInnerList,
  type List,
  parseDictionary,
  parseItem,
  parseList,
  serializeDictionary,
  serializeInnerList,
  serializeItem,
  serializeList,
} from "structured-headers";
import { isHttpToken, isSafeFieldValue } from "../shared/field-value.js";
import type { HeaderReader, RequestView, TargetParts } from "../shared/message.js";
import { SignatureError } from "../shared/signature-error.js";
import { type ComponentIdentifier, describeComponent, hasFlag } from "./component-identifier.js";
import type { StructuredFieldType } from "./structured-field-types.js";

/** What component values are computed from: the signed message and, for responses, its request. */
export interface ComponentContext {
  /** The request: the signed message, or the request a signed response answers. */
  readonly request: RequestView | null;
  /** The signed response, or `null` when a request is signed. */
  readonly response: { readonly status: number; readonly headers: HeaderReader } | null;
  /** Known structured field types, by lower-case field name. */
  readonly structuredFields: ReadonlyMap<string, StructuredFieldType>;
}

/** A structured field parsed once, or why it does not parse. */
type ParsedField =
  | { readonly parsed: Dictionary | List | Item; serialized?: string }
  | { readonly error: string };

/**
 * What the components of one message compute once, however many components ask for it: the
 * query's parameters (a signature may name hundreds of `@query-param`s) and each structured field
 * (`;sf` and every `;key=` of one field parse it once). Made per message, dropped with it.
 */
export class ComponentCache {
  #query: Map<string, string[]> | undefined;
  readonly #fields = new Map<string, ParsedField>();
  readonly #maxFieldLength: number;
  /** How many times a field was parsed or the query was read (tests count the work). */
  parses = 0;

  /**
   * @param maxFieldLength - the longest structured field parsed, in characters (a verifier passes
   *   `maxHeaderLength`): the parser's cost must stay bounded whatever a sender puts in a field.
   */
  constructor(maxFieldLength = Number.POSITIVE_INFINITY) {
    this.#maxFieldLength = maxFieldLength;
  }

  /** The query's parameters by encoded name. */
  query(target: TargetParts): Map<string, string[]> {
    if (this.#query === undefined) {
      this.parses++;
      const table = new Map<string, string[]>();
      for (const [key, value] of new URLSearchParams(target.query ?? "")) {
        const name = formEncode(key);
        const values = table.get(name);
        if (values === undefined) table.set(name, [value]);
        else values.push(value);
      }
      this.#query = table;
    }
    return this.#query;
  }

  /**
   * Records a field the caller has already parsed (the `Signature` dictionary), keyed as
   * {@link ComponentCache.field} keys it: `fromRequest` is whether the field is the request's
   * (a request's own fields are).
   */
  seed(fromRequest: boolean, name: string, parsed: Dictionary): void {
    this.#fields.set(`${fromRequest ? "req" : "own"} ${name}`, { parsed });
  }

  /** The field `name` (of the request or of the message itself) parsed as `type`, once. */
  field(fromRequest: boolean, name: string, raw: string, type: StructuredFieldType): ParsedField {
    const id = `${fromRequest ? "req" : "own"} ${name}`;
    let field = this.#fields.get(id);
    if (field === undefined) {
      if (raw.length > this.#maxFieldLength) {
        return {
          error: `it is ${raw.length} characters; the limit is ${this.#maxFieldLength} (options.maxHeaderLength)`,
        };
      }
      this.parses++;
      try {
        field = {
          parsed:
            type === "dictionary" ? parseDictionary(raw) : type === "list" ? parseList(raw) : parseItem(raw),
        };
      } catch (error) {
        field = { error: (error as Error).message };
      }
      this.#fields.set(id, field);
    }
    return field;
  }
}

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

type ValueResult = string | SignatureError;

function missing(component: ComponentIdentifier, why: string): SignatureError {
  return new SignatureError(
    "component_missing",
    `Covered component ${describeComponent(component).slice(0, 80)} ${why}`,
  );
}

function malformed(component: ComponentIdentifier, why: string): SignatureError {
  return new SignatureError("malformed_header", `${describeComponent(component).slice(0, 80)}: ${why}`);
}

function queryParam(
  component: ComponentIdentifier,
  request: RequestView,
  cache: ComponentCache,
): ValueResult {
  const name = component.params.get("name");
  if (typeof name !== "string") return malformed(component, "@query-param needs a string name parameter.");
  const values = cache.query(request.target).get(name) ?? [];
  if (values.length === 0) return missing(component, "names a query parameter the target URI does not have.");
  if (values.length > 1) {
    return malformed(
      component,
      `the parameter occurs ${values.length} times; RFC 9421 forbids signing it (cover @query instead).`,
    );
  }
  return formEncode(values[0]!);
}

function derived(
  component: ComponentIdentifier,
  context: ComponentContext,
  fromRequest: boolean,
  cache: ComponentCache,
): ValueResult {
  const { name } = component;
  if (name === "@status") {
    if (!context.response || fromRequest) return missing(component, "only exists in a response.");
    return String(context.response.status).padStart(3, "0");
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
      return request.method;
    case "@target-uri":
      return target.uri;
    case "@authority":
      return target.authority;
    case "@scheme":
      return target.scheme;
    case "@request-target":
      return target.query === null ? target.path : `${target.path}?${target.query}`;
    case "@path":
      return target.path;
    case "@query":
      return `?${target.query ?? ""}`;
    case "@query-param":
      return queryParam(component, request, cache);
    default:
      return new SignatureError(
        "malformed_header",
        `Unknown derived component ${describeComponent(component).slice(0, 80)}.`,
      );
  }
}

/** The `;sf` or `;key=` value of a structured field, from its one parse. */
function structured(
  component: ComponentIdentifier,
  fromRequest: boolean,
  raw: string,
  context: ComponentContext,
  cache: ComponentCache,
): ValueResult {
  const { name, params } = component;
  const type = context.structuredFields.get(name);
  if (type === undefined) {
    return malformed(
      component,
      `${name.slice(0, 40)} is not a known structured field; add it to options.structuredFields.`,
    );
  }
  const key = params.get("key") as string | undefined;
  if (key !== undefined && type !== "dictionary")
    return malformed(component, "key applies only to dictionary fields.");
  const field = cache.field(fromRequest, name, raw, type);
  if ("error" in field)
    return malformed(component, `the field is not a valid structured ${type}: ${field.error}`);
  if (key !== undefined) {
    const member = (field.parsed as Dictionary).get(key);
    if (member === undefined)
      return missing(component, `names dictionary key "${key.slice(0, 40)}", which the field lacks.`);
    return isInnerList(member) ? serializeInnerList(member as InnerList) : serializeItem(member as Item);
  }
  field.serialized ??=
    type === "dictionary"
      ? serializeDictionary(field.parsed as Dictionary)
      : type === "list"
        ? serializeList(field.parsed as List)
        : serializeItem(field.parsed as Item);
  return field.serialized;
}

function field(
  component: ComponentIdentifier,
  context: ComponentContext,
  fromRequest: boolean,
  cache: ComponentCache,
): ValueResult {
  const { name, params } = component;
  if (name !== name.toLowerCase()) {
    return new SignatureError("malformed_header", `Component "${name.slice(0, 40)}" must be lower case.`);
  }
  const headers = fromRequest ? context.request?.headers : context.response?.headers;
  if (params.size === 0 && headers) {
    const raw = headers.get(name);
    return raw === null ? absent(component) : rawValue(component, headers, raw);
  }
  if (hasFlag(params, "tr"))
    return missing(component, "is a trailer field; trailers are not available here.");
  if (!headers) return missing(component, "needs the request this response answers (pass options.request).");
  const sf = hasFlag(params, "sf");
  const bs = hasFlag(params, "bs");
  const keyed = params.has("key");
  if (bs && (sf || keyed)) return malformed(component, "bs cannot be combined with sf or key.");
  if (bs) {
    const lines = headers.lines(name);
    if (lines === null) return absent(component);
    return serializeList(lines.map((line) => [Buffer.from(line, "latin1"), new Map()]));
  }
  const raw = headers.get(name);
  if (raw === null) return absent(component);
  if (sf || keyed) return structured(component, fromRequest, raw, context, cache);
  return rawValue(component, headers, raw);
}

/** A covered field the message lacks, told apart from a name that is no field name at all. */
function absent(component: ComponentIdentifier): SignatureError {
  return isHttpToken(component.name)
    ? missing(component, "is absent from the message.")
    : malformed(component, "is not a field name.");
}

/**
 * Computes one component value as RFC 9421 §2 defines it. `cache` keeps what the components of
 * one message share (the query's parameters, each structured field parsed once).
 */
export function componentValue(
  component: ComponentIdentifier,
  context: ComponentContext,
  cache: ComponentCache = new ComponentCache(),
): ValueResult {
  const req = component.params.size > 0 && hasFlag(component.params, "req");
  const fromRequest = context.response === null || req;
  if (context.response === null && req)
    return malformed(component, "req only applies to response signatures.");
  // A value holding a newline could forge a line of the base. Derived values come from the parsed
  // URL, numbers and the method (checked below); structured and byte-sequence values are
  // serialized by the library, which writes printable ASCII only. That leaves raw field values,
  // which a Fetch `Headers` has already checked (HeaderReader.valuesChecked).
  return component.name.startsWith("@")
    ? derived(component, context, fromRequest, cache)
    : field(component, context, fromRequest, cache);
}

function unsafe(component: ComponentIdentifier): SignatureError {
  return new SignatureError(
    "malformed_header",
    `${describeComponent(component).slice(0, 80)} holds a newline or control character; it cannot be signed or verified.`,
  );
}

/** A raw field value, refused when it could forge a line of the signature base. */
function rawValue(component: ComponentIdentifier, headers: HeaderReader, raw: string): ValueResult {
  if (!headers.valuesChecked && !isSafeFieldValue(raw)) return unsafe(component);
  return raw;
}
