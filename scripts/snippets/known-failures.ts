/**
 * Code blocks that fail the snippet check today, each named by its document and its first line
 * of code (which survives edits above the block). They are in files the package rewrites of
 * issues 10 and 11 own and fix: the root README's package sections, the package READMEs and the
 * guides. When a fix lands, `pnpm check:snippets` fails with "passes now: delete its entry" until
 * the entry is deleted here. Never add an entry to hide a new failure: fix the block, or mark it
 * (`ts partial` for a fragment, `ts nocheck="why"`); see CONTRIBUTING.md, "Code blocks in the docs".
 *
 * The errors each block has today are in the comment above its entry.
 */
export const knownFailingSnippets: readonly { readonly document: string; readonly firstLine: string }[] = [
  // README.md:55 (vocab quick start): TS2304 'body' (a fragment: mark it partial); also uses
  // isNote(result.value.object) where the package README uses firstValue().
  {
    document: "README.md",
    firstLine:
      'import { buildNote, isNote, parseCreate, PUBLIC_COLLECTION, visibilityOf } from "@fedikit/vocab";',
  },
  // README.md:74 (webfinger quick start): TS2339 Property 'acct' does not exist on type
  // 'WebFingerResource' (line 81); TS2304 'users'.
  {
    document: "README.md",
    firstLine: 'import { createWebFingerHandler, resolveHandle } from "@fedikit/webfinger";',
  },
  // README.md:89 (http-signatures quick start): TS2552 'request', TS2304 'inbox', TS18004
  // 'body' / 'keyId' / 'privateKey' (a fragment: mark it partial).
  {
    document: "README.md",
    firstLine:
      'import { createCachingKeyResolver, createFetchKeyLoader, signRequest, verifyRequest } from "@fedikit/http-signatures";',
  },
  // packages/http-signatures/README.md:27: TS2304 'activity', 'alicePrivateKeyPem'; TS2552
  // 'request'; TS1108 'return' outside a function (line 42).
  {
    document: "packages/http-signatures/README.md",
    firstLine:
      'import { createCachingKeyResolver, createFetchKeyLoader, signRequest, verifyRequest } from "@fedikit/http-signatures";',
  },
  // packages/vocab/README.md:28: TS2304 'body'.
  {
    document: "packages/vocab/README.md",
    firstLine:
      'import { buildCreate, firstValue, isNote, parseCreate, PUBLIC_COLLECTION, type Note } from "@fedikit/vocab";',
  },
  // packages/webfinger/README.md:15: TS2339 Property 'acct' does not exist on type
  // 'WebFingerResource' (line 25).
  {
    document: "packages/webfinger/README.md",
    firstLine: 'import { createWebFingerHandler, resolveHandle } from "@fedikit/webfinger";',
  },
  // docs/extending-the-vocabulary.md:73: TS2307 '../src/forgefed.js' (the block defining it
  // wants `file=` and the import `./forgefed.js`).
  {
    document: "docs/extending-the-vocabulary.md",
    firstLine: "// scripts/generate-forgefed.ts (run it with tsx, or with node ≥ 22.6)",
  },
  // docs/extending-the-vocabulary.md:99: TS2307 './forgefed.generated.js' (generated code: the
  // block needs nocheck="…" or the generated module as a file= block); TS2304 'body', 'json'.
  {
    document: "docs/extending-the-vocabulary.md",
    firstLine: 'import { parseCreate } from "@fedikit/vocab";',
  },
  // docs/http-signatures.md:22: TS2304 'request'.
  {
    document: "docs/http-signatures.md",
    firstLine:
      'import { createCachingKeyResolver, createFetchKeyLoader, verifyRequest } from "@fedikit/http-signatures";',
  },
  // docs/http-signatures.md:48: TS18004 'keyResolver'.
  { document: "docs/http-signatures.md", firstLine: 'import { createServer } from "node:http";' },
  // docs/http-signatures.md:74: TS2307 'express' (not a dependency of any package), TS7006
  // 'req' / 'res', TS18004 'keyResolver'.
  { document: "docs/http-signatures.md", firstLine: 'import express from "express";' },
  // docs/http-signatures.md:98: TS2307 'hono', TS7006 'c', TS18004 'keyResolver'.
  { document: "docs/http-signatures.md", firstLine: 'import { Hono } from "hono";' },
  // docs/http-signatures.md:157: TS2304 'activity', 'inbox'; TS18004 'privateKey'.
  {
    document: "docs/http-signatures.md",
    firstLine: 'import { signRequest } from "@fedikit/http-signatures";',
  },
  // docs/http-signatures.md:191: TS2304 'inbox'; TS18004 'body', 'keyId', 'privateKey'.
  {
    document: "docs/http-signatures.md",
    firstLine: 'import { createDoubleKnockFetch } from "@fedikit/http-signatures";',
  },
  // docs/http-signatures.md:202: TS2304 'send', 'request'; TS18004 'keyId', 'privateKey'.
  { document: "docs/http-signatures.md", firstLine: "await send(request, {" },
  // docs/resolving-handles.md:66: TS2304 'resolveHandle' (not imported).
  { document: "docs/resolving-handles.md", firstLine: 'import { createSafeFetch } from "@fedikit/fetch";' },
  // docs/resolving-handles.md:81: TS2304 'db', 'app'; TS7006 'c'.
  {
    document: "docs/resolving-handles.md",
    firstLine: 'import { createHostMetaHandler, createWebFingerHandler } from "@fedikit/webfinger";',
  },
  // docs/vocabulary.md:35: TS2304 'body'.
  {
    document: "docs/vocabulary.md",
    firstLine: 'import { firstValue, isNote, parseCreate } from "@fedikit/vocab";',
  },
];
