import { type BareItem, type Item, type Parameters, parseItem, serializeItem } from "structured-headers";
import { internedName } from "../shared/interned-name.js";

/** A covered component: its name (`@method`, `content-digest`) and its parameters. */
export interface ComponentIdentifier {
  readonly name: string;
  readonly params: Parameters;
}

/**
 * The parameters no component has: shared by every identifier without parameters, and never
 * changed (nothing in this package writes to an identifier's parameters).
 */
const NO_PARAMETERS: Parameters = new Map();

/** The character codes a structured-field string may hold unescaped (printable ASCII but `"` and `\`). */
function isPlainStringCharacter(code: number): boolean {
  return code >= 0x20 && code <= 0x7e && code !== 0x22 && code !== 0x5c;
}

/**
 * Serializes an identifier as it appears in a signature base: `"@query-param";name="Pet"`. A
 * name without parameters and without characters to escape, what every signature covers, is
 * quoted directly instead of through the library.
 */
export function serializeComponentIdentifier(component: ComponentIdentifier): string {
  const { name, params } = component;
  if (params.size === 0) {
    let plain = true;
    for (let i = 0; i < name.length && plain; i++) plain = isPlainStringCharacter(name.charCodeAt(i));
    if (plain) return `"${name}"`;
  }
  return serializeItem([name, params]);
}

/** Writes an identifier the friendly way, for results and messages: `@query-param;name="Pet"`. */
export function describeComponent(component: ComponentIdentifier): string {
  const serialized = serializeComponentIdentifier(component);
  return component.name + serialized.slice(component.name.length + 2);
}

/** Turns a parsed Signature-Input inner-list item into an identifier; `null` when not a string. */
export function componentFromItem(item: Item): ComponentIdentifier | null {
  if (typeof item[0] !== "string") return null;
  return { name: internedName(item[0]), params: item[1].size === 0 ? NO_PARAMETERS : item[1] };
}

/** Characters that make a caller's identifier text need the structured-field parser. */
const NEEDS_PARSING = /[";\s\\]/;

/**
 * Parses an identifier written by a caller: `@method`, `content-digest;key="sha-256"`, or the
 * quoted form `"@query-param";name="Pet"`. A bare name (the usual case) needs no parser.
 *
 * @throws TypeError when the text is not a component identifier.
 */
export function parseComponentIdentifier(text: string): ComponentIdentifier {
  if (text !== "" && !NEEDS_PARSING.test(text)) {
    let printable = true;
    for (let i = 0; i < text.length && printable; i++) printable = isPlainStringCharacter(text.charCodeAt(i));
    if (printable) return { name: internedName(text), params: NO_PARAMETERS };
  }
  let source = text.trim();
  if (!source.startsWith('"')) {
    const semicolon = source.indexOf(";");
    const name = semicolon < 0 ? source : source.slice(0, semicolon);
    source = `"${name}"${semicolon < 0 ? "" : source.slice(semicolon)}`;
  }
  let item: Item;
  try {
    item = parseItem(source);
  } catch (error) {
    throw new TypeError(`"${text}" is not a component identifier: ${(error as Error).message}`);
  }
  const component = componentFromItem(item);
  if (!component || component.name === "") throw new TypeError(`"${text}" is not a component identifier.`);
  return component;
}

/** Reads a boolean flag parameter (`sf`, `bs`, `req`, `tr`). */
export function hasFlag(params: Parameters, name: string): boolean {
  const value: BareItem | undefined = params.get(name);
  return value === true;
}

/** The component parameters of RFC 9421's registry (§6.5), and what each applies to. */
const KNOWN_PARAMETERS: ReadonlyMap<string, "flag" | "string"> = new Map([
  ["sf", "flag"],
  ["bs", "flag"],
  ["tr", "flag"],
  ["req", "flag"],
  ["key", "string"],
  ["name", "string"],
]);

/**
 * Why an identifier's parameters are not understood, or `null`. RFC 9421 §2.5 requires an error
 * for a parameter that is not understood: it also keeps a sender from covering one field under
 * any number of distinct identifiers (`"priority";sf;p1`, `;p2` …), each computed again.
 * `name` belongs to `@query-param` alone; `sf`, `bs`, `key` and `tr` to fields; flags must be `?1`.
 */
export function unknownParameter(component: ComponentIdentifier): string | null {
  const isDerived = component.name.startsWith("@");
  for (const [name, value] of component.params) {
    const kind = KNOWN_PARAMETERS.get(name);
    if (kind === undefined) return `parameter ${name.slice(0, 40)} is not an RFC 9421 component parameter`;
    if (kind === "flag" ? value !== true : typeof value !== "string") {
      return `parameter ${name} must be ${kind === "flag" ? "a flag (no value)" : "a string"}`;
    }
    if (name === "name" ? component.name !== "@query-param" : isDerived && name !== "req") {
      return `parameter ${name} does not apply to ${component.name.slice(0, 40)}`;
    }
  }
  if (component.name === "@query-param" && !component.params.has("name"))
    return "@query-param needs a name parameter";
  return null;
}
