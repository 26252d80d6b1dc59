// A provider entry named by the provider's own wording, without its host name or signature: only a long,
// distinctive phrase with an exactly agreeing status qualifies; the stock texts every MTA sends (RFC 5321's
// example replies, Postfix, Dovecot, Exim and Sendmail defaults) never credit one provider.
// Made-up addresses (example.*) and IPs (192.0.2.x) only.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import { matchProviders } from '../../src/core/resolve';
import { withoutStockText } from '../../src/core/stock-text';
import { analyzeInTwoPasses } from '../../src/content/two-pass';
import { dataset } from '../../src/data';
import type { Dataset, ProviderEntry, ProviderFile } from '../../src/data/schema';
import { buildProviderIndex } from '../../scripts/provider-index-source';

const base = { kind: 'provider' as const, authority: 'Example ISP', meaning: 'm', details: 'd', causes: [], senderSteps: [], adminSteps: [], retry: 'later' as const, retryAdvice: 'r', party: 'sender' as const, reputation: 'none' as const, references: [], permanence: 'permanent' as const };
const entry = (id: string, rest: Partial<ProviderEntry>): ProviderEntry => ({ ...base, id, title: id, reason: 'rejected', match: [], ...rest });
// Entries whose patterns deliberately match stock texts too: the gate, not the data, must keep them out.
const mini: Dataset = {
  replies: [],
  statuses: [],
  providers: [{
    id: 'example-isp', name: 'Example ISP', covers: [], signatures: [/\bexample-isp\.net\b/i],
    entries: [
      entry('ex-full', { reply: '552', status: '5.2.2', reason: 'mailboxfull', match: [/mailbox size limit exceeded/i, /quota exceeded \(mailbox for user is full\)/i] }),
      entry('ex-unknown', { reply: '550', status: '5.1.1', reason: 'userunknown', match: [/user unknown in (?:virtual mailbox|local recipient) table/i, /no such user here/i] }),
      entry('ex-policy', { reply: '550', status: '5.7.1', match: [/refused by the example gateway policy/i, /gateway says no/i] }),
      entry('ex-reply-only', { reply: '554', match: [/refused by the example gateway policy/i] }),
    ],
  }],
};
const ids = (reply: string | null, status: string | null, text: string) => matchProviders(mini, reply, status, [], text).map((m) => m.entry.id);

describe('provider entries named by their own wording', () => {
  it('a stock text matched by an entry does not name the provider without its signature', () => {
    expect(ids('552', '5.2.2', '552 5.2.2 Mailbox size limit exceeded')).toEqual([]);
    expect(ids('552', '5.2.2', '552 5.2.2 <bo@example.net>: Recipient address rejected: Quota exceeded (mailbox for user is full)')).toEqual([]);
    expect(ids('550', '5.1.1', '550 5.1.1 <bo@example.net>: Recipient address rejected: User unknown in virtual mailbox table')).toEqual([]);
    expect(ids('550', '5.1.1', '550 5.1.1 No Such User Here')).toEqual([]);
  });
  it('the same stock text with the provider\'s host name still gets its entry', () => {
    expect(ids('552', '5.2.2', '552 5.2.2 Mailbox size limit exceeded (mx1.example-isp.net)')).toEqual(['ex-full']);
  });
  it('a long phrase of the provider\'s own, with the status agreeing exactly, names it without a host', () => {
    const text = '550 5.7.1 Message refused by the example gateway policy';
    expect(ids('550', '5.7.1', text)).toEqual(['ex-policy']);
    expect(matchProviders(mini, '550', '5.7.1', [], text)[0]?.specific).toBe(true);
  });
  it('but not when the phrase is short, the status differs or is not written, or only a basic code agrees', () => {
    expect(ids('550', '5.7.1', '550 5.7.1 the gateway says no')).toEqual([]);
    expect(ids('550', '5.7.2', '550 5.7.2 Message refused by the example gateway policy')).toEqual([]);
    expect(ids('550', null, '550 Message refused by the example gateway policy')).toEqual([]);
    expect(ids('554', null, '554 Message refused by the example gateway policy')).toEqual([]);
    expect(ids('451', '5.7.1', '451 5.7.1 Message refused by the example gateway policy')).toEqual([]);
  });
  it('strips stock texts and keeps the rest', () => {
    expect(withoutStockText('550 Requested action not taken: mailbox unavailable Reject due to policy restrictions.')).toBe('550 \n Reject due to policy restrictions.');
    expect(withoutStockText('connect to mx.example.net[192.0.2.1]:25: Connection timed out')).toBe('connect to mx.example.net[192.0.2.1]:25: \n');
    expect(withoutStockText('541 5.4.1 Mail rejected by destination domain')).toBe('541 5.4.1 Mail rejected by destination domain');
  });
});

const GENERIC_REPLIES = [
  '550 5.1.1 <bo@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
  '550 5.1.1 <bo@example.net>: Recipient address rejected: User unknown in local recipient table',
  '454 4.7.1 <bo@example.net>: Relay access denied',
  '450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.10]',
  '550 5.7.1 <mx.example.com>: Helo command rejected: Host not found',
  '450 4.1.8 <ann@example.com>: Sender address rejected: Domain not found',
  '552 5.2.2 <bo@example.net>: Recipient address rejected: Quota exceeded (mailbox for user is full)',
  '552 5.2.2 Mailbox is full',
  '550 5.1.2 Unrouteable address',
  '550 5.1.1 No Such User Here',
  '554 5.5.0 <bo@example.net>... Service unavailable',
  '550 5.1.1 <bo@example.net>... User unknown',
  '552 5.2.2 Mailbox size limit exceeded',
  '550 5.2.2 user quota exceeded',
  'smtp;550 spam detected',
  'smtp;550 virus detected',
  '452 4.5.3 rate limit exceeded',
  '451 4.7.1 Service unavailable - try again later',
  '550 Requested action not taken: mailbox unavailable',
  '501 Syntax error in parameters or arguments',
  // Apple's entry words it so, but unrelated servers send it too (lhost-postfix-16 of the Sisimai corpus).
  '550 5.1.6 recipient no longer on server',
  // Postfix smtpd's own replies when TLS or SMTP AUTH is required (Google's entries word theirs alike).
  '530 5.7.0 Must issue a STARTTLS command first',
  '530 5.7.0 Authentication required',
  // RFC 3463's name of X.3.2, which several MTAs append to the code (an Exchange entry quotes it).
  '421 4.3.2 System not accepting network messages',
];

const DISTINCTIVE_REPLIES: [string, string][] = [
  ['4.7.32 This mail has been rate limited because there is no DMARC alignment', 'google-421-4.7.32-dmarc-alignment'],
  ['541 5.4.1 Mail rejected by destination domain', 'zoho-541-5.4.1-destination-domain'],
];

describe('the dataset: generic replies get the standard entry, distinctive ones the provider\'s', () => {
  it.each(GENERIC_REPLIES)('%s: no provider entry', (reply) => {
    const f = analyzeText(reply).findings[0];
    expect(f).toBeDefined();
    expect(f?.entry?.kind).not.toBe('provider');
    expect(f?.provider).toBeNull();
  });
  it.each(DISTINCTIVE_REPLIES)('%s: the provider entry without a host name', (reply, id) => {
    const f = analyzeText(reply).findings[0];
    expect(f?.entry?.kind).toBe('provider');
    expect(f?.entry?.id).toBe(id);
  });
  it('the content script\'s two passes give the same reports', async () => {
    const index = buildProviderIndex();
    const files = new Map<string, ProviderFile>(dataset.providers.map((p) => [p.id, p]));
    for (const text of [...GENERIC_REPLIES, ...DISTINCTIVE_REPLIES.map(([t]) => t)]) {
      const report = await analyzeInTwoPasses(index, text, {}, async (id) => files.get(id)!);
      expect(report, text).toEqual(analyzeText(text));
    }
  });
});
