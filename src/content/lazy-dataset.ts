// How the content script explains a bounce while loading only the words it shows. It carries every
// reply code, status and provider entry without its words (the matchers: src/data/word-index.ts and
// src/data/provider-index.ts), runs the engine once on them, then loads, all at once, the provider
// files and the word chunks of exactly the entries the report uses, and puts their words back by entry
// id with the engine's own resolveEntry. It lives in content (not data) because it calls the engine.
//
// Why the answer is the full dataset's (test/data/provider-index.test.ts checks it on every sample we
// have): the engine reads an entry's words only in resolveEntry, after it has picked the entry, to copy
// them into the report. Matchers hold every other field, with the same patterns, codes, classes and class
// overrides, so the one pass decides exactly as the engine does with the full dataset: the same entries
// win, for the same codes, with the same reason, retry, party and permanence. Filling in the words is then
// resolveEntry(full entry, same code, same provider): what the full engine computed. No second engine pass.
import { analyzeTextWith } from '../core/bare';
import { resolveEntry } from '../core/resolve';
import type { Finding, MessageContext, Report, ResolvedEntry } from '../core/types';
import { matcherFile, providerWordsOf, type MatcherEntry, type ProviderIndexEntry } from '../data/provider-index';
import type { Dataset, Entry, ProviderEntry, ProviderFile } from '../data/schema';
import { withNoWords, withWords, wordChunkOf, type Matcher, type Words } from '../data/word-index';

/** Everything the engine decides with: reply codes, statuses and providers without their words. */
export interface MatcherIndex {
  replies: readonly Matcher[];
  statuses: readonly Matcher[];
  providers: readonly ProviderIndexEntry[];
}

export interface WordLoaders {
  /** A provider's words by entry id (the content script's provider chunks: words only, the index holds
   *  the matchers, so loading a provider does not compile its patterns again). */
  providerWords?(id: string): Promise<Readonly<Record<string, Words>>>;
  /** A provider's full file (tests and the benchmark, with the dataset in memory): used when
   *  providerWords is absent, its words taken out with providerWordsOf. */
  provider?(id: string): Promise<ProviderFile>;
  /** A word chunk of the reply codes and statuses: words by entry id. */
  words(chunk: string): Promise<Readonly<Record<string, Words>>>;
}

function providerWordsLoader(load: WordLoaders): (id: string) => Promise<Readonly<Record<string, Words>>> {
  if (load.providerWords) return load.providerWords.bind(load);
  const provider = load.provider?.bind(load);
  if (!provider) throw new Error('WordLoaders needs providerWords or provider');
  return async (id) => providerWordsOf(await provider(id));
}

interface Prepared {
  /** The engine's dataset: matchers with empty words. Built once per index: the engine prepares a
   *  dataset's providers once (a WeakMap keyed by the dataset), so every bounce of a tab reuses that work. */
  dataset: Dataset;
  /** Reply and status matchers by id. */
  generic: Map<string, Matcher>;
  /** The provider owning each provider entry id. */
  ownerOf: Map<string, ProviderIndexEntry>;
  /** The engine's ProviderFile (matchers) of each provider id: resolveEntry reads its name. */
  fileOf: Map<string, ProviderFile>;
}

const preparedIndexes = new WeakMap<MatcherIndex, Prepared>();

function prepare(index: MatcherIndex): Prepared {
  let prepared = preparedIndexes.get(index);
  if (!prepared) {
    const generic = new Map<string, Matcher>();
    for (const entry of [...index.replies, ...index.statuses]) generic.set(entry.id, entry);
    const ownerOf = new Map<string, ProviderIndexEntry>();
    for (const provider of index.providers) for (const entry of provider.entries) if (!ownerOf.has(entry.id)) ownerOf.set(entry.id, provider);
    const providers = index.providers.map(matcherFile);
    prepared = {
      dataset: {
        replies: index.replies.map((e) => withNoWords<Entry>(e)),
        statuses: index.statuses.map((e) => withNoWords<Entry>(e)),
        providers,
      },
      generic,
      ownerOf,
      fileOf: new Map(providers.map((file) => [file.id, file])),
    };
    preparedIndexes.set(index, prepared);
  }
  return prepared;
}

/** The engine's report on the matchers: every decision taken, the words still empty. */
export function firstPass(index: MatcherIndex, text: string, ctx: MessageContext = {}): Report {
  return analyzeTextWith(prepare(index).dataset, text, ctx);
}

function entriesOf(report: Report): ResolvedEntry[] {
  return report.findings.flatMap((finding) => (finding.entry ? [finding.entry, ...finding.related] : finding.related));
}

/** The providers whose entries a report uses (the winner of each finding, and any provider entry among
 *  the related ones should the engine put some there), in index order. */
export function chosenProviders(providers: readonly ProviderIndexEntry[], report: Report): string[] {
  const ids = new Set<string>();
  for (const finding of report.findings) {
    if (finding.provider) ids.add(finding.provider);
    for (const entry of [finding.entry, ...finding.related]) {
      if (entry?.kind !== 'provider') continue;
      const owner = providers.find((provider) => provider.entries.some((e) => e.id === entry.id));
      if (owner) ids.add(owner.id);
    }
  }
  return providers.filter((provider) => ids.has(provider.id)).map((provider) => provider.id);
}

/** The word chunks holding the words of the reply and status entries a report uses, sorted. */
export function chosenWordChunks(index: MatcherIndex, report: Report): string[] {
  const { generic } = prepare(index);
  const chunks = new Set<string>();
  for (const entry of entriesOf(report)) {
    if (entry.kind === 'provider') continue;
    const matcher = generic.get(entry.id);
    if (matcher) chunks.add(wordChunkOf(matcher));
  }
  return [...chunks].sort();
}

/**
 * The engine's report for `text`, equal to the one with the whole dataset, loading only the provider
 * files and word chunks it uses (all requested at once).
 */
export async function analyzeLazily(index: MatcherIndex, text: string, ctx: MessageContext, load: WordLoaders): Promise<Report> {
  const first = firstPass(index, text, ctx);
  performance.mark('bounce-lens:first-pass');
  const providerIds = chosenProviders(index.providers, first);
  const chunks = chosenWordChunks(index, first);
  if (providerIds.length === 0 && chunks.length === 0) return first;
  const loadProviderWords = providerWordsLoader(load);
  const [providerWords, words] = await Promise.all([Promise.all(providerIds.map(loadProviderWords)), Promise.all(chunks.map((chunk) => load.words(chunk)))]);
  performance.mark('bounce-lens:words-loaded');
  const { generic, ownerOf, fileOf } = prepare(index);
  const wordsByProvider = new Map(providerWords.map((chunk, i) => [providerIds[i]!, chunk]));
  const wordsByChunk = new Map(words.map((chunk, i) => [chunks[i]!, chunk]));

  const fill = (resolved: ResolvedEntry): ResolvedEntry => {
    if (resolved.kind === 'provider') {
      const owner = ownerOf.get(resolved.id);
      // The first entry with this id, as the engine's own lookups by id.
      const matcher: MatcherEntry | undefined = owner?.entries.find((e) => e.id === resolved.id);
      const entryWords = owner ? wordsByProvider.get(owner.id)?.[resolved.id] : undefined;
      if (!owner || !matcher || !entryWords) throw new Error(`no words for provider entry ${resolved.id}`);
      return resolveEntry(withWords<ProviderEntry>(matcher, entryWords), resolved.code, resolved.provider !== undefined ? fileOf.get(owner.id) : undefined);
    }
    const matcher = generic.get(resolved.id);
    const entryWords = matcher ? wordsByChunk.get(wordChunkOf(matcher))?.[resolved.id] : undefined;
    if (!matcher || !entryWords) throw new Error(`no words for entry ${resolved.id}`);
    return resolveEntry(withWords(matcher, entryWords), resolved.code, undefined, resolved.variant);
  };
  const findings = first.findings.map((finding): Finding => ({
    ...finding,
    entry: finding.entry ? fill(finding.entry) : null,
    related: finding.related.map(fill),
  }));
  return { ...first, findings };
}
