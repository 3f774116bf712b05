import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { verifyDigestHeader } from "../src/digest/digest-header.js";
import { parseDraftSignatureHeader } from "../src/draft/signature-header.js";
import { parsePem } from "../src/keys/pem.js";
import { parseField } from "../src/rfc9421/signature-input.js";
import { decodeBase64Strict } from "../src/shared/base64.js";
import { isHttpToken, isSafeFieldValue, isSafeSigningBase } from "../src/shared/field-value.js";
import { headerReader } from "../src/shared/message.js";
import { parseHttpDate } from "../src/shared/time-window.js";

// Every parser and regular expression that reads a sender's text, run on the inputs that would
// make a backtracking or nested scan blow up. Not a time limit: each input is run at two sizes
// sixteen times apart (4 and 64 KiB, at and above the package's own caps), and the larger must
// cost less than 64 times the smaller (linear work costs about 16 times; quadratic, 256). The
// fastest of several warm runs is compared, which a busy machine slows least, and a ratio over
// the bound is measured again (up to three times) before it counts: a pause for garbage
// collection can spoil one measurement, while quadratic work exceeds the bound every time.

const SMALL = 4 * 1024;
const FACTOR = 16;
const BOUND = 64;
const ATTEMPTS = 3;
const RUNS = 9;
const WARM_UP = 20;

function fastest(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The ratio of the time `run` takes on an input `FACTOR` times longer. */
function growth(make: (size: number) => string, run: (input: string) => unknown): number {
  const small = make(SMALL);
  const large = make(SMALL * FACTOR);
  // Warm: the first runs compile the code under test and would be counted against the small input.
  for (let i = 0; i < WARM_UP; i++) {
    run(small);
    run(large);
  }
  // Floors the small time at a microsecond: timer resolution must not make a ratio out of noise.
  return (
    fastest(() => run(large)) /
    Math.max(
      fastest(() => run(small)),
      0.005,
    )
  );
}

function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const cases: [string, (size: number) => string, (input: string) => unknown][] = [
  ["PEM: repeated BEGIN lines (the reported input)", (n) => repeat("-----BEGIN A-----", n), parsePem],
  ["PEM: a BEGIN with no END", (n) => `-----BEGIN PUBLIC KEY-----\n${repeat("AAAA", n)}`, parsePem],
  [
    "PEM: a body that turns out not to be base64",
    (n) => `-----BEGIN A-----${repeat("AAAA", n)}!-----END A-----`,
    parsePem,
  ],
  ["PEM: whitespace everywhere", (n) => `-----BEGIN A-----${repeat("A \n\t", n)}-----END A-----`, parsePem],
  ["PEM: dashes without labels", (n) => repeat("-----", n), parsePem],
  ["draft Signature: commas", (n) => repeat(",", n), parseDraftSignatureHeader],
  ["draft Signature: many unknown parameters", (n) => repeat('x="y",', n), parseDraftSignatureHeader],
  [
    "draft Signature: escapes in a quoted value",
    (n) => `keyId="${repeat("\\a", n)}"`,
    parseDraftSignatureHeader,
  ],
  ["draft Signature: an unterminated quote", (n) => `keyId="${repeat("a", n)}`, parseDraftSignatureHeader],
  ["draft Signature: equals signs", (n) => repeat("=", n), parseDraftSignatureHeader],
  ["draft Signature: a long name", (n) => repeat("a", n), parseDraftSignatureHeader],
  [
    "draft Signature: a headers list with irregular spacing",
    (n) => `keyId="k",signature="AAAA",headers="${repeat(" \tx", n)}"`,
    parseDraftSignatureHeader,
  ],
  [
    "draft Signature: a headers list of distinct names",
    (n) =>
      `keyId="k",signature="AAAA",headers="${Array.from({ length: n / 8 }, (_, i) => `h${i}`).join(" ")}"`,
    parseDraftSignatureHeader,
  ],
  [
    "Digest: many members",
    (n) => repeat("MD5=a,", n),
    (value) => verifyDigestHeader(value.slice(0, 4096), ""),
  ],
  ["Digest: whitespace", (n) => repeat(" \t", n), (value) => verifyDigestHeader(value, "")],
  ["strict base64", (n) => `${repeat("A", n - (n % 4))}`, decodeBase64Strict],
  ["HTTP token check", (n) => `${repeat("a", n)} `, isHttpToken],
  ["field value check", (n) => `${repeat("a", n)}\n`, isSafeFieldValue],
  ["signature base check", (n) => repeat("a\n", n), (text) => isSafeSigningBase(text, 3)],
  [
    "obsolete line folding in a header record",
    (n) => repeat("\r\n \n", n),
    (value) => headerReader({ x: value }).get("x"),
  ],
  ["Date: a long value", (n) => repeat("Sun, 06 Nov 1994 ", n), parseHttpDate],
  [
    "Signature-Input: a long inner list (structured-headers)",
    (n) => `sig1=(${repeat('"a" ', n)})`,
    (value) => parseField("Signature-Input", value, Number.MAX_SAFE_INTEGER),
  ],
  [
    "Signature-Input: nested parameters (structured-headers)",
    (n) => `sig1=("a"${repeat(";a=1", n)})`,
    (value) => parseField("Signature-Input", value, Number.MAX_SAFE_INTEGER),
  ],
];

describe("work on a sender's text grows linearly with its length", () => {
  for (const [name, make, run] of cases) {
    it(name, () => {
      let ratio = growth(make, run);
      for (let attempt = 1; attempt < ATTEMPTS && ratio >= BOUND; attempt++) {
        ratio = Math.min(ratio, growth(make, run));
      }
      expect(ratio).toBeLessThan(BOUND);
    });
  }
});
