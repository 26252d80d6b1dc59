// AT&T consumer mail (att.net and the legacy SBC, BellSouth, Prodigy, Pacific Bell and other domains).
// Inbound servers answer in Sendmail style ("<addr>... Addressee unknown, relay=[IP]") and refuse blocked
// IPs with "DNSBL:..." markers and an abuse_rbl contact address.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { FIND_SPAM_SOURCE, FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT } from '../shared';

const HELP: Reference = { title: 'AT&T support', url: 'https://www.att.com/support/' };
const base = { kind: 'provider' as const, authority: 'AT&T' };

const entries: ProviderEntry[] = [
  {
    ...base,
    id: 'att-550-5.2.1-addressee-unknown',
    reply: '550',
    status: '5.2.1',
    match: [/\.\.\. ?addressee unknown/i, /\baddressee unknown\b/i],
    title: 'AT&T: address does not exist',
    meaning: 'There is no AT&T mailbox for this address (att.net, sbcglobal.net, bellsouth.net, prodigy.net and similar), or it was closed.',
    details: 'AT&T\'s Sendmail-style inbound servers answer 550 5.2.1 "<address>... Addressee unknown, relay=[IP]" for unknown or closed mailboxes; the relay field is the sending IP.',
    causes: ['A typo in the address or domain', 'The account was closed, often after the customer left AT&T'],
    senderSteps: ['Check the spelling of the address and its domain', 'Reach the recipient another way and ask for a current address'],
    adminSteps: ['Remove the address from mailing lists after this bounce'],
    retry: 'no',
    retryAdvice: 'Resending to the same address fails again.',
    party: 'sender',
    reputation: 'none',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [HELP],
  },
  {
    ...base,
    id: 'att-553-5.3.0-dnsbl',
    reply: '553',
    status: '5.3.0',
    aliases: ['DNSBL:RBL', 'DNSBL:ATTRBL'],
    match: [/DNSBL:(?:ATT)?RBL/i, /_is_blocked/i],
    title: 'AT&T: sending IP blocked',
    meaning: 'AT&T refused the server that sent your message because its IP address is on AT&T\'s block list. It is about the server, not your message.',
    details: 'AT&T answers 553 5.3.0 with a host tag, "DNSBL:RBL 521< IP >_is_blocked" (or DNSBL:ATTRBL) and asks for removal requests by email to abuse_rbl@abuse-att.net, including the full error text.',
    causes: ['Spam or a burst of mail from the sending IP', 'A shared IP with bad neighbours', 'A compromised account or form on the sending server'],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: [FIND_SPAM_SOURCE, 'Email abuse_rbl@abuse-att.net with the sending IP and the complete error line to ask for removal'],
    retry: 'after-fix',
    retryAdvice: 'Mail from this IP keeps failing until AT&T lifts the block.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [HELP],
  },
];

export const att: ProviderFile = {
  id: 'att',
  name: 'AT&T (att.net, sbcglobal.net, bellsouth.net)',
  covers: [],
  home: HELP,
  signatures: [
    /\batt\.net\b/i,
    /\b(?:sbcglobal|bellsouth|prodigy|pacbell|swbell|ameritech|nvbell|snet|wans|flash)\.net\b/i,
    /\babuse-att\.net\b/i,
    /\bDNSBL:ATTRBL\b/i,
  ],
  entries,
};
