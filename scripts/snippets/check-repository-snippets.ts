import { checkSnippets, repositoryDocuments, type SnippetProblem } from "./check-snippets.js";
import { knownFailingSnippets } from "./known-failures.js";

/**
 * `pnpm check:snippets`: checks every `ts` / `js` block of README.md, CONTRIBUTING.md, the
 * package READMEs and docs/*.md, and fails on a wrong one with `file:line` and the error.
 * `--no-run` skips running the `run` blocks.
 */

function firstCodeLine(code: string): string {
  return (
    code
      .split("\n")
      .find((line) => line.trim() !== "")
      ?.trim() ?? ""
  );
}

async function main(argv: readonly string[]): Promise<number> {
  const started = performance.now();
  const report = await checkSnippets(repositoryDocuments(), { run: !argv.includes("--no-run") });
  const isKnown = (problem: SnippetProblem) =>
    knownFailingSnippets.some(
      (known) =>
        known.document === problem.snippet.document &&
        known.firstLine === firstCodeLine(problem.snippet.code),
    );
  const failing = report.problems.filter((problem) => !isKnown(problem));
  const tolerated = report.problems.filter(isKnown);
  const stale = knownFailingSnippets.filter(
    (known) =>
      !report.problems.some(
        (problem) =>
          known.document === problem.snippet.document &&
          known.firstLine === firstCodeLine(problem.snippet.code),
      ),
  );
  for (const problem of failing)
    console.error(`${problem.snippet.document}:${problem.line}: ${problem.message}`);
  if (tolerated.length > 0) {
    const blocks = new Set(tolerated.map((problem) => `${problem.snippet.document}:${problem.snippet.line}`));
    console.log(
      `${blocks.size} block(s) fail as listed in scripts/snippets/known-failures.ts (${tolerated.length} errors): ${[...blocks].join(", ")}`,
    );
  }
  for (const known of stale) {
    console.error(
      `${known.document}: the block starting "${known.firstLine}" passes now (or is gone): delete its entry from scripts/snippets/known-failures.ts`,
    );
  }
  const { checked, ran, skipped } = report.counts;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${report.snippets.length} code blocks: ${checked} type-checked, ${ran} run, ${skipped} not checked (nocheck); ` +
      `${failing.length} error(s) in ${seconds} s`,
  );
  return failing.length > 0 || stale.length > 0 ? 1 : 0;
}

if (import.meta.filename === process.argv[1]) process.exitCode = await main(process.argv.slice(2));
