// `pnpm bench`: HTTP signature sign and verify, ops/s, beside the bare node:crypto floor and the
// peer libraries. @fedikit/http-signatures and @misskey-dev/node-http-message-signatures run in
// one process; Fedify runs in its own (it replaces globals at import), each process measuring
// its own floor so that ratios compare across processes.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = (name) => fileURLToPath(new URL(name, import.meta.url));

function child(script) {
  const output = execFileSync(process.execPath, [here(script)], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(output);
}

console.log(`HTTP signatures benchmark — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(
  "(median of interleaved rounds; RSA-2048 and Ed25519 keys; POST with a ~2 KB body and its digest)\n",
);
const ours = child("fedikit-misskey.mjs");
const fedify = child("fedify.mjs");

const fmt = (n) => (n === undefined ? "n/a" : Math.round(n).toLocaleString("en-US"));
const slower = (floor, value) => (value === undefined ? "" : `${(floor / value).toFixed(2)}×`);

const rows = [];
let allMet = true;
for (const [name, result] of Object.entries(ours)) {
  for (const operation of ["verify", "sign"]) {
    const r = result[operation];
    const f = fedify[name]?.[operation];
    const ourRatio = r.floor / r.fedikit;
    const peerRatios = [];
    if (r.misskey !== undefined) peerRatios.push(r.floor / r.misskey);
    if (f) peerRatios.push(f.floor / f.fedify);
    const fasterThanPeers = peerRatios.every((ratio) => ourRatio < ratio);
    const withinFloor = operation === "sign" || ourRatio <= 1.15;
    allMet &&= fasterThanPeers && withinFloor;
    rows.push([
      `${name} ${operation}`,
      fmt(r.floor),
      `${fmt(r.fedikit)} (${slower(r.floor, r.fedikit)})`,
      r.misskey === undefined ? "n/a" : `${fmt(r.misskey)} (${slower(r.floor, r.misskey)})`,
      f ? `${fmt(f.fedify)} (${slower(f.floor, f.fedify)} of ${fmt(f.floor)})` : "n/a",
      [
        operation === "verify" ? (withinFloor ? "≤15%: met" : "≤15%: missed") : "",
        fasterThanPeers ? "peers: met" : "peers: missed",
      ]
        .filter(Boolean)
        .join(", "),
    ]);
    if (r.sfFloor !== undefined) {
      rows.push([
        `${name} ${operation}: floor + structured-field parsing`,
        fmt(r.floor),
        `${fmt(r.sfFloor)} (${slower(r.floor, r.sfFloor)})`,
        "",
        "",
        "(the library alone)",
      ]);
    }
  }
}
const header = [
  "case",
  "floor ops/s",
  "@fedikit (× floor time)",
  "misskey",
  "Fedify 2.3.6 (own process)",
  "targets",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows) console.log(line(row));
console.log(`\nAll targets met: ${allMet ? "yes" : "no"}`);
