// A reason module: the wording that says "this is why", as linear case-insensitive patterns.
import type { Reason } from '../../data/schema';

export interface ReasonModule {
  reason: Reason;
  /** Wording families for this reason (case-insensitive, linear). */
  patterns: RegExp[];
  /** True when the text is worded like this reason. */
  test(text: string): boolean;
}

export function defineReason(reason: Reason, patterns: RegExp[]): ReasonModule {
  return { reason, patterns, test: (text) => patterns.some((re) => re.test(text)) };
}
