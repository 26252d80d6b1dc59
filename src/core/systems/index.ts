// Registry of sending systems. Supporting a new layout means adding one file and one line here.
import { exchange } from './exchange';
import { exim } from './exim';
import { generic } from './generic';
import { gmail } from './gmail';
import { postfix } from './postfix';
import { qmail } from './qmail';
import { rfc3464 } from './rfc3464';
import { sendmail } from './sendmail';
import type { SendingSystem } from './types';

export type { SendingSystem } from './types';

export const systems: SendingSystem[] = [rfc3464, postfix, qmail, exim, sendmail, gmail, exchange, generic];

/** Which systems' signatures appear in the text (informational). */
export function detectSystems(text: string): string[] {
  return systems.filter((s) => s.signatures.some((re) => re.test(text))).map((s) => s.id);
}
