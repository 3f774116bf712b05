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
  // docs/http-signatures.md (Express): TS2307 'express' (not a dependency of the repository),
  // TS7006 'req' / 'res'. Issue 11 asks for Express, Fastify and Hono mounting with a tested adapter.
  { document: "docs/http-signatures.md", firstLine: 'import express from "express";' },
  // docs/http-signatures.md (Hono): TS2307 'hono', TS7006 'c'.
  { document: "docs/http-signatures.md", firstLine: 'import { Hono } from "hono";' },
  // docs/resolving-handles.md: TS2304 'db', 'app'; TS7006 'c'.
  {
    document: "docs/resolving-handles.md",
    firstLine: 'import { createHostMetaHandler, createWebFingerHandler } from "@fedikit/webfinger";',
  },
];
