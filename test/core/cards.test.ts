// Cards that said the wrong thing: a domain that does not exist read as a network fault, the receiving
// server's address labelled as the sender's, who acts under an entry that says the address does not exist,
// and a final bounce whose meaning still said "your server keeps retrying".
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import { readFacts } from '../../src/core/facts';
import { meaningOnceReturned, saysStillRetrying } from '../../src/core/returned';

const POSTFIX_HEAD = `This is the mail system at host out.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

`;

const one = (text: string) => {
  const r = analyzeText(text);
  expect(r.findings).toHaveLength(1);
  return { kind: r.kind, ...r.findings[0]! };
};

describe('a domain that does not exist is an unknown host, a DNS lookup that failed for now is not', () => {
  it("Gmail's \"Address not found\" with NXDOMAIN: hostunknown, permanent, not retried", () => {
    const f = one(`** Address not found **

Your message wasn't delivered to kim@example.net because the domain example.net couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:
DNS Error: 1234567 DNS type 'mx' lookup of example.net responded with code NXDOMAIN
Domain name not found: example.net
`);
    expect([f.reason, f.status, f.permanent, f.retry, f.party]).toEqual(['hostunknown', '5.1.2', true, 'no', 'sender']);
  });

  it("Gmail's DNS error answered SERVFAIL stays a network error (4.4.3), retried later", () => {
    const f = one(`** Message not delivered **

There was a problem delivering your message to kim@example.net.

The response was:
DNS Error: 1234567 DNS type 'mx' lookup of example.net responded with code SERVFAIL
`);
    expect([f.reason, f.status, f.retry]).toEqual(['networkerror', '4.4.3', 'later']);
  });

  it("Exchange Online's 550 5.4.310 \"DNS domain ... does not exist\": its own entry, hostunknown", () => {
    const f = one(`Delivery has failed to these recipients or groups:

pat@example.org
The domain name in the email address is incorrect. Check the address and try again.

Diagnostic information for administrators:
Generating server: AB0PR01MB0001.eurprd01.prod.outlook.com
pat@example.org
Remote Server returned '550 5.4.310 DNS domain example.org does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=example.org] [LastAttemptedServerIP=null]'
`);
    expect([f.reason, f.permanent, f.retry, f.party, f.entry?.id]).toEqual(['hostunknown', true, 'no', 'sender', 'microsoft-365-550-5.4.310-domain-does-not-exist']);
  });

  it('a sender domain that does not exist is not the recipient domain', () => {
    const f = one(`${POSTFIX_HEAD}<ann@example.org>: host mx.example.org[192.0.2.30] said: 553 5.1.8 Sender domain example.com does not exist (in reply to MAIL FROM command)\n`);
    expect(f.reason).not.toBe('hostunknown');
  });
});

describe('the receiving server is not the sending IP', () => {
  it('Postfix "connect to mx[ip]: Connection refused": remote host and IP, no sending IP', () => {
    const facts = readFacts('<jo@example.org>: delivery temporarily suspended: connect to mx.example.org[192.0.2.81]:25: Connection refused', '<jo@example.org>: delivery temporarily suspended: connect to mx.example.org[192.0.2.81]:25: Connection refused');
    expect([facts.remoteHost, facts.remoteIp, facts.sendingIp]).toEqual(['mx.example.org', '192.0.2.81', undefined]);
  });

  it('"TLS is required, but was not offered by host" folded onto the next line', () => {
    const f = one(`${POSTFIX_HEAD}<hal@example.com>: TLS is required, but was not offered by host\n    mx.example.com[192.0.2.121]\n`);
    expect([f.facts.remoteHost, f.facts.remoteIp, f.facts.sendingIp]).toEqual(['mx.example.com', '192.0.2.121', undefined]);
  });

  it.each([
    ['550 5.7.1 Rejected because 198.51.100.9 is listed in bl.spamcop.net, see https://www.spamcop.net/bl.shtml?198.51.100.9', 'bl.spamcop.net'],
    ['554 5.7.1 Service unavailable; IP address 198.51.100.9 is listed in bl.spamcop.net', 'bl.spamcop.net'],
    ['550 5.7.1 198.51.100.9 listed at zen.spamhaus.org', 'zen.spamhaus.org'],
    ['554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using zen.spamhaus.org', 'zen.spamhaus.org'],
    ['550 Mail from 198.51.100.9 refused: listed in dnsbl.example.org: 198.51.100.9', 'dnsbl.example.org'],
  ])('a blocklist refusal names the sending IP: %s', (reply, list) => {
    const facts = readFacts(reply, `host mx.example.org[192.0.2.5] said: ${reply}`);
    expect(facts.sendingIp).toBe('198.51.100.9');
    expect(facts.remoteIp).toBe('192.0.2.5');
    expect(facts.blocklists).toContain(list);
  });
});

describe('who acts follows the card where the address does not exist', () => {
  it("Yahoo's \"This user doesn't have a yahoo.com account\" after DATA: reason stays filtered, the sender acts", () => {
    const f = one(`${POSTFIX_HEAD}<kara@example.net>: host mta5.am0.yahoodns.net[192.0.2.5] said: 554 delivery
    error: dd This user doesn't have a yahoo.com account (kara@example.net) [0]
    - mta1234.mail.gq1.yahoo.com (in reply to end of DATA command)
`);
    expect([f.reason, f.party, f.retry, f.entry?.id]).toEqual(['filtered', 'sender', 'no', 'yahoo-554-user-unknown']);
  });

  it('a server that refuses to talk at its greeting refuses the sending host: sender-admin, retry after a fix', () => {
    const f = one(`${POSTFIX_HEAD}<mo@example.net>: host mx.example.net[192.0.2.122] refused to talk to me:\n    554 mx.example.net ESMTP not accepting messages\n`);
    expect([f.reason, f.party, f.retry, f.facts.command]).toEqual(['notaccept', 'sender-admin', 'after-fix', 'CONNECT']);
  });
});

describe('a final bounce does not say the server keeps retrying', () => {
  it.each([
    'Your mail server keeps trying for a while.',
    'It is a delay, not a refusal: the server retries.',
    'The sending server normally tries again by itself.',
    'Your message is still queued and will be retried.',
    'Most of these are temporary and retried automatically.',
    'The mail is not lost; it is retried.',
    'It keeps retrying for a while.',
    'Your server keeps it and tries again.',
  ])('drops "%s"', (sentence) => {
    expect(saysStillRetrying(sentence)).toBe(true);
    expect(meaningOnceReturned(`The receiving server was busy. ${sentence}`)).toBe('The receiving server was busy.');
  });

  it.each([
    'If you got a final bounce with a 4 code, those retries have already run out.',
    'Google asked your server to try again later.',
    'Check the address and try again.',
    'Yahoo has stopped accepting mail from the server that sent your message, and says retrying will not help.',
    'For the whole retry period, the recipient\'s mail server refused every connection, so the message was returned to you.',
  ])('keeps "%s"', (sentence) => {
    expect(saysStillRetrying(sentence)).toBe(false);
    expect(meaningOnceReturned(sentence)).toBe(sentence);
  });

  it('keeps the other clauses of a sentence', () => {
    expect(meaningOnceReturned("Your mail server tried to connect but got no answer. That server may be down or behind a firewall; your mail server keeps trying for a while."))
      .toBe('Your mail server tried to connect but got no answer. That server may be down or behind a firewall.');
    expect(meaningOnceReturned('It is usually a passing fault, and delivery is retried automatically.')).toBe('It is usually a passing fault.');
    expect(meaningOnceReturned('Your mail server keeps retrying on its own; the words after the code may say why.')).toBe('The words after the code may say why.');
  });

  it('a Postfix final bounce for a timeout: no "keeps trying" in the meaning the card shows', () => {
    const f = one(`${POSTFIX_HEAD}<zed@example.net>: connect to mx.example.net[192.0.2.100]:25: Connection timed\n    out\n`);
    expect([f.kind, f.retry]).toEqual(['bounce', 'later']);
    expect(f.entry).not.toBeNull();
    const shown = meaningOnceReturned(f.entry!.meaning);
    expect(shown).not.toMatch(/keeps? (?:re)?trying|retries/);
    expect(shown.length).toBeGreaterThan(20);
  });
});

describe('the client as the refusing server names it', () => {
  it.each([
    '450 4.7.1 <c1.example.net[198.51.100.9]>: Client host rejected: may not be mail exchanger',
    '501 <ann@example.org>... no access from mail server [198.51.100.9] which is an open relay.',
    '451 4.7.650 The mail server [198.51.100.9] has been temporarily rate limited due to IP reputation.',
    '550-5.7.25 [198.51.100.9] The IP address sending this message does not have a PTR record setup',
  ])('%s', (reply) => {
    expect(readFacts(reply, reply).sendingIp).toBe('198.51.100.9');
  });
});
