// The engine's text entry point without a default dataset. src/core/index.ts defaults to the whole
// dataset, which means importing it pulls every provider file into the caller's bundle; the content
// script loads the dataset in parts (reply codes, statuses, then only the providers a bounce can concern)
// and imports this module instead. Same behaviour as analyzeText in index.ts.
import type { Dataset } from '../data/schema';
import { analyzeBody } from './analyze';
import type { MessageContext, Report } from './types';

export function analyzeTextWith(dataset: Dataset, text: string, ctx: MessageContext = {}): Report {
  if (typeof text !== 'string' || !text.trim()) return { kind: 'none', findings: [], notes: [] };
  return analyzeBody(text, ctx, dataset);
}
