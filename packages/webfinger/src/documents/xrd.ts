import { failure, type Result, success } from "@fedikit/core";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { WebFingerError } from "../shared/webfinger-error.js";
import type { WebFingerWarning } from "../shared/webfinger-warning.js";
import type { Jrd, JrdLink } from "./jrd.js";
import { decodeXmlEntities } from "./xml-entities.js";

type XmlNode = Readonly<Record<string, unknown>>;

/** The parser's options: entity processing off, so no entity is ever expanded by the parser. */
const parserOptions = {
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
  isArray: (name: string) => name === "Link" || name === "Alias" || name === "Property" || name === "Title",
} as const;

/** Refuses an XRD; thrown while reading, caught by {@link parseXrd} only. */
class XrdProblem {
  constructor(
    readonly what: string,
    readonly cause?: unknown,
  ) {}
}

function decoded(text: string): string {
  const result = decodeXmlEntities(text);
  if ("problem" in result) throw new XrdProblem(result.problem);
  return result.text;
}

function child(node: unknown, name: string): unknown {
  return typeof node === "object" && node !== null && Object.hasOwn(node, name)
    ? (node as XmlNode)[name]
    : undefined;
}

function text(node: unknown): string | undefined {
  if (typeof node === "string") return decoded(node);
  if (typeof node === "object" && node !== null) {
    const value = child(node, "#text");
    return typeof value === "string" ? decoded(value) : "";
  }
  return undefined;
}

function attribute(node: unknown, name: string): string | undefined {
  const value = child(node, `@_${name}`);
  return typeof value === "string" ? decoded(value) : undefined;
}

function list(node: unknown, name: string): unknown[] {
  const value = child(node, name);
  return Array.isArray(value) ? value : [];
}

function properties(node: unknown): Record<string, string | null> | undefined {
  const entries: [string, string | null][] = [];
  for (const property of list(node, "Property")) {
    const type = attribute(property, "type");
    if (type === undefined) continue;
    entries.push([type, attribute(property, "nil") === "true" ? null : (text(property) ?? "")]);
  }
  // fromEntries defines own properties, so a "__proto__" type stays data and sets no prototype.
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

function parseDocument(xml: string): XmlNode {
  // DOCTYPE is matched case-insensitively: the parser would read `<!doctype` too.
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw new XrdProblem("it declares a DOCTYPE or entities, which XRD does not need and which are refused");
  }
  try {
    const validation = XMLValidator.validate(xml);
    if (validation !== true) {
      throw new XrdProblem(
        `${validation.err.msg} (line ${validation.err.line}, column ${validation.err.col})`,
      );
    }
    return new XMLParser(parserOptions).parse(xml) as XmlNode;
  } catch (cause) {
    // The parsers may throw on hostile input (a stack overflow on deep nesting, a tag named
    // `__proto__`, which fast-xml-parser refuses).
    throw cause instanceof XrdProblem ? cause : new XrdProblem("the XML could not be parsed", cause);
  }
}

function readXrd(xml: string, warnings: WebFingerWarning[]): Jrd {
  const document = parseDocument(xml);
  if (!Object.hasOwn(document, "XRD")) throw new XrdProblem("the root element is not XRD");
  const root = document.XRD;
  const subject = text(child(root, "Subject"));
  const aliases = list(root, "Alias")
    .map(text)
    .filter((alias): alias is string => alias !== undefined && alias !== "");
  const rootProperties = properties(root);
  const links: JrdLink[] = [];
  for (const [index, node] of list(root, "Link").entries()) {
    const entry = link(node);
    if (entry !== undefined) links.push(entry);
    else {
      warnings.push({
        code: "link_skipped",
        message: `The XRD's Link ${index + 1} has no rel; the link was skipped`,
        where: `Link[${index}]`,
      });
    }
  }
  return {
    ...(subject === undefined || subject === "" ? {} : { subject }),
    ...(aliases.length === 0 ? {} : { aliases }),
    ...(rootProperties === undefined ? {} : { properties: rootProperties }),
    ...(links.length === 0 ? {} : { links }),
  };
}

/**
 * Parses an XRD 1.0 document (host-meta, RFC 6415, or a legacy `lrdd` answer) into the equivalent
 * JRD, as RFC 6415 Appendix A maps them: `Subject`, `Alias`, `Property` (with `xsi:nil`), and
 * `Link` with `rel`, `type`, `href`, `template`, `Title` and `Property`; a link without `rel` is
 * skipped with a `link_skipped` warning. The XML parser (fast-xml-parser) runs with entity
 * processing off, and a document that declares a DOCTYPE is refused outright: an XRD needs none,
 * and entity declarations are how "billion laughs" bombs and external-entity reads get in.
 *
 * The work is linear in the length of `xml`, but not cheap (tens of milliseconds per 100 KB):
 * read remote host-meta documents within a small cap, as the client does (`maxHostMetaBytes`).
 *
 * @returns the JRD form, or an `invalid_response` failure for malformed XML, a DOCTYPE, an
 *   undefined entity, or a document whose root is not `XRD`; never throws.
 */
export function parseXrd(xml: string): Result<Jrd, WebFingerError, WebFingerWarning> {
  const warnings: WebFingerWarning[] = [];
  try {
    return success(readXrd(xml, warnings), warnings);
  } catch (problem) {
    if (!(problem instanceof XrdProblem)) throw problem;
    return failure(
      new WebFingerError(
        "invalid_response",
        `The XRD document is invalid: ${problem.what}`,
        problem.cause === undefined ? {} : { cause: problem.cause },
      ),
    );
  }
}
