/**
 * Code blocks allowed to fail the snippet check, each named by its document and its first line of
 * code (which survives edits above the block). Empty: every block of the READMEs and guides
 * passes. When a listed block passes, `pnpm check:snippets` fails with "passes now: delete its
 * entry" until the entry is deleted here. Never add an entry to hide a new failure: fix the block,
 * or mark it (`ts partial` for a fragment, `ts nocheck="why"`); see CONTRIBUTING.md, "Code blocks
 * in the docs". An entry that must exist for a while says, in a comment above it, which errors the
 * block has and which issue fixes it.
 */
export const knownFailingSnippets: readonly { readonly document: string; readonly firstLine: string }[] = [];
