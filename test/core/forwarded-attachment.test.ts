// A bounce forwarded "as attachment" (Outlook, Thunderbird, helpdesks): the outer message holds a line of
// text and no report; the attached message/rfc822 is the bounce. Its report is what the card explains.
// An ordinary bounce's attached original message is not read as a bounce.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/core';

const innerBounce = [
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
  'To: ann@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="inner"',
  '',
  '--inner',
  'Content-Type: text/plain',
  '',
  'This is the mail system at host mx.example.net.',
  '',
  '<bob@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
  '',
  '--inner',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.net',
  '',
  'Final-Recipient: rfc822; bob@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown',
  '',
  '--inner--',
  '',
].join('\n');

const outer = (attached: string) => [
  'From: Ann <ann@example.com>',
  'To: it-help@example.com',
  'Subject: FW: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="outer"',
  '',
  '--outer',
  'Content-Type: text/plain',
  '',
  'Hi, this came back, can you have a look? Thanks, Ann',
  '',
  '--outer',
  'Content-Type: message/rfc822',
  '',
  attached,
  '--outer--',
  '',
].join('\n');

describe('a bounce forwarded as an attachment', () => {
  it('is explained by the attached bounce, with a note saying so', async () => {
    const r = await analyzeMessage(outer(innerBounce));
    expect(r.kind).toBe('bounce');
    expect(r.findings.map((f) => [f.recipient, f.reply, f.status, f.reason])).toEqual([['bob@example.org', '550', '5.1.1', 'userunknown']]);
    expect(r.notes.join(' ')).toMatch(/forwarded as an attachment/);
  });

  it('an attached ordinary message is not taken for a bounce', async () => {
    const plain = ['From: Bob <bob@example.org>', 'To: ann@example.com', 'Subject: Lunch', '', 'See you at 12:30 in room 550.', ''].join('\n');
    const r = await analyzeMessage(outer(plain));
    expect(r.findings).toEqual([]);
    expect(r.notes.join(' ')).not.toMatch(/forwarded as an attachment/);
  });
});
