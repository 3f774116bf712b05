/** A language map: natural-language values keyed by BCP 47 language tag (`contentMap`). */
export type LanguageMap = { readonly [language: string]: string | null };

/** A piece of text and the language it is in, as {@link selectLanguage} picks it. */
export interface LocalizedText {
  /** The text. */
  readonly text: string;
  /** Its language tag, or `undefined` when the plain property was used and no map names it. */
  readonly language: string | undefined;
}

/**
 * Picks the best text of a natural-language property for the reader's languages, from its
 * language map (`contentMap`) and its plain value (`content`). Each preferred tag is tried
 * exactly, then by prefix in both directions (`en` matches `en-GB` and the other way round);
 * then the plain value; then `und` or `@none`; then the first entry of the map.
 *
 * @param plain the plain value (`content`)
 * @param map the language map (`contentMap`)
 * @param preferred the reader's languages, best first
 */
export function selectLanguage(
  plain: string | null | undefined,
  map: LanguageMap | null | undefined,
  preferred: readonly string[] = [],
): LocalizedText | undefined {
  const entries = map === null || map === undefined ? [] : Object.entries(map).filter(isTextEntry);
  for (const wanted of preferred) {
    const tag = wanted.toLowerCase();
    const exact = entries.find(([language]) => language.toLowerCase() === tag);
    if (exact !== undefined) return { text: exact[1], language: exact[0] };
    const related = entries.find(([language]) => {
      const candidate = language.toLowerCase();
      return candidate.startsWith(`${tag}-`) || tag.startsWith(`${candidate}-`);
    });
    if (related !== undefined) return { text: related[1], language: related[0] };
  }
  if (typeof plain === "string") {
    const same = entries.find(([, text]) => text === plain);
    return { text: plain, language: same?.[0] };
  }
  const neutral = entries.find(([language]) => language === "und" || language === "@none");
  if (neutral !== undefined) return { text: neutral[1], language: neutral[0] };
  const first = entries[0];
  return first === undefined ? undefined : { text: first[1], language: first[0] };
}

function isTextEntry(entry: [string, string | null]): entry is [string, string] {
  return typeof entry[1] === "string";
}
