// @vitest-environment node
// The settings in storage.sync: defaults, untrusted stored shapes, saving, and change notifications, through
// the small storage shim the content scripts use (a stand-in with the MV3 promise API here).
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  loadSettings,
  normalizeSettings,
  onSettingsChanged,
  saveSettings,
  type Settings,
} from '../../src/ui/settings';
import { memoryStorage } from './memory-storage';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    const defaults: Settings = { enabled: { gmail: true, outlook: true }, folded: false, audience: 'sender' };
    expect(normalizeSettings(undefined)).toEqual(defaults);
    expect(normalizeSettings('x')).toEqual(defaults);
    expect(normalizeSettings({ enabled: 3, folded: 'yes', audience: 'boss' })).toEqual(defaults);
    expect(DEFAULT_SETTINGS).toEqual(defaults);
  });

  it('keeps what is valid', () => {
    expect(normalizeSettings({ enabled: { gmail: false }, folded: true, audience: 'admin' })).toEqual({
      enabled: { gmail: false, outlook: true },
      folded: true,
      audience: 'admin',
    });
  });
});

describe('loading, saving, following changes', () => {
  it('loads the defaults without storage, and when storage fails', async () => {
    expect(await loadSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const broken = memoryStorage();
    broken.sync.get = () => Promise.reject(new Error('quota'));
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it('saves under one key and reads back', async () => {
    const storage = memoryStorage();
    const settings: Settings = { enabled: { gmail: true, outlook: false }, folded: true, audience: 'admin' };
    await saveSettings(settings, storage);
    expect(storage.data[SETTINGS_KEY]).toEqual(settings);
    expect(await loadSettings(storage)).toEqual(settings);
    await expect(saveSettings(settings, undefined)).rejects.toThrow(/storage/);
  });

  it('reports sync changes of our key only, until unsubscribed', async () => {
    const storage = memoryStorage();
    const seen: Settings[] = [];
    const stop = onSettingsChanged((settings) => seen.push(settings), storage);
    await saveSettings({ ...DEFAULT_SETTINGS, folded: true }, storage);
    for (const listener of storage.listeners) {
      listener({ other: { newValue: 1 } }, 'sync');
      listener({ [SETTINGS_KEY]: { newValue: { folded: false } } }, 'local');
    }
    stop();
    await saveSettings({ ...DEFAULT_SETTINGS, audience: 'admin' }, storage);
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, folded: true }]);
    expect(storage.listeners.size).toBe(0);
  });
});
