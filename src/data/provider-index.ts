// The provider index the content script carries instead of every provider file: a copy of each provider
// file with everything the engine matches with (signatures, each entry's codes, token, aliases, patterns,
// reason, ...) and none of its words (titles, explanations, steps, references). The content script runs
// the engine twice (analyzeInTwoPasses below): first on the reply codes, the statuses and this copy, to
// learn which provider entries win; then, once those providers' files are loaded (each is a chunk of its
// own), on the full files of the winners only. Adding providers grows this index by their patterns, not
// by their words, and a bounce loads the words of the providers that explain it and no other.
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

/** The fields of an entry that are words for people: the engine never reads them while deciding. */
export const WORD_FIELDS = ['authority', 'title', 'meaning', 'details', 'causes', 'senderSteps', 'adminSteps', 'retryAdvice', 'references'] as const;
type WordField = (typeof WORD_FIELDS)[number];

/** A provider entry without its words: everything else is kept, so a field the engine starts reading
 *  tomorrow is in the index without anyone having to remember it. */
export type MatcherEntry = Omit<ProviderEntry, WordField>;

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

const WORDS: ReadonlySet<string> = new Set(WORD_FIELDS);

function withoutWords<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([key, v]) => !WORDS.has(key) && v !== undefined)) as T;
}

function matcherEntryOf(entry: ProviderEntry): MatcherEntry {
  const out = withoutWords(entry) as MatcherEntry;
  // Class-specific overrides may carry a reason besides words.
  if (entry.byClass) {
    out.byClass = Object.fromEntries(Object.entries(entry.byClass).map(([cls, over]) => [cls, withoutWords(over ?? {})]));
  }
  return out;
}

/** The index entry for one provider file (build time, and tests). */
export function indexEntryOf(provider: ProviderFile, file: string): ProviderIndexEntry {
  return { id: provider.id, file, name: provider.name, signatures: [...provider.signatures], entries: provider.entries.map(matcherEntryOf) };
}

const NO_WORDS = Object.freeze({
  authority: '', title: '', meaning: '', details: '', retryAdvice: '',
  causes: Object.freeze([]) as unknown as string[], senderSteps: Object.freeze([]) as unknown as string[],
  adminSteps: Object.freeze([]) as unknown as string[], references: Object.freeze([]) as unknown as ProviderEntry['references'],
});

/** A ProviderFile the engine can match with: the index entry with empty words. */
export function matcherFile(entry: ProviderIndexEntry): ProviderFile {
  return {
    id: entry.id,
    name: entry.name,
    covers: [],
    signatures: entry.signatures,
    entries: entry.entries.map((e) => ({ ...NO_WORDS, ...e })),
  };
}

/** JavaScript source of a value: regular expressions as literals (source and flags), the rest as JSON. */
function toSource(value: unknown): string {
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
