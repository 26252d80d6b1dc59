// The card follows what the reply's words say. A catch-all status (5.7.1, 4.7.0) or a bare reply code
// ("550", "552") is explained by the variant or the standard entry for the reason the words decided: spam,
// a blocked sending server and relay denied each get their own steps under 5.7.1; TLS required and
// connection limits under X.7.0; "550 No such user here" the unknown-address card.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import { dataset } from '../../src/data';
import { resolveEntry } from '../../src/core/resolve';
import { matcherOf, withWords, wordsOf } from '../../src/data/word-index';

const FINAL = "This is the mail system at host out.example.com.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n";
const said = (reply: string, command = 'RCPT TO') => `${FINAL}<ann@example.org>: host mx.example.org[192.0.2.5] said: ${reply} (in reply to ${command} command)`;
const card = (text: string) => {
  const f = analyzeText(text).findings[0]!;
  return { reason: f.reason, id: f.entry?.id, title: f.entry?.title, party: f.party, retry: f.retry, status: f.status, variant: f.entry?.variant };
};

describe('a catch-all status read as its words read it', () => {
  it('5.7.1 as spam', () => {
    expect(card(said('550 5.7.1 Message rejected as spam by Content Filtering', 'end of DATA'))).toMatchObject({ reason: 'spamdetected', id: 'status-X.7.1', title: 'Refused as spam', party: 'sender', variant: 'spamdetected' });
  });
  it('5.7.1 as a blocked sending server', () => {
    expect(card(said('554 5.7.1 Rejected: your IP 198.51.100.7 is on our blocklist'))).toMatchObject({ reason: 'blocked', title: 'Your sending server is blocked', party: 'sender-admin' });
  });
  it('5.7.1 as relay denied', () => {
    expect(card(said('554 5.7.1 <ann@example.org>: Relay access denied'))).toMatchObject({ reason: 'norelaying', title: 'The server would not pass your message on (relay denied)' });
  });
  it('STARTTLS required, under 5.7.0 and under 5.7.3', () => {
    const tls = 'The receiving server requires an encrypted (TLS) connection';
    expect(card(said('530 5.7.0 Must issue a STARTTLS command first', 'MAIL FROM'))).toMatchObject({ reason: 'failedstarttls', id: 'status-X.7.0', title: tls });
    expect(card(said('451 5.7.3 STARTTLS is required to send mail', 'MAIL FROM'))).toMatchObject({ reason: 'failedstarttls', id: 'status-X.7.0', title: tls });
  });
  it("Postfix's code-less 'TLS is required, but was not offered' gets the TLS card", () => {
    const f = analyzeText(`${FINAL}<hal@example.com>: TLS is required, but was not offered by host mx.example.com[192.0.2.121]`).findings[0]!;
    expect(f).toMatchObject({ reason: 'failedstarttls', status: '4.7.0', inferred: true });
    expect(f.entry?.title).toBe('The receiving server requires an encrypted (TLS) connection');
  });
  it('4.7.0 as too many connections', () => {
    expect(card(said('421 4.7.0 Too many connections from your host, please try again later'))).toMatchObject({ reason: 'toomanyconn', title: 'Too many connections or messages from your server at once', retry: 'later' });
  });
  it('5.7.1 with failed sender authentication gets the authentication card', () => {
    expect(card(said('550 5.7.1 Sender domain example.com has no SPF record and DMARC policy reject', 'end of DATA'))).toMatchObject({ reason: 'authfailure', id: 'status-X.7.26' });
  });
  it('a greylisting deferral under a mailbox status is a temporary block, not a mailbox problem', () => {
    expect(card(said('450 4.2.0 <ann@example.org>: Recipient address rejected: Greylisted, see http://postgrey.example.net/help/example.org.html'))).toMatchObject({ reason: 'blocked', id: 'status-X.7.1', title: "Held back for now by the receiving server's rules", party: 'sender-admin', retry: 'later' });
  });
  it('a block refusing the connection by name is a block card, not a network one', () => {
    expect(card(said('550 5.7.1 Connection refused by FortiGuard AntiSpam: IP 198.51.100.10 is listed'))).toMatchObject({ reason: 'blocked', title: 'Your sending server is blocked' });
  });
  it("Postfix's 'cannot find your reverse hostname' is a missing PTR", () => {
    expect(card(said('550 5.7.1 Client host rejected: cannot find your reverse hostname, [198.51.100.10]'))).toMatchObject({ reason: 'requireptr', id: 'status-X.7.25' });
  });
  it('a variant is for the permanent class unless it lists more: 4.7.1 blocked keeps the deferral card', () => {
    expect(card(said('451 4.7.1 Service unavailable, client host [198.51.100.7] blocked, try again later'))).toMatchObject({ reason: 'blocked', title: "Held back for now by the receiving server's rules" });
  });
});

describe('a bare reply code explained by the words', () => {
  it.each([
    ['550 No such user here', 'userunknown', 'status-X.1.1'],
    ['552 Message size exceeds maximum permitted', 'mesgtoobig', 'status-X.3.4'],
    ['550 relay not permitted', 'norelaying', 'status-X.7.1'],
    ['554 Message rejected: spam detected (score 12.3)', 'spamdetected', 'status-X.7.1'],
  ])('%s', (reply, reason, id) => {
    expect(card(said(reply))).toMatchObject({ reason, id, status: null });
  });
});

describe('code-less Postfix lines that now have a card', () => {
  it('a mail loop is X.4.6', () => {
    expect(card(`${FINAL}<ned@example.org>: mail for example.org loops back to myself`)).toMatchObject({ status: '5.4.6', id: 'status-X.4.6' });
  });
  it('a reply after "host X said:" is a reply whatever its words ("550 virus detected")', () => {
    expect(card('<someone@example.com>: host mx.example.net[192.0.2.25] said: 550 virus detected')).toMatchObject({ reason: 'virusdetected' });
  });
  it('4.4.7 in a delay notice is not titled as given up', () => {
    const f = analyzeText('Reporting-MTA: dns; out.example.com\n\nFinal-Recipient: rfc822; ann@example.org\nAction: delayed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 421 4.4.7 Message delayed').findings[0]!;
    expect(f.entry?.title).toBe('Delivery is taking too long');
  });
});

describe('reason variants survive the split into matchers and words', () => {
  it('the lazy path puts a variant back as the full entry has it', () => {
    const x71 = dataset.statuses.find((e) => e.id === 'status-X.7.1')!;
    const again = withWords(matcherOf(x71), wordsOf(x71));
    for (const reason of ['spamdetected', 'blocked', 'norelaying'] as const) {
      expect(resolveEntry(again, '5.7.1', undefined, reason)).toEqual(resolveEntry(x71, '5.7.1', undefined, reason));
      expect(resolveEntry(x71, '5.7.1', undefined, reason).variant).toBe(reason);
    }
    expect(matcherOf(x71).byReason?.spamdetected).not.toHaveProperty('title');
    expect(resolveEntry(x71, '4.7.1', undefined, 'spamdetected').variant).toBeUndefined();
  });
});
