import { describe, expect, it } from 'vitest';
import { analyze, analyzeMessage, analyzeText } from '../../src/core';
import { fixture } from './helpers';

const pick = (r: Awaited<ReturnType<typeof analyze>>) => r.findings.map((f) => [f.recipient, f.reply, f.status, f.reason]);

describe('layouts: one finding per recipient', () => {
  it('Postfix with DSN fields, two recipients', () => {
    const r = analyzeText(fixture('postfix-two-recipients.txt'));
    expect(r.kind).toBe('bounce');
    expect(pick(r)).toEqual([
      ['alice@example.com', '550', '5.1.1', 'userunknown'],
      ['bob@example.org', '452', '4.2.2', 'mailboxfull'],
    ]);
    const alice = r.findings[0]!;
    expect(alice.facts).toMatchObject({ remoteHost: 'mx1.example.com', remoteIp: '192.0.2.10', command: 'RCPT TO', action: 'failed', reportingMta: 'mail.example.net' });
    expect(alice.evidence).toMatch(/^550 5\.1\.1 <alice@example\.com>: Recipient address rejected: User unknown in virtual mailbox table/);
    expect(alice.permanent).toBe(true);
    expect(r.findings[1]!.permanent).toBe(false);
  });
  it('Exim, three recipients with their own replies and commands', () => {
    const r = analyzeText(fixture('exim-three-recipients.txt'));
    expect(pick(r)).toEqual([
      ['carol@example.com', '550', '5.1.1', 'userunknown'],
      ['dave@example.net', '554', '5.7.1', 'spamdetected'],
      ['erin@example.org', '552', '5.2.2', 'mailboxfull'],
    ]);
    expect(r.findings.map((f) => f.facts.command)).toEqual(['RCPT TO', 'DATA', 'RCPT TO']);
    expect(r.findings[1]!.facts.remoteIp).toBe('192.0.2.31');
  });
  it('Gmail: continuation lines fold into one reply', () => {
    const r = analyzeText(fixture('gmail-no-such-user.txt'));
    expect(pick(r)).toEqual([['frank@example.com', '550', '5.1.1', 'userunknown']]);
    expect(r.findings[0]!.evidence).toContain('does not exist. Please try double-checking');
    expect(r.findings[0]!.evidence).not.toMatch(/550-5\.1\.1 double/);
  });
  it('Exchange: Remote Server returned and RESOLVER wording', () => {
    const r = analyzeText(fixture('exchange-undeliverable.txt'));
    expect(pick(r)).toEqual([['grace@example.com', '550', '5.1.10', 'userunknown']]);
  });
  it('Exchange: "#550 5.1.1" and "#5.1.0" forms', () => {
    expect(pick(analyzeText(fixture('exchange-hash-code.txt')))).toEqual([['heidi@example.com', '550', '5.1.1', 'userunknown']]);
    const r = analyzeText(fixture('exchange-short-hash.txt'));
    expect(r.findings[0]).toMatchObject({ recipient: 'ivan@example.com', status: '5.1.0' });
  });
  it('Sendmail transcript: the sender is not taken for a recipient', () => {
    const r = analyzeText(fixture('sendmail-user-unknown.txt'));
    expect(pick(r)).toEqual([['judy@example.com', '550', '5.1.1', 'userunknown']]);
    expect(r.findings[0]!.facts.remoteHost).toBe('mx.example.com');
  });
  it('qmail blocks, two recipients', () => {
    expect(pick(analyzeText(fixture('qmail-two-recipients.txt')))).toEqual([
      ['kim@example.com', '550', '5.1.1', 'userunknown'],
      ['leo@example.org', '552', '5.2.2', 'mailboxfull'],
    ]);
  });
  it('a code split across lines, with a [CS01] token', () => {
    const f = analyzeText(fixture('split-code.txt')).findings[0]!;
    expect(f).toMatchObject({ recipient: 'mia@example.com', reply: '554', status: '5.7.1', token: 'CS01' });
    expect(f.facts.command).toBe('DATA');
  });
  it('tokens, blocklists and authentication results', () => {
    const y = analyzeText(fixture('yahoo-tss04.txt')).findings[0]!;
    expect(y).toMatchObject({ reply: '421', status: '4.7.0', token: 'TSS04', permanent: false, retry: 'later' });
    const m = analyzeText(fixture('microsoft-blocklist.txt')).findings[0]!;
    expect(m).toMatchObject({ status: '5.7.1', token: 'AS(1450)', reason: 'blocked' });
    expect(m.facts.blocklists).toContain('Spamhaus');
    const d = analyzeText(fixture('dmarc-fail.txt')).findings[0]!;
    expect(d).toMatchObject({ recipient: 'pat@example.com', status: '5.7.26', reason: 'authfailure' });
    expect(d.facts).toMatchObject({ spf: 'fail', dkim: 'fail', dmarc: 'fail' });
  });
  it('wording beats a generic status: 5.0.0 + "user unknown" at RCPT is userunknown', () => {
    const r = analyzeText('Final-Recipient: rfc822; x@example.com\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 x@example.com: user unknown (in reply to RCPT TO command)\n');
    expect(r.findings[0]).toMatchObject({ status: '5.0.0', reason: 'userunknown' });
  });
  it('5.7.1 reads as blocklisting, spam or DMARC depending on the words', () => {
    const reasonOf = (t: string) => analyzeText(t).findings[0]?.reason;
    expect(reasonOf('said: 550 5.7.1 Client host [192.0.2.9] blocked using zen.spamhaus.org')).toBe('blocked');
    expect(reasonOf('said: 550 5.7.1 Message rejected as spam by content filter')).toBe('spamdetected');
    expect(reasonOf("said: 550 5.7.1 Email rejected per DMARC policy for example.net: dmarc=fail")).toBe('authfailure');
  });
});

describe('message kinds', () => {
  it('delay, delivered, auto-reply, complaint', async () => {
    const delay = analyzeText(fixture('delay.txt'), { subject: 'Delivery Status Notification (Delay)' });
    expect(delay.kind).toBe('delay');
    expect(delay.findings[0]).toMatchObject({ recipient: 'quinn@example.com', status: '4.4.1', permanent: false, retry: 'later' });
    const delivered = analyzeText(fixture('delivered.txt'));
    expect(delivered.kind).toBe('delivered');
    expect(delivered.findings[0]!.reason).toBe('delivered');
    const auto = await analyzeMessage(fixture('autoreply.eml'));
    expect(auto.kind).toBe('autoreply');
    expect(auto.findings[0]).toMatchObject({ recipient: 'rita@example.com', reason: 'vacation' });
    const complaint = await analyzeMessage(fixture('complaint.eml'));
    expect(complaint.kind).toBe('complaint');
    expect(complaint.findings[0]).toMatchObject({ recipient: 'sam@example.org', reason: 'feedback' });
  });
  it('ordinary mail with numbers is not a bounce', () => {
    const r = analyzeText(fixture('ordinary.txt'), { subject: 'Invoice', from: 'Victor <victor@example.com>' });
    expect(r.kind).toBe('none');
    expect(r.findings).toEqual([]);
  });
});

describe('raw messages', () => {
  it('reads CRLF and CR-only copies alike, with the original subject', async () => {
    for (const name of ['postfix-crlf.eml', 'postfix-cr.eml']) {
      const r = await analyzeMessage(fixture(name));
      expect(pick(r), name).toEqual([['uma@example.com', '550', '5.1.1', 'userunknown']]);
      expect(r.findings[0]!.facts.originalSubject).toBe('Lunch on Friday');
      expect(r.subject).toBe('Undelivered Mail Returned to Sender');
    }
  });
  it('analyze() tells raw from rendered text', async () => {
    expect((await analyze(fixture('postfix-crlf.eml'))).subject).toBe('Undelivered Mail Returned to Sender');
    expect(pick(await analyze(fixture('gmail-no-such-user.txt')))).toEqual([['frank@example.com', '550', '5.1.1', 'userunknown']]);
  });
  it('caps very large input and says so', () => {
    const r = analyzeText(`said: 550 5.1.1 user unknown\n${'x'.repeat(1_200_000)}`);
    expect(r.notes.join(' ')).toMatch(/first 1 MB/);
    expect(r.findings[0]!.status).toBe('5.1.1');
  });
  it('returns an empty report for empty input', async () => {
    expect(analyzeText('')).toEqual({ kind: 'none', findings: [], notes: [] });
    expect((await analyzeMessage('')).findings).toEqual([]);
  });
});
