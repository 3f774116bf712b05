import { defineVocabulary } from "../model.js";

const fep0837 = "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md";

/**
 * The Valueflows terms of FEP-0837's federated marketplace: proposals with their intents, and
 * the agreements and commitments that answer them. Mitra publishes them; Fedify models them.
 */
export const valueflows = /* @__PURE__ */ defineVocabulary({
  id: "valueflows",
  title: "Valueflows (FEP-0837 marketplace)",
  description:
    "Proposal, Intent, Agreement and Commitment with the properties FEP-0837 uses: a published offer or request, what it asks in return, and the agreement that settles it.",
  namespace: "https://w3id.org/valueflows/ont/vf#",
  prefix: "vf",
  specUrl: fep0837,
  types: {
    Proposal: {
      extends: ["Object"],
      description:
        "A published request or offer, sometimes with what is expected in return: its primary intent (`publishes`) and its reciprocal intent.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#proposals",
    },
    Intent: {
      extends: [],
      description:
        "A proposed economic transaction: what a proposal offers or requests (`action`, the resource and its quantity).",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#proposals",
    },
    Agreement: {
      extends: ["Object"],
      description:
        "The agreement reached by the parties that respond to a proposal: sent in an `Offer`, finalized in the `result` of an `Accept`.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#agreements",
    },
    Commitment: {
      extends: [],
      description: "A promised economic transaction of an agreement, satisfying an intent of the proposal.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#agreements",
    },
  },
  properties: {
    purpose: {
      domain: ["Proposal"],
      range: ["string"],
      functional: true,
      description: "The kind of proposal: `offer` or `request`.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#proposals",
    },
    publishes: {
      domain: ["Proposal"],
      range: ["Intent"],
      functional: true,
      description: "The primary intent of the proposal: what is offered or requested.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#proposals",
    },
    reciprocal: {
      domain: ["Proposal"],
      range: ["Intent"],
      functional: true,
      description: "The reciprocal intent of the proposal: what is expected or offered in return.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#proposals",
    },
    unitBased: {
      domain: ["Proposal"],
      range: ["boolean"],
      functional: true,
      description:
        "Whether the quantities of the proposal may be multiplied (`true`) or are fixed (`false`).",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#proposals",
    },
    action: {
      domain: ["Intent"],
      range: ["string"],
      functional: true,
      description: "The kind of economic transaction, usually `deliverService` or `transfer`.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#proposals",
    },
    resourceConformsTo: {
      domain: ["Intent"],
      range: ["iri"],
      functional: true,
      description: "The kind of economic resource, as any URI (a Wikidata item, say).",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#proposals",
    },
    resourceQuantity: {
      domain: ["Intent", "Commitment"],
      range: ["om2:Measure"],
      functional: true,
      description: "The amount and unit of the economic resource.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#proposals",
    },
    availableQuantity: {
      domain: ["Intent"],
      range: ["om2:Measure"],
      functional: true,
      description: "The quantity of the offered resource currently available.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#proposals",
    },
    minimumQuantity: {
      domain: ["Intent"],
      range: ["om2:Measure"],
      functional: true,
      description:
        "The smallest quantity that can be requested in a response (Valueflows; Fedify models it).",
      specUrl: "https://www.valueflows.org/specification/",
    },
    stipulates: {
      domain: ["Agreement"],
      range: ["Commitment"],
      functional: true,
      description: "The primary commitment of the agreement, which satisfies the proposal's primary intent.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#agreements",
    },
    stipulatesReciprocal: {
      domain: ["Agreement"],
      range: ["Commitment"],
      functional: true,
      description:
        "The reciprocal commitment of the agreement, required when the proposal has a reciprocal intent.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#agreements",
    },
    satisfies: {
      domain: ["Commitment"],
      range: ["Intent"],
      functional: true,
      description: "The intent this commitment satisfies, usually by the IRI of the proposal's intent.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#agreements",
    },
  },
});

/**
 * The Ontology of units of Measure terms FEP-0837 uses for quantities. Documents usually write
 * a measure without `type`; builders write `om2:Measure`, as Fedify does.
 */
export const unitsOfMeasure = /* @__PURE__ */ defineVocabulary({
  id: "units-of-measure",
  title: "Ontology of units of Measure (FEP-0837 quantities)",
  description:
    "Measure with hasUnit and hasNumericalValue: the quantities of FEP-0837 intents and commitments.",
  namespace: "http://www.ontology-of-units-of-measure.org/resource/om-2/",
  prefix: "om2",
  specUrl: "http://www.ontology-of-units-of-measure.org/resource/om-2/",
  types: {
    "om2:Measure": {
      name: "Measure",
      extends: [],
      typeProperty: "optional",
      description: "A quantity with a unit of measure.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#proposals",
    },
  },
  properties: {
    hasUnit: {
      domain: ["om2:Measure"],
      range: ["string"],
      functional: true,
      description:
        "The name of the unit, in the Ontology of units of Measure's classification; `one` for countable items.",
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#proposals",
    },
    hasNumericalValue: {
      domain: ["om2:Measure"],
      range: ["string", "float"],
      functional: true,
      description:
        'The amount, as a decimal string (`"30"`, as FEP-0837 and Fedify write it) or a number; without it any amount may be used in a response.',
      specUrl: "https://codeberg.org/fediverse/fep/src/branch/main/fep/0837/fep-0837.md#proposals",
    },
  },
});
