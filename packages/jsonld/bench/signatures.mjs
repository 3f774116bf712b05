// `pnpm bench` (part of @fedikit/jsonld's bench): verifying Linked Data signatures and FEP-8b32
// proofs beside the floor (canonicalization and the bare signature check, computed the same way
// in each process) and Fedify 2.3.6. Each side runs in its own process (importing Fedify replaces
// globals on Node 20), with a warm key cache and nothing fetched. The target, at least as fast as
// Fedify, is judged on CPU time per document; ratios to each process's own floor are shown too,
// but Fedify's replaced JSON.stringify slows the floor in its process, so they flatter it.
// Needs the built packages (`pnpm bench` builds them first). `BENCH_QUICK=1`: a short smoke run.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { workload } from "./signatures-workload.mjs";

const quick = process.env.BENCH_QUICK === "1";
const settings = quick ? { rounds: 3, slice: 200, warmup: 200 } : { rounds: 9, slice: 500, warmup: 1000 };
const work = await workload();
const input = JSON.stringify({ workload: work, settings });
const child = (script) =>
  JSON.parse(
    execFileSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url))], {
      input,
      encoding: "utf8",
      maxBuffer: 1 << 20,
    }),
  );

console.log(
  `Signature verification benchmark — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}${quick ? " (quick)" : ""}`,
);
console.log(
  `(median of interleaved rounds; ${work.linkedData.length} RsaSignature2017 documents: ${work.linkedData.map((entry) => entry.name).join(", ")}; ${work.proofs.length} eddsa-jcs-2022 proofs: the same activities and the FEP-8b32 vector; per document: CPU µs, and documents per second of wall time)\n`,
);
const ours = child("signatures-fedikit.mjs");
const fedify = child("signatures-fedify.mjs");

const cell = (result, count, floor) => {
  const micros = result.cpuMicroseconds / count;
  const ratio =
    floor === undefined ? "" : `, ${(result.cpuMicroseconds / floor.cpuMicroseconds).toFixed(2)}× floor`;
  return `${Math.round(micros).toLocaleString("en-US")} µs (${Math.round(result.opsPerSecond * count).toLocaleString("en-US")}/s${ratio})`;
};
const rows = [];
let allMet = true;
for (const [kind, label, count, extra, extraLabel] of [
  [
    "linkedData",
    "verifyLinkedData vs verifyJsonLd",
    work.linkedData.length,
    "fedifySignatureOnly",
    "Fedify verifySignature (the signature alone: no owner check, no JSON-LD reading)",
  ],
  [
    "proofs",
    "verifyProof vs verifyProof",
    work.proofs.length,
    "fedifyObject",
    "Fedify verifyObject (from JSON: reads the object, checks its proofs and attribution)",
  ],
]) {
  const o = ours[kind];
  const f = fedify[kind];
  const met = o.fedikit.cpuMicroseconds <= f.fedify.cpuMicroseconds;
  allMet &&= met;
  rows.push([
    label,
    `${cell(o.floor, count)} / ${cell(f.floor, count)}`,
    cell(o.fedikit, count, o.floor),
    cell(f.fedify, count, f.floor),
    met ? "met" : "missed",
  ]);
  rows.push([`  (${extraLabel})`, "", "", cell(f[extra], count, f.floor), ""]);
}
const header = [
  "case",
  "floor (our process / Fedify's)",
  "@fedikit/jsonld",
  "Fedify 2.3.6 (own process)",
  "at least as fast as Fedify (CPU)",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows) console.log(line(row));
console.log(`\nAll targets met: ${allMet ? "yes" : "no"}`);
