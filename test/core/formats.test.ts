// @vitest-environment node
// Input formats real users paste or give to the CLI: Postfix log lines, ESP event exports (CSV) and webhook
// events (JSON), Windows/Exchange "Delivery Status Notification (Success)/(Relay)" texts, and files in UTF-16.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { analyze, analyzeText } from '../../src/core';

const brief = (r: Awaited<ReturnType<typeof analyze>>) => r.findings.map((f) => [f.recipient, f.reply, f.status, f.reason]);

const LOG_DEFERRED = 'Jun  5 10:01:02 mx postfix/smtp[1234]: 4F2A31C0: to=<a@example.com>, relay=mx.example.com[192.0.2.5]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.5]:25: Connection timed out)';
const LOG_BOUNCED = 'Jun  5 10:01:03 mx postfix/smtp[1235]: 4F2A31C0: to=<b@example.org>, relay=mx.example.org[192.0.2.6]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.6] said: 550 5.1.1 <b@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command))';
const LOG_SHORT = 'Jun  5 10:01:04 mx postfix/smtp[1236]: 4F2A31C0: to=<c@example.net>, relay=mx.example.net[192.0.2.7]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (550 5.1.1 User unknown)';

describe('Postfix log lines', () => {
  it('a deferred line is a delay with its connection failure as evidence', () => {
    const r = analyzeText(LOG_DEFERRED);
    expect(r.kind).toBe('delay');
    expect(brief(r)).toEqual([['a@example.com', null, '4.4.1', 'networkerror']]);
    expect(r.findings[0]!.evidence).toBe('connect to mx.example.com[192.0.2.5]:25: Connection timed out');
    expect(r.findings[0]!.facts.remoteHost).toBe('mx.example.com');
  });

  it('a bounced line, long and short, names its recipient and the reply', () => {
    expect(brief(analyzeText(LOG_BOUNCED))).toEqual([['b@example.org', '550', '5.1.1', 'userunknown']]);
    const short = analyzeText(LOG_SHORT);
    expect(short.kind).toBe('bounce');
    expect(brief(short)).toEqual([['c@example.net', '550', '5.1.1', 'userunknown']]);
    expect(short.findings[0]!.evidence).toBe('550 5.1.1 User unknown');
  });

  it('several lines are several findings, other log lines aside', () => {
    const qmgr = 'Jun  5 10:01:01 mx postfix/qmgr[99]: 4F2A31C0: from=<sender@example.net>, size=1234, nrcpt=3 (queue active)';
    const r = analyzeText([qmgr, LOG_DEFERRED, LOG_BOUNCED, LOG_SHORT].join('\n'));
    expect(r.kind).toBe('bounce');
    expect(brief(r)).toEqual([
      ['a@example.com', null, '4.4.1', 'networkerror'],
      ['b@example.org', '550', '5.1.1', 'userunknown'],
      ['c@example.net', '550', '5.1.1', 'userunknown'],
    ]);
  });

  it('a log line inside other text is still read as a bounce', () => {
    const r = analyzeText(`Our mail log shows this:\n\n${LOG_DEFERRED.replace(/^.{0,60}?postfix/, 'postfix')}\n\nAny idea?`);
    expect(r.kind).toBe('delay');
    expect(r.findings.map((f) => [f.recipient, f.status])).toEqual([['a@example.com', '4.4.1']]);
  });
});

describe('ESP event exports and webhooks', () => {
  it('a CSV row: recipient, event, reply, status, time', () => {
    const r = analyzeText('sg1@example.com,bounce,"550 5.1.1 The email account that you tried to reach does not exist",5.1.1,1704103200');
    expect(r.kind).toBe('bounce');
    expect(brief(r)).toEqual([['sg1@example.com', '550', '5.1.1', 'userunknown']]);
    expect(r.findings[0]!.evidence).toBe('550 5.1.1 The email account that you tried to reach does not exist');
  });

  it('a CSV export with a header row and several events', () => {
    const csv = 'email,event,reason,status,timestamp\n'
      + 'a@example.com,bounce,"550 5.1.1 User unknown",5.1.1,1704103200\n'
      + 'b@example.org,deferred,"452 4.2.2 Mailbox full, try again later",4.2.2,1704103300\n';
    const r = analyzeText(csv);
    expect(r.kind).toBe('bounce');
    expect(brief(r)).toEqual([
      ['a@example.com', '550', '5.1.1', 'userunknown'],
      ['b@example.org', '452', '4.2.2', 'mailboxfull'],
    ]);
  });

  it('SendGrid-shaped JSON events: the email field is the recipient', () => {
    const bounce = analyzeText('{"email":"sg@example.com","timestamp":1704103200,"event":"bounce","reason":"550 5.1.1 The email account that you tried to reach does not exist","status":"5.1.1"}');
    expect(bounce.kind).toBe('bounce');
    expect(brief(bounce)).toEqual([['sg@example.com', '550', '5.1.1', 'userunknown']]);
    expect(bounce.findings[0]!.evidence).not.toContain('"');
    const deferred = analyzeText('[{"email":"d@example.net","event":"deferred","response":"421 4.7.0 Try again later","attempt":"1"}]');
    expect(deferred.kind).toBe('delay');
    expect(deferred.findings.map((f) => [f.recipient, f.reply, f.status])).toEqual([['d@example.net', '421', '4.7.0']]);
    const dropped = analyzeText('{"email":"x@example.org","event":"dropped","reason":"Bounced Address"}');
    expect(dropped.kind).toBe('bounce');
    expect(dropped.findings.map((f) => f.recipient)).toEqual(['x@example.org']);
  });

  it('Mailgun-shaped JSON: recipient key, nested delivery-status, temporary severity', () => {
    const r = analyzeText(JSON.stringify({ event: 'failed', severity: 'temporary', recipient: 'm@example.com', 'delivery-status': { code: 452, message: '4.2.2 The email account that you tried to reach is over quota' } }));
    expect(r.kind).toBe('delay');
    expect(brief(r)).toEqual([['m@example.com', '452', '4.2.2', 'mailboxfull']]);
  });

  it('SparkPost-shaped JSON: the event two objects deep, rcpt_to and raw_reason', () => {
    const r = analyzeText(JSON.stringify([{ msys: { message_event: { type: 'bounce', rcpt_to: 'sp@example.net', raw_reason: '550 5.1.1 <sp@example.net>: Recipient address rejected: User unknown' } } }]));
    expect(r.kind).toBe('bounce');
    expect(brief(r)).toEqual([['sp@example.net', '550', '5.1.1', 'userunknown']]);
  });

  it('JSON and CSV that are not delivery events stay what they are', () => {
    expect(analyzeText('{"email":"a@example.com","event":"open","ip":"192.0.2.1"}').kind).toBe('none');
    expect(analyzeText('name,email,city\nAnn,ann@example.com,Paris\nBob,bob@example.org,Oslo').kind).toBe('none');
  });
});

describe('Windows/Exchange success and relay notifications', () => {
  it('relayed: a delivery report naming the recipient', () => {
    const r = analyzeText('This is an automatically generated Delivery Status Notification.\n\nYour message has been successfully relayed to the following recipients, but the requested delivery status notifications may not be generated by the destination.\n\n       a@example.com\n');
    expect(r.kind).toBe('delivered');
    expect(r.findings.map((f) => [f.recipient, f.reason, f.permanent, f.retry])).toEqual([['a@example.com', 'delivered', false, 'no']]);
  });

  it('succeeded: the same', () => {
    const r = analyzeText('This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients succeeded.\n\n       a@example.com\n', { subject: 'Delivery Status Notification (Success)' });
    expect(r.kind).toBe('delivered');
    expect(r.findings.map((f) => [f.recipient, f.reason])).toEqual([['a@example.com', 'delivered']]);
  });

  it("Exchange's delivery report: the same", () => {
    const r = analyzeText('Your message has been delivered to the following recipients:\n\n       b@example.org\n\nSubject: Quarterly figures\n');
    expect(r.kind).toBe('delivered');
    expect(r.findings.map((f) => [f.recipient, f.reason])).toEqual([['b@example.org', 'delivered']]);
  });

  it('the failure notice of the same family is still a bounce', () => {
    const r = analyzeText('This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients failed.\n\n       a@example.com\n');
    expect(r.kind).toBe('bounce');
  });
});

describe('file encodings', () => {
  const bounce = 'This is the mail system at host mx.example.net.\n\n<a@example.com>: host mx.example.com[192.0.2.5] said: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n';
  const utf16 = (text: string, bigEndian: boolean) => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
      out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
    }
    return out;
  };

  it.each([['LE', false], ['BE', true]])('UTF-16 %s with a byte order mark is decoded', async (_, be) => {
    const r = await analyze(utf16(bounce, be as boolean));
    expect(r.kind).toBe('bounce');
    expect(brief(r)).toEqual([['a@example.com', '550', '5.1.1', 'userunknown']]);
  });

  it('UTF-16 LE without a byte order mark is recognised by its zero bytes', async () => {
    const r = await analyze(utf16(bounce, false).subarray(2));
    expect(brief(r)).toEqual([['a@example.com', '550', '5.1.1', 'userunknown']]);
  });

  it('the CLI explains a UTF-16 file', async () => {
    const out: string[] = [];
    const code = await main(['explain', '--json', 'bounce.txt'], {
      stdout: (s) => out.push(s),
      stderr: () => {},
      readStdin: async () => '',
      readFile: async () => utf16(bounce, false),
    });
    expect(code).toBe(0);
    const report = JSON.parse(out[0]!);
    expect(report.kind).toBe('bounce');
    expect(report.findings.map((f: { recipient: string; status: string }) => [f.recipient, f.status])).toEqual([['a@example.com', '5.1.1']]);
  });

  it('a UTF-8 byte order mark is dropped', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(bounce)]);
    const r = await analyze(bytes);
    expect(brief(r)).toEqual([['a@example.com', '550', '5.1.1', 'userunknown']]);
  });
});
