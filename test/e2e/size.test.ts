// @vitest-environment node
// What the built extension injects into every webmail page stays small; the engine, the dataset and the
// card come only through the lazy chunk; each provider's words are a chunk of their own, loaded only for a
// bounce the engine explains with that provider's entries; the words of the reply codes and statuses are
// a few chunks of their own, loaded only for the entries a report uses; the MIME parser is never part of
// the content script.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUNCE_GZIP_BUDGET, INJECTED_GZIP_BUDGET, budgetProblems, measure } from '../../scripts/size.mjs';
import { dataset } from '../../src/data';
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

  it.each(results.map((result) => [result.matches[0], result] as const))(
    'keeps providers and the MIME parser out of what every bounce loads on %s',
    (_host, result) => {
      const lazyFiles = result.lazy.files.map((file) => file.file).join(' ');
      expect(lazyFiles).not.toMatch(/provider-|words-|postal-mime/);
      expect(result.providers).toHaveLength(dataset.providers.length);
      // The reply codes' and statuses' words: several chunks, the largest a small part of them all.
      expect(result.words.map((w) => w.id)).toEqual(expect.arrayContaining(['reply-5', 'status-1', 'status-7']));
      const wordsGzip = result.words.reduce((sum, w) => sum + w.gzip, 0);
      expect(result.words[0]!.gzip).toBeLessThan(wordsGzip / 3);
      expect(result.inAll([], ['reply-5'])).toBe(result.injected.gzip + result.lazy.gzip + result.words.find((w) => w.id === 'reply-5')!.gzip);
      // Rendered text needs no MIME parser: it is not reachable from the content script at all.
      const everything = [result.injected, result.lazy, ...result.providers, ...result.others].flatMap((group) => group.files.map((file) => file.file));
      expect(everything.join(' ')).not.toMatch(/postal-mime/);
      console.log(`${browser} ${result.matches[0]}: worst case for one bounce ${result.bounce.worstCase.gzip} B gzip (${result.bounce.worstCase.providers.join(', ')})`);
      expect(result.bounce.worstCase.gzip).toBeLessThanOrEqual(BOUNCE_GZIP_BUDGET);
      expect(budgetProblems([result])).toEqual([]);
      // What a bounce loads grows with the providers it names, not with the dataset.
      expect(result.inAll([])).toBe(result.injected.gzip + result.lazy.gzip);
      expect(result.bounce.everyProvider.gzip).toBeGreaterThan(result.bounce.worstCase.gzip);
    },
  );

  it('reports a build over budget in words', () => {
    const [first] = results;
    const heavy = { ...first!, injected: { ...first!.injected, gzip: INJECTED_GZIP_BUDGET + 1 }, bounce: { ...first!.bounce, worstCase: { providers: ['google'], gzip: BOUNCE_GZIP_BUDGET + 1 } } };
    const problems = budgetProblems([heavy]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/injected script is .* over its budget of 8\.0 KB/);
    expect(problems[1]).toMatch(/one bounce loads .* over its budget of 250\.0 KB/);
  });
});
