// Types of the virtual modules the build provides (scripts/vite-plugins.mjs).
declare module 'virtual:provider-index' {
  import type { ProviderIndexEntry } from '../src/data/provider-index';
  export const providerIndex: ProviderIndexEntry[];
}
