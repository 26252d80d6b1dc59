// Build-time source of the provider index, every provider's matchers without its words (see
// src/data/provider-index.ts): run by the vite plugin in
// scripts/vite-plugins.mjs through vite's module runner, and by the unit test. The provider list is
// src/data/providers/index.ts (its order is the engine's); the file each provider lives in comes from
// the same glob the content script loads providers with.
import { indexEntryOf, serializeIndex, type ProviderIndexEntry } from '../src/data/provider-index';
import type { ProviderFile } from '../src/data/schema';
import { providers } from '../src/data/providers';

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
