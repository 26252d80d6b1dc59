// Public API of the engine. Pure TypeScript: no DOM, no browser API; runs in Node and in the extension.
import type { Dataset } from '../data/schema';
import { dataset as defaultDataset } from '../data';
import { analyzeTextWith } from './bare';
import { lookupIn } from './lookup';
import { analyzeRaw, looksLikeRawMessage } from './message';
import type { MessageContext, Report, ResolvedEntry } from './types';

export type * from './types';
export { looksLikeBounce } from './detect';

/** Explain the text of a message as a webmail renders it (body text; subject/from passed separately). */
export function analyzeText(text: string, ctx: MessageContext = {}, dataset: Dataset = defaultDataset): Report {
  // The content script calls analyzeTextWith directly: one function, so the two cannot drift.
  return analyzeTextWith(dataset, text, ctx);
}

/** Explain a raw RFC 822 message (.eml, "Show original", pasted source). */
export async function analyzeMessage(raw: string, dataset: Dataset = defaultDataset): Promise<Report> {
  if (typeof raw !== 'string' || !raw.trim()) return { kind: 'none', findings: [], notes: [] };
  return analyzeRaw(raw, dataset);
}

/** Either of the above: looks at the input to decide whether it is a raw message or rendered text. */
export async function analyze(input: string, ctx: MessageContext = {}, dataset: Dataset = defaultDataset): Promise<Report> {
  if (typeof input === 'string' && looksLikeRawMessage(input)) return analyzeMessage(input, dataset);
  return analyzeText(input, ctx, dataset);
}

/** Entries for a typed query (`550`, `5.1.1`, `550 5.7.26`, `TSS04`, `zen.spamhaus.org`, `mailbox full`),
 *  most specific first; provider variants after the standard meaning, grouped by provider. */
export function lookup(query: string, dataset: Dataset = defaultDataset): ResolvedEntry[] {
  return lookupIn(dataset, query);
}
