// au by KDDI (EZweb): "Mail System Error - Returned Mail" from Postmaster@ezweb.ne.jp. Its notices state
// the reason in a sentence of their own above the recipient list, whatever reply the server quoted.
import type { SendingSystem } from './types';

export const ezweb: SendingSystem = {
  id: 'ezweb',
  signatures: [/\bezweb\.ne\.jp\b[^\n]{0,80}\n[^\n]{0,200}(?:Returned Mail|The user\(s\) account|rejected by a remote mail server)/i, /The user\(s\) account is (?:disabled|temporarily (?:limited|over quota))/i],
  headers: [/@ezweb\.ne\.jp\b/i],
  recipientAnchors: [],
  reasons: [
    ['suspend', [/The user\(s\) account is (?:disabled|temporarily limited)/i]],
    ['mailboxfull', [/The user\(s\) account is temporarily over quota/i]],
    ['expired', [/Your message was not delivered within \d{1,4} days/i]],
    // The notice for a recipient whose reception filter (designated senders, domain refusal) refused it.
    ['filtered', [/Each of the following recipients was rejected by a remote mail server/i]],
  ],
};
