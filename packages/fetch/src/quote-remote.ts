/**
 * The most characters of a remote party's text (a URL, a `Location`, a `Content-Type`, a status
 * text) that an error message quotes: enough to recognise it, while a hostile server that sends
 * a 100 KB URL cannot make log lines that long.
 */
export const maxQuotedLength = 120;

/**
 * `text` as an error message quotes it: whole when short, otherwise its first
 * `maxLength` characters and how many were left out. Control characters are escaped,
 * so a quoted value cannot forge a second log line. The full value stays in the error's fields.
 */
export function quoteRemote(text: string, maxLength: number = maxQuotedLength): string {
  const escaped = JSON.stringify(text.length > maxLength ? text.slice(0, maxLength) : text).slice(1, -1);
  return text.length > maxLength ? `${escaped}… (${text.length - maxLength} more characters)` : escaped;
}
