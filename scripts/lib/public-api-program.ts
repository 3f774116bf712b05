import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { type PackageEntry, publishedPackages, repositoryRoot, type WorkspacePackage } from "./workspace.js";

/**
 * One TypeScript program over the public entry points of every published package, resolved to
 * sources through the `@fedikit/source` condition, with the repository's compiler options.
 */

/** The compiler options of `tsconfig.base.json`, parsed. */
export function baseCompilerOptions(): ts.CompilerOptions {
  const file = join(repositoryRoot, "tsconfig.base.json");
  const { config } = ts.readConfigFile(file, (path) => readFileSync(path, "utf8"));
  const parsed = ts.convertCompilerOptionsFromJson(config.compilerOptions, repositoryRoot, file);
  return { ...parsed.options, noEmit: true };
}

/** A public entry point with the package it belongs to. */
export interface PublicEntry {
  readonly pkg: WorkspacePackage;
  readonly entry: PackageEntry;
}

/** The program and the entries it was built from. */
export interface PublicApiProgram {
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  readonly entries: readonly PublicEntry[];
}

/** Builds the program over every published entry point. */
export function publicApiProgram(): PublicApiProgram {
  const entries = publishedPackages().flatMap((pkg) => pkg.entries.map((entry) => ({ pkg, entry })));
  const program = ts.createProgram(
    entries.map(({ entry }) => entry.source),
    baseCompilerOptions(),
  );
  return { program, checker: program.getTypeChecker(), entries };
}

/** The exported symbols of one entry file, with aliases (re-exports) resolved. */
export function exportedSymbols(checker: ts.TypeChecker, sourceFile: ts.SourceFile): ts.Symbol[] {
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  if (moduleSymbol === undefined) return [];
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol));
}
