// storage.sync and storage.onChanged in memory, for tests of the settings and of the content runtime.
import type { StorageApi } from '../../src/ui/settings';

type Listener = Parameters<StorageApi['onChanged']['addListener']>[0];

/** Fires onChanged on set, as the browser does. */
export function memoryStorage(initial: Record<string, unknown> = {}): StorageApi & { listeners: Set<Listener>; data: Record<string, unknown> } {
  const data: Record<string, unknown> = { ...initial };
  const listeners = new Set<Listener>();
  return {
    data,
    listeners,
    sync: {
      get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items) => {
        const changes = Object.fromEntries(Object.entries(items).map(([key, value]) => [key, { oldValue: data[key], newValue: structuredClone(value) }]));
        Object.assign(data, structuredClone(items));
        for (const listener of listeners) listener(changes, 'sync');
      },
    },
    onChanged: {
      addListener: (listener) => listeners.add(listener),
      removeListener: (listener) => listeners.delete(listener),
    },
  };
}

