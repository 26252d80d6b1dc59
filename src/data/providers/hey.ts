// HEY (hey.com, the mail service by 37signals/Basecamp): inbound refusals come from its Postfix front ends in
// the usual "<addr>: Recipient address rejected: ..." form. HEY's Screener holds mail from new senders
// without bouncing it, so a bounce from HEY is about the address itself.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';

const HOME: Reference = { title: 'HEY', url: 'https://www.hey.com/' };
const base = { kind: 'provider' as const, authority: 'HEY' };

const entries: ProviderEntry[] = [
  {
    ...base,
    id: 'hey-550-5.1.1-user-unknown',
    reply: '550',
    status: '5.1.1',
    match: [/\buser unknown\b/i],
    title: 'HEY: address does not exist',
    meaning: 'There is no HEY account for this address. Check the spelling with the recipient.',
    details: 'HEY answers 550 5.1.1 "<address>: Recipient address rejected: User unknown" at RCPT TO for addresses without an account. New senders are not refused but placed in the recipient\'s Screener, so this is not a block.',
    causes: ['A typo in the address', 'The HEY account was closed'],
    senderSteps: ['Check the spelling of the address', 'Reach the recipient another way and ask for the right address'],
    adminSteps: ['Remove the address from mailing lists after this bounce'],
    retry: 'no',
    retryAdvice: 'Resending to the same address fails again.',
    party: 'sender',
    reputation: 'none',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [HOME],
  },
];

export const hey: ProviderFile = {
  id: 'hey',
  name: 'HEY (hey.com)',
  covers: [],
  home: HOME,
  signatures: [/@hey\.com\b/i, /\b(?:mx|smtp)[\w-]{0,20}\.hey\.com\b/i],
  entries,
};
