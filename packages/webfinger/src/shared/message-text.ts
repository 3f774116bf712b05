/**
 * Text as it may go into an error message: cut in the middle, with the cut marked, when it is
 * longer than `max` characters. Hostile documents can be a megabyte long, and parsers quote what
 * they stumble on; a message should stay a line an operator can read in a log.
 */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  const tail = Math.floor(max / 4);
  const head = max - tail;
  const cut = characters.length - max;
  return `${characters.slice(0, head).join("")} …[${cut} characters cut]… ${characters.slice(-tail).join("")}`;
}
