/** The five entities XML predefines (XML 1.0 section 4.6); no others exist without a DTD. */
const predefinedEntities: ReadonlyMap<string, string> = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

// One reference: "&", a name without ";", "&" or whitespace, and the ";" (absent on a bare "&").
// The name's class excludes what may follow it, so the match never backtracks.
const reference = /&([^;&\s]*);?/g;

/**
 * Decodes the five predefined XML entities and character references (`&#233;`, `&#xE9;`). The
 * XML parser leaves every entity alone; anything else (`&lol9;`) would need a DTD, which is
 * refused.
 *
 * @returns the text, or a string saying what is wrong (a bare `&`, an undefined entity).
 */
export function decodeXmlEntities(text: string): { readonly text: string } | { readonly problem: string } {
  if (!text.includes("&")) return { text };
  let problem: string | undefined;
  const decoded = text.replace(reference, (match, name: string) => {
    if (problem !== undefined) return "";
    if (!match.endsWith(";")) {
      problem = `a bare "&" in ${JSON.stringify(text.slice(0, 80))}`;
      return "";
    }
    const predefined = predefinedEntities.get(name);
    if (predefined !== undefined) return predefined;
    const codePoint = /^#x[0-9a-f]+$/i.test(name)
      ? Number.parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? Number.parseInt(name.slice(1), 10)
        : Number.NaN;
    if (codePoint >= 1 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      return String.fromCodePoint(codePoint);
    }
    problem = `the entity ${JSON.stringify(match.slice(0, 80))} is not defined (only the five predefined XML entities are)`;
    return "";
  });
  return problem === undefined ? { text: decoded } : { problem };
}
