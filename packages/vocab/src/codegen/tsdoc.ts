/** Escapes text for a TSDoc comment (no comment terminators, no stray tags or braces). */
export function escapeDoc(text: string): string {
  return text
    .replaceAll("*/", "*\\/")
    .replaceAll("@", "\\@")
    .replaceAll("{", "\\{")
    .replaceAll("}", "\\}")
    .replaceAll("<", "\\<")
    .replaceAll(">", "\\>");
}

/** Wraps words at about 100 columns. */
function wrap(text: string, width = 96): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line.length > 0 && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else {
        line = line.length === 0 ? word : `${line} ${word}`;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A TSDoc block: the lines given (already escaped where needed), indented. */
export function docBlock(lines: readonly string[], indent = ""): string {
  const body = lines.flatMap((line) => (line === "" ? [""] : line.startsWith("@") ? [line] : wrap(line)));
  return `${indent}/**\n${body.map((line) => `${indent} *${line === "" ? "" : ` ${line}`}`).join("\n")}\n${indent} */\n`;
}

/** The lines documenting a term: its description, its IRI and a link to its specification. */
export function termDoc(description: string, iri: string | undefined, specUrl: string): string[] {
  const lines = [escapeDoc(description)];
  if (iri !== undefined) lines.push("", `IRI: \`${iri}\``);
  lines.push("", `@see {@link ${specUrl} | Specification}`);
  return lines;
}
