// The provider index the content script carries instead of every provider file: a copy of each provider
// file with everything the engine matches with (signatures, each entry's codes, token, aliases, patterns,
// reason, ...) and none of its words (titles, explanations, steps, references). The content script runs
// the engine once on the reply codes, the statuses and this copy (src/content/lazy-dataset.ts), then
// loads the words of the providers whose entries win: each provider's words are a chunk of their own
// (providerWordsOf: one JSON string, filled in by entry id), so its patterns are compiled once, here.
// Adding providers grows this index by their patterns, not by their words, and a bounce loads the words
// of the providers that explain it and no other.
//
// Why not a hand-written pre-filter (signatures and names)? The engine decides with more than that (an
// entry may match without its provider's signature when the codes agree and the wording is the
// provider's own), and it keeps changing: a copy of its gate drifts. Running the engine itself is right
// by construction. The build generates the index from src/data/providers/index.ts (scripts/vite-plugins.mjs
// through scripts/provider-index-source.ts), so adding a provider stays "one file + one import line";
// test/data/provider-index.test.ts checks the index against the full dataset and the two-pass answer
// against the full-dataset answer.
//
// This module calls the engine (core/bare.ts) although it lives under data/: the selection IS the
// engine's answer, and it is shared by the content script (src/content/explain.ts), the tests and the
// benchmark (scripts/bench.ts).
import type { ProviderEntry, ProviderFile } from './schema';
import { matcherOf, withNoWords, wordsOf, type Matcher, type Words } from './word-index';

export { WORD_FIELDS } from './word-index';

/** A provider entry without its words (src/data/word-index.ts). */
export type MatcherEntry = Matcher<ProviderEntry>;

export interface ProviderIndexEntry {
  /** ProviderFile.id */
  id: string;
  /** The module under src/data/providers/ that exports it, without ".ts" (the chunk to load). */
  file: string;
  /** ProviderFile.name (the engine names the organisation that refused with it). */
  name: string;
  signatures: RegExp[];
  entries: MatcherEntry[];
}

const matcherEntryOf = (entry: ProviderEntry): MatcherEntry => matcherOf(entry);

/** The index entry for one provider file (build time, and tests). */
export function indexEntryOf(provider: ProviderFile, file: string): ProviderIndexEntry {
  return { id: provider.id, file, name: provider.name, signatures: [...provider.signatures], entries: provider.entries.map(matcherEntryOf) };
}

/** A ProviderFile the engine can match with: the index entry with empty words. */
export function matcherFile(entry: ProviderIndexEntry): ProviderFile {
  return {
    id: entry.id,
    name: entry.name,
    covers: [],
    signatures: entry.signatures,
    entries: entry.entries.map((e) => withNoWords<ProviderEntry>(e)),
  };
}

/** JavaScript source of a value: regular expressions as literals (source and flags), the rest as JSON. */
export function toSource(value: unknown): string {
  if (value instanceof RegExp) return String(value);
  if (Array.isArray(value)) return `[${value.map(toSource).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${fields.map(([key, v]) => `${JSON.stringify(key)}:${toSource(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** JavaScript source of a module exporting `providerIndex`. */
export function serializeIndex(index: readonly ProviderIndexEntry[]): string {
  return `export const providerIndex = [\n${index.map(toSource).join(',\n')}\n];\n`;
}

/** A provider's words by entry id: what its chunk carries (the index already holds its matchers, so
 *  loading a provider does not compile its patterns a second time). The first entry with an id wins, as
 *  the lookups by id of src/content/lazy-dataset.ts do. */
export function providerWordsOf(provider: ProviderFile): Record<string, Words> {
  const words: Record<string, Words> = {};
  for (const entry of provider.entries) if (!(entry.id in words)) words[entry.id] = wordsOf(entry);
  return words;
}
