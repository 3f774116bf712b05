import { describe, expect, it } from "vitest";
import { parseDraftSignatureHeader } from "../draft/signature-header.js";
import { clearInterningTables, InterningTable } from "./interning-table.js";
import { targetParts } from "./message.js";

describe("InterningTable", () => {
  it("parses a text once while it is kept, and keeps at most size texts, the oldest replaced first", () => {
    const table = new InterningTable<{ text: string }>(3);
    let parses = 0;
    const parse = (text: string) => {
      parses++;
      return { text };
    };
    const a = table.get("a", parse);
    expect(table.get("a", parse)).toBe(a);
    expect(parses).toBe(1);
    for (const text of ["b", "c", "d"]) table.get(text, parse);
    expect(table.count).toBe(3);
    expect(table.get("a", parse)).not.toBe(a);
    expect(parses).toBe(5);
    for (let i = 0; i < 100; i++) table.get(`t${i}`, parse);
    expect(table.count).toBe(3);
  });

  it("freezes what it keeps, and keeps nothing for a text that does not parse", () => {
    const table = new InterningTable<string[]>(2);
    const kept = table.get("x", () => ["x"]);
    expect(Object.isFrozen(kept)).toBe(true);
    let parses = 0;
    const refuse = () => {
      parses++;
      return null;
    };
    expect(table.get("bad", refuse)).toBeNull();
    expect(table.get("bad", refuse)).toBeNull();
    expect(parses).toBe(2);
    expect(table.count).toBe(1);
  });

  it("is emptied by clearInterningTables, with the package's own tables", () => {
    const table = new InterningTable<number[]>(2);
    table.get("1", () => [1]);
    const parts = targetParts("https://e.example/inbox");
    expect(targetParts("https://e.example/inbox")).toBe(parts);
    const list = parseDraftSignatureHeader('keyId="k",headers="host date",signature="AAAA"');
    clearInterningTables();
    expect(table.count).toBe(0);
    expect(targetParts("https://e.example/inbox")).not.toBe(parts);
    expect(targetParts("https://e.example/inbox")).toEqual(parts);
    expect(parseDraftSignatureHeader('keyId="k",headers="host date",signature="AAAA"')).not.toBe(list);
  });

  it("shares frozen request targets and header lists between requests", () => {
    const parts = targetParts("https://e.example/inbox?a=1");
    expect(Object.isFrozen(parts)).toBe(true);
    expect(targetParts("https://e.example/inbox?a=1")).toBe(parts);
    expect(targetParts("not a url")).toBeNull();
  });
});
