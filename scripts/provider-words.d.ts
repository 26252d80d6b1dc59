// Type of the virtual module of the providers' word chunks (scripts/vite-plugins.mjs,
// scripts/provider-index-source.ts providerWordsIndexModule).
declare module 'virtual:provider-words' {
  import type { Words } from '../src/data/word-index';
  /** One loader per provider id: that provider's words by entry id. */
  export const providerWords: Record<string, () => Promise<{ words: Record<string, Words> }>>;
}
