/** A message from a specification example, taken apart. */
export interface ParsedMessage {
  readonly startLine: string;
  readonly headers: [string, string][];
  readonly body: string;
}

/** Splits an HTTP/1.1 message as printed in a spec (LF line ends) into start line, headers, body. */
export function parseHttpMessage(raw: string): ParsedMessage {
  const split = raw.indexOf("\n\n");
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? "" : raw.slice(split + 2);
  const [startLine, ...lines] = head.split("\n");
  const headers: [string, string][] = [];
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  return { startLine: startLine!, headers, body };
}

function toHeaders(pairs: [string, string][], extra: [string, string][] = []): Headers {
  const headers = new Headers();
  for (const [name, value] of [...pairs, ...extra]) headers.append(name, value);
  return headers;
}

/** Builds a Fetch API Request from a printed message, with `https://` and its Host header. */
export function requestFromMessage(raw: string, extra: [string, string][] = []): Request {
  const message = parseHttpMessage(raw);
  const [method = "GET", target] = message.startLine.split(" ");
  const host = message.headers.find(([name]) => name.toLowerCase() === "host")?.[1];
  const body = method === "GET" || method === "HEAD" || message.body === "" ? null : message.body;
  return new Request(`https://${host}${target}`, {
    method,
    headers: toHeaders(message.headers, extra),
    body,
  });
}

/** Builds a Fetch API Response from a printed message. */
export function responseFromMessage(raw: string, extra: [string, string][] = []): Response {
  const message = parseHttpMessage(raw);
  const status = Number(message.startLine.split(" ")[1]);
  return new Response(message.body === "" ? null : message.body, {
    status,
    headers: toHeaders(message.headers, extra),
  });
}
