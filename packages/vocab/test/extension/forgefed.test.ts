import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forgefedModule } from "../../scripts/generate-example.js";
import { buildNote, isActor, isASObject, isInstanceOf, parseCreate } from "../../src/index.js";
import {
  buildTicket,
  forgefedSchema,
  isPush,
  isRepository,
  isTicket,
  parseRepository,
  parseTicket,
  type Ticket,
} from "./forgefed.generated.js";

describe("extension without forking: ForgeFed", () => {
  it("the committed generated module is up to date", () => {
    expect(readFileSync(join(import.meta.dirname, "forgefed.generated.ts"), "utf8")).toBe(forgefedModule());
  });

  it("gets guards that know the built-in hierarchy", () => {
    expect(isRepository({ type: "Repository" })).toBe(true);
    expect(isPush({ type: "Push", actor: "https://forge.example/u/a" })).toBe(true);
    // The default schema does not know Repository; the extended one knows it is an actor.
    expect(isActor({ type: "Repository" })).toBe(false);
    expect(isInstanceOf({ type: "Repository" }, "Actor", forgefedSchema())).toBe(true);
    expect(isTicket({ type: "https://forgefed.org/ns#Ticket" })).toBe(true);
  });

  it("gets parsers that validate its properties and the built-in ones", () => {
    const ticket: Ticket = {
      type: "Ticket",
      name: "Crash on start",
      isResolved: false,
      team: "https://forge.example/t",
    };
    expect(parseTicket(ticket).ok).toBe(true);
    const bad = { type: "Ticket", name: "Crash", isResolved: "no", summary: 1 };
    const strict = parseTicket(bad, { strict: true });
    expect(strict.ok || strict.error.issues.map((issue) => issue.pointer)).toEqual([
      "/isResolved",
      "/summary",
    ]);
    const lenient = parseTicket(bad);
    expect(lenient.ok && lenient.value).toEqual({ type: "Ticket", name: "Crash" });
    const repository = { type: "Repository", inbox: "https://forge.example/r/inbox", forks: 3 };
    expect(parseRepository(repository, { strict: true }).ok).toBe(false);
    const create = {
      type: "Create",
      actor: "https://forge.example/u/a",
      object: { type: "Ticket", isResolved: "x" },
    };
    expect(parseCreate(create, { schema: forgefedSchema(), strict: true }).ok).toBe(false);
    expect(parseCreate(create, { strict: true }).ok).toBe(true);
    expect(isASObject(create.object)).toBe(true);
  });

  it("gets builders that emit its context", () => {
    const ticket = buildTicket({ name: "Crash", isResolved: true });
    expect(ticket["@context"]).toEqual(["https://www.w3.org/ns/activitystreams", "https://forgefed.org/ns"]);
  });

  it("needs its schema for its properties on built-in types (the guide says so)", () => {
    const note = { content: "Hi", team: "https://forge.example/t" };
    expect(buildNote(note)["@context"]).toBe("https://www.w3.org/ns/activitystreams");
    expect(buildNote(note, { schema: forgefedSchema() })["@context"]).toEqual([
      "https://www.w3.org/ns/activitystreams",
      "https://forgefed.org/ns",
    ]);
  });
});
