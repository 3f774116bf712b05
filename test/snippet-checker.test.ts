import { describe, expect, it } from "vitest";
import { checkSnippets } from "../scripts/snippets/check-snippets.js";

/** The snippet checker (`pnpm check:snippets`) on documents written for this test. */

const fence = "```";

function document(text: string) {
  return { path: "docs/example.md", text };
}

describe("the snippet checker", () => {
  it("reports a wrong snippet with its document line and the TypeScript error", async () => {
    const text = [
      "# Example",
      "",
      `${fence}ts`,
      'import { parseMediaType } from "@fedikit/core";',
      "",
      'const type = parseMediaType("text/html");',
      "console.log(type?.nonexistent);",
      fence,
    ].join("\n");
    const report = await checkSnippets([document(text)], { run: false });
    expect(
      report.problems.map((problem) => `${problem.snippet.document}:${problem.line} ${problem.message}`),
    ).toEqual([
      expect.stringMatching(/^docs\/example\.md:7 TS2339: Property 'nonexistent' does not exist on type/),
    ]);
  });

  it("accepts a partial snippet's undeclared names but not its wrong properties", async () => {
    const text = [
      `${fence}ts partial`,
      'import { hasCode } from "@fedikit/core";',
      'if (hasCode(error, "timeout")) retry(request);',
      fence,
      "",
      `${fence}ts partial`,
      'import { parseMediaType } from "@fedikit/core";',
      "parseMediaType(header)?.nonexistent;",
      fence,
    ].join("\n");
    const report = await checkSnippets([document(text)], { run: false });
    expect(report.counts.checked).toBe(2);
    expect(report.problems.map((problem) => [problem.line, problem.message.slice(0, 7)])).toEqual([
      [8, "TS2339:"],
    ]);
  });

  it("requires a reason for nocheck and skips the block", async () => {
    const text = [
      `${fence}ts nocheck`,
      "this is not TypeScript",
      fence,
      `${fence}ts nocheck="pseudo-code"`,
      "nor this",
      fence,
    ].join("\n");
    const report = await checkSnippets([document(text)], { run: false });
    expect(report.counts).toEqual({ checked: 0, ran: 0, skipped: 2 });
    expect(report.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [1, '`nocheck` needs a reason: nocheck="why this block is not checked"'],
    ]);
  });

  it("lets a block import an earlier block of the same document named with file=", async () => {
    const text = [
      `${fence}ts file=greeting.ts`,
      'export const greeting: string = "hello";',
      fence,
      `${fence}ts`,
      'import { greeting } from "./greeting.js";',
      "const length: string = greeting.length;",
      fence,
    ].join("\n");
    const report = await checkSnippets([document(text)], { run: false });
    expect(report.problems.map((problem) => [problem.line, problem.message.slice(0, 7)])).toEqual([
      [6, "TS2322:"],
    ]);
  });

  it("runs a run block and reports one that throws", async () => {
    const text = [
      `${fence}ts run`,
      'import { parseMediaType } from "@fedikit/core";',
      'if (parseMediaType("application/activity+json") === null) throw new Error("unparsed");',
      fence,
      `${fence}ts run`,
      'throw new Error("this block fails");',
      fence,
    ].join("\n");
    const report = await checkSnippets([document(text)]);
    expect(report.counts.ran).toBe(2);
    expect(report.problems.map((problem) => problem.line)).toEqual([5]);
    expect(report.problems[0]!.message).toMatch(/failed when run[\s\S]*this block fails/);
  });

  it("stops a run block that reaches beyond loopback", async () => {
    const text = [
      `${fence}ts run`,
      'import { connect } from "node:net";',
      'const socket = connect(443, "example.com");',
      'await new Promise((resolve) => socket.on("error", resolve));',
      fence,
    ].join("\n");
    const report = await checkSnippets([document(text)]);
    expect(report.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/tried to connect to example\.com: run blocks may only use loopback servers/),
    ]);
  });
});
