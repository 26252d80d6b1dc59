// A raw message given as the bytes of its file: 8-bit parts in a legacy charset must be decoded by the
// part's declared charset, not read as UTF-8 (U+FFFD) nor as Latin-1 text encoded again (double mojibake).
// Made-up addresses (example.*) and IPs (192.0.2.x) only.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeMessage } from '../../src/core';

const frenchBounce = (eol: string) =>
  [
    'From: MAILER-DAEMON@mx.example.fr',
    'To: ann@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Thu, 3 Dec 2026 10:00:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=ISO-8859-1',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Votre message n\'a pas pu être remis.',
    '',
    '<quentin@example.fr>: host mx.example.fr[192.0.2.30] said: 550 5.1.1 <quentin@example.fr>:',
    '    boîte aux lettres supprimée (in reply to RCPT TO command)',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.com',
    '',
    'Final-Recipient: rfc822; quentin@example.fr',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 <quentin@example.fr>: boîte aux lettres supprimée',
    '',
    '--b1--',
    '',
  ].join(eol);

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('raw messages as bytes', () => {
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
    it(`decodes an 8-bit ISO-8859-1 part by its charset (${name})`, async () => {
      const report = await analyzeMessage(bytesOf(frenchBounce(eol)));
      expect(report.kind).toBe('bounce');
      const f = report.findings[0]!;
      expect(f).toMatchObject({ recipient: 'quentin@example.fr', reply: '550', status: '5.1.1', reason: 'userunknown' });
      expect(f.evidence).toContain('boîte aux lettres supprimée');
      expect(f.evidence).not.toMatch(/\uFFFD|Ã/);
    });
  }

  it('analyze() tells bytes of a raw message from bytes of plain text', async () => {
    const raw = await analyze(bytesOf(frenchBounce('\n')));
    expect(raw.findings[0]?.evidence).toContain('boîte aux lettres supprimée');
    const text = await analyze(bytesOf('<quentin@example.fr>: host mx.example.fr[192.0.2.30] said: 550 5.1.1 boîte pleine (in reply to RCPT TO command)'), { subject: 'Undelivered Mail Returned to Sender' });
    expect(text.findings[0]?.evidence).toContain('boîte pleine');
  });

  it('UTF-8 bytes give the same report as the text', async () => {
    const utf8 = frenchBounce('\n').replace('charset=ISO-8859-1', 'charset=UTF-8');
    const fromBytes = await analyzeMessage(new TextEncoder().encode(utf8));
    expect(fromBytes).toEqual(await analyzeMessage(utf8));
  });
});

describe("the original message's subject", () => {
  it('is decoded from RFC 2047 encoded words, as text', async () => {
    const encoded = `=?UTF-8?B?${Buffer.from('<b>Réunion</b> de lundi').toString('base64')}?=`;
    const raw = [
      'From: MAILER-DAEMON@mail.example.com', 'To: ann@example.com', 'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b2"', '',
      '--b2', 'Content-Type: text/plain', '', '<pat@example.com>: host mx.example.net[192.0.2.30] said: 550 5.1.1 User unknown (in reply to RCPT TO command)', '',
      '--b2', 'Content-Type: text/rfc822-headers', '', 'From: ann@example.com', 'To: pat@example.com', `Subject: ${encoded}`, '',
      '--b2--', '',
    ].join('\n');
    const f = (await analyzeMessage(raw)).findings[0];
    expect(f?.facts.originalSubject).toBe('<b>Réunion</b> de lundi');
  });
});
