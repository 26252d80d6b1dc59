// A reason module: the wording that says "this is why", as linear case-insensitive patterns.
import type { Reason } from '../../data/schema';
import { unionOf } from '../union';

export interface ReasonModule {
  reason: Reason;
  /** Wording families for this reason (case-insensitive, linear). */
  patterns: RegExp[];
  /** True when the text is worded like this reason. */
  test(text: string): boolean;
}

export function defineReason(reason: Reason, patterns: RegExp[]): ReasonModule {
  // One scan for the whole family (see ../union.ts): the answer is that of `patterns.some(...)`.
  const union = unionOf(patterns);
  return { reason, patterns, test: (text) => union.some((re) => re.test(text)) };
}
