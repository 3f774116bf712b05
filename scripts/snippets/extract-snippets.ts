/**
 * Finds the TypeScript and JavaScript code blocks of a Markdown document and reads their info
 * strings. The markers (documented in CONTRIBUTING.md, "Code blocks in the docs"):
 *
 *   ```ts                  a complete module: type-checked, every error reported
 *   ```ts partial          a fragment: type-checked, but names it neither declares nor imports
 *                          (`body`, `request` …) are allowed
 *   ```ts run              a complete program: type-checked, then run (loopback network only)
 *   ```ts file=name.ts     the block is `./name.js` for later blocks of the same document
 *   ```ts nocheck="why"    not checked at all; the reason is required
 *
 * Markers combine (`ts partial file=forgefed.ts`). `js` blocks are checked as JavaScript.
 */

/** The languages checked, and the file extension each is checked as. */
const languages = new Map<string, "ts" | "js">([
  ["ts", "ts"],
  ["typescript", "ts"],
  ["js", "js"],
  ["javascript", "js"],
]);

/** A code block to check. */
export interface Snippet {
  /** The document, relative to the repository root. */
  readonly document: string;
  /** The 1-based line of the opening fence. */
  readonly line: number;
  readonly language: "ts" | "js";
  /** The code, without the fences. */
  readonly code: string;
  readonly partial: boolean;
  readonly run: boolean;
  /** The file name other blocks of the document import it by (`forgefed.ts`), if given. */
  readonly file: string | undefined;
  /** Why the block is not checked, when it is marked `nocheck`. */
  readonly nocheck: string | undefined;
  /** Marked `nocheck` (with or without the required reason): not type-checked or run. */
  readonly skipped: boolean;
  /** Marker problems (an unknown attribute, a `nocheck` without a reason). */
  readonly markerErrors: readonly string[];
}

const knownAttributes = new Set(["partial", "run", "file", "nocheck"]);

/** Splits an info string into its words; `key="a value"` keeps its spaces. */
function attributesOf(info: string): Map<string, string | true> {
  const attributes = new Map<string, string | true>();
  let index = 0;
  while (index < info.length) {
    while (info[index] === " " || info[index] === "\t") index++;
    if (index >= info.length) break;
    let key = "";
    while (index < info.length && !" \t=".includes(info[index]!)) key += info[index++];
    if (info[index] !== "=") {
      attributes.set(key, true);
      continue;
    }
    index++;
    let value = "";
    if (info[index] === '"') {
      const end = info.indexOf('"', index + 1);
      value = info.slice(index + 1, end === -1 ? info.length : end);
      index = end === -1 ? info.length : end + 1;
    } else {
      while (index < info.length && info[index] !== " " && info[index] !== "\t") value += info[index++];
    }
    attributes.set(key, value);
  }
  return attributes;
}

/** Every `ts` / `js` block of `text`; other blocks (sh, json, text) are skipped. */
export function extractSnippets(document: string, text: string): Snippet[] {
  const lines = text.split(/\r?\n/);
  const snippets: Snippet[] = [];
  let index = 0;
  while (index < lines.length) {
    const open = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[index]!);
    if (open === null) {
      index++;
      continue;
    }
    const fence = open[2]!;
    const info = open[3]!.trim();
    const start = index;
    const body: string[] = [];
    index++;
    while (index < lines.length) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[index]!);
      if (close !== null && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      body.push(lines[index]!);
      index++;
    }
    index++;
    const [word = "", ...rest] = info.split(/\s+/);
    const language = languages.get(word.toLowerCase());
    if (language === undefined) continue;
    const attributes = attributesOf(rest.join(" "));
    const markerErrors: string[] = [];
    for (const key of attributes.keys()) {
      if (!knownAttributes.has(key))
        markerErrors.push(`unknown marker "${key}" (known: ${[...knownAttributes].join(", ")})`);
    }
    const nocheck = attributes.get("nocheck");
    if (nocheck === true || nocheck === "")
      markerErrors.push('`nocheck` needs a reason: nocheck="why this block is not checked"');
    const file = attributes.get("file");
    if (file === true) markerErrors.push("`file` needs a name: file=name.ts");
    snippets.push({
      document,
      line: start + 1,
      language,
      code: body.join("\n"),
      partial: attributes.has("partial"),
      run: attributes.has("run"),
      file: typeof file === "string" && file !== "" ? file : undefined,
      nocheck: typeof nocheck === "string" && nocheck !== "" ? nocheck : undefined,
      skipped: nocheck !== undefined,
      markerErrors,
    });
  }
  return snippets;
}
