// PowerMTA: its DSN carries "X-PowerMTA-BounceCategory: <category>", the sending platform's own
// classification of the reply (documented categories, e.g. bad-mailbox, inactive-mailbox, quota-issues).
import type { SendingSystem } from './types';

export const powermta: SendingSystem = {
  id: 'powermta',
  signatures: [/^[ \t]{0,4}X-PowerMTA-[A-Za-z-]{1,40}:/im],
  recipientAnchors: [],
  reasons: [
    ['userunknown', [/^[ \t]{0,4}X-PowerMTA-BounceCategory:[ \t]{0,4}bad-mailbox\b/im]],
    ['suspend', [/^[ \t]{0,4}X-PowerMTA-BounceCategory:[ \t]{0,4}inactive-mailbox\b/im]],
    ['mailboxfull', [/^[ \t]{0,4}X-PowerMTA-BounceCategory:[ \t]{0,4}quota-issues\b/im]],
    ['hostunknown', [/^[ \t]{0,4}X-PowerMTA-BounceCategory:[ \t]{0,4}bad-domain\b/im]],
    ['networkerror', [/^[ \t]{0,4}X-PowerMTA-BounceCategory:[ \t]{0,4}no-answer-from-host\b/im]],
    ['norelaying', [/^[ \t]{0,4}X-PowerMTA-BounceCategory:[ \t]{0,4}relaying-issues\b/im]],
    ['spamdetected', [/^[ \t]{0,4}X-PowerMTA-BounceCategory:[ \t]{0,4}spam-related\b/im]],
    ['policyviolation', [/^[ \t]{0,4}X-PowerMTA-BounceCategory:[ \t]{0,4}policy-related\b/im]],
    ['virusdetected', [/^[ \t]{0,4}X-PowerMTA-BounceCategory:[ \t]{0,4}virus-related\b/im]],
    ['expired', [/^[ \t]{0,4}X-PowerMTA-BounceCategory:[ \t]{0,4}message-expired\b/im]],
    ['contenterror', [/^[ \t]{0,4}X-PowerMTA-BounceCategory:[ \t]{0,4}content-related\b/im]],
    ['rejected', [/^[ \t]{0,4}X-PowerMTA-BounceCategory:[ \t]{0,4}invalid-sender\b/im]],
    ['syntaxerror', [/^[ \t]{0,4}X-PowerMTA-BounceCategory:[ \t]{0,4}protocol-errors\b/im]],
  ],
};
