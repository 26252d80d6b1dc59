// @vitest-environment node
// What the built extension injects into every webmail page stays small; the engine, the dataset and the
// card come only through the lazy chunk.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INJECTED_GZIP_BUDGET, measure } from '../../scripts/size.mjs';
import { REPO_ROOT } from './samples';

describe.each(['chrome', 'firefox'] as const)('dist/%s content scripts', (browser) => {
  const dir = path.join(REPO_ROOT, 'dist', browser);
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build\` first`);
  const results = measure(dir);

  it('has one content script per webmail', () => {
    expect(results.map((result) => result.matches[0])).toEqual(['https://mail.google.com/*', 'https://outlook.live.com/*']);
  });

  it.each(results.map((result) => [result.matches[0], result] as const))(
    'injects at most the budget on %s, and defers the engine to a lazy chunk',
    (_host, result) => {
      console.log(`${browser} ${result.matches[0]}: injected ${result.injected.gzip} B gzip, lazy ${result.lazy.gzip} B gzip`);
      expect(result.injected.gzip).toBeLessThanOrEqual(INJECTED_GZIP_BUDGET);
      expect(result.injected.files.map((file) => file.file).join(' ')).not.toMatch(/explain|Card/);
      expect(result.lazy.files.some((file) => /explain/.test(file.file))).toBe(true);
      // The dataset is in the lazy part: it is far larger than the injected part.
      expect(result.lazy.gzip).toBeGreaterThan(result.injected.gzip * 4);
    },
  );
});
