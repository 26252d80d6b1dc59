// The content script's way of explaining a bounce (src/content/lazy-dataset.ts: the engine on the
// matchers, then the words of the entries it used), run on the dataset in memory: for the tests and the
// benchmark, which compare it with the full engine and ask which provider files a text needs. The content
// script itself imports lazy-dataset.ts with the matchers and word chunks the build generates, never this
// module: it imports every reply code and status with their words.
import type { MessageContext, Report } from '../core/types';
import { statusCodes } from '../data/enhanced-status-codes';
import type { ProviderIndexEntry } from '../data/provider-index';
import { replyCodes } from '../data/reply-codes';
import type { ProviderFile } from '../data/schema';
import { matcherOf, wordChunks } from '../data/word-index';
import { analyzeLazily, chosenProviders, chosenWordChunks, firstPass, type MatcherIndex } from './lazy-dataset';

export { chosenProviders, chosenWordChunks };

const replyMatchers = replyCodes.map(matcherOf);
const statusMatchers = statusCodes.map(matcherOf);
/** What the build writes into the word chunks (scripts/provider-index-source.ts). */
export const datasetWordChunks = wordChunks([...replyCodes, ...statusCodes]);

const indexes = new WeakMap<readonly ProviderIndexEntry[], MatcherIndex>();

/** The matchers of the reply codes, the statuses and the given provider index. */
export function matcherIndex(providers: readonly ProviderIndexEntry[]): MatcherIndex {
  let index = indexes.get(providers);
  if (!index) indexes.set(providers, (index = { replies: replyMatchers, statuses: statusMatchers, providers }));
  return index;
}

/** The ids of the provider files the engine picks entries from for this text, in index order. */
export function selectProviders(index: readonly ProviderIndexEntry[], text: string, ctx: MessageContext = {}): string[] {
  return chosenProviders(index, firstPass(matcherIndex(index), text, ctx));
}

/** The word chunks the content script loads for this text. */
export function selectWordChunks(index: readonly ProviderIndexEntry[], text: string, ctx: MessageContext = {}): string[] {
  const matchers = matcherIndex(index);
  return chosenWordChunks(matchers, firstPass(matchers, text, ctx));
}

/** The content script's report for `text` (provider files from `load`, word chunks from the dataset;
 *  `loadWords` sees every chunk asked for). */
export async function analyzeInTwoPasses(
  index: readonly ProviderIndexEntry[],
  text: string,
  ctx: MessageContext,
  load: (id: string) => Promise<ProviderFile>,
  loadWords: (chunk: string) => void = () => undefined,
): Promise<Report> {
  return analyzeLazily(matcherIndex(index), text, ctx, {
    provider: load,
    async words(chunk) {
      loadWords(chunk);
      const words = datasetWordChunks.get(chunk);
      if (!words) throw new Error(`no word chunk ${chunk}`);
      return words;
    },
  });
}
