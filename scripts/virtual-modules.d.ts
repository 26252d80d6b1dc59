// Types of the virtual modules the build provides (scripts/vite-plugins.mjs).
declare module 'virtual:provider-index' {
  import type { ProviderIndexEntry } from '../src/data/provider-index';
  export const providerIndex: ProviderIndexEntry[];
}
declare module 'virtual:word-index' {
  import type { Matcher, Words } from '../src/data/word-index';
  export const replyMatchers: Matcher[];
  export const statusMatchers: Matcher[];
  /** One loader per word chunk (src/data/word-index.ts wordChunkOf names them). */
  export const wordChunks: Record<string, () => Promise<{ words: Record<string, Words> }>>;
}
