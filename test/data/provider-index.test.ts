// The matchers the content script carries (generated at build time by scripts/vite-plugins.mjs) are the
// full dataset's providers, reply codes and statuses without their words, and the content script's way
// (the engine once on the matchers, then the words of the entries it used, filled in by id) gives the
// engine's answer with the whole dataset.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeText, type MessageContext, type Report } from '../../src/core';
import { analyzeTextWith } from '../../src/core/bare';
import { dataset } from '../../src/data';
import { analyzeInTwoPasses, chosenProviders, chosenWordChunks, datasetWordChunks, matcherIndex, selectProviders } from '../../src/content/two-pass';
import { WORD_FIELDS, matcherFile, providerWordsOf, serializeIndex, type ProviderIndexEntry } from '../../src/data/provider-index';
import type { Entry, ProviderFile } from '../../src/data/schema';
import { matcherOf, withWords, wordChunkOf, wordsOf, type Words } from '../../src/data/word-index';
import { buildProviderIndex, providerIndexModule, providerWordsIndexModule, providerWordsModule, wordChunkModule, wordIndexModule } from '../../scripts/provider-index-source';
import { WORST_CASE_PROVIDERS } from '../../scripts/size.mjs';
import { corpusPaths, present } from '../corpus/measure';
import { renderAsWebmail } from '../corpus/render';

const index = buildProviderIndex();
const ROOT = path.resolve(import.meta.dirname, '../..');
const paths = corpusPaths(ROOT);
const have = present(paths);
const fullFiles = new Map(dataset.providers.map((provider) => [provider.id, provider]));

/** Plain data to compare: regular expressions as their literal (source and flags). */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v instanceof RegExp ? String(v) : v)));
}

/** What the content script computes (src/content/explain.ts), and which provider files and word chunks it loaded. */
async function twoPass(text: string, ctx: MessageContext = {}): Promise<{ report: Report; loaded: string[]; words: string[] }> {
  const loaded: string[] = [];
  const words: string[] = [];
  const load = async (id: string): Promise<ProviderFile> => {
    loaded.push(id);
    const file = fullFiles.get(id);
    if (!file) throw new Error(`no provider ${id}`);
    return file;
  };
  return { report: await analyzeInTwoPasses(index, text, ctx, load, (chunk) => words.push(chunk)), loaded, words };
}

/** The chunk of each reply and status entry the full report uses. */
function wordChunksUsed(report: Report): string[] {
  const byId = new Map([...dataset.replies, ...dataset.statuses].map((entry) => [entry.id, entry]));
  const chunks = report.findings.flatMap((f) => [f.entry, ...f.related]).flatMap((e) => (e && e.kind !== 'provider' ? [wordChunkOf(byId.get(e.id)!)] : []));
  return [...new Set(chunks)].sort();
}

/** The content script's report equals the full-dataset report, and it loaded exactly the providers and
 *  word chunks that report uses. Returns how many provider files it loaded. */
async function expectSameAsFullDataset(text: string, ctx: MessageContext, label: string): Promise<number> {
  const full = analyzeText(text, ctx);
  const { report, loaded, words } = await twoPass(text, ctx);
  expect(report, label).toEqual(full);
  expect(loaded, label).toEqual(chosenProviders(index, full));
  expect(words, label).toEqual(wordChunksUsed(full));
  return loaded.length;
}

describe('generated provider index', () => {
  it('lists every provider of the dataset, in the engine order, with the file exporting it', () => {
    expect(index.map((entry) => entry.id)).toEqual(dataset.providers.map((provider) => provider.id));
    for (const entry of index) {
      const file = path.join(ROOT, 'src/data/providers', `${entry.file}.ts`);
      expect(readFileSync(file, 'utf8')).toContain(`id: '${entry.id}'`);
    }
  });

  it('has every entry of every provider, in order, with identical matchers and none of the words', () => {
    dataset.providers.forEach((provider, i) => {
      const entry = index[i]!;
      expect(entry.name).toBe(provider.name);
      expect(entry.signatures.map(String)).toEqual(provider.signatures.map(String));
      expect(entry.entries.map((e) => e.id)).toEqual(provider.entries.map((e) => e.id));
      provider.entries.forEach((full, j) => {
        const matcher = entry.entries[j]!;
        const words = new Set<string>(WORD_FIELDS);
        const expected = Object.fromEntries(Object.entries(full).filter(([key]) => !words.has(key)));
        expect(plain(matcher), full.id).toEqual(plain(expected));
        // What matchProviders reads, spelled out.
        expect(matcher.match.map(String), full.id).toEqual(full.match.map(String));
        expect([matcher.reply, matcher.status, matcher.token, matcher.aliases], full.id).toEqual([full.reply, full.status, full.token, full.aliases]);
        for (const field of WORD_FIELDS) expect(matcher, full.id).not.toHaveProperty(field);
      });
    });
  });

  it('gives the engine files whose entries have empty words and the same matchers', () => {
    const google = matcherFile(index.find((entry) => entry.id === 'google')!);
    const full = fullFiles.get('google')!;
    expect(google.entries).toHaveLength(full.entries.length);
    expect(google.entries[0]!.title).toBe('');
    expect(google.entries[0]!.senderSteps).toEqual([]);
    expect(google.entries[0]!.references).toEqual([]);
    expect(google.entries.map((e) => e.match.map(String))).toEqual(full.entries.map((e) => e.match.map(String)));
  });

  it('uses no stateful (global or sticky) pattern: the copies then behave as the originals', () => {
    for (const entry of index) {
      for (const re of [...entry.signatures, ...entry.entries.flatMap((e) => e.match)]) expect(re.flags, `${entry.id} ${re}`).not.toMatch(/[gy]/);
    }
  });

  it('serialises to a module that evaluates to the same index, with real regular expressions', async () => {
    expect(providerIndexModule()).toBe(serializeIndex(index));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'provider-index-'));
    try {
      const file = path.join(dir, 'index.mjs');
      writeFileSync(file, providerIndexModule());
      const loaded = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { providerIndex: ProviderIndexEntry[] };
      expect(plain(loaded.providerIndex)).toEqual(plain(index));
      expect(loaded.providerIndex[0]!.entries[0]!.match[0]).toBeInstanceOf(RegExp);
      expect(loaded.providerIndex[0]!.signatures[0]).toBeInstanceOf(RegExp);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is far smaller than the provider files it stands for (gzip)', () => {
    const gzip = (s: string) => gzipSync(s, { level: 9 }).length;
    const indexGzip = gzip(serializeIndex(index));
    const fullGzip = gzip(JSON.stringify(plain(dataset.providers)));
    console.log(`provider index: ${indexGzip} B gzip; provider files as JSON: ${fullGzip} B gzip`);
    expect(indexGzip * 5).toBeLessThan(fullGzip);
  });
});

describe('reply and status matchers and their word chunks', () => {
  const generic: Entry[] = [...dataset.replies, ...dataset.statuses];

  it('split every reply and status entry into matcher and words, and put it back whole', () => {
    for (const entry of generic) {
      const matcher = matcherOf(entry);
      for (const field of WORD_FIELDS) expect(matcher, entry.id).not.toHaveProperty(field);
      for (const over of Object.values(matcher.byClass ?? {})) for (const field of WORD_FIELDS) expect(over, entry.id).not.toHaveProperty(field);
      // The fields the engine decides with stay in the matcher.
      expect([matcher.reply, matcher.status, matcher.classes, matcher.reason, matcher.permanence, matcher.retry, matcher.party], entry.id).toEqual([entry.reply, entry.status, entry.classes, entry.reason, entry.permanence, entry.retry, entry.party]);
      expect(plain(withWords(matcher, wordsOf(entry))), entry.id).toEqual(plain(entry));
    }
  });

  it('puts every entry in exactly one chunk, replies by first digit and statuses by subject', () => {
    const all = [...datasetWordChunks.values()].flatMap((chunk) => Object.keys(chunk));
    expect(all.sort()).toEqual(generic.map((e) => e.id).sort());
    expect(wordChunkOf({ id: 'r', reply: '550' })).toBe('reply-5');
    expect(wordChunkOf({ id: 's', status: 'X.7.26' })).toBe('status-7');
    expect(wordChunkOf({ id: 'c', status: '5.X.X' })).toBe('status-X');
    expect(datasetWordChunks.size).toBeGreaterThan(6);
  });

  it('serialises the matchers and each word chunk to modules that evaluate to the same values', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'word-index-'));
    try {
      const chunkFile = path.join(dir, 'chunk.mjs');
      writeFileSync(chunkFile, wordChunkModule('reply-5')!);
      const chunk = (await import(/* @vite-ignore */ pathToFileURL(chunkFile).href)) as { words: Record<string, Words> };
      expect(chunk.words).toEqual(datasetWordChunks.get('reply-5'));
      expect(chunk.words['reply-550']?.title).toBe(dataset.replies.find((e) => e.id === 'reply-550')!.title);
      expect(wordChunkModule('no-such-chunk')).toBeUndefined();
      // The index module imports its chunks: keep only the matchers to evaluate it here.
      const source = wordIndexModule();
      expect(source).toContain('import("virtual:word-chunk/reply-5")');
      const indexFile = path.join(dir, 'index.mjs');
      writeFileSync(indexFile, source.replace(/export const wordChunks[^]*$/, ''));
      const loaded = (await import(/* @vite-ignore */ pathToFileURL(indexFile).href)) as { replyMatchers: unknown[]; statusMatchers: unknown[] };
      expect(plain(loaded.replyMatchers)).toEqual(plain(dataset.replies.map(matcherOf)));
      expect(plain(loaded.statusMatchers)).toEqual(plain(dataset.statuses.map(matcherOf)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serialises each provider to a chunk of its words only, which put back on the index give the provider file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'provider-words-'));
    try {
      const chunkFile = path.join(dir, 'google.mjs');
      writeFileSync(chunkFile, providerWordsModule('google')!);
      const chunk = (await import(/* @vite-ignore */ pathToFileURL(chunkFile).href)) as { words: Record<string, Words> };
      const google = fullFiles.get('google')!;
      expect(chunk.words).toEqual(providerWordsOf(google));
      // Words only: no pattern is compiled again when the chunk loads.
      for (const words of Object.values(chunk.words)) for (const key of Object.keys(words)) expect([...WORD_FIELDS, 'byClass', 'byReason']).toContain(key);
      const indexed = index.find((entry) => entry.id === 'google')!;
      expect(plain(indexed.entries.map((e) => withWords(e, chunk.words[e.id]!)))).toEqual(plain(google.entries));
      expect(providerWordsModule('no-such-provider')).toBeUndefined();
      for (const provider of dataset.providers) expect(providerWordsIndexModule()).toContain(`import("virtual:provider-words/${provider.id}")`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the words of a Gmail 5.1.1 bounce from two small chunks, not all of them', async () => {
    const text = readFileSync(path.join(ROOT, 'test/fixtures/gmail-no-such-user.txt'), 'utf8');
    const { report, words } = await twoPass(text);
    expect(words).toEqual(chosenWordChunks(matcherIndex(index), report));
    expect(words.length).toBeGreaterThan(0);
    expect(words.length).toBeLessThan(datasetWordChunks.size / 2);
    expect(report.findings[0]?.related.some((e) => e.title.length > 0)).toBe(true);
  });
});

describe('two passes', () => {
  it('selects the provider whose entry explains the bounce, and nothing for unrelated text', () => {
    const google = 'The response was: 550-5.1.1 The email account that you tried to reach does not exist. - gsmtp';
    expect(selectProviders(index, google)).toEqual(['google']);
    expect(selectProviders(index, 'Remote server said: 554 Rejected [TSS04]')).toEqual(['yahoo']);
    expect(selectProviders(index, 'Hello, lunch at noon?')).toEqual([]);
  });

  it('agrees with the full engine in everything but the words after the first pass alone', () => {
    const text = readFileSync(path.join(ROOT, 'test/fixtures/gmail-no-such-user.txt'), 'utf8');
    const words = new Set<string>(WORD_FIELDS);
    const skeleton = (report: Report) => plain(report) as { findings: { entry: Record<string, unknown> | null }[] };
    const first = skeleton(analyzeTextWith({ ...dataset, providers: index.map(matcherFile) }, text));
    const full = skeleton(analyzeText(text));
    for (const report of [first, full]) for (const f of report.findings) if (f.entry) for (const key of words) delete f.entry[key];
    expect(first).toEqual(full);
    expect(analyzeText(text).findings[0]?.provider).toBe('google');
  });

  it('reads a long text as the engine does: its head and the delivery-status fields further down', async () => {
    const filler = 'Forwarded log line 192.0.2.1 relay=mx.example.net status=sent\n'.repeat(12_000);
    const head = readFileSync(path.join(ROOT, 'test/fixtures/yahoo-tss04.txt'), 'utf8');
    const dsn = 'Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; nobody@example.net\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org\n';
    const quoted = `${head}\n-------- Original message --------\n${filler}${dsn}`;
    for (const text of [`${head}\n${filler}`, quoted, `${filler}${dsn}`]) {
      expect(text.length).toBeGreaterThan(500_000);
      await expectSameAsFullDataset(text, {}, `${text.length} chars`);
    }
    // The delivery-status fields after a quoted original are read, and their blocklist found.
    expect(selectProviders(index, quoted)).toEqual(['spamhaus']);
  });

  it('gives the same report as the full dataset on our own fixtures, loading only the providers it uses', async () => {
    const dir = path.join(ROOT, 'test/fixtures');
    const files = readdirSync(dir).filter((file) => /\.(?:txt|eml)$/.test(file));
    expect(files.length).toBeGreaterThan(5);
    let withProvider = 0;
    for (const file of files) {
      const raw = readFileSync(path.join(dir, file), 'utf8');
      const rendered = file.endsWith('.eml') ? await renderAsWebmail(raw) : { text: raw, subject: undefined, from: undefined };
      const ctx = { subject: rendered.subject, from: rendered.from };
      const loaded = await expectSameAsFullDataset(rendered.text, ctx, file);
      expect(loaded, file).toBeLessThanOrEqual(WORST_CASE_PROVIDERS);
      if (loaded > 0) withProvider += 1;
    }
    // The comparison covers provider entries, not only generic ones.
    expect(withProvider).toBeGreaterThanOrEqual(4);
  });

  it.skipIf(!have.fieldManual)('gives the same report on every SMTP Field Manual reply (../shared/corpus)', async () => {
    const rows = JSON.parse(readFileSync(paths.fieldManualFile, 'utf8')) as { id: string; response: string }[];
    let withProvider = 0;
    for (const row of rows) {
      const loaded = await expectSameAsFullDataset(row.response, {}, row.id);
      if (loaded > 0) withProvider += 1;
    }
    expect(withProvider).toBeGreaterThan(rows.length / 4);
  });

  it.skipIf(!have.sisimai)('gives the same report on every rendered Sisimai message (../shared/corpus)', async () => {
    const rows = JSON.parse(readFileSync(path.join(paths.sisimaiDir, 'expected.json'), 'utf8')) as { file: string }[];
    const files = [...new Set(rows.map((row) => row.file))];
    let most = 0;
    let compared = 0;
    for (const file of files) {
      const full = path.join(paths.sisimaiDir, file);
      if (!existsSync(full)) continue;
      const rendered = await renderAsWebmail(readFileSync(full, 'latin1'));
      most = Math.max(most, await expectSameAsFullDataset(rendered.text, { subject: rendered.subject, from: rendered.from }, file));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(100);
    // scripts/size.mjs budgets one bounce with the WORST_CASE_PROVIDERS heaviest provider chunks.
    console.log(`most provider files one corpus bounce loads: ${most} (budgeted: ${WORST_CASE_PROVIDERS})`);
    expect(most).toBeLessThanOrEqual(WORST_CASE_PROVIDERS);
  }, 120_000);
});

describe.skipIf(have.fieldManual && have.sisimai)('corpus comparisons', () => {
  it('are skipped: ../shared/corpus is absent (see its README); only our fixtures were compared', () => {
    expect(have.fieldManual && have.sisimai).toBe(false);
  });
});
