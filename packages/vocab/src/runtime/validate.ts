import { possibleDuckTypes } from "./duck-typing.js";
import { type ParseIssue, type ParseIssueCode, type PathSegment, toJsonPointer } from "./errors.js";
import type { Repair } from "./repair.js";
import type { PropertyRule, Schema, SchemaType } from "./schema.js";
import {
  describeKinds,
  isDateTime,
  isDuration,
  isIriReference,
  KIND_BOOLEAN,
  KIND_DATE_TIME,
  KIND_DURATION,
  KIND_FLOAT,
  KIND_INTEGER,
  KIND_IRI,
  KIND_JSON,
  KIND_NON_NEGATIVE_INTEGER,
  KIND_OBJECT,
  KIND_STRING,
} from "./value-kinds.js";

/** The bounds of one validation. */
export interface ValidationLimits {
  readonly maxDepth: number;
  readonly maxArrayLength: number;
  readonly maxNodes: number;
  readonly maxIssues: number;
}

/** What the root of a document must be. */
export interface RootExpectation {
  /** The type the root must be (or descend from); `undefined` accepts any type. */
  readonly type: SchemaType | undefined;
  /** Whether the root must carry a `type`. */
  readonly requireType: boolean;
}

/** Why the walk stopped early: too many issues. */
class IssueLimitReached extends Error {}

/**
 * How an issue can be mended without rejecting the document: drop the value it is about (the
 * property value or array item being checked), drop one entry of it (a language-map entry), or
 * keep the first of several values. `undefined`: it cannot be; the document is rejected.
 */
type RepairKind = "value" | "entry" | "first" | undefined;

/** What a validation found. */
export interface ValidationResult {
  /** Every issue, in document order. */
  readonly issues: ParseIssue[];
  /** For each issue, how to mend it, or `undefined` when it cannot be mended. */
  readonly repairs: (Repair | undefined)[];
  /** Remarks that never reject (`unnormalized_property`), in document order. */
  readonly notices: ParseIssue[];
}

const languageTagPattern = /^(?:[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|@none)$/;

/**
 * Walks a document once, checking every known property against its range on the types of the
 * node that holds it, and checking unknown properties only for structure (forbidden keys,
 * depth, cycles, JSON-ness). Nothing is copied or allocated unless there is an issue.
 *
 * The types of a node are the ones its guards count it as (see {@link isInstanceOf}), so that
 * no guard can be true of a node whose properties of that type went unchecked:
 *
 * - every type it lists that the schema knows (their properties are the union of each type's);
 * - without a known type: the type its position implies (the range of the property that holds
 *   it, when that is one type, or the type a parser asks for when its documents may omit
 *   `type`) and every FEP-2277 core type its shape could be classified as, with or without the
 *   values a lenient parse drops (see {@link possibleDuckTypes}).
 */
export class Validator {
  readonly #schema: Schema;
  readonly #limits: ValidationLimits;
  readonly #path: PathSegment[] = [];
  readonly #ancestors: unknown[] = [];
  #depth = 0;
  #nodes = 0;
  readonly #issues: ParseIssue[] = [];
  readonly #repairs: (Repair | undefined)[] = [];
  readonly #notices: ParseIssue[] = [];

  constructor(schema: Schema, limits: ValidationLimits) {
    this.#schema = schema;
    this.#limits = limits;
  }

  /** Validates a document; no issues means it is valid. */
  run(document: unknown, root: RootExpectation): ValidationResult {
    try {
      this.#root(document, root);
    } catch (error) {
      if (error instanceof RangeError && !(error instanceof IssueLimitReached)) {
        // The call stack ran out before maxDepth did (a maxDepth set very high).
        this.#issues.push({
          code: "too_deep",
          path: [],
          pointer: "",
          message: "Nesting exceeds what the call stack allows; lower maxDepth.",
        });
        this.#repairs.push(undefined);
      } else if (!(error instanceof IssueLimitReached)) throw error;
    }
    return { issues: this.#issues, repairs: this.#repairs, notices: this.#notices };
  }

  #issue(code: ParseIssueCode, message: string, extra?: PathSegment, repair?: RepairKind): void {
    if (this.#issues.length >= this.#limits.maxIssues) {
      const path = [] as PathSegment[];
      this.#issues.push({ code: "too_many_issues", path, pointer: "", message: "Too many issues; stopped." });
      this.#repairs.push(undefined);
      throw new IssueLimitReached();
    }
    const path = this.#path.slice(0, this.#depth);
    if (extra !== undefined) path.push(extra);
    this.#issues.push({ code, path, pointer: toJsonPointer(path), message });
    // The root itself is never dropped: an issue about it rejects the document.
    if (repair === undefined || this.#depth === 0) this.#repairs.push(undefined);
    else if (repair === "entry") this.#repairs.push({ path, action: "drop" });
    else
      this.#repairs.push({
        path: this.#path.slice(0, this.#depth),
        action: repair === "first" ? "first" : "drop",
      });
  }

  /** Remarks on a key that is a known property's IRI (full or compact) rather than its term. */
  #checkIriForm(key: string): void {
    if (this.#notices.length >= this.#limits.maxIssues || !key.includes(":")) return;
    const property = this.#schema.propertyOf(key);
    if (property === undefined || key === property.term || key === property.languageMap) return;
    const path = this.#path.slice(0, this.#depth);
    path.push(key);
    this.#notices.push({
      code: "unnormalized_property",
      path,
      pointer: toJsonPointer(path),
      message: `\`${key}\` is the IRI of \`${property.term}\`, which is read only by its term: the value is kept but \`${property.term}\` is absent. Normalize the document (@fedikit/jsonld) to read it.`,
    });
  }

  #root(document: unknown, root: RootExpectation): void {
    if (!isPlainObject(document)) {
      this.#issue("not_an_object", `A document must be a JSON object, not ${describeValue(document)}.`);
      return;
    }
    const node = document as Record<string, unknown>;
    if (root.requireType && (node.type === undefined || node.type === null)) {
      this.#issue("missing_type", "The document has no `type`.", "type");
    }
    this.#node(node, undefined, root.type);
  }

  /**
   * The known types a node lists in `type`: `undefined` when it lists none the schema knows,
   * one type, or (for several) an array of distinct types.
   */
  #declaredTypes(node: Record<string, unknown>): SchemaType | SchemaType[] | undefined {
    const declared = node.type;
    if (typeof declared === "string") return this.#schema.typeOf(declared);
    if (Array.isArray(declared)) {
      let first: SchemaType | undefined;
      let several: SchemaType[] | undefined;
      for (let index = 0; index < declared.length; index++) {
        const term = declared[index];
        if (typeof term !== "string") {
          this.#issue("wrong_type", `A type must be a string, not ${describeValue(term)}.`, "type", "value");
          continue;
        }
        const type = this.#schema.typeOf(term);
        if (type === undefined || type === first) continue;
        if (first === undefined) first = type;
        else if (several === undefined) several = [first, type];
        else if (!several.includes(type)) several.push(type);
      }
      return several ?? first;
    }
    if (declared !== undefined && declared !== null) {
      this.#issue(
        "wrong_type",
        `\`type\` must be a string or an array of strings, not ${describeValue(declared)}.`,
        "type",
        "value",
      );
    }
    return undefined;
  }

  #node(
    node: Record<string, unknown>,
    rule: PropertyRule | undefined,
    expected: SchemaType | undefined,
  ): void {
    this.#countNode();
    if (this.#depth >= this.#limits.maxDepth) {
      this.#tooDeep(node);
      return;
    }
    this.#ancestors[this.#depth] = node;
    let types: SchemaType | readonly SchemaType[] | undefined = this.#declaredTypes(node);
    const declared = types !== undefined;
    let rules: ReadonlyMap<string, PropertyRule> | undefined;
    if (declared) {
      rules = Array.isArray(types)
        ? this.#schema.rulesFor(types)
        : this.#schema.rules.get(types as SchemaType);
    } else {
      // The type its place implies: the range of the property that holds it when that is one
      // type, or the type a parser asks for when its documents may omit `type`.
      const positional =
        rule?.defaultType ??
        (expected !== undefined && expected.typeProperty !== "required" ? expected : undefined);
      const untyped = this.#schema.untypedRules(positional, possibleDuckTypes(node));
      types = untyped.types;
      rules = untyped.rules;
    }
    if (expected !== undefined && !someDescends(types, expected)) {
      this.#issue(
        "unexpected_type",
        `Expected a ${expected.term} (or a subtype), found ${describeTypes(node.type, declared)}.`,
        "type",
      );
    } else if (rule !== undefined && declared && !rule.acceptsAnyType && !someAccepted(rule, types)) {
      this.#issue(
        "unexpected_type",
        `\`${rule.term}\` takes ${rule.typeNames.join(" or ")}, not ${describeTypes(node.type, declared)}.`,
        "type",
        "value",
      );
    }
    const id = node.id;
    if (id !== undefined && id !== null && (typeof id !== "string" || !isIriReference(id))) {
      this.#issue("invalid_iri", `\`id\` must be an absolute IRI, not ${describeValue(id)}.`, "id", "value");
    }
    for (const key in node) {
      if (key === "type" || key === "id") continue;
      const value = node[key];
      const keyRule = rules?.get(key);
      if (keyRule !== undefined) {
        if (value === null || value === undefined) continue;
        this.#path[this.#depth] = key;
        this.#depth++;
        this.#value(value, keyRule);
        this.#depth--;
        continue;
      }
      if (isForbiddenKey(key)) {
        this.#issue("forbidden_key", `The key \`${key}\` is not allowed (prototype pollution).`, key);
        continue;
      }
      this.#checkIriForm(key);
      if (typeof value === "object" && value !== null) {
        this.#path[this.#depth] = key;
        this.#depth++;
        this.#opaque(value, key !== "@context");
        this.#depth--;
      } else if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
        this.#issue("not_json", `${describeValue(value)} is not a JSON value.`, key);
      } else if (typeof value === "number" && !Number.isFinite(value)) {
        this.#issue("not_json", `${value} is not a JSON number.`, key);
      }
    }
  }

  #value(value: unknown, rule: PropertyRule): void {
    if (rule.kinds & KIND_JSON) {
      // Any JSON value, arrays included, is one value of a JSON-typed property.
      if (typeof value === "object" && value !== null) this.#opaque(value, false);
      else this.#single(value, rule);
      return;
    }
    if (Array.isArray(value)) {
      if (rule.functional && !rule.list) {
        this.#issue("not_functional", `\`${rule.term}\` takes one value, not an array.`, undefined, "first");
      }
      if (this.#tooLong(value)) return;
      this.#countNode();
      if (this.#depth >= this.#limits.maxDepth) {
        this.#tooDeep(value);
        return;
      }
      this.#ancestors[this.#depth] = value;
      for (let index = 0; index < value.length; index++) {
        const item = value[index];
        if (item === null) continue;
        this.#path[this.#depth] = index;
        this.#depth++;
        if (Array.isArray(item)) {
          this.#issue("wrong_type", `\`${rule.term}\` does not take nested arrays.`, undefined, "value");
        } else this.#single(item, rule);
        this.#depth--;
      }
      return;
    }
    this.#single(value, rule);
  }

  #single(value: unknown, rule: PropertyRule): void {
    const kinds = rule.kinds;
    switch (typeof value) {
      case "string": {
        if (kinds & KIND_STRING) return;
        if (kinds & (KIND_IRI | KIND_OBJECT) && isIriReference(value)) return;
        if (kinds & KIND_DATE_TIME && isDateTime(value)) return;
        if (kinds & KIND_DURATION && isDuration(value)) return;
        if (kinds & KIND_JSON) return;
        const code: ParseIssueCode =
          kinds & (KIND_IRI | KIND_OBJECT)
            ? "invalid_iri"
            : kinds & KIND_DATE_TIME
              ? "invalid_date_time"
              : kinds & KIND_DURATION
                ? "invalid_duration"
                : "wrong_type";
        this.#mismatch(code, value, rule);
        return;
      }
      case "number": {
        if (!Number.isFinite(value)) {
          this.#issue("not_json", `${value} is not a JSON number.`);
          return;
        }
        if (kinds & (KIND_FLOAT | KIND_JSON)) return;
        if (kinds & KIND_INTEGER && Number.isInteger(value)) return;
        if (kinds & KIND_NON_NEGATIVE_INTEGER && Number.isInteger(value) && value >= 0) return;
        this.#mismatch(
          kinds & (KIND_INTEGER | KIND_NON_NEGATIVE_INTEGER) ? "invalid_number" : "wrong_type",
          value,
          rule,
        );
        return;
      }
      case "boolean":
        if (kinds & (KIND_BOOLEAN | KIND_JSON)) return;
        this.#mismatch("wrong_type", value, rule);
        return;
      case "object": {
        if (value === null) return;
        if (!isPlainObject(value)) {
          this.#issue("not_json", `${describeValue(value)} is not a JSON object.`);
          return;
        }
        if (rule.isLanguageMap) {
          this.#languageMap(value as Record<string, unknown>);
          return;
        }
        if (kinds & KIND_JSON) {
          this.#opaque(value, false);
          return;
        }
        if (kinds & KIND_OBJECT) {
          this.#node(value as Record<string, unknown>, rule, undefined);
          return;
        }
        this.#mismatch("wrong_type", value, rule);
        return;
      }
      case "undefined":
        return;
      default:
        this.#issue("not_json", `${describeValue(value)} is not a JSON value.`);
    }
  }

  #mismatch(code: ParseIssueCode, value: unknown, rule: PropertyRule): void {
    const expected = rule.isLanguageMap
      ? "a language map (an object of language tags to strings)"
      : describeKinds(rule.kinds, rule.typeNames);
    this.#issue(code, `\`${rule.term}\` takes ${expected}, not ${describeValue(value)}.`, undefined, "value");
  }

  /** Checks a language map (a plain object: #single sends nothing else here). */
  #languageMap(map: Record<string, unknown>): void {
    for (const language in map) {
      const text = map[language];
      if (isForbiddenKey(language)) {
        this.#issue(
          "forbidden_key",
          `The key \`${language}\` is not allowed (prototype pollution).`,
          language,
        );
      } else if (!languageTagPattern.test(language)) {
        this.#issue(
          "invalid_language_map",
          `\`${language}\` is not a BCP 47 language tag.`,
          language,
          "entry",
        );
      } else if (typeof text !== "string" && text !== null) {
        this.#issue(
          "invalid_language_map",
          `A language map value must be a string, not ${describeValue(text)}.`,
          language,
          "entry",
        );
      }
    }
  }

  /**
   * Checks a value no property describes: only that it is safe JSON within the bounds, and, when
   * `remarks` is set, whether its keys are known properties under an IRI (not inside `@context`
   * or JSON-typed values, whose keys are data).
   */
  #opaque(value: object, remarks: boolean): void {
    this.#countNode();
    if (this.#depth >= this.#limits.maxDepth) {
      this.#tooDeep(value);
      return;
    }
    if (Array.isArray(value)) {
      if (this.#tooLong(value)) return;
      this.#ancestors[this.#depth] = value;
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (typeof item === "object" && item !== null) {
          this.#path[this.#depth] = index;
          this.#depth++;
          this.#opaque(item, remarks);
          this.#depth--;
        } else if (!isJsonPrimitive(item)) {
          this.#issue("not_json", `${describeValue(item)} is not a JSON value.`, index);
        }
      }
      return;
    }
    if (!isPlainObject(value)) {
      this.#issue("not_json", `${describeValue(value)} is not a JSON object.`);
      return;
    }
    this.#ancestors[this.#depth] = value;
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (isForbiddenKey(key)) {
        this.#issue("forbidden_key", `The key \`${key}\` is not allowed (prototype pollution).`, key);
        continue;
      }
      if (remarks) this.#checkIriForm(key);
      if (typeof item === "object" && item !== null) {
        this.#path[this.#depth] = key;
        this.#depth++;
        this.#opaque(item, remarks && key !== "@context");
        this.#depth--;
      } else if (!isJsonPrimitive(item)) {
        this.#issue("not_json", `${describeValue(item)} is not a JSON value.`, key);
      }
    }
  }

  /** Counts one object or array walked; past maxNodes the walk stops and the document is rejected. */
  #countNode(): void {
    if (++this.#nodes <= this.#limits.maxNodes) return;
    this.#issue("too_many_nodes", `More than ${this.#limits.maxNodes} objects and arrays; stopped.`);
    throw new IssueLimitReached();
  }

  /** Reports an array longer than maxArrayLength; `true` when it is. */
  #tooLong(array: readonly unknown[]): boolean {
    if (array.length <= this.#limits.maxArrayLength) return false;
    this.#issue(
      "too_many_values",
      `${array.length} values exceed the limit of ${this.#limits.maxArrayLength}.`,
    );
    return true;
  }

  #tooDeep(value: unknown): void {
    for (let index = 0; index < this.#depth; index++) {
      if (this.#ancestors[index] === value) {
        this.#issue("cycle", "The value contains itself (a cycle); JSON cannot represent it.");
        return;
      }
    }
    this.#issue("too_deep", `Nesting exceeds the limit of ${this.#limits.maxDepth} levels.`);
  }
}

/** Keys that would reach an object's prototype if code merged the document into another object. */
function isForbiddenKey(key: string): boolean {
  return key === "__proto__" || key === "constructor" || key === "prototype";
}

/** Whether one of the types is `expected` or one of its subtypes. */
function someDescends(types: SchemaType | readonly SchemaType[] | undefined, expected: SchemaType): boolean {
  if (types === undefined) return false;
  if (!Array.isArray(types)) return (types as SchemaType).ancestors.has(expected);
  for (const type of types) if (type.ancestors.has(expected)) return true;
  return false;
}

/** Whether the rule's range takes one of the types (or a supertype of one). */
function someAccepted(rule: PropertyRule, types: SchemaType | readonly SchemaType[] | undefined): boolean {
  if (types === undefined) return false;
  if (!Array.isArray(types)) return accepts(rule, types as SchemaType);
  for (const type of types) if (accepts(rule, type)) return true;
  return false;
}

function accepts(rule: PropertyRule, type: SchemaType): boolean {
  for (const ancestor of type.ancestors) if (rule.typeRange.has(ancestor)) return true;
  return false;
}

/** Names what a node's `type` says, for a message. */
function describeTypes(declared: unknown, known: boolean): string {
  if (!known) return "an object without a known type";
  if (typeof declared === "string") return `a \`${shorten(declared)}\``;
  const listed = (declared as unknown[]).filter((term): term is string => typeof term === "string");
  const shown = listed.slice(0, 4).map((term) => `\`${shorten(term)}\``);
  return `an object of types ${shown.join(", ")}${listed.length > 4 ? " …" : ""}`;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function isPlainObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isJsonPrimitive(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return value.length > 40
        ? `the string "${value.slice(0, 40)}…"`
        : `the string ${JSON.stringify(value)}`;
    case "number":
    case "boolean":
    case "bigint":
      return `the ${typeof value} ${String(value)}`;
    case "object": {
      const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor
        ?.name;
      return name !== undefined && name !== "Object" ? `a ${name}` : "an object";
    }
    default:
      return `a ${typeof value}`;
  }
}
