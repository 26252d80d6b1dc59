// Last trial of the session: what a fresh clone's user broke. A MIME structure the parser refuses is read
// as text, not thrown; a version or order number after a label with an address elsewhere is not a
// bounce; a payment API's or a parcel's JSON and CSV are not mail events; lookups take the sentence's
// punctuation off tokens and words.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeMessage, analyzeText, lookup } from '../../src/core';

describe('inputs that are not what they look like', () => {
  it('a message nested past the MIME parser limit is read as text with a note, not thrown', async () => {
    const nested = `From: a@example.com\nTo: b@example.com\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n${'--b\nContent-Type: multipart/mixed; boundary="b"\n\n'.repeat(300)}`;
    const r = await analyzeMessage(nested);
    expect(r.kind).toBe('none');
    expect(r.notes.join(' ')).toMatch(/MIME structure could not be read .*read as plain text/);
  });

  it.each([
    'Version: 5.1.1. Contact: dev@example.com',
    'Build status: 4.2.1 passed. Questions: dev@example.com',
    'Order status: 5.0.1 shipped to ann@example.com',
    'Project status: 2.1.0 released, ask dev@example.com',
  ])('"%s" is not a bounce', (text) => {
    expect(analyzeText(text)).toMatchObject({ kind: 'none', findings: [] });
  });

  it('a status after a label followed by a server\'s words is still read', () => {
    expect(analyzeText('Diagnostic: 5.7.1 message refused by policy for bob@example.org').findings[0]).toMatchObject({ status: '5.7.1' });
  });

  it.each([
    '{"status":"failed","message":"Payment declined","email":"ann@example.com"}',
    '{"state":"delivered","email":"ann@example.com","message":"Parcel left at front door"}',
    'ann@example.com,Failed,Card expired\nbo@example.com,Delivered,Parcel left at door',
    'id,email,type,message\n1,ann@example.com,failed,"Payment 550 USD failed"',
  ])('records that are not about mail are not events: %s', async (text) => {
    expect((await analyze(text)).findings).toEqual([]);
  });

  it('a mail platform event word or an SMTP code makes it one', async () => {
    expect((await analyze('{"email":"sg@example.com","event":"dropped","reason":"Bounced Address"}')).findings[0]?.recipient).toBe('sg@example.com');
    expect((await analyze('{"email":"sg@example.com","event":"failed","reason":"550 5.1.1 user unknown"}')).findings[0]).toMatchObject({ recipient: 'sg@example.com', status: '5.1.1' });
  });
});

describe('lookups take a sentence\'s punctuation off', () => {
  it.each([['TSS04.', 'yahoo-tss04'], ['TSS04:', 'yahoo-tss04'], ['user unknown.', 'status-X.1.1'], ['mailbox full.', 'reply-552']])('%s', (query, id) => {
    expect(lookup(query)[0]?.id).toBe(id);
  });
});

describe('long pastes keep their structure', () => {
  const A = 'Jun  5 10:01:02 mx postfix/smtp[1234]: 4F2A31C0: to=<alice@example.com>, relay=mx.example.com[192.0.2.5]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.5] said: 550 5.1.1 <alice@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))';
  const B = 'Jun  5 10:01:03 mx postfix/smtp[1235]: 5A2B31C1: to=<bob@example.org>, relay=none, delay=300, delays=0.1/0/300/0, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.6]:25: Connection timed out)';
  it('a log past a layout\'s anchor cap does not give one recipient the next one\'s reply', () => {
    const r = analyzeText([...Array(450).fill(B), A].join('\n'));
    expect(r.findings.map((f) => [f.recipient, f.status, f.reason])).toEqual([['bob@example.org', '4.4.1', 'networkerror'], ['alice@example.com', '5.1.1', 'userunknown']]);
  });

  it('an SES notification listing thousands of recipients is read per recipient', async () => {
    const ses = JSON.stringify({ notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: Array.from({ length: 2100 }, (_, i) => ({ emailAddress: `u${i}@example.com`, action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' })) } }, null, 1);
    const r = await analyze(ses);
    expect(r.findings).toHaveLength(200);
    expect(r.findings[0]).toMatchObject({ recipient: 'u0@example.com', status: '5.1.1', reason: 'userunknown' });
    // The record is cut at 500 recipients: the count said is a floor.
    expect(r.notes).toContain('The bounce names at least 500 recipients; only the first 200 are explained.');
  });

  it('an export of more than 2,000 rows is read from its first rows', async () => {
    const csv = ['email,event,reason,status', ...Array.from({ length: 2500 }, (_, i) => `u${i}@example.com,bounce,"550 5.1.1 user unknown",5.1.1`)].join('\n');
    const r = await analyze(csv);
    expect(r.findings[0]).toMatchObject({ recipient: 'u0@example.com', status: '5.1.1' });
  });
});

describe('a new user\'s last trial', () => {
  it.each([
    '{"id":"550","status":"failed"}',
    '{"errors":[{"code":421,"detail":"rate limit"}]}',
    'FAILED tests: 421 of 550 (rate limit exceeded)',
  ])('a number in JSON or a count is not a reply: %s', (text) => {
    expect(analyzeText(text)).toMatchObject({ kind: 'none', findings: [] });
  });

  it('standard replies pasted alone are still read', () => {
    expect(analyzeText('550 Requested action not taken: mailbox unavailable').findings[0]?.reply).toBe('550');
    expect(analyzeText('421 Service not available, closing transmission channel').findings[0]?.reply).toBe('421');
  });

  it("Microsoft 365's 'Message rejected by:' names the refusing server, on its line or the next", () => {
    const head = "Your message to carol@example.net couldn't be delivered.\n";
    expect(analyzeText(`${head}Message rejected by:\tAM0PR01MB1234.eurprd01.prod.exchangelabs.com\nStatus code: 550 5.1.10\n`).findings[0]?.facts.remoteHost).toBe('am0pr01mb1234.eurprd01.prod.exchangelabs.com');
    expect(analyzeText(`${head}Message rejected by:\nmbx01.example.com\nStatus code: 550 5.1.10\n`).findings[0]?.facts.remoteHost).toBe('mbx01.example.com');
  });
});
