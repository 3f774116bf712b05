import ts from "typescript";
import { exportedSymbols, type PublicApiProgram } from "../../scripts/lib/public-api-program.js";

/**
 * The Options table of `docs/conventions.md`, as checks over the exported `*Options` types of
 * every published entry point.
 */

/** The rule a field breaks. */
export type OptionRule =
  | "forbidden-name"
  | "now-is-a-function"
  | "fetch-is-a-fetch-function"
  | "duration-is-milliseconds-number"
  | "default-value-documented"
  | "readonly";

/** One field that breaks one rule, named where it is declared. */
export interface OptionViolation {
  /** The package whose public entry exports the options type: `@fedikit/fetch`. */
  readonly package: string;
  /** `Interface.field`, naming the interface that declares the field (a base interface if inherited). */
  readonly option: string;
  readonly rule: OptionRule;
  /** What is wrong and what the convention wants. */
  readonly message: string;
}

/** Names the conventions retired, with the name to use instead. */
const forbiddenNames = new Map<string, string>([
  ["resolve", "`lookup` for DNS, `keyResolver` for keys, or a name that says what it finds"],
  ["maxResponseBytes", "`maxBytes`"],
  ["protocol", "`httpsOnly` (a boolean)"],
]);

/** "seconds anywhere" is retired: every duration is in milliseconds. */
const secondsName = /(?:^|[a-z])(?:Seconds?|Secs?)$|^(?:seconds?|secs?)$/;

/** Fields that hold a duration: always a `number` of milliseconds. */
function isDurationName(name: string): boolean {
  return (
    ["timeout", "ttl", "negativeTtl", "maxClockSkew", "clockSkew", "interval", "delay"].includes(name) ||
    /[a-z](?:Timeout|Interval|Ttl|Delay|Skew|Duration)$/.test(name)
  );
}

function declaringInterfaceName(declaration: ts.Declaration): string {
  let node: ts.Node | undefined = declaration.parent;
  while (node !== undefined) {
    if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isClassDeclaration(node)) {
      return node.name?.text ?? "(anonymous)";
    }
    node = node.parent;
  }
  return "(anonymous)";
}

function hasDefaultValueTag(declaration: ts.Declaration): boolean {
  return ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === "defaultValue");
}

function isReadonly(declaration: ts.Declaration): boolean {
  return (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Readonly) !== 0;
}

function isNumber(type: ts.Type): boolean {
  return (type.flags & ts.TypeFlags.NumberLike) !== 0;
}

/** The `FetchFunction` type exported by `@fedikit/core`'s main entry in `api`. */
export function fetchFunctionType(api: PublicApiProgram): ts.Type {
  for (const { pkg, entry } of api.entries) {
    if (pkg.name !== "@fedikit/core" || entry.subpath !== ".") continue;
    const file = api.program.getSourceFile(entry.source);
    const symbol =
      file && exportedSymbols(api.checker, file).find((candidate) => candidate.name === "FetchFunction");
    if (symbol) return api.checker.getDeclaredTypeOfSymbol(symbol);
  }
  throw new Error("FetchFunction is not exported by @fedikit/core");
}

/** A module whose exported `*Options` types are checked, and the package it speaks for. */
export interface CheckedModule {
  readonly packageName: string;
  readonly file: string;
}

/** The public entry points of every published package, as modules to check. */
export function publicModules(api: PublicApiProgram): CheckedModule[] {
  return api.entries.map(({ pkg, entry }) => ({ packageName: pkg.name, file: entry.source }));
}

/** What the check found: the options types it read, and the violations, sorted and de-duplicated. */
export interface OptionCheck {
  readonly checkedTypes: readonly string[];
  readonly violations: readonly OptionViolation[];
}

/** Checks every exported `*Options` interface or type alias of `modules` against the rules. */
export function checkOptionTypes(
  program: ts.Program,
  modules: readonly CheckedModule[],
  fetchFunction: ts.Type,
): OptionCheck {
  const checker = program.getTypeChecker();
  const checkedTypes = new Set<string>();
  const found = new Map<string, OptionViolation>();
  const report = (violation: OptionViolation) => {
    found.set(`${violation.package} ${violation.option} ${violation.rule}`, violation);
  };

  for (const { packageName, file: fileName } of modules) {
    const file = program.getSourceFile(fileName);
    if (file === undefined) throw new Error(`${fileName} is not in the program`);
    for (const symbol of exportedSymbols(checker, file)) {
      if (!symbol.name.endsWith("Options")) continue;
      if (!(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) continue;
      checkedTypes.add(`${packageName} ${symbol.name}`);
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      for (const property of checker.getPropertiesOfType(type)) {
        const declaration = property.valueDeclaration ?? property.declarations?.[0];
        if (declaration === undefined) continue;
        // A field that comes from outside the repository (a DOM or Node type) is not ours to name.
        const declaredIn = declaration.getSourceFile().fileName;
        if (declaredIn.includes("/node_modules/") && !declaredIn.includes("/@fedikit/")) continue;
        const name = property.name;
        const option = `${declaringInterfaceName(declaration)}.${name}`;
        const base = { package: packageName, option };
        const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
        const valueType = checker.getNonNullableType(
          checker.getTypeOfSymbolAtLocation(property, declaration),
        );
        const shown = checker.typeToString(valueType);

        const instead = forbiddenNames.get(name);
        if (instead !== undefined) {
          report({
            ...base,
            rule: "forbidden-name",
            message: `\`${name}\` is a retired name: use ${instead}`,
          });
        } else if (secondsName.test(name)) {
          report({
            ...base,
            rule: "forbidden-name",
            message: `\`${name}\` is in seconds: durations are milliseconds`,
          });
        }
        if (name === "now") {
          const signatures = valueType.getCallSignatures();
          if (
            signatures.length === 0 ||
            !signatures.every((signature) => isNumber(checker.getReturnTypeOfSignature(signature)))
          ) {
            report({
              ...base,
              rule: "now-is-a-function",
              message: `\`now\` is \`${shown}\`: it must be \`() => number\` (epoch milliseconds)`,
            });
          }
        }
        if (name === "fetch" && !checker.isTypeAssignableTo(fetchFunction, valueType)) {
          report({
            ...base,
            rule: "fetch-is-a-fetch-function",
            message: `\`fetch\` is \`${shown}\`: any \`FetchFunction\` from @fedikit/core must be accepted`,
          });
        }
        if (isDurationName(name) && !isNumber(valueType)) {
          report({
            ...base,
            rule: "duration-is-milliseconds-number",
            message: `\`${name}\` is \`${shown}\`: a duration is a \`number\` of milliseconds`,
          });
        }
        if (optional && !hasDefaultValueTag(declaration)) {
          report({
            ...base,
            rule: "default-value-documented",
            message: `optional \`${name}\` has no \`@defaultValue\` in its TSDoc`,
          });
        }
        if (!isReadonly(declaration)) {
          report({ ...base, rule: "readonly", message: `\`${name}\` is not \`readonly\`` });
        }
      }
    }
  }
  const violations = [...found.values()].sort(
    (a, b) =>
      a.package.localeCompare(b.package) || a.option.localeCompare(b.option) || a.rule.localeCompare(b.rule),
  );
  return { checkedTypes: [...checkedTypes].sort(), violations };
}
