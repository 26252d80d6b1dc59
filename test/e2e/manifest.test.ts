// @vitest-environment node
// Both built manifests: the extension reaches the five webmail hosts and nothing wider, asks for no
// permission it does not use, and is a production build (the dev server's manifest opens <all_urls>).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './samples';

const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
];
/** Adding a permission is a decision: add it here with the feature that uses it.
 *  contextMenus: the right-click "Explain with Bounce Lens" (src/background), which gets the selection
 *  from the menu event, so no host permission is needed for it. */
const ALLOWED_PERMISSIONS: string[] = ['contextMenus', 'storage'];
// storage: the options (storage.sync), read by the options page, the popup and the content scripts.

/** "__MSG_extName__" -> the English text from the built _locales (the browser does the same per language). */
function resolveMessage(dir: string, value: string): string {
  const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
  if (!key) return value;
  const catalogue = JSON.parse(readFileSync(path.join(dir, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
  return catalogue[key]?.message ?? value;
}

interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; exclude_matches?: string[]; js?: string[]; css?: string[]; all_frames?: boolean }[];
  web_accessible_resources?: { matches?: string[]; extension_ids?: string[]; resources: string[] }[];
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  action?: { default_popup?: string };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
}

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

describe.each(['chrome', 'firefox'] as const)('dist/%s/manifest.json', (browser) => {
  const dir = path.join(REPO_ROOT, 'dist', browser);
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;

  it('is MV3 with the package version', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(resolveMessage(dir, manifest.name)).toBe('Bounce Lens');
    expect(manifest.version).toBe(pkg.version);
  });

  it('runs its content scripts on exactly the five webmail hosts, without page CSS', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
    expect([...matches].sort()).toEqual([...WEBMAIL_MATCHES].sort());
    for (const script of manifest.content_scripts ?? []) {
      expect(script.css ?? []).toEqual([]);
      expect(script.all_frames ?? false).toBe(false);
    }
  });

  it('asks for no host permission and no API permission beyond the allowed list', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
      expect(ALLOWED_PERMISSIONS).toContain(permission);
    }
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('uses every API permission it asks for, and reaches no frame beyond the webmail pages', () => {
    // An allowed permission a feature stopped using is still a permission too many: the built code must
    // call its API (chrome.storage / browser.contextMenus ...).
    const code = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(path.join(dir, name), 'utf8'))
      .join('\n');
    for (const permission of manifest.permissions ?? []) expect(code, `${permission} is never used`).toContain(`.${permission}`);
    for (const script of (manifest.content_scripts ?? []) as Record<string, unknown>[]) {
      expect(script.match_about_blank ?? false).toBe(false);
      expect(script.match_origin_as_fallback ?? false).toBe(false);
    }
  });

  it('exposes its chunks only to the webmail hosts, and only files that exist', () => {
    const resources = manifest.web_accessible_resources ?? [];
    expect(resources.length).toBeGreaterThan(0);
    for (const entry of resources) {
      expect(entry.extension_ids).toBeUndefined();
      expect(entry.matches?.length).toBeGreaterThan(0);
      for (const match of entry.matches ?? []) expect(WEBMAIL_MATCHES).toContain(match);
      for (const resource of entry.resources) {
        expect(resource).not.toMatch(/[*]/);
        expect(existsSync(path.join(dir, resource))).toBe(true);
      }
    }
  });

  it('is a production build: nothing points at a dev server, no match opens every site', () => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/<all_urls>|localhost|\*:\/\/\*|https?:\/\/\*\//);
    const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
    for (const script of scripts) expect(readFileSync(path.join(dir, script), 'utf8')).not.toMatch(/localhost/);
  });

  if (browser === 'chrome') {
    it('uses a module service worker', () => {
      expect(manifest.background?.service_worker).toBeTruthy();
      expect(manifest.background?.scripts).toBeUndefined();
    });
  } else {
    it('uses background scripts and declares the gecko settings', () => {
      expect(manifest.background?.scripts?.length).toBe(1);
      expect(manifest.background?.service_worker).toBeUndefined();
      expect(manifest.browser_specific_settings?.gecko).toMatchObject({
        id: 'bounce-lens@example.com',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      });
    });
  }
});
