import { defineVocabulary } from "../../src/index.js";

const spec = "https://forgefed.org/spec/";

/** A part of ForgeFed, the worked example of the extension guide. */
export const forgefed = defineVocabulary({
  id: "forgefed",
  title: "ForgeFed",
  description: "Federation of software forges: repositories, tickets and pushes.",
  namespace: "https://forgefed.org/ns#",
  prefix: "forge",
  contextUrl: "https://forgefed.org/ns",
  specUrl: spec,
  types: {
    Repository: {
      extends: ["Actor"],
      description: "A version control repository.",
      specUrl: `${spec}#Repository`,
    },
    Ticket: { extends: ["Object"], description: "An issue or a merge request.", specUrl: `${spec}#Ticket` },
    Push: { extends: ["Activity"], description: "Commits pushed to a repository.", specUrl: `${spec}#Push` },
  },
  properties: {
    isResolved: {
      domain: ["Ticket"],
      range: ["boolean"],
      functional: true,
      description: "Whether the ticket is closed.",
      specUrl: `${spec}#isResolved`,
    },
    forks: {
      domain: ["Repository"],
      range: ["Collection"],
      functional: true,
      description: "The forks of the repository.",
      specUrl: `${spec}#forks`,
    },
    team: {
      domain: ["Object"],
      range: ["Collection"],
      functional: true,
      description: "The collection of actors who maintain the object.",
      specUrl: `${spec}#team`,
    },
  },
});
