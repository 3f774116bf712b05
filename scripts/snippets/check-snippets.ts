import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import ts from "typescript";
import { workspaceSourcesPlugin } from "../lib/esbuild-workspace.js";
import { baseCompilerOptions } from "../lib/public-api-program.js";
import { repositoryRoot, workspacePackages } from "../lib/workspace.js";
import { extractSnippets, type Snippet } from "./extract-snippets.js";

/**
 * Type-checks every `ts` / `js` block of the documents in one TypeScript program (strict,
 * `nodenext`, `@fedikit/*` resolved to the packages' sources through the `@fedikit/source`
 * condition), and runs the blocks marked `run`. Markers: see `extract-snippets.ts`.
 */

/** A Markdown document to check. */
export interface SnippetDocument {
  /** Relative to the repository root; errors are reported as `path:line`. */
  readonly path: string;
  readonly text: string;
}

/** One problem with one block. */
export interface SnippetProblem {
  readonly snippet: Snippet;
  /** The 1-based line in the document the problem is on. */
  readonly line: number;
  /** `TS2339: Property 'acct' does not exist …`, a run failure, or a marker problem. */
  readonly message: string;
}

/** What the checker did. */
export interface SnippetReport {
  readonly snippets: readonly Snippet[];
  readonly problems: readonly SnippetProblem[];
  /** Blocks type-checked, run, and skipped (`nocheck`). */
  readonly counts: { readonly checked: number; readonly ran: number; readonly skipped: number };
}

/**
 * Errors a `partial` block may have: it uses names it neither declares nor imports (a `request`
 * the reader already has), so "cannot find name" in its forms is allowed, and nothing else.
 */
const allowedInPartial = new Set([
  2304, // Cannot find name 'x'.
  2552, // Cannot find name 'x'. Did you mean 'y'?
  2503, // Cannot find namespace 'x'.
  18004, // No value exists in scope for the shorthand property 'x'.
]);

const snippetFolder = join(repositoryRoot, ".snippets");

/** The virtual file a block is checked as. */
export function snippetFileName(snippet: Snippet): string {
  const name = snippet.file ?? `line-${snippet.line}.${snippet.language}`;
  return join(snippetFolder, snippet.document, name);
}

function compilerOptions(): ts.CompilerOptions {
  return {
    ...baseCompilerOptions(),
    allowJs: true,
    checkJs: true,
    // Every block is its own module, so two blocks may both declare `result`.
    moduleDetection: ts.ModuleDetectionKind.Force,
    noEmit: true,
    declaration: false,
    sourceMap: false,
  };
}

/** The runnable examples (`examples/<name>/package.json`): the guides show their frameworks. */
function exampleFolders(): string[] {
  const examples = join(repositoryRoot, "examples");
  if (!existsSync(examples)) return [];
  return readdirSync(examples, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(examples, entry.name, "package.json")))
    .map((entry) => join(examples, entry.name));
}

/** Resolves `@fedikit/<name>[/subpath]` as the package itself would (a self-reference). */
function workspaceResolver(options: ts.CompilerOptions, host: ts.ModuleResolutionHost) {
  const packages = workspacePackages();
  const dependentFolders = [...packages.map((pkg) => pkg.dir), ...exampleFolders()];
  const cache = ts.createModuleResolutionCache(repositoryRoot, (name) => name, options);
  return (
    name: string,
    containingFile: string,
    mode: ts.ResolutionMode,
  ): ts.ResolvedModuleFull | undefined => {
    const resolve = (from: string) =>
      ts.resolveModuleName(name, from, options, host, cache, undefined, mode).resolvedModule;
    const owner = packages.find((pkg) => name === pkg.name || name.startsWith(`${pkg.name}/`));
    if (owner !== undefined) return resolve(join(owner.dir, "package.json"));
    const direct = resolve(containingFile);
    if (direct !== undefined || !containingFile.startsWith(snippetFolder)) return direct;
    // A block may show a package one of ours or an example depends on (a framework, an adapter).
    for (const dir of dependentFolders) {
      const found = resolve(join(dir, "package.json"));
      if (found !== undefined) return found;
    }
    return undefined;
  };
}

function typeCheck(snippets: readonly Snippet[]): SnippetProblem[] {
  const options = compilerOptions();
  const virtual = new Map(snippets.map((snippet) => [snippetFileName(snippet), snippet]));
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  host.readFile = (file) => virtual.get(file)?.code ?? readFile.call(host, file);
  host.directoryExists = (dir) =>
    dir.startsWith(snippetFolder) || (directoryExists?.call(host, dir) ?? ts.sys.directoryExists(dir));
  host.getSourceFile = (file, language, onError, create) => {
    const snippet = virtual.get(file);
    if (snippet !== undefined) return ts.createSourceFile(file, snippet.code, language, true);
    return getSourceFile.call(host, file, language, onError, create);
  };
  const resolve = workspaceResolver(options, host);
  host.resolveModuleNameLiterals = (
    literals,
    containingFile,
    _redirect,
    compilerOptions,
    containingSourceFile,
  ) =>
    literals.map((literal) => ({
      resolvedModule: resolve(
        literal.text,
        containingFile,
        ts.getModeForUsageLocation(containingSourceFile, literal, compilerOptions),
      ),
    }));

  const program = ts.createProgram([...virtual.keys()], options, host);
  const problems: SnippetProblem[] = [];
  for (const [file, snippet] of virtual) {
    const sourceFile = program.getSourceFile(file)!;
    const diagnostics = [
      ...program.getSyntacticDiagnostics(sourceFile),
      ...program.getSemanticDiagnostics(sourceFile),
    ];
    for (const diagnostic of diagnostics) {
      if (snippet.partial && allowedInPartial.has(diagnostic.code)) continue;
      const { line } = sourceFile.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      problems.push({
        snippet,
        line: snippet.line + 1 + line,
        message: `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`,
      });
    }
  }
  return problems;
}

/** Refuses any connection that does not stay on this machine: `run` blocks use loopback only. */
const loopbackOnlyBanner = `
import { createRequire as __snippetRequire } from "node:module";
import __snippetNet from "node:net";
const require = __snippetRequire(import.meta.url);
{
  const connect = __snippetNet.Socket.prototype.connect;
  __snippetNet.Socket.prototype.connect = function (...args) {
    // net.connect() passes its normalized [options, callback] array as the first argument.
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const target = typeof first === "object" && first !== null ? first : { host: args[1] };
    const host = target.path ? "localhost" : String(target.host ?? "localhost");
    if (!/^(localhost|127\\.\\d+\\.\\d+\\.\\d+|::1|\\[::1\\])$/.test(host)) {
      throw new Error("a run block tried to connect to " + host + ": run blocks may only use loopback servers");
    }
    return connect.apply(this, args);
  };
}
`;

/** The thrown error and the first frames of its stack, from what node printed. */
function errorExcerpt(output: string): string {
  const lines = output.trim().split("\n");
  const start = lines.findIndex((line) => /^[A-Za-z]*Error\b/.test(line));
  return (start === -1 ? lines.slice(-8) : lines.slice(start, start + 4)).join("\n");
}

async function runSnippets(snippets: readonly Snippet[], all: readonly Snippet[]): Promise<SnippetProblem[]> {
  const problems: SnippetProblem[] = [];
  const folder = mkdtempSync(join(repositoryRoot, "node_modules", ".snippet-run-"));
  try {
    // The blocks a run block may import (`file=`) are written beside it.
    for (const snippet of all) {
      const file = join(folder, snippetFileName(snippet).slice(snippetFolder.length));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, snippet.code);
    }
    for (const snippet of snippets) {
      const entry = join(folder, snippetFileName(snippet).slice(snippetFolder.length));
      const output = `${entry}.bundle.mjs`;
      try {
        await build({
          entryPoints: [entry],
          outfile: output,
          bundle: true,
          platform: "node",
          format: "esm",
          target: "node20",
          conditions: ["@fedikit/source"],
          define: { __FEDIKIT_VERSION__: JSON.stringify("0.0.0-snippet") },
          banner: { js: loopbackOnlyBanner },
          plugins: [workspaceSourcesPlugin()],
          logLevel: "silent",
          sourcemap: "inline",
        });
      } catch (error) {
        problems.push({ snippet, line: snippet.line, message: `does not bundle to run: ${String(error)}` });
        continue;
      }
      const run = spawnSync(process.execPath, ["--enable-source-maps", output], {
        cwd: folder,
        encoding: "utf8",
        timeout: 30_000,
        env: { ...process.env, NODE_OPTIONS: "" },
      });
      if (run.status !== 0) {
        const why = run.error ? String(run.error) : errorExcerpt(run.stderr || run.stdout);
        problems.push({
          snippet,
          line: snippet.line,
          message: `failed when run (exit ${run.status}):\n${why}`,
        });
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return problems;
}

/** Checks the blocks of `documents`; runs the `run` blocks that type-check when `run` is true. */
export async function checkSnippets(
  documents: readonly SnippetDocument[],
  { run = true }: { readonly run?: boolean } = {},
): Promise<SnippetReport> {
  const snippets = documents.flatMap((document) => extractSnippets(document.path, document.text));
  const markerProblems = snippets.flatMap((snippet) =>
    snippet.markerErrors.map((message) => ({ snippet, line: snippet.line, message })),
  );
  const checked = snippets.filter((snippet) => !snippet.skipped);
  const typeProblems = typeCheck(checked);
  const failedToCompile = new Set(typeProblems.map((problem) => problem.snippet));
  const runnable = checked.filter((snippet) => snippet.run && !failedToCompile.has(snippet));
  const runProblems = run ? await runSnippets(runnable, checked) : [];
  return {
    snippets,
    problems: [...markerProblems, ...typeProblems, ...runProblems],
    counts: {
      checked: checked.length,
      ran: run ? runnable.length : 0,
      skipped: snippets.length - checked.length,
    },
  };
}

/** The documents the repository checks: the READMEs and the guides. */
export function repositoryDocuments(): SnippetDocument[] {
  const paths = [
    "README.md",
    "CONTRIBUTING.md",
    ...workspacePackages().map((pkg) => `packages/${pkg.folder}/README.md`),
    ...ts.sys
      .readDirectory(join(repositoryRoot, "docs"), [".md"], ["docs/api"], undefined, 1)
      .map((file) => file.slice(repositoryRoot.length + 1)),
  ];
  return paths
    .filter((path) => ts.sys.fileExists(join(repositoryRoot, path)))
    .map((path) => ({ path, text: readFileSync(join(repositoryRoot, path), "utf8") }));
}
