// Raw layouts. A bounce forwarded "as attachment" (Outlook, Thunderbird, helpdesks): the outer message holds a line of
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

describe("qmail's own sentence names the refused command", () => {
  const qmail = (reply: string) =>
    `Hi. This is the qmail-send program at out.example.com.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<bob@example.org>:\nConnected to 192.0.2.9 but sender was rejected.\nRemote host said: ${reply}\n`;
  it('a permanent refusal after "sender was rejected" refuses the envelope sender', async () => {
    const f = (await analyzeMessage(`From: MAILER-DAEMON@out.example.com\nSubject: failure notice\n\n${qmail('550 5.7.1 <ann@out.example.com>... Access denied')}`)).findings[0]!;
    expect([f.recipient, f.status, f.reason]).toEqual(['bob@example.org', '5.7.1', 'rejected']);
  });
  it('a 4xx deferral there keeps the reason its own words give', async () => {
    const f = (await analyzeMessage(`From: MAILER-DAEMON@out.example.com\nSubject: failure notice\n\n${qmail('421 4.7.0 Too many connections from your host, try again later')}`)).findings[0]!;
    expect(f.reason).toBe('toomanyconn');
  });
});

describe('deeper forwards and long exports', () => {
  it('a forward of a forward of a bounce is still read', async () => {
    // Each level has its own boundary, as mail clients write them.
    const twice = outer(outer(innerBounce).replace(/outer/g, 'middle'));
    const r = await analyzeMessage(twice);
    expect(r.findings.map((f) => [f.recipient, f.status])).toEqual([['bob@example.org', '5.1.1']]);
  });
});

describe('a bounce attached as a plain file', () => {
  it('an .eml sent as application/octet-stream is opened when it starts with a header block', async () => {
    const b64 = Buffer.from(innerBounce).toString('base64').replace(/.{76}/g, '$&\n');
    const msg = outer(innerBounce).replace('Content-Type: message/rfc822\n\n' + innerBounce, `Content-Type: application/octet-stream; name="bounce.eml"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="bounce.eml"\n\n${b64}\n`);
    expect(msg).not.toContain('message/rfc822');
    const r = await analyzeMessage(msg);
    expect(r.findings.map((f) => [f.recipient, f.status])).toEqual([['bob@example.org', '5.1.1']]);
  });

  it('any other binary attachment is left alone', async () => {
    const b64 = Buffer.from('%PDF-1.7 binary 550 5.1.1 bob@example.org').toString('base64');
    const msg = outer(innerBounce).replace('Content-Type: message/rfc822\n\n' + innerBounce, `Content-Type: application/octet-stream; name="x.pdf"\nContent-Transfer-Encoding: base64\n\n${b64}\n`);
    expect(msg).not.toContain('message/rfc822');
    expect((await analyzeMessage(msg)).findings).toEqual([]);
  });
});
