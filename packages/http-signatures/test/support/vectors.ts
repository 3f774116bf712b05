import { readFileSync } from "node:fs";

/** Reads a JSON file from test/data. */
export function loadVector<T = any>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8")) as T;
}
