// The provider index the content script carries (generated at build time by scripts/vite-plugins.mjs)
// agrees with the full dataset, and loading only the providers it selects never changes a report: the
// content script's answer is the engine's answer with the whole dataset.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import { analyzeTextWith } from '../../src/core/bare';
import { dataset } from '../../src/data';
import { selectProviders, serializeIndex, type ProviderIndexEntry } from '../../src/data/provider-index';
import { buildProviderIndex, providerIndexModule } from '../../scripts/provider-index-source';
import { corpusPaths, present } from '../corpus/measure';
import { renderAsWebmail } from '../corpus/render';

const index = buildProviderIndex();
const ROOT = path.resolve(import.meta.dirname, '../..');
const paths = corpusPaths(ROOT);
const have = present(paths);

/** The report the content script computes: reply codes, statuses and the selected providers only. */
function partialReport(text: string, ctx: { subject?: string; from?: string } = {}) {
  const ids = selectProviders(index, text);
  const providers = dataset.providers.filter((provider) => ids.includes(provider.id));
  return analyzeTextWith({ replies: dataset.replies, statuses: dataset.statuses, providers }, text, ctx);
}

describe('generated provider index', () => {
  it('lists every provider of the dataset, in the engine order, with the file exporting it', async () => {
    expect(index.map((entry) => entry.id)).toEqual(dataset.providers.map((provider) => provider.id));
    for (const entry of index) {
      const file = path.join(ROOT, 'src/data/providers', `${entry.file}.ts`);
      expect(readFileSync(file, 'utf8')).toContain(`id: '${entry.id}'`);
    }
  });

  it('carries each provider’s signatures and every token and alias of its entries', () => {
    for (const provider of dataset.providers) {
      const entry = index.find((candidate) => candidate.id === provider.id) as ProviderIndexEntry;
      expect(entry.signatures.map(String)).toEqual(provider.signatures.map(String));
      const names = provider.entries.flatMap((e) => [e.token, ...(e.aliases ?? [])]).filter((n): n is string => !!n);
      expect(new Set(entry.names)).toEqual(new Set(names.map((n) => n.toUpperCase())));
    }
  });

  it('serialises to a module that evaluates to the same index', async () => {
    expect(providerIndexModule()).toBe(serializeIndex(index));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'provider-index-'));
    try {
      const file = path.join(dir, 'index.mjs');
      writeFileSync(file, providerIndexModule());
      const loaded = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { providerIndex: ProviderIndexEntry[] };
      expect(loaded.providerIndex.map((e) => ({ ...e, signatures: e.signatures.map(String) }))).toEqual(
        index.map((e) => ({ ...e, signatures: e.signatures.map(String) })),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is far smaller than the provider files it stands for', () => {
    const full = dataset.providers.reduce((sum, p) => sum + JSON.stringify(p.entries).length, 0);
    expect(serializeIndex(index).length * 5).toBeLessThan(full);
  });
});

describe('selection', () => {
  it('selects a provider by its signature, by a token, and not for unrelated text', () => {
    const google = 'The response was: 550-5.1.1 The email account that you tried to reach does not exist. - gsmtp';
    expect(selectProviders(index, google)).toContain('google');
    expect(selectProviders(index, 'Remote server said: 554 Rejected [TSS04]')).toContain('yahoo');
    const unrelated = selectProviders(index, 'Hello, lunch at noon?');
    // Only files with no signature at all (their wording decides) are taken for any text.
    expect(unrelated).toEqual(index.filter((entry) => entry.signatures.length === 0).map((entry) => entry.id));
  });

  it('reads a long text where the engine does: its head and the delivery-status fields further down', () => {
    const filler = 'Forwarded log line 192.0.2.1 relay=mx.example.net status=sent\n'.repeat(12_000);
    const head = readFileSync(path.join(ROOT, 'test/fixtures/yahoo-tss04.txt'), 'utf8');
    const dsn = 'Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; nobody@example.net\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org\n';
    for (const text of [`${head}\n${filler}`, `${head}\n-------- Original message --------\n${filler}${dsn}`, `${filler}${dsn}`]) {
      expect(text.length).toBeGreaterThan(500_000);
      expect(partialReport(text)).toEqual(analyzeText(text));
    }
    expect(selectProviders(index, `${filler}${dsn}`)).toContain('spamhaus');
  });

  it('gives the same report as the full dataset on our own fixtures', () => {
    const dir = path.join(ROOT, 'test/fixtures');
    const files = readdirSync(dir).filter((file) => file.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(partialReport(text), file).toEqual(analyzeText(text));
    }
  });

  it.skipIf(!have.fieldManual)('gives the same report on every SMTP Field Manual reply (../shared/corpus)', () => {
    const rows = JSON.parse(readFileSync(paths.fieldManualFile, 'utf8')) as { id: string; response: string }[];
    let withProvider = 0;
    for (const row of rows) {
      const full = analyzeText(row.response);
      if (full.findings[0]?.entry?.kind === 'provider') withProvider += 1;
      expect(partialReport(row.response), row.id).toEqual(full);
    }
    // The comparison covers provider entries, not only generic ones.
    expect(withProvider).toBeGreaterThan(rows.length / 4);
  });

  it.skipIf(!have.sisimai)('gives the same report on every rendered Sisimai message (../shared/corpus)', async () => {
    const rows = JSON.parse(readFileSync(path.join(paths.sisimaiDir, 'expected.json'), 'utf8')) as { file: string }[];
    const files = [...new Set(rows.map((row) => row.file))];
    for (const file of files) {
      const full = path.join(paths.sisimaiDir, file);
      if (!existsSync(full)) continue;
      const rendered = await renderAsWebmail(readFileSync(full, 'latin1'));
      const ctx = { subject: rendered.subject, from: rendered.from };
      expect(partialReport(rendered.text, ctx), file).toEqual(analyzeText(rendered.text, ctx));
    }
  }, 60_000);
});
