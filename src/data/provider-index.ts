// The small index the content script carries instead of every provider file: per provider, what tells
// that a bounce may concern it (signatures, tokens and aliases), so that only the provider files a bounce
// can match are loaded. The build generates the index from src/data/providers/index.ts (see
// scripts/vite-plugins.mjs), so adding a provider stays "one file + one import line";
// test/data/provider-index.test.ts checks the generated index and the selection against the full dataset.
//
// The selection must never drop a provider the engine would have matched. It mirrors the gate of
// matchProviders (src/core/resolve.ts): an entry can only match when its file's signature is present, or
// one of its token/alias names is, or its file has no signatures at all. The engine tests signatures on
// pieces of the text joined or with whitespace collapsed (folded replies, DSN fields), so the index tests
// the text as written and collapsed; a name counts when each of its letter-and-digit runs is a whole run
// of the text (a superset of the engine's whole-word and token checks, and one pass over the text).
import type { ProviderFile } from './schema';

export interface ProviderIndexEntry {
  /** ProviderFile.id */
  id: string;
  /** The module under src/data/providers/ that exports it, without ".ts" (the chunk to load). */
  file: string;
  signatures: RegExp[];
  /** Every entry's token and aliases, upper-cased. */
  names: string[];
  /** The reply codes and statuses its entries explain (for reports; selection does not need them). */
  codes: string[];
}

/** The index entry for one provider file (build time, and tests). */
export function indexEntryOf(provider: ProviderFile, file: string): ProviderIndexEntry {
  const names = new Set<string>();
  const codes = new Set<string>();
  for (const entry of provider.entries) {
    for (const name of [entry.token, ...(entry.aliases ?? [])]) if (name) names.add(name.toUpperCase());
    if (entry.reply) codes.add(entry.reply);
    if (entry.status) codes.add(entry.status);
  }
  return { id: provider.id, file, signatures: [...provider.signatures], names: [...names], codes: [...codes] };
}

/** How much of a long text the selection reads: the engine reads the first 128 KB of a bounce (after
 *  cutting the quoted original; ANALYSIS_WINDOW in src/core/analyze.ts) plus up to 20 KB of delivery-status
 *  fields found after the cut. The selection reads twice that head, and a window after every DSN header
 *  beyond it, so that a hostile 1 MB text costs a bounded scan. */
const HEAD_CHARS = 256_000;
const DSN_WINDOW_CHARS = 24_000;
const MAX_DSN_WINDOWS = 16;
const DSN_HEADER = /^[ \t]{0,4}(?:Reporting-MTA|Final-Recipient):/gim;

/** The part of a text the engine can read: all of it when short, else the head and the DSN windows. */
export function selectionScope(text: string): string {
  if (text.length <= HEAD_CHARS + DSN_WINDOW_CHARS) return text;
  const parts = [text.slice(0, HEAD_CHARS)];
  DSN_HEADER.lastIndex = HEAD_CHARS;
  for (let m = DSN_HEADER.exec(text); m && parts.length <= MAX_DSN_WINDOWS; m = DSN_HEADER.exec(text)) {
    parts.push(text.slice(m.index, m.index + DSN_WINDOW_CHARS));
    DSN_HEADER.lastIndex = m.index + DSN_WINDOW_CHARS;
  }
  return parts.join('\n\n');
}

/** Letter-and-digit runs, upper-cased: the engine finds a token or alias only as a whole word (its
 *  whole-word check, or a token pattern with boundaries), so each run of a name is a whole run of the text. */
const RUN_SPLIT = /[^A-Z0-9]+/;

/** The ids of the providers a text may concern, in index order. */
export function selectProviders(index: readonly ProviderIndexEntry[], text: string): string[] {
  const written = selectionScope(text).replace(/\r\n?/g, '\n');
  // One space for any whitespace run: the engine folds wrapped replies and DSN fields the same way.
  const collapsed = written.replace(/\s+/g, ' ');
  const upper = collapsed.toUpperCase();
  const runs = new Set(upper.split(RUN_SPLIT));
  const has = (re: RegExp): boolean => {
    re.lastIndex = 0;
    const found = re.test(written) || ((re.lastIndex = 0), re.test(collapsed));
    re.lastIndex = 0;
    return found;
  };
  const named = (name: string): boolean => {
    const parts = name.split(RUN_SPLIT).filter(Boolean);
    return parts.length > 0 ? parts.every((part) => runs.has(part)) : upper.includes(name);
  };
  return index
    .filter((provider) => provider.signatures.length === 0 || provider.signatures.some(has) || provider.names.some(named))
    .map((provider) => provider.id);
}

/** JavaScript source of a module exporting `providerIndex` (regular expressions as literals). */
export function serializeIndex(index: readonly ProviderIndexEntry[]): string {
  const entry = (p: ProviderIndexEntry): string =>
    `{id:${JSON.stringify(p.id)},file:${JSON.stringify(p.file)},signatures:[${p.signatures.map(String).join(',')}],` +
    `names:${JSON.stringify(p.names)},codes:${JSON.stringify(p.codes)}}`;
  return `export const providerIndex = [\n${index.map(entry).join(',\n')}\n];\n`;
}
