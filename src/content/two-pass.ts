// Running the engine on the provider index first, then on the full files of the providers it picked:
// how the content script explains a bounce while loading only the provider chunks it needs. It lives in
// content (not data) because it calls the engine; data never imports core.
import { analyzeTextWith } from '../core/bare';
import type { MessageContext, Report } from '../core/types';
import { statusCodes } from '../data/enhanced-status-codes';
import { matcherFile, type ProviderIndexEntry } from '../data/provider-index';
import { replyCodes } from '../data/reply-codes';
import type { Dataset, ProviderFile } from '../data/schema';

/** The first pass's dataset, built once per index: the engine prepares a dataset's providers once
 *  (a WeakMap keyed by the dataset), so every bounce of a tab reuses that work. */
const firstPassDatasets = new WeakMap<readonly ProviderIndexEntry[], Dataset>();

function firstPassDataset(index: readonly ProviderIndexEntry[]): Dataset {
  let dataset = firstPassDatasets.get(index);
  if (!dataset) {
    dataset = { replies: replyCodes, statuses: statusCodes, providers: index.map(matcherFile) };
    firstPassDatasets.set(index, dataset);
  }
  return dataset;
}

/** The providers whose entries a report uses (the winner of each finding, and any provider entry among
 *  the related ones should the engine put some there), in index order: the engine's order. */
export function chosenProviders(index: readonly ProviderIndexEntry[], report: Report): string[] {
  const ids = new Set<string>();
  for (const finding of report.findings) {
    if (finding.provider) ids.add(finding.provider);
    for (const entry of [finding.entry, ...finding.related]) {
      if (entry?.kind !== 'provider') continue;
      const owner = index.find((provider) => provider.entries.some((e) => e.id === entry.id));
      if (owner) ids.add(owner.id);
    }
  }
  return index.filter((provider) => ids.has(provider.id)).map((provider) => provider.id);
}

/** Pass 1: the ids of the provider files the engine picks entries from for this text, in index order. */
export function selectProviders(index: readonly ProviderIndexEntry[], text: string, ctx: MessageContext = {}): string[] {
  return chosenProviders(index, analyzeTextWith(firstPassDataset(index), text, ctx));
}

/**
 * The engine's report for `text`, loading only the provider files it uses. Equal to the report with the
 * whole dataset (test/data/provider-index.test.ts checks it on every sample we have), because:
 *  1. Pass 1 decides as the full engine does. The engine reads a provider file only to match entries
 *     (matchProviders in src/core/resolve.ts) and then copies the winner's words into the report; the
 *     index holds every field but the words, with the same patterns, so every entry gets the same score
 *     and every finding the same winner, in the same file order.
 *  2. Pass 2, with the winners' files only, picks the same winners. Each entry's score depends on its
 *     own file and the text alone, never on other files; the matches are sorted by score with a stable
 *     sort, so ties go to the earlier file, then the earlier entry. Removing files that did not win
 *     removes only candidates that ranked behind a winner, and a subset taken in index order keeps the
 *     winners' relative order: every finding keeps its winner, now with its words.
 *  3. When no provider wins, the first report is already the answer: it used the full reply codes and
 *     statuses, and no provider entry.
 * Provider files for pass 2 are asked for in index order and handed to the engine in that order.
 */
export async function analyzeInTwoPasses(
  index: readonly ProviderIndexEntry[],
  text: string,
  ctx: MessageContext,
  load: (id: string) => Promise<ProviderFile>,
): Promise<Report> {
  const first = analyzeTextWith(firstPassDataset(index), text, ctx);
  const ids = chosenProviders(index, first);
  if (ids.length === 0) return first;
  const providers = await Promise.all(ids.map(load));
  return analyzeTextWith({ replies: replyCodes, statuses: statusCodes, providers }, text, ctx);
}
