import { readFileSync } from "node:fs";

/** Reads a JSON file from test/data. */
// biome-ignore lint/suspicious/noExplicitAny: vector files are untyped JSON; tests read them field by field.
export function loadVector<T = any>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8")) as T;
}
