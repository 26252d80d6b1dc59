// The synchronous MIME splitter (src/core/mime/split.ts) against postal-mime, the general parser: for
// every corpus message the splitter accepts, both paths give the same report; made-up messages pin what
// it accepts, what it leaves to postal-mime, and how it decodes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as postal from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data';
import { analyzeRaw } from '../../src/core/message';
import { splitMime } from '../../src/core/mime/split';
import { normaliseNewlines } from '../../src/core/text';

const MAILDIR = path.resolve(__dirname, '../../../shared/corpus/sisimai/maildir');
const corpusFiles = existsSync(MAILDIR)
  ? readdirSync(MAILDIR).flatMap((dir) => readdirSync(path.join(MAILDIR, dir)).filter((f) => f.endsWith('.eml')).map((f) => path.join(dir, f)))
  : [];

describe.skipIf(corpusFiles.length === 0)(`splitter and postal-mime agree on the corpus (${MAILDIR})`, () => {
  it('gives the same report from both paths for every message the splitter accepts, and accepts most', async () => {
    let accepted = 0;
    const differing: string[] = [];
    for (const file of corpusFiles) {
      const raw = readFileSync(path.join(MAILDIR, file), 'latin1');
      if (!splitMime(normaliseNewlines(raw), postal)) continue;
      accepted += 1;
      const [fast, general] = await Promise.all([analyzeRaw(raw, dataset, 'auto'), analyzeRaw(raw, dataset, 'postal-mime')]);
      if (JSON.stringify(fast) !== JSON.stringify(general)) differing.push(file);
      else expect(fast).toEqual(general);
    }
    expect(differing).toEqual([]);
    // The point of the fast path: it must take the common shapes, not only the trivial ones.
    expect(accepted / corpusFiles.length).toBeGreaterThan(0.8);
  }, 120_000);
});

const DSN = [
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
  'To: ann@example.com',
  'Subject: =?UTF-8?Q?Undelivered_Mail_Returned_to_Sender_=E2=9C=89?=',
  'Auto-Submitted: auto-replied',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status;',
  '\tboundary="B1"',
  '',
  'This is a MIME-encapsulated message.',
  '',
  '--B1',
  'Content-Type: text/plain; charset=iso-8859-1',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'I\'m sorry to have to inform you that your message could not be deliver=',
  'ed. Caf=E9.',
  '<bob@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 No such',
  '    user (in reply to RCPT TO command)',
  '',
  '--B1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.net',
  '',
  'Final-Recipient: rfc822; bob@example.net',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 No such user',
  '',
  '--B1',
  'Content-Type: message/rfc822',
  '',
  'From: ann@example.com',
  'To: bob@example.net',
  'Subject: Lunch',
  '',
  'A body nobody needs to read.',
  '--B1--',
  '',
].join('\n');

describe('splitMime', () => {
  it('splits a multipart/report: QP text in its charset, the status part, the original as an attachment', () => {
    const mail = splitMime(DSN, postal);
    expect(mail?.subject).toBe('Undelivered Mail Returned to Sender ✉');
    expect(mail?.from).toEqual({ name: 'Mail Delivery System', address: 'MAILER-DAEMON@mx.example.net' });
    expect(mail?.text).toContain('could not be delivered. Café.\n');
    expect(mail?.attachments.map((a) => a.mimeType)).toEqual(['message/delivery-status', 'message/rfc822']);
    expect(mail?.attachments[0]?.text()).toContain('Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 No such user\n');
    expect(mail?.attachments[1]?.text()).toBe('From: ann@example.com\nTo: bob@example.net\nSubject: Lunch\n\nA body nobody needs to read.\n');
    expect(mail?.headers.find((h) => h.key === 'content-type')?.value).toBe('multipart/report; report-type=delivery-status;\tboundary="B1"');
  });

  it('decodes base64 and ISO-2022-JP as postal-mime does', async () => {
    const japanese = '宛先不明です 550 5.1.1';
    const iso2022 = new Uint8Array([...'\x1b$B08@hITL@$G$9\x1b(B 550 5.1.1'].map((c) => c.charCodeAt(0)));
    expect(new TextDecoder('iso-2022-jp').decode(iso2022)).toBe(japanese);
    const base64 = btoa(String.fromCharCode(...iso2022));
    const raw = ['From: postmaster@example.jp', 'Subject: test', 'Content-Type: text/plain; charset="ISO-2022-JP"', 'Content-Transfer-Encoding: base64', '', base64.slice(0, 10), base64.slice(10), ''].join('\n');
    const fast = splitMime(raw, postal);
    expect(fast?.text).toBe(`${japanese}`);
    const general = await postal.default.parse(raw);
    expect(fast?.text).toBe(general.text);
  });

  it('leaves to postal-mime what it does not handle', () => {
    const withHeader = (header: string) => DSN.replace('Content-Type: text/plain; charset=iso-8859-1', header);
    expect(splitMime(withHeader('Content-Type: text/plain; charset=iso-8859-1; format=flowed'), postal)).toBeNull();
    expect(splitMime(withHeader('Content-Type: text/plain; charset=x-unknown-charset'), postal)).toBeNull();
    expect(splitMime(withHeader('Content-Type: text/plain (a comment); charset=utf-8'), postal)).toBeNull();
    expect(splitMime(withHeader("Content-Type: text/plain; charset*=utf-8''x"), postal)).toBeNull();
    expect(splitMime(withHeader('Content-Type: text/calendar'), postal)).toBeNull();
    // A lone surrogate: postal-mime would read U+FFFD where the splitter reads the surrogate.
    expect(splitMime(`${DSN}\ud800`, postal)).toBeNull();
    // An html part with no plain counterpart next to a plain one needs postal-mime's conversion.
    expect(splitMime(withHeader('Content-Type: text/html; charset=utf-8').replace('Content-Type: message/delivery-status', 'Content-Type: text/plain'), postal)).toBeNull();
  });

  it('matches postal-mime on the shapes it accepts (made-up variants)', async () => {
    const variants = [
      DSN,
      DSN.replace('--B1--', '--B1-- \nepilogue'),
      DSN.replace('Content-Type: message/rfc822', 'Content-Type: text/rfc822-headers'),
      DSN.replace('Content-Transfer-Encoding: quoted-printable', 'Content-Transfer-Encoding: 8bit').replace(/=\n/g, ''),
      DSN.replace('Content-Type: text/plain; charset=iso-8859-1', 'Content-Type: text/plain; charset=utf-8\nContent-Disposition: attachment; filename="x.txt"'),
      DSN.replace('\tboundary="B1"', '\tboundary=B1').replace('--B1--\n', '--B1--'),
      'From: a@example.com\nSubject: plain\n\n550 5.1.1 <b@example.net> unknown\n',
      'Subject: no from\nContent-Type: multipart/alternative; boundary=A\n\n--A\nContent-Type: text/plain\n\nplain 550\n--A\nContent-Type: text/html\n\n<p>html 550</p>\n--A--\n',
      'Subject: html only\nContent-Type: text/html; charset=utf-8\n\n<p>550 5.1.1 user unknown</p>\n',
    ];
    for (const raw of variants) {
      const fast = splitMime(raw, postal);
      expect(fast, raw.slice(0, 80)).not.toBeNull();
      const general = await postal.default.parse(raw, { forceRfc822Attachments: true, attachmentEncoding: 'utf8' });
      expect(fast?.text).toBe(general.text);
      // The html is read only when there is no plain text, so the splitter fills it only then.
      if (general.text === undefined) expect(fast?.html).toBe(general.html);
      expect(fast?.subject).toBe(general.subject);
      expect(fast?.headers).toEqual(general.headers.map(({ key, value }) => ({ key, value })));
      expect(fast?.attachments.map((a) => [a.mimeType, a.text()])).toEqual(general.attachments.map((a) => [a.mimeType, a.content]));
      expect(JSON.stringify(await analyzeRaw(raw, dataset, 'auto'))).toBe(JSON.stringify(await analyzeRaw(raw, dataset, 'postal-mime')));
    }
  });
});
