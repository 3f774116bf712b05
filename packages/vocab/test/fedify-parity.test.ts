// Everything Fedify models is in the schema (issue 15): this walks every class of @fedify/vocab
// (a devDependency) with its type IRI and the properties it declares, and checks each against
// the schema. A Fedify release that adds a type or a property makes this test name it. Importing
// Fedify replaces globals on Node 20, so it lives in a file of its own (vitest isolates files).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultSchema } from "../src/index.js";
import {
  coverageSection,
  coverageTable,
  differencesFromFedify,
  type FedifyType,
  type FedifyVocabulary,
  loadFedifyVocabulary,
} from "./fedify-vocabulary.js";

const oneString =
  "every server sends one string, and other languages go in the language map; Fedify reads several language-tagged values into a list";

/**
 * Where the schema reads a Fedify property differently on purpose, with the reason. The test
 * fails on a difference missing here and on an entry here that no longer differs.
 */
const deliberateDifferences: ReadonlyMap<string, string> = new Map([
  ["property Object.content takes one value here, several in Fedify", `${oneString} (contentMap)`],
  ["property Object.name takes one value here, several in Fedify", `${oneString} (nameMap)`],
  ["property Object.summary takes one value here, several in Fedify", `${oneString} (summaryMap)`],
  ["property Link.name takes one value here, several in Fedify", `${oneString} (nameMap)`],
  ["property Source.content takes one value here, several in Fedify", `${oneString} (contentMap)`],
  ...["Application", "Group", "Organization", "Person", "Service"].map(
    (actor) =>
      [
        `property ${actor}.preferredUsername takes one value here, several in Fedify`,
        "a username is one string in ActivityPub and for every server; Fedify allows language-tagged ones",
      ] as const,
  ),
]);

let vocabulary: FedifyVocabulary;
beforeAll(async () => {
  vocabulary = await loadFedifyVocabulary();
});

describe("Fedify's vocabulary", () => {
  it("is read from its classes, each with the schema file it is generated from", () => {
    expect(vocabulary.problems).toEqual([]);
    expect(vocabulary.types.length).toBeGreaterThanOrEqual(81);
    expect(vocabulary.types.map((type) => type.name)).toEqual(
      expect.arrayContaining(["Note", "Person", "Endpoints", "Measure", "Export", "InteractionRule"]),
    );
  });
});

describe("the schema against every Fedify class", () => {
  it("has every type and property Fedify models, with compatible ranges, or says why not", () => {
    const differences = differencesFromFedify(defaultSchema(), vocabulary);
    expect(differences.filter((difference) => !deliberateDifferences.has(difference))).toEqual([]);
    expect([...deliberateDifferences.keys()].filter((listed) => !differences.includes(listed))).toEqual([]);
  });

  it("names a type or a property that a future Fedify adds, and a range it reads differently", () => {
    const xsd = "http://www.w3.org/2001/XMLSchema#";
    const note = vocabulary.types.find((type) => type.name === "Note") as FedifyType;
    const invented: FedifyType = {
      name: "Bite",
      uri: "https://example.com/ns#Bite",
      schema: {
        ...note.schema,
        name: "Bite",
        uri: "https://example.com/ns#Bite",
        extends: "https://www.w3.org/ns/activitystreams#Activity",
        properties: [
          {
            singularName: "strength",
            uri: "https://example.com/ns#strength",
            range: [`${xsd}float`],
            functional: true,
            description: "",
          },
        ],
      },
    };
    const changedNote: FedifyType = {
      ...note,
      schema: {
        ...note.schema,
        properties: [
          {
            singularName: "sensitive",
            uri: "https://www.w3.org/ns/activitystreams#sensitive",
            range: [`${xsd}dateTime`],
            functional: true,
            description: "",
          },
        ],
      },
    };
    const future: FedifyVocabulary = { ...vocabulary, types: [changedNote, invented] };
    expect(differencesFromFedify(defaultSchema(), future)).toEqual([
      "property Note.sensitive does not take a xsd:dateTime here",
      "type Bite (https://example.com/ns#Bite) is not in the schema",
      "property Bite.strength (https://example.com/ns#strength) is not in the schema",
    ]);
  });
});

describe("the coverage table of docs/vocabulary.md", () => {
  it("is what the schema and Fedify give today (run `pnpm --filter @fedikit/vocab generate:coverage`)", () => {
    const guide = readFileSync(join(import.meta.dirname, "..", "..", "..", "docs", "vocabulary.md"), "utf8");
    expect(coverageSection(guide)).toBe(coverageTable(defaultSchema(), vocabulary));
  });
});
