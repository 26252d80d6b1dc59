// The reader's settings, kept in storage.sync (they follow the browser profile) and read by the options
// page, the popup and the content scripts. The content scripts run on every webmail page load, so this
// module is a few lines over the storage global instead of webextension-polyfill (3.0 KB gzip more, measured
// in the injected script): `browser.storage` (Firefox) or `chrome.storage` (Chrome, Edge), both of which
// return promises in Manifest V3.

export type Webmail = 'gmail' | 'outlook';
export type Audience = 'sender' | 'admin';

/** How cards look: what the options page chooses and the card renders. */
export interface CardPreferences {
  /** Start folded: the headline and the codes, the rest behind a "Show details" button. */
  folded: boolean;
  /** Whose part comes first and open: the sender's advice or the admin's codes and facts. */
  audience: Audience;
}

export interface Settings extends CardPreferences {
  /** The overlay on or off, per webmail. */
  enabled: Record<Webmail, boolean>;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: Object.freeze({ gmail: true, outlook: true }),
  folded: false,
  audience: 'sender',
}) as Settings;

export const SETTINGS_KEY = 'settings';

/** Stored data is not trusted to have our shape (an older version, another device, a hand edit). */
export function normalizeSettings(value: unknown): Settings {
  const stored = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  const enabled = (stored.enabled && typeof stored.enabled === 'object' ? stored.enabled : {}) as Partial<Record<Webmail, unknown>>;
  return {
    enabled: { gmail: enabled.gmail !== false, outlook: enabled.outlook !== false },
    folded: stored.folded === true,
    audience: stored.audience === 'admin' ? 'admin' : 'sender',
  };
}

interface StorageChange {
  newValue?: unknown;
}

/** The part of the storage API we use, identical in `browser.storage` and MV3 `chrome.storage`. */
export interface StorageApi {
  sync: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void;
  };
}

export function storageApi(): StorageApi | undefined {
  const scope = globalThis as { browser?: { storage?: StorageApi }; chrome?: { storage?: StorageApi } };
  return scope.browser?.storage ?? scope.chrome?.storage;
}

/** The stored settings; the defaults when there is no storage (tests, a missing permission) or it fails. */
export async function loadSettings(storage = storageApi()): Promise<Settings> {
  if (!storage) return normalizeSettings(undefined);
  try {
    const items = await storage.sync.get(SETTINGS_KEY);
    return normalizeSettings(items[SETTINGS_KEY]);
  } catch {
    return normalizeSettings(undefined);
  }
}

export async function saveSettings(settings: Settings, storage = storageApi()): Promise<void> {
  if (!storage) throw new Error('storage is not available');
  await storage.sync.set({ [SETTINGS_KEY]: normalizeSettings(settings) });
}

/** Calls `listener` with the new settings whenever they change (in any tab or device); returns an unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void, storage = storageApi()): () => void {
  if (!storage) return () => undefined;
  const onChanged = (changes: Record<string, StorageChange>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) listener(normalizeSettings(change.newValue));
  };
  storage.onChanged.addListener(onChanged);
  return () => storage.onChanged.removeListener(onChanged);
}
