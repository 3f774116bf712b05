import type { VocabularyDefinition } from "./model.js";
import { activityStreams } from "./vocabularies/activitystreams.js";
import { activityStreamsExtensions } from "./vocabularies/activitystreams-extensions.js";
import { dataIntegrity } from "./vocabularies/data-integrity.js";
import { didServices, exportActor } from "./vocabularies/did-services.js";
import { capabilityDiscovery, gnusocial, webfingerDiscovery } from "./vocabularies/fediverse-misc.js";
import { gotosocial } from "./vocabularies/gotosocial.js";
import { inverseProperties } from "./vocabularies/inverse-properties.js";
import { lemmy } from "./vocabularies/lemmy.js";
import { litepub } from "./vocabularies/litepub.js";
import { unitsOfMeasure, valueflows } from "./vocabularies/marketplace.js";
import { mastodon } from "./vocabularies/mastodon.js";
import { misskey } from "./vocabularies/misskey.js";
import { mobilizon } from "./vocabularies/mobilizon.js";
import { multikey } from "./vocabularies/multikey.js";
import { ostatus } from "./vocabularies/ostatus.js";
import { peertube } from "./vocabularies/peertube.js";
import { fedibird, quotePosts } from "./vocabularies/quote-posts.js";
import { schemaOrg } from "./vocabularies/schema-org.js";
import { security } from "./vocabularies/security.js";
import { smithereen } from "./vocabularies/smithereen.js";
import { vcard } from "./vocabularies/vcard.js";

/**
 * Every vocabulary this package knows, in the order builders list their contexts:
 * ActivityStreams first, then the security contexts, then the extensions.
 */
export const builtInVocabularies: readonly VocabularyDefinition[] = [
  activityStreams,
  security,
  multikey,
  dataIntegrity,
  didServices,
  activityStreamsExtensions,
  mastodon,
  ostatus,
  schemaOrg,
  misskey,
  quotePosts,
  fedibird,
  litepub,
  gotosocial,
  lemmy,
  peertube,
  mobilizon,
  smithereen,
  vcard,
  gnusocial,
  capabilityDiscovery,
  webfingerDiscovery,
  inverseProperties,
  exportActor,
  valueflows,
  unitsOfMeasure,
];

export {
  activityStreams,
  activityStreamsExtensions,
  capabilityDiscovery,
  dataIntegrity,
  didServices,
  exportActor,
  fedibird,
  gnusocial,
  gotosocial,
  inverseProperties,
  lemmy,
  litepub,
  mastodon,
  misskey,
  mobilizon,
  multikey,
  ostatus,
  peertube,
  quotePosts,
  schemaOrg,
  security,
  smithereen,
  unitsOfMeasure,
  valueflows,
  vcard,
  webfingerDiscovery,
};
