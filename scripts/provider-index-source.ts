// Build-time source of the provider index, every provider's matchers without its words (see
// src/data/provider-index.ts), and of the reply and status matchers and their word chunks
// (src/data/word-index.ts): run by the vite plugin in
// scripts/vite-plugins.mjs through vite's module runner, and by the unit test. The provider list is
// src/data/providers/index.ts (its order is the engine's); the file each provider lives in comes from
// the same glob the content script loads providers with.
import { indexEntryOf, providerWordsOf, serializeIndex, toSource, type ProviderIndexEntry } from '../src/data/provider-index';
import { statusCodes } from '../src/data/enhanced-status-codes';
import { replyCodes } from '../src/data/reply-codes';
import type { ProviderFile } from '../src/data/schema';
import { providers } from '../src/data/providers';
import { matcherOf, serializeWordChunk, wordChunks } from '../src/data/word-index';

const modules = import.meta.glob<Record<string, unknown>>(['../src/data/providers/*.ts', '!../src/data/providers/index.ts'], {
  eager: true,
});

function isProviderFile(value: unknown): value is ProviderFile {
  return typeof value === 'object' && value !== null && 'signatures' in value && 'entries' in value && 'id' in value;
}

/** Provider id -> module name (without .ts) under src/data/providers/. */
export function providerFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [modulePath, exports] of Object.entries(modules)) {
    const file = /([\w-]+)\.ts$/.exec(modulePath)?.[1];
    if (!file) continue;
    for (const value of Object.values(exports)) {
      if (!isProviderFile(value)) continue;
      const other = files.get(value.id);
      if (other && other !== file) throw new Error(`provider id "${value.id}" is exported by ${other}.ts and ${file}.ts`);
      files.set(value.id, file);
    }
  }
  return files;
}

export function buildProviderIndex(list: readonly ProviderFile[] = providers): ProviderIndexEntry[] {
  const files = providerFiles();
  return list.map((provider) => {
    const file = files.get(provider.id);
    if (!file) throw new Error(`provider "${provider.id}" is listed in src/data/providers/index.ts but exported by no file next to it`);
    return indexEntryOf(provider, file);
  });
}

/** The source of `virtual:provider-index`. */
export function providerIndexModule(): string {
  return serializeIndex(buildProviderIndex());
}

/** The virtual module ids of the word chunks (scripts/vite-plugins.mjs resolves them). */
export const WORD_CHUNK_PREFIX = 'virtual:word-chunk/';

const chunks = wordChunks([...replyCodes, ...statusCodes]);

/** The source of `virtual:word-index`: every reply code and status without its words, and a loader per
 *  word chunk (each a chunk of its own, imported only when a report uses one of its entries). */
export function wordIndexModule(): string {
  const loaders = [...chunks.keys()].sort().map((key) => `${JSON.stringify(key)}: () => import(${JSON.stringify(WORD_CHUNK_PREFIX + key)})`);
  return [
    `export const replyMatchers = ${toSource(replyCodes.map(matcherOf))};`,
    `export const statusMatchers = ${toSource(statusCodes.map(matcherOf))};`,
    `export const wordChunks = {\n${loaders.join(',\n')}\n};`,
    '',
  ].join('\n');
}

/** The source of `virtual:word-chunk/<key>`, or undefined for an unknown key. */
export function wordChunkModule(key: string): string | undefined {
  const words = chunks.get(key);
  return words ? serializeWordChunk(words) : undefined;
}

/** The virtual module ids of the providers' word chunks (scripts/vite-plugins.mjs resolves them). */
export const PROVIDER_WORDS_PREFIX = 'virtual:provider-words/';

/** The source of `virtual:provider-words`: one loader per provider id, each a chunk of its own holding
 *  only that provider's words (its matchers are in the provider index). */
export function providerWordsIndexModule(): string {
  const loaders = providers.map((provider) => `${JSON.stringify(provider.id)}: () => import(${JSON.stringify(PROVIDER_WORDS_PREFIX + provider.id)})`);
  return `export const providerWords = {\n${loaders.join(',\n')}\n};\n`;
}

/** The source of `virtual:provider-words/<provider id>`, or undefined for an unknown id. */
export function providerWordsModule(id: string): string | undefined {
  const provider = providers.find((candidate) => candidate.id === id);
  return provider ? serializeWordChunk(providerWordsOf(provider)) : undefined;
}
