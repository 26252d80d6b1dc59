// Decides what the popup's input is: a code to look up, or a message (a pasted bounce) to analyse.
import { analyze, analyzeText, lookup } from '../core';
import { looksLikeBounce } from '../core/detect';
import type { Report, ResolvedEntry } from '../core/types';

export type Answer =
  | { type: 'empty' }
  | { type: 'entries'; entries: ResolvedEntry[] }
  | { type: 'report'; report: Report }
  | { type: 'unknown'; input: string; looksLikeCode: boolean };

/** Codes and short queries: "550", "5.1.1", "550 5.7.26", "TSS04", "zen.spamhaus.org". */
const CODE_LIKE = /^[\w.()-]{1,40}(?:\s+[\w.()-]{1,40}){0,3}$/;
const MESSAGE_MIN_LENGTH = 120;

/** A pasted message has several lines, or is long, or reads like a bounce. */
export function looksLikeMessage(input: string): boolean {
  const lines = input.split('\n').filter((line) => line.trim() !== '');
  return lines.length >= 3 || input.length >= MESSAGE_MIN_LENGTH || looksLikeBounce({ text: input.slice(0, 4096) });
}

const hasContent = (report: Report): boolean => report.findings.length > 0 || report.kind !== 'none';

export async function answer(raw: string): Promise<Answer> {
  const input = raw.trim();
  if (input === '') return { type: 'empty' };
  if (looksLikeMessage(input)) {
    const report = await analyze(input);
    if (hasContent(report)) return { type: 'report', report };
  } else {
    const entries = lookup(input);
    if (entries.length > 0) return { type: 'entries', entries };
    // A single pasted reply line ("550 5.1.1 <a@example.com>: User unknown") is text, not a query.
    const report = analyzeText(input);
    if (report.findings.length > 0) return { type: 'report', report };
  }
  return { type: 'unknown', input, looksLikeCode: CODE_LIKE.test(input) && /\d/.test(input) };
}
