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
// the text as written and collapsed; names are looked for as plain substrings (a superset of the engine's
// whole-word and token checks).
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

/** The ids of the providers a text may concern, in index order. */
export function selectProviders(index: readonly ProviderIndexEntry[], text: string): string[] {
  const written = text.replace(/\r\n?/g, '\n');
  // One space for any whitespace run: the engine folds wrapped replies and DSN fields the same way.
  const collapsed = written.replace(/\s+/g, ' ');
  const upper = written.toUpperCase();
  const upperCollapsed = collapsed.toUpperCase();
  const has = (re: RegExp): boolean => {
    re.lastIndex = 0;
    const found = re.test(written) || (re.lastIndex = 0, re.test(collapsed));
    re.lastIndex = 0;
    return found;
  };
  return index
    .filter(
      (provider) =>
        provider.signatures.length === 0 ||
        provider.signatures.some(has) ||
        provider.names.some((name) => upper.includes(name) || upperCollapsed.includes(name)),
    )
    .map((provider) => provider.id);
}

/** JavaScript source of a module exporting `providerIndex` (regular expressions as literals). */
export function serializeIndex(index: readonly ProviderIndexEntry[]): string {
  const entry = (p: ProviderIndexEntry): string =>
    `{id:${JSON.stringify(p.id)},file:${JSON.stringify(p.file)},signatures:[${p.signatures.map(String).join(',')}],` +
    `names:${JSON.stringify(p.names)},codes:${JSON.stringify(p.codes)}}`;
  return `export const providerIndex = [\n${index.map(entry).join(',\n')}\n];\n`;
}
