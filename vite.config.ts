// Builds the extension. One build per browser: `vite build` writes dist/chrome, `BROWSER=firefox vite build`
// writes dist/firefox. The manifest's shape lives in manifest.json; name, version and description come
// from package.json, and the Firefox-only keys are added here.
import { readFileSync } from 'node:fs';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type PluginOption } from 'vite';
import { providerIndexPlugin, sizeBudgetPlugin } from './scripts/vite-plugins.mjs';

type Browser = 'chrome' | 'firefox';

const root = import.meta.dirname;
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${root}/${file}`, 'utf8')) as Record<string, unknown>;

/** "bounce-lens" -> "Bounce Lens": the package name is the single source of the product name. */
function displayName(packageName: string): string {
  return packageName
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

export function buildManifest(browser: Browser): ManifestV3Export {
  const pkg = readJson('package.json');
  const manifest = readJson('manifest.json');
  // "__MSG_extName__" / "__MSG_extDescription__" stay: the browser takes them from public/_locales in the
  // reader's language (test/ui/i18n.test.ts keeps the English ones equal to package.json's).
  const localized = (value: unknown): boolean => typeof value === 'string' && value.startsWith('__MSG_');
  if (!localized(manifest.name)) manifest.name = displayName(String(pkg.name));
  manifest.version = String(pkg.version);
  if (typeof pkg.description === 'string' && !localized(manifest.description)) manifest.description = pkg.description;
  if (browser === 'firefox') {
    // Firefox runs MV3 background code as an event page (background.scripts), not a service worker.
    const background = manifest.background as { service_worker: string; type?: string };
    manifest.background = { scripts: [background.service_worker], type: background.type ?? 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: 'bounce-lens@example.com',
        // 142 is the first release that understands data_collection_permissions.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

export default defineConfig(({ command }) => {
  const browser: Browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';
  const outDir = command === 'serve' ? 'dist/dev' : `dist/${browser}`;
  // The content script carries a small provider index and loads provider files one by one
  // (src/content/explain.ts); the build fails past the size budgets (scripts/size.mjs).
  const plugins: PluginOption[] = [preact(), providerIndexPlugin()];
  // vitest may load this file when no vitest.config.ts applies: the crx plugin has no business there.
  if (!process.env.VITEST) plugins.push(crx({ manifest: buildManifest(browser), browser }), sizeBudgetPlugin(() => `${root}/${outDir}`));
  return {
    plugins,
    build: {
      // The dev server rewrites the manifest to open <all_urls>: keep its output away from the shipped folders.
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      target: browser === 'firefox' ? 'firefox142' : 'chrome120',
      modulePreload: false,
      // The engine+dataset chunk is large by design: it ships inside the extension and is imported only
      // when a bounce is opened (scripts/size.mjs tracks it).
      chunkSizeWarningLimit: 2000,
    },
  };
});
