import { type BareItem, type Item, type Parameters, parseItem, serializeItem } from "structured-headers";
import { internedName } from "../shared/interned-name.js";

/** A covered component: its name (`@method`, `content-digest`) and its parameters. */
export interface ComponentIdentifier {
  readonly name: string;
  readonly params: Parameters;
}

// Every signature base serializes the same few identifiers (`"@method"`, `"content-digest"` …):
// the library's serialization of a name without parameters is kept, for a bounded number of names.
const SERIALIZED_NAMES_LIMIT = 256;
const serializedNames = new Map<string, string>();

/** Serializes an identifier as it appears in a signature base: `"@query-param";name="Pet"`. */
export function serializeComponentIdentifier(component: ComponentIdentifier): string {
  if (component.params.size > 0) return serializeItem([component.name, component.params]);
  let serialized = serializedNames.get(component.name);
  if (serialized === undefined) {
    serialized = serializeItem([component.name, component.params]);
    if (serializedNames.size >= SERIALIZED_NAMES_LIMIT) serializedNames.clear();
    serializedNames.set(component.name, serialized);
  }
  return serialized;
}

/** Writes an identifier the friendly way, for results and messages: `@query-param;name="Pet"`. */
export function describeComponent(component: ComponentIdentifier): string {
  const serialized = serializeComponentIdentifier(component);
  return component.name + serialized.slice(component.name.length + 2);
}

/** Turns a parsed Signature-Input inner-list item into an identifier; `null` when not a string. */
export function componentFromItem(item: Item): ComponentIdentifier | null {
  return typeof item[0] === "string" ? { name: internedName(item[0]), params: item[1] } : null;
}

// Signers and policies name the same identifiers on every call; each text is parsed once.
const PARSED_LIMIT = 256;
const parsed = new Map<string, ComponentIdentifier>();

/**
 * Parses an identifier written by a caller: `@method`, `content-digest;key="sha-256"`, or the
 * quoted form `"@query-param";name="Pet"`.
 *
 * @throws TypeError when the text is not a component identifier.
 */
export function parseComponentIdentifier(text: string): ComponentIdentifier {
  let component = parsed.get(text);
  if (component === undefined) {
    component = parseIdentifierText(text);
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(text, component);
  }
  return component;
}

function parseIdentifierText(text: string): ComponentIdentifier {
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
