import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { activityStreams } from "../schema/built-in.js";
import { defineVocabulary } from "../schema/model.js";
import { generateBuiltInModules, generateExtensionModule } from "./index.js";

describe("the code generator", () => {
  it("writes the committed sources of src/generated from the built-in vocabularies", () => {
    const files = generateBuiltInModules();
    expect(files.map((file) => file.path).sort()).toEqual([
      "builders.generated.ts",
      "guards.generated.ts",
      "index.generated.ts",
      "parsers.generated.ts",
      "types.generated.ts",
      "vocabulary.generated.test.ts",
    ]);
    for (const file of files) {
      const committed = readFileSync(join(import.meta.dirname, "..", "generated", file.path), "utf8");
      expect(file.content === committed, `${file.path} is stale: run pnpm generate`).toBe(true);
    }
  });

  it("names every function after the type's TypeScript name, so ASObject's guard is isASObject", () => {
    const index = generateBuiltInModules().find((file) => file.path === "index.generated.ts")?.content ?? "";
    for (const name of ["isASObject", "parseASObject", "buildASObject", "ASObject", "AnyObject"]) {
      expect(index).toMatch(new RegExp(`\\b${name},`));
    }
    expect(index).not.toMatch(/\bisObject,/);
    expect(index).toMatch(/\bisDidService,/);
    expect(index).toMatch(/\bparseMeasure,/);
  });

  it("generates a module for an extension whose type terms are absolute IRIs or compact IRIs", () => {
    const extension = defineVocabulary({
      id: "example",
      title: "Example",
      description: "An extension with every kind of term.",
      namespace: "https://example.com/ns#",
      prefix: "ex",
      specUrl: "https://example.com/spec",
      types: {
        "https://example.com/ns#Widget": {
          name: "Widget",
          extends: ["Object"],
          description: "A widget.",
          specUrl: "https://example.com/spec#Widget",
        },
        "ex:Gadget": {
          extends: [],
          typeProperty: "implicit",
          name: "Gadget",
          description: "A gadget.",
          specUrl: "",
        },
      },
      properties: {
        gadget: {
          domain: ["https://example.com/ns#Widget"],
          range: ["ex:Gadget"],
          functional: true,
          description: "The widget's gadget.",
          specUrl: "",
        },
      },
    });
    const module = generateExtensionModule({
      vocabularies: [{ definition: extension, exportName: "example" }],
      vocabularyModule: "./example.js",
    });
    expect(module).toContain("export function isWidget(value: unknown): value is Widget");
    expect(module).toContain('readonly type: "https://example.com/ns#Widget";');
    expect(module).toContain('readonly type?: "ex:Gadget";');
    expect(module).toContain("export function buildGadget(");
    expect(module).toContain("compiled ??= extendSchema([example]);");
    expect(() =>
      generateExtensionModule({
        vocabularies: [{ definition: activityStreams, exportName: "again" }],
        vocabularyModule: "./again.js",
      }),
    ).toThrow(expect.objectContaining({ code: "invalid_schema" }));
  });
});
