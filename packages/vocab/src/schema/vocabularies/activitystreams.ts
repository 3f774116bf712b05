import { defineVocabulary } from "../model.js";

/**
 * ActivityStreams 2.0 Core and Vocabulary, with the ActivityPub terms that the ActivityStreams
 * context defines. Types, properties and descriptions follow the W3C Recommendations (the
 * descriptions are the vocabulary's own notes); where real servers differ from the
 * Recommendation the definition says so.
 */
export const activityStreams = /* @__PURE__ */ defineVocabulary({
  id: "activitystreams",
  title: "ActivityStreams 2.0",
  description:
    "The W3C ActivityStreams 2.0 Core and Vocabulary, plus the ActivityPub terms that the ActivityStreams JSON-LD context defines.",
  namespace: "https://www.w3.org/ns/activitystreams#",
  prefix: "as",
  contextUrl: "https://www.w3.org/ns/activitystreams",
  specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/",
  types: {
    Object: {
      name: "ASObject",
      extends: [],
      description:
        "Describes an object of any kind. The Object type serves as the base type for most of the other kinds of objects defined in the Activity Vocabulary, including other Core types such as Activity, IntransitiveActivity, Collection and OrderedCollection.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-object",
    },
    Link: {
      extends: [],
      description:
        "A Link is an indirect, qualified reference to a resource identified by a URL. The fundamental model for links is established by [RFC5988]. Many of the properties defined by the Activity Vocabulary allow values that are either instances of Object or Link. When a Link is used, it establishes a qualified relation connecting the subject (the containing object) to the resource identified by the href. Properties of the Link are properties of the reference as opposed to properties of the resource.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-link",
    },
    Activity: {
      extends: ["Object"],
      description:
        "An Activity is a subtype of Object that describes some form of action that may happen, is currently happening, or has already happened. The Activity type itself serves as an abstract base type for all types of activities. It is important to note that the Activity type itself does not carry any specific semantics about the kind of action being taken.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-activity",
    },
    IntransitiveActivity: {
      excludes: ["object"],
      extends: ["Activity"],
      description:
        "Instances of IntransitiveActivity are a subtype of Activity representing intransitive actions. The object property is therefore inappropriate for these activities.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-intransitiveactivity",
    },
    Collection: {
      extends: ["Object"],
      description:
        "A Collection is a subtype of Object that represents ordered or unordered sets of Object or Link instances. Refer to the Activity Streams 2.0 Core specification for a complete description of the Collection type.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-collection",
    },
    OrderedCollection: {
      extends: ["Collection"],
      description:
        "A subtype of Collection in which members of the logical collection are assumed to always be strictly ordered.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-orderedcollection",
    },
    CollectionPage: {
      extends: ["Collection"],
      description:
        "Used to represent distinct subsets of items from a Collection. Refer to the Activity Streams 2.0 Core for a complete description of the CollectionPage object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-collectionpage",
    },
    OrderedCollectionPage: {
      extends: ["CollectionPage", "OrderedCollection"],
      description:
        "Used to represent ordered subsets of items from an OrderedCollection. Refer to the Activity Streams 2.0 Core for a complete description of the OrderedCollectionPage object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-orderedcollectionpage",
    },
    Accept: {
      extends: ["Activity"],
      description:
        "Indicates that the actor accepts the object. The target property can be used in certain circumstances to indicate the context into which the object has been accepted.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-accept",
    },
    TentativeAccept: {
      extends: ["Accept"],
      description: "A specialization of Accept indicating that the acceptance is tentative.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-tentativeaccept",
    },
    Add: {
      extends: ["Activity"],
      description:
        "Indicates that the actor has added the object to the target. If the target property is not explicitly specified, the target would need to be determined implicitly by context. The origin can be used to identify the context from which the object originated.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-add",
    },
    Arrive: {
      extends: ["IntransitiveActivity"],
      description:
        "An IntransitiveActivity that indicates that the actor has arrived at the location. The origin can be used to identify the context from which the actor originated. The target typically has no defined meaning.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-arrive",
    },
    Create: {
      extends: ["Activity"],
      description: "Indicates that the actor has created the object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-create",
    },
    Delete: {
      extends: ["Activity"],
      description:
        "Indicates that the actor has deleted the object. If specified, the origin indicates the context from which the object was deleted.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-delete",
    },
    Follow: {
      extends: ["Activity"],
      description:
        'Indicates that the actor is "following" the object. Following is defined in the sense typically used within Social systems in which the actor is interested in any activity performed by or on the object. The target and origin typically have no defined meaning.',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-follow",
    },
    Ignore: {
      extends: ["Activity"],
      description:
        "Indicates that the actor is ignoring the object. The target and origin typically have no defined meaning.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-ignore",
    },
    Join: {
      extends: ["Activity"],
      description:
        "Indicates that the actor has joined the object. The target and origin typically have no defined meaning.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-join",
    },
    Leave: {
      extends: ["Activity"],
      description:
        "Indicates that the actor has left the object. The target and origin typically have no meaning.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-leave",
    },
    Like: {
      extends: ["Activity"],
      description:
        "Indicates that the actor likes, recommends or endorses the object. The target and origin typically have no defined meaning.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-like",
    },
    Offer: {
      extends: ["Activity"],
      description:
        "Indicates that the actor is offering the object. If specified, the target indicates the entity to which the object is being offered.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-offer",
    },
    Invite: {
      extends: ["Offer"],
      description:
        "A specialization of Offer in which the actor is extending an invitation for the object to the target.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-invite",
    },
    Reject: {
      extends: ["Activity"],
      description:
        "Indicates that the actor is rejecting the object. The target and origin typically have no defined meaning.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-reject",
    },
    TentativeReject: {
      extends: ["Reject"],
      description: "A specialization of Reject in which the rejection is considered tentative.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-tentativereject",
    },
    Remove: {
      extends: ["Activity"],
      description:
        "Indicates that the actor is removing the object. If specified, the origin indicates the context from which the object is being removed.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-remove",
    },
    Undo: {
      extends: ["Activity"],
      description:
        'Indicates that the actor is undoing the object. In most cases, the object will be an Activity describing some previously performed action (for instance, a person may have previously "liked" an article but, for whatever reason, might choose to undo that like at some later point in time). The target and origin typically have no defined meaning.',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-undo",
    },
    Update: {
      extends: ["Activity"],
      description:
        "Indicates that the actor has updated the object. Note, however, that this vocabulary does not define a mechanism for describing the actual set of modifications made to object. The target and origin typically have no defined meaning.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-update",
    },
    View: {
      extends: ["Activity"],
      description: "Indicates that the actor has viewed the object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-view",
    },
    Listen: {
      extends: ["Activity"],
      description: "Indicates that the actor has listened to the object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-listen",
    },
    Read: {
      extends: ["Activity"],
      description: "Indicates that the actor has read the object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-read",
    },
    Move: {
      extends: ["Activity"],
      description:
        "Indicates that the actor has moved object from origin to target. If the origin or target are not specified, either can be determined by context.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-move",
    },
    Travel: {
      extends: ["IntransitiveActivity"],
      description:
        "Indicates that the actor is traveling to target from origin. Travel is an IntransitiveActivity whose actor specifies the direct object. If the target or origin are not specified, either can be determined by context.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-travel",
    },
    Announce: {
      extends: ["Activity"],
      description:
        "Indicates that the actor is calling the target's attention the object. The origin typically has no defined meaning.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-announce",
    },
    Block: {
      extends: ["Ignore"],
      description:
        "Indicates that the actor is blocking the object. Blocking is a stronger form of Ignore. The typical use is to support social systems that allow one user to block activities or content of other users. The target and origin typically have no defined meaning.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-block",
    },
    Flag: {
      extends: ["Activity"],
      description:
        'Indicates that the actor is "flagging" the object. Flagging is defined in the sense common to many social platforms as reporting content as being inappropriate for any number of reasons.',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-flag",
    },
    Dislike: {
      extends: ["Activity"],
      description: "Indicates that the actor dislikes the object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-dislike",
    },
    Question: {
      extends: ["IntransitiveActivity"],
      description:
        "Represents a question being asked. Question objects are an extension of IntransitiveActivity. That is, the Question object is an Activity, but the direct object is the question itself and therefore it would not contain an object property. Either of the anyOf and oneOf properties MAY be used to express possible answers, but a Question object MUST NOT have both properties.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-question",
    },
    Application: {
      extends: ["Actor"],
      description: "Describes a software application.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-application",
    },
    Group: {
      extends: ["Actor"],
      description: "Represents a formal or informal collective of Actors.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-group",
    },
    Organization: {
      extends: ["Actor"],
      description: "Represents an organization.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-organization",
    },
    Person: {
      extends: ["Actor"],
      description: "Represents an individual person.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-person",
    },
    Service: {
      extends: ["Actor"],
      description: "Represents a service of any kind.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-service",
    },
    Relationship: {
      extends: ["Object"],
      description:
        "Describes a relationship between two individuals. The subject and object properties are used to identify the connected individuals. See 5.2 Representing Relationships Between Entities for additional information.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-relationship",
    },
    Article: {
      extends: ["Object"],
      description: "Represents any kind of multi-paragraph written work.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-article",
    },
    Document: {
      extends: ["Object"],
      description: "Represents a document of any kind.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-document",
    },
    Audio: {
      extends: ["Document"],
      description: "Represents an audio document of any kind.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-audio",
    },
    Image: {
      extends: ["Document"],
      description: "An image document of any kind",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-image",
    },
    Video: {
      extends: ["Document"],
      description: "Represents a video document of any kind.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-video",
    },
    Note: {
      extends: ["Object"],
      description: "Represents a short written work typically less than a single paragraph in length.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-note",
    },
    Page: {
      extends: ["Document"],
      description: "Represents a Web Page.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-page",
    },
    Event: {
      extends: ["Object"],
      description: "Represents any kind of event.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-event",
    },
    Place: {
      extends: ["Object"],
      description:
        "Represents a logical or physical location. See 5.3 Representing Places for additional information.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-place",
    },
    Mention: {
      extends: ["Link"],
      description: "A specialized Link that represents an @mention.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-mention",
    },
    Profile: {
      extends: ["Object"],
      description:
        "A Profile is a content object that describes another Object, typically used to describe Actor Type objects. The describes property is used to reference the object being described by the profile.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-profile",
    },
    Tombstone: {
      extends: ["Object"],
      description:
        "A Tombstone represents a content object that has been deleted. It can be used in Collections to signify that there used to be an object at this position, but it has been deleted.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-tombstone",
    },
    Actor: {
      abstract: true,
      extends: ["Object"],
      description:
        "Any actor: an entity that publishes and receives activities (ActivityPub 4). ActivityStreams has no such class; this abstract type groups the five actor types and is what FEP-2277 duck typing calls an actor (an object with an inbox).",
      specUrl: "https://www.w3.org/TR/activitypub/#actor-objects",
    },
    Source: {
      extends: [],
      typeProperty: "implicit",
      contextUrl: null,
      description:
        "The source from which the content markup was derived, as a form of provenance: an object with `content` and `mediaType` (ActivityPub 3.3). Documents write it without `type`; `as:Source` is the IRI Fedify gives it.",
      specUrl: "https://www.w3.org/TR/activitypub/#source-property",
    },
    Endpoints: {
      extends: [],
      typeProperty: "implicit",
      contextUrl: null,
      description:
        "The `endpoints` of an actor: a map of additional endpoints that are useful for it or others dereferencing it (ActivityPub 4.1). Documents write it without `type`; `as:Endpoints` is the IRI Fedify gives it.",
      specUrl: "https://www.w3.org/TR/activitypub/#endpoints",
    },
  },
  properties: {
    actor: {
      domain: ["Activity"],
      range: ["Object", "Link"],
      description:
        "Describes one or more entities that either performed or are expected to perform the activity. Any single activity can have multiple actors. The actor MAY be specified using an indirect Link.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-actor",
    },
    attachment: {
      domain: ["Object"],
      range: ["Object", "Link"],
      description:
        "Identifies a resource attached or related to an object that potentially requires special handling. The intent is to provide a model that is at least semantically similar to attachments in email.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-attachment",
    },
    attributedTo: {
      domain: ["Link", "Object"],
      range: ["Link", "Object"],
      description:
        "Identifies one or more entities to which this object is attributed. The attributed entities might not be Actors. For instance, an object might be attributed to the completion of another activity.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-attributedto",
    },
    audience: {
      domain: ["Object"],
      range: ["Object", "Link"],
      description:
        "Identifies one or more entities that represent the total population of entities for which the object can considered to be relevant.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-audience",
    },
    bcc: {
      domain: ["Object"],
      range: ["Object", "Link"],
      description:
        "Identifies one or more Objects that are part of the private secondary audience of this Object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-bcc",
    },
    bto: {
      domain: ["Object"],
      range: ["Object", "Link"],
      description: "Identifies an Object that is part of the private primary audience of this Object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-bto",
    },
    cc: {
      domain: ["Object"],
      range: ["Object", "Link"],
      description: "Identifies an Object that is part of the public secondary audience of this Object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-cc",
    },
    context: {
      domain: ["Object"],
      range: ["Object", "Link"],
      description:
        'Identifies the context within which the object exists or an activity was performed. The notion of "context" used is intentionally vague. The intended function is to serve as a means of grouping objects and activities that share a common originating context or purpose. An example could be all activities relating to a common project or event.',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-context",
    },
    current: {
      domain: ["Collection"],
      range: ["CollectionPage", "Link"],
      functional: true,
      description:
        "In a paged Collection, indicates the page that contains the most recently updated member items.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-current",
    },
    first: {
      domain: ["Collection"],
      range: ["CollectionPage", "Link"],
      functional: true,
      description:
        "In a paged Collection, indicates the furthest preceeding page of items in the collection.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-first",
    },
    generator: {
      domain: ["Object"],
      range: ["Object", "Link"],
      description: "Identifies the entity (e.g. an application) that generated the object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-generator",
    },
    icon: {
      domain: ["Object"],
      range: ["Image", "Link"],
      description:
        "Indicates an entity that describes an icon for this object. The image should have an aspect ratio of one (horizontal) to one (vertical) and should be suitable for presentation at a small size.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-icon",
    },
    image: {
      domain: ["Object"],
      range: ["Image", "Link"],
      description:
        "Indicates an entity that describes an image for this object. Unlike the icon property, there are no aspect ratio or display size limitations assumed.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-image-term",
    },
    inReplyTo: {
      domain: ["Object"],
      range: ["Object", "Link"],
      description: "Indicates one or more entities for which this object is considered a response.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-inreplyto",
    },
    instrument: {
      domain: ["Activity"],
      range: ["Object", "Link"],
      description: "Identifies one or more objects used (or to be used) in the completion of an Activity.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-instrument",
    },
    last: {
      domain: ["Collection"],
      range: ["CollectionPage", "Link"],
      functional: true,
      description: "In a paged Collection, indicates the furthest proceeding page of the collection.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-last",
    },
    location: {
      domain: ["Object"],
      range: ["Object", "Link"],
      description: "Indicates one or more physical or logical locations associated with the object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-location",
    },
    items: {
      domain: ["Collection"],
      range: ["Object", "Link"],
      description: "Identifies the items contained in a collection. The items might be ordered or unordered.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-items",
    },
    orderedItems: {
      container: "list",
      iri: "https://www.w3.org/ns/activitystreams#items",
      domain: ["OrderedCollection"],
      range: ["Object", "Link"],
      description: "Identifies the items contained in an ordered collection. The items are ordered.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-orderedItems",
    },
    oneOf: {
      domain: ["Question"],
      range: ["Object", "Link"],
      description:
        "Identifies an exclusive option for a Question. Use of oneOf implies that the Question can have only a single answer. To indicate that a Question can have multiple answers, use anyOf.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-oneof",
    },
    anyOf: {
      domain: ["Question"],
      range: ["Object", "Link"],
      description:
        "Identifies an inclusive option for a Question. Use of anyOf implies that the Question can have multiple answers. To indicate that a Question can have only one answer, use oneOf.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-anyof",
    },
    closed: {
      domain: ["Question"],
      range: ["Object", "Link", "dateTime", "boolean"],
      description: "Indicates that a question has been closed, and answers are no longer accepted.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-closed",
    },
    origin: {
      domain: ["Activity"],
      range: ["Object", "Link"],
      description:
        'Describes an indirect object of the activity from which the activity is directed. The precise meaning of the origin is the object of the English preposition "from". For instance, in the activity "John moved an item to List B from List A", the origin of the activity is "List A".',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-origin",
    },
    next: {
      domain: ["CollectionPage"],
      range: ["CollectionPage", "Link"],
      functional: true,
      description: "In a paged Collection, indicates the next page of items.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-next",
    },
    object: {
      typeParameter: "TObject",
      domain: ["Activity", "Relationship"],
      range: ["Object", "Link"],
      description:
        'When used within an Activity, describes the direct object of the activity. For instance, in the activity "John added a movie to his wishlist", the object of the activity is the movie added. When used within a Relationship describes the entity to which the subject is related.',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-object-term",
    },
    prev: {
      domain: ["CollectionPage"],
      range: ["CollectionPage", "Link"],
      functional: true,
      description: "In a paged Collection, identifies the previous page of items.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-prev",
    },
    preview: {
      domain: ["Link", "Object"],
      range: ["Link", "Object"],
      description: "Identifies an entity that provides a preview of this object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-preview",
    },
    result: {
      domain: ["Activity"],
      range: ["Object", "Link"],
      description:
        "Describes the result of the activity. For instance, if a particular action results in the creation of a new resource, the result property can be used to describe that new resource.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-result",
    },
    replies: {
      domain: ["Object"],
      range: ["Collection"],
      functional: true,
      description: "Identifies a Collection containing objects considered to be responses to this object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-replies",
    },
    tag: {
      domain: ["Object"],
      range: ["Object", "Link"],
      description:
        'One or more "tags" that have been associated with an objects. A tag can be any kind of Object. The key difference between attachment and tag is that the former implies association by inclusion, while the latter implies associated by reference.',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-tag",
    },
    target: {
      domain: ["Activity"],
      range: ["Object", "Link"],
      description:
        'Describes the indirect object, or target, of the activity. The precise meaning of the target is largely dependent on the type of action being described but will often be the object of the English preposition "to". For instance, in the activity "John added a movie to his wishlist", the target of the activity is John\'s wishlist. An activity can have more than one target.',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-target",
    },
    to: {
      domain: ["Object"],
      range: ["Object", "Link"],
      description: "Identifies an entity considered to be part of the public primary audience of an Object",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-to",
    },
    url: {
      domain: ["Object"],
      range: ["iri", "Link"],
      description: "Identifies one or more links to representations of the object",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-url",
    },
    accuracy: {
      domain: ["Place"],
      range: ["float"],
      functional: true,
      description:
        'Indicates the accuracy of position coordinates on a Place objects. Expressed in properties of percentage. e.g. "94.0" means "94.0% accurate".',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-accuracy",
    },
    altitude: {
      domain: ["Object"],
      range: ["float"],
      functional: true,
      description:
        'Indicates the altitude of a place. The measurement units is indicated using the units property. If units is not specified, the default is assumed to be "m" indicating meters.',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-altitude",
    },
    content: {
      languageMap: "contentMap",
      functional: true,
      domain: ["Object", "Source"],
      range: ["langString"],
      description:
        "The content or textual representation of the Object encoded as a JSON string. By default, the value of content is HTML. The mediaType property can be used in the object to indicate a different content type. The content MAY be expressed using multiple language-tagged values.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-content",
    },
    name: {
      languageMap: "nameMap",
      functional: true,
      domain: ["Object", "Link"],
      range: ["langString"],
      description:
        "A simple, human-readable, plain-text name for the object. HTML markup MUST NOT be included. The name MAY be expressed using multiple language-tagged values.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-name",
    },
    duration: {
      domain: ["Object"],
      range: ["duration"],
      functional: true,
      description:
        'When the object describes a time-bound resource, such as an audio or video, a meeting, etc, the duration property indicates the object\'s approximate duration. The value MUST be expressed as an xsd:duration as defined by [xmlschema11-2], section 3.3.6 (e.g. a period of 5 seconds is represented as "PT5S").',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-duration",
    },
    height: {
      domain: ["Link", "Object"],
      range: ["nonNegativeInteger"],
      functional: true,
      description:
        "On a Link, specifies a hint as to the rendering height in device-independent pixels of the linked resource.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-height",
    },
    href: {
      domain: ["Link"],
      range: ["iri"],
      functional: true,
      description: "The target resource pointed to by a Link.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-href",
    },
    hreflang: {
      domain: ["Link"],
      range: ["string"],
      functional: true,
      description:
        "Hints as to the language used by the target resource. Value MUST be a [BCP47] Language-Tag.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-hreflang",
    },
    partOf: {
      domain: ["CollectionPage"],
      range: ["Collection", "Link"],
      functional: true,
      description: "Identifies the Collection to which a CollectionPage objects items belong.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-partof",
    },
    latitude: {
      domain: ["Place"],
      range: ["float"],
      functional: true,
      description: "The latitude of a place",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-latitude",
    },
    longitude: {
      domain: ["Place"],
      range: ["float"],
      functional: true,
      description: "The longitude of a place",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-longitude",
    },
    mediaType: {
      domain: ["Link", "Object", "Source"],
      range: ["string"],
      functional: true,
      description:
        "When used on a Link, identifies the MIME media type of the referenced resource. When used on an Object, identifies the MIME media type of the value of the content property. If not specified, the content property is assumed to contain text/html content.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-mediatype",
    },
    endTime: {
      domain: ["Object"],
      range: ["dateTime"],
      functional: true,
      description:
        "The date and time describing the actual or expected ending time of the object. When used with an Activity object, for instance, the endTime property specifies the moment the activity concluded or is expected to conclude.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-endtime",
    },
    published: {
      domain: ["Object"],
      range: ["dateTime"],
      functional: true,
      description: "The date and time at which the object was published",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-published",
    },
    source: {
      domain: ["Object"],
      range: ["Source", "string"],
      functional: true,
      description:
        "The source property is intended to convey some sort of source from which the content markup was derived, as a form of provenance, or to support future editing by clients.",
      specUrl: "https://www.w3.org/TR/activitypub/#source-property",
    },
    startTime: {
      domain: ["Object"],
      range: ["dateTime"],
      functional: true,
      description:
        "The date and time describing the actual or expected starting time of the object. When used with an Activity object, for instance, the startTime property specifies the moment the activity began or is scheduled to begin.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-starttime",
    },
    radius: {
      domain: ["Place"],
      range: ["float"],
      functional: true,
      description:
        'The radius from the given latitude and longitude for a Place. The units is expressed by the units property. If units is not specified, the default is assumed to be "m" indicating "meters".',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-radius",
    },
    rel: {
      domain: ["Link"],
      range: ["string"],
      description:
        'A link relation associated with a Link. The value MUST conform to both the [HTML5] and [RFC5988] "link relation" definitions. In the [HTML5], any string not containing the "space" U+0020, "tab" (U+0009), "LF" (U+000A), "FF" (U+000C), "CR" (U+000D) or "," (U+002C) characters can be used as a valid link relation.',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-rel",
    },
    startIndex: {
      domain: ["OrderedCollectionPage"],
      range: ["nonNegativeInteger"],
      functional: true,
      description:
        "A non-negative integer value identifying the relative position within the logical view of a strictly ordered collection.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-startindex",
    },
    summary: {
      languageMap: "summaryMap",
      functional: true,
      domain: ["Object", "Link"],
      range: ["langString"],
      description:
        "A natural language summarization of the object encoded as HTML. Multiple language tagged summaries MAY be provided.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-summary",
    },
    totalItems: {
      domain: ["Collection"],
      range: ["nonNegativeInteger"],
      functional: true,
      description:
        "A non-negative integer specifying the total number of objects contained by the logical view of the collection. This number might not reflect the actual number of items serialized within the Collection object instance.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-totalitems",
    },
    units: {
      domain: ["Place"],
      range: ["string"],
      functional: true,
      description:
        'Specifies the measurement units for the radius and altitude properties on a Place object. If not specified, the default is assumed to be "m" for "meters".',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-units",
    },
    updated: {
      domain: ["Object"],
      range: ["dateTime"],
      functional: true,
      description: "The date and time at which the object was updated",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-updated",
    },
    width: {
      domain: ["Link", "Object"],
      range: ["nonNegativeInteger"],
      functional: true,
      description:
        "On a Link, specifies a hint as to the rendering width in device-independent pixels of the linked resource.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-width",
    },
    subject: {
      domain: ["Relationship"],
      range: ["Link", "Object"],
      functional: true,
      description:
        'On a Relationship object, the subject property identifies one of the connected individuals. For instance, for a Relationship object describing "John is related to Sally", subject would refer to John.',
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-subject",
    },
    relationship: {
      domain: ["Relationship"],
      range: ["Object"],
      description:
        "On a Relationship object, the relationship property identifies the kind of relationship that exists between subject and object.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-relationship-term",
    },
    describes: {
      domain: ["Profile"],
      range: ["Object"],
      functional: true,
      description:
        "On a Profile object, the describes property identifies the object described by the Profile.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-describes",
    },
    formerType: {
      domain: ["Tombstone"],
      range: ["string"],
      description:
        "On a Tombstone object, the formerType property identifies the type of the object that was deleted.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-formertype",
    },
    deleted: {
      domain: ["Tombstone"],
      range: ["dateTime"],
      functional: true,
      description:
        "On a Tombstone object, the deleted property is a timestamp for when the object was deleted.",
      specUrl: "https://www.w3.org/TR/activitystreams-vocabulary/#dfn-deleted",
    },
    inbox: {
      iri: "http://www.w3.org/ns/ldp#inbox",
      domain: ["Actor"],
      range: ["Collection"],
      functional: true,
      description:
        "A reference to an ActivityStreams OrderedCollection comprised of all the messages received by the actor.",
      specUrl: "https://www.w3.org/TR/activitypub/#inbox",
    },
    outbox: {
      domain: ["Actor"],
      range: ["Collection"],
      functional: true,
      description: "An ActivityStreams OrderedCollection comprised of all the messages produced by the actor",
      specUrl: "https://www.w3.org/TR/activitypub/#outbox",
    },
    following: {
      domain: ["Actor"],
      range: ["Collection"],
      functional: true,
      description: "A link to an ActivityStreams collection of the actors that this actor is following",
      specUrl: "https://www.w3.org/TR/activitypub/#following",
    },
    followers: {
      domain: ["Actor"],
      range: ["Collection"],
      functional: true,
      description: "A link to an ActivityStreams collection of the actors that follow this actor",
      specUrl: "https://www.w3.org/TR/activitypub/#followers",
    },
    liked: {
      domain: ["Actor"],
      range: ["Collection"],
      functional: true,
      description: "A link to an ActivityStreams collection of objects this actor has liked",
      specUrl: "https://www.w3.org/TR/activitypub/#liked",
    },
    likes: {
      domain: ["Object"],
      range: ["Collection"],
      functional: true,
      description: "This is a list of all Like activities with this object as the object property",
      specUrl: "https://www.w3.org/TR/activitypub/#likes",
    },
    shares: {
      domain: ["Object"],
      range: ["Collection"],
      functional: true,
      description: "This is a list of all Announce activities with this object as the object property",
      specUrl: "https://www.w3.org/TR/activitypub/#shares",
    },
    streams: {
      domain: ["Actor"],
      range: ["Collection"],
      description: "A list of supplementary Collections which may be of interest",
      specUrl: "https://www.w3.org/TR/activitypub/#streams",
    },
    preferredUsername: {
      domain: ["Actor"],
      range: ["string"],
      functional: true,
      description: "A short username which may be used to refer to the actor, with no uniqueness guarantees",
      specUrl: "https://www.w3.org/TR/activitypub/#preferredUsername",
    },
    endpoints: {
      domain: ["Actor"],
      range: ["Endpoints"],
      functional: true,
      description:
        "A JSON object which maps additional (typically server/domain-wide) endpoints which may be useful either for this actor or someone referencing this actor.",
      specUrl: "https://www.w3.org/TR/activitypub/#endpoints",
    },
    sharedInbox: {
      domain: ["Endpoints", "Actor"],
      range: ["Collection"],
      functional: true,
      description:
        "An optional endpoint used for wide delivery of publicly addressed activities and activities sent to followers. Misskey and others also put it on the actor itself.",
      specUrl: "https://www.w3.org/TR/activitypub/#sharedInbox",
    },
    proxyUrl: {
      domain: ["Endpoints"],
      range: ["iri"],
      functional: true,
      description:
        "Endpoint URI so this actor's clients may access remote ActivityStreams objects which require authentication to access.",
      specUrl: "https://www.w3.org/TR/activitypub/#proxyUrl",
    },
    oauthAuthorizationEndpoint: {
      domain: ["Endpoints"],
      range: ["iri"],
      functional: true,
      description:
        "If OAuth 2.0 bearer tokens are being used for authenticating client to server interactions, this endpoint specifies a URI at which a browser-authenticated user may obtain a new authorization grant.",
      specUrl: "https://www.w3.org/TR/activitypub/#oauthAuthorizationEndpoint",
    },
    oauthTokenEndpoint: {
      domain: ["Endpoints"],
      range: ["iri"],
      functional: true,
      description:
        "If OAuth 2.0 bearer tokens are being used for authenticating client to server interactions, this endpoint specifies a URI at which a client may acquire an access token.",
      specUrl: "https://www.w3.org/TR/activitypub/#oauthTokenEndpoint",
    },
    provideClientKey: {
      domain: ["Endpoints"],
      range: ["iri"],
      functional: true,
      description:
        "If Linked Data Signatures and HTTP Signatures are being used for authentication and authorization, this endpoint specifies a URI at which browser-authenticated users may authorize a client's public key for client to server interactions.",
      specUrl: "https://www.w3.org/TR/activitypub/#provideClientKey",
    },
    signClientKey: {
      domain: ["Endpoints"],
      range: ["iri"],
      functional: true,
      description:
        "If Linked Data Signatures and HTTP Signatures are being used for authentication and authorization, this endpoint specifies a URI at which a client key may be signed by the actor's key for a time window to act on behalf of the actor in interacting with foreign servers.",
      specUrl: "https://www.w3.org/TR/activitypub/#signClientKey",
    },
    uploadMedia: {
      domain: ["Endpoints"],
      range: ["iri"],
      functional: true,
      description:
        "An endpoint for uploading media in client to server interactions (ActivityPub's proposed media upload extension; Pleroma publishes it).",
      specUrl: "https://www.w3.org/wiki/SocialCG/ActivityPub/MediaUpload",
    },
    alsoKnownAs: {
      domain: ["Actor"],
      range: ["Actor"],
      description:
        "Other identities of this actor: the accounts an account has moved from. Mastodon requires it on the target of a Move.",
      specUrl: "https://swicg.github.io/miscellany/#alsoKnownAs",
    },
  },
});
