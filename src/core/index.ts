// Public API of the engine. Pure TypeScript: no DOM, no browser API; runs in Node and in the extension.
// STUB: the engine helper replaces the bodies; the signatures are the contract for content/popup/cli.
import type { Dataset } from '../data/schema';
import type { MessageContext, Report, ResolvedEntry } from './types';

export type * from './types';

/** Explain the text of a message as a webmail renders it (body text; subject/from passed separately). */
export function analyzeText(_text: string, _ctx: MessageContext = {}, _dataset?: Dataset): Report {
  throw new Error('not implemented');
}

/** Explain a raw RFC 822 message (.eml, "Show original", pasted source). */
export async function analyzeMessage(_raw: string, _dataset?: Dataset): Promise<Report> {
  throw new Error('not implemented');
}

/** Either of the above: looks at the input to decide whether it is a raw message or rendered text. */
export async function analyze(_input: string, _ctx: MessageContext = {}, _dataset?: Dataset): Promise<Report> {
  throw new Error('not implemented');
}

/** Entries for a typed query (`550`, `5.1.1`, `550 5.7.26`, `TSS04`, `zen.spamhaus.org`, `mailbox full`),
 *  most specific first; provider variants after the standard meaning, grouped by provider. */
export function lookup(_query: string, _dataset?: Dataset): ResolvedEntry[] {
  throw new Error('not implemented');
}
