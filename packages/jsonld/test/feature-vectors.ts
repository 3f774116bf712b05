import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One step of a Gherkin scenario: its text, and the doc string under it, if any. */
export interface Step {
  readonly text: string;
  readonly docString: string | undefined;
}

/** A scenario of a FEP's `.feature` test vectors. */
export interface Scenario {
  readonly name: string;
  readonly steps: readonly Step[];
}

const stepKeywords = /^(Given|When|Then|And|But) /;

/**
 * The scenarios of a vendored `.feature` file (test/data/feps), read as Gherkin lays them out:
 * `Scenario:` lines, step lines, and `"""` doc strings under steps.
 */
export function featureScenarios(file: string): Scenario[] {
  const lines = readFileSync(join(import.meta.dirname, "data/feps", file), "utf8").split("\n");
  const scenarios: { name: string; steps: Step[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.startsWith("Scenario:")) {
      scenarios.push({ name: line.slice("Scenario:".length).trim(), steps: [] });
    } else if (stepKeywords.test(line)) {
      let docString: string | undefined;
      if (lines[i + 1]?.trim() === '"""') {
        const end = lines.findIndex((next, index) => index > i + 1 && next.trim() === '"""');
        docString = lines.slice(i + 2, end).join("\n");
        i = end;
      }
      scenarios.at(-1)?.steps.push({ text: line, docString });
    }
  }
  return scenarios;
}

/** The step whose text starts with `prefix` (after its keyword), and the quoted value in it. */
export function step(scenario: Scenario, prefix: string): Step & { readonly quoted: string | undefined } {
  const found = scenario.steps.find((candidate) =>
    candidate.text.replace(stepKeywords, "").startsWith(prefix),
  );
  if (found === undefined) throw new Error(`no step "${prefix}" in ${scenario.name}`);
  const match = /"([^"]*)"/.exec(found.text);
  return { ...found, quoted: match?.[1] };
}
