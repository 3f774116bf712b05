import { type BareItem, type Item, type Parameters, parseItem, serializeItem } from "structured-headers";

/** A covered component: its name (`@method`, `content-digest`) and its parameters. */
export interface ComponentIdentifier {
  readonly name: string;
  readonly params: Parameters;
}

/** Serializes an identifier as it appears in a signature base: `"@query-param";name="Pet"`. */
export function serializeComponentIdentifier(component: ComponentIdentifier): string {
  return serializeItem([component.name, component.params]);
}

/** Writes an identifier the friendly way, for results and messages: `@query-param;name="Pet"`. */
export function describeComponent(component: ComponentIdentifier): string {
  const serialized = serializeComponentIdentifier(component);
  return component.name + serialized.slice(component.name.length + 2);
}

/** Turns a parsed Signature-Input inner-list item into an identifier; `null` when not a string. */
export function componentFromItem(item: Item): ComponentIdentifier | null {
  return typeof item[0] === "string" ? { name: item[0], params: item[1] } : null;
}

/**
 * Parses an identifier written by a caller: `@method`, `content-digest;key="sha-256"`, or the
 * quoted form `"@query-param";name="Pet"`.
 *
 * @throws TypeError when the text is not a component identifier.
 */
export function parseComponentIdentifier(text: string): ComponentIdentifier {
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
