// CommuniGate Pro: one block per recipient, "Failed to deliver to '<a@b>'" (or "Delivery to '<a@b>'
// delayed"), then the module that failed and what it says, indented:
//   ROUTER module reports:\n unknown user account
//   SMTP module(domain example.org) reports:\n host mx.example.org says:\n 550 5.1.1 ...
//   LOCAL module(account jane) reports:\n account is full (quota exceeded)
// (LIST, PIPE, RPOP and the other modules word it the same way.) The module's words carry no code.
import { ADDR } from '../text';
import type { SendingSystem } from './types';

/** "ROUTER module reports:", "SMTP module(domain example.org) reports:". */
const MODULE = String.raw`[A-Z]{2,12} module(?:\([^)\n]{1,200}\))? reports:`;

export const communigate: SendingSystem = {
  id: 'communigate',
  signatures: [new RegExp(String.raw`^[ \t]{0,4}${MODULE}`, 'm')],
  recipientAnchors: [
    new RegExp(String.raw`^[ \t]{0,4}(?:Failed to deliver to|Delivery to) '<?(?<addr>${ADDR})>?'`, 'gim'),
  ],
  reasons: [
    ['userunknown', [/^[ \t]{0,4}unknown user(?: account)?\b/im]],
    ['mailboxfull', [/\baccount is full\b|^[ \t]{0,4}mailbox is full\b/im]],
    ['norelaying', [/\brelaying (?:to [^\n]{1,300} )?is (?:prohibited|not allowed)\b/i]],
    ['networkerror', [/^[ \t]{0,4}host [^\s]{1,253} is not responding\b/im]],
  ],
  // The block alone makes a notice a failure (or a delay) notice: it quotes no code.
  failureNotice: [new RegExp(String.raw`^[ \t]{0,4}(?:Failed to deliver to|Delivery to) '[^'\n]{3,330}'(?:[ \t]{1,4}delayed)?[ \t]{0,4}\n[ \t]{0,4}${MODULE}`, 'm')],
};
