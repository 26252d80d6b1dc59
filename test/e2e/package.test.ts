// @vitest-environment node
// The store uploads: scripts/package.mjs (what `npm run package` runs after the build) writes a Chrome, a
// Firefox and a source zip named and versioned from package.json, each build at the zip root with the
// same files as its dist folder, and a source zip a reviewer can rebuild from without node_modules or dist.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './samples';

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const OUT = mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-packages-'));
const zipPath = (kind: string): string => path.join(OUT, `${pkg.name}-${kind}-${pkg.version}.zip`);
let zips: Record<'chrome' | 'firefox' | 'source', Record<string, Uint8Array>>;

const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
const json = (bytes: Uint8Array | undefined): Record<string, unknown> => JSON.parse(text(bytes)) as Record<string, unknown>;

beforeAll(() => {
  for (const browser of ['chrome', 'firefox']) {
    const manifest = path.join(REPO_ROOT, 'dist', browser, 'manifest.json');
    if (!existsSync(manifest)) throw new Error(`${manifest} is missing: run \`npm run build\` first`);
  }
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/package.mjs'), '--out', OUT], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`scripts/package.mjs failed:\n${run.stderr}`);
  zips = {
    chrome: unzipSync(readFileSync(zipPath('chrome'))),
    firefox: unzipSync(readFileSync(zipPath('firefox'))),
    source: unzipSync(readFileSync(zipPath('source'))),
  };
}, 60_000);

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
});

describe('npm run package', () => {
  it('writes the three zips named from package.json', () => {
    for (const kind of ['chrome', 'firefox', 'source']) expect(existsSync(zipPath(kind))).toBe(true);
  });

  it.each(['chrome', 'firefox'] as const)('the %s zip holds the build at its root, with the package version', (browser) => {
    const files = zips[browser];
    const manifest = json(files['manifest.json']);
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.manifest_version).toBe(3);
    // Byte for byte the built folder: nothing missing, nothing nested under a dist/ prefix.
    const built = readFileSync(path.join(REPO_ROOT, 'dist', browser, 'manifest.json'), 'utf8');
    expect(text(files['manifest.json'])).toBe(built);
    expect(Object.keys(files).some((name) => name.startsWith('dist/') || name.startsWith('/'))).toBe(false);
    const background = manifest.background as { service_worker?: string; scripts?: string[] };
    for (const entry of [background.service_worker, ...(background.scripts ?? [])].filter(Boolean)) {
      expect(Object.keys(files)).toContain(entry);
    }
    const popup = (manifest.action as { default_popup: string }).default_popup;
    expect(Object.keys(files)).toContain(popup);
  });

  it('the Firefox zip carries the gecko settings, the Chrome zip does not', () => {
    expect(json(zips.firefox['manifest.json']).browser_specific_settings).toMatchObject({ gecko: { id: 'bounce-lens@example.com' } });
    expect(json(zips.chrome['manifest.json']).browser_specific_settings).toBeUndefined();
  });

  it('the source zip has what a rebuild needs and nothing installed or built', () => {
    const names = Object.keys(zips.source);
    for (const needed of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'tsconfig.json', 'src/background/index.ts', 'README.md']) {
      expect(names).toContain(needed);
    }
    expect(json(zips.source['package.json']).version).toBe(pkg.version);
    expect(names.filter((name) => /(^|\/)(node_modules|dist|\.git)\//.test(name))).toEqual([]);
  });

  it('gives the same bytes for the same input', () => {
    const again = mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-packages-'));
    try {
      const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/package.mjs'), '--out', again], { cwd: REPO_ROOT, encoding: 'utf8' });
      expect(run.status).toBe(0);
      const name = path.basename(zipPath('chrome'));
      expect(readFileSync(path.join(again, name)).equals(readFileSync(zipPath('chrome')))).toBe(true);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
