import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Jrd, JrdLink } from "./jrd.js";
import { WebFingerError } from "../shared/webfinger-error.js";

type XmlNode = Record<string, unknown>;

let parser: XMLParser | undefined;

/** Built on first use: entity processing off, so no entity is ever expanded by the parser. */
function xmlParser(): XMLParser {
  parser ??= new XMLParser({
    processEntities: false,
    htmlEntities: false,
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: true,
    isArray: (name) => name === "Link" || name === "Alias" || name === "Property" || name === "Title",
  });
  return parser;
}

function invalid(what: string, cause?: unknown): WebFingerError {
  return new WebFingerError(
    "invalid_response",
    `The XRD document is invalid: ${what}`,
    cause === undefined ? {} : { cause },
  );
}

const predefinedEntities: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/**
 * Decodes the five predefined XML entities and character references. The parser leaves all
 * entities alone; anything else (`&lol9;`) would need a DTD, which is refused.
 */
function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&([^;&\s]*);?/g, (match, name: string) => {
    if (!match.endsWith(";")) throw invalid(`a bare "&" in ${JSON.stringify(text.slice(0, 80))}`);
    const predefined = predefinedEntities[name];
    if (predefined !== undefined) return predefined;
    const codePoint = /^#x[0-9a-f]+$/i.test(name)
      ? Number.parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? Number.parseInt(name.slice(1), 10)
        : Number.NaN;
    if (codePoint >= 1 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      return String.fromCodePoint(codePoint);
    }
    throw invalid(`the entity ${match} is not defined (only the five predefined XML entities are)`);
  });
}

function text(node: unknown): string | undefined {
  if (typeof node === "string") return decodeEntities(node);
  if (typeof node === "object" && node !== null) {
    const value = (node as XmlNode)["#text"];
    return typeof value === "string" ? decodeEntities(value) : "";
  }
  return undefined;
}

function attribute(node: unknown, name: string): string | undefined {
  if (typeof node !== "object" || node === null) return undefined;
  const value = (node as XmlNode)[`@_${name}`];
  return typeof value === "string" ? decodeEntities(value) : undefined;
}

function list(node: unknown, name: string): unknown[] {
  if (typeof node !== "object" || node === null) return [];
  const value = (node as XmlNode)[name];
  return Array.isArray(value) ? value : [];
}

function properties(node: unknown): Record<string, string | null> | undefined {
  const entries: [string, string | null][] = [];
  for (const property of list(node, "Property")) {
    const type = attribute(property, "type");
    if (type === undefined) continue;
    entries.push([type, attribute(property, "nil") === "true" ? null : (text(property) ?? "")]);
  }
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

function link(node: unknown): JrdLink | undefined {
  const rel = attribute(node, "rel");
  if (rel === undefined || rel === "") return undefined;
  const type = attribute(node, "type");
  const href = attribute(node, "href");
  const template = attribute(node, "template");
  const titleEntries = list(node, "Title").map((title): [string, string] => [
    attribute(title, "lang") ?? "und",
    text(title) ?? "",
  ]);
  const linkProperties = properties(node);
  return {
    rel,
    ...(type === undefined ? {} : { type }),
    ...(href === undefined ? {} : { href }),
    ...(template === undefined ? {} : { template }),
    ...(titleEntries.length === 0 ? {} : { titles: Object.fromEntries(titleEntries) }),
    ...(linkProperties === undefined ? {} : { properties: linkProperties }),
  };
}

/**
 * Parses an XRD 1.0 document (host-meta, RFC 6415, or a legacy `lrdd` answer) into the equivalent
 * JRD, as RFC 6415 Appendix A maps them: `Subject`, `Alias`, `Property` (with `xsi:nil`), and
 * `Link` with `rel`, `type`, `href`, `template`, `Title` and `Property`; links without `rel` are
 * skipped. The XML parser (fast-xml-parser) runs with entity processing off, and a document
 * that declares a DOCTYPE is refused outright: an XRD needs none, and entity declarations are
 * how "billion laughs" bombs and external-entity reads get in.
 *
 * @throws {WebFingerError} `invalid_response` for malformed XML, a DOCTYPE, an undefined entity,
 *   or a document whose root is not `XRD`.
 */
export function parseXrd(xml: string): Jrd {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw invalid("it declares a DOCTYPE or entities, which XRD does not need and which are refused");
  }
  let document: XmlNode;
  try {
    const validation = XMLValidator.validate(xml);
    if (validation !== true) {
      throw invalid(`${validation.err.msg} (line ${validation.err.line}, column ${validation.err.col})`);
    }
    document = xmlParser().parse(xml) as XmlNode;
  } catch (cause) {
    // The parsers may throw on hostile input (say, a stack overflow on deep nesting).
    throw cause instanceof WebFingerError ? cause : invalid("the XML could not be parsed", cause);
  }
  if (!("XRD" in document)) throw invalid("the root element is not XRD");
  const root = document.XRD;
  const subject = typeof root === "object" && root !== null ? text((root as XmlNode).Subject) : undefined;
  const aliases = list(root, "Alias")
    .map(text)
    .filter((alias): alias is string => alias !== undefined && alias !== "");
  const rootProperties = properties(root);
  const links = list(root, "Link")
    .map(link)
    .filter((entry): entry is JrdLink => entry !== undefined);
  return {
    ...(subject === undefined || subject === "" ? {} : { subject }),
    ...(aliases.length === 0 ? {} : { aliases }),
    ...(rootProperties === undefined ? {} : { properties: rootProperties }),
    ...(links.length === 0 ? {} : { links }),
  };
}
