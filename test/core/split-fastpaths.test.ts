// The splitter (src/core/mime/split.ts) takes shapes it used to leave to postal-mime: a quoted boundary
// holding parentheses (Sun/Oracle Messaging Server's "Boundary_(ID_...)"), a UTF-7 label (Outlook's
// "unicode-1-1-utf-7", which postal-mime reads as windows-1252), and it hands back a part that was not
// transfer-encoded without encoding and decoding it again. Each must read as postal-mime reads it.
import * as postal from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { splitMime } from '../../src/core/mime/split';

function message(contentType: string, body: string, transfer = '7bit'): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
    'To: ann@example.com',
    'Subject: Undelivered Mail',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="Boundary_(ID_jGsPxQIjNdbqCL1Qm+tO3g)"',
    '',
    '--Boundary_(ID_jGsPxQIjNdbqCL1Qm+tO3g)',
    `Content-Type: ${contentType}`,
    `Content-Transfer-Encoding: ${transfer}`,
    '',
    body,
    '',
    '--Boundary_(ID_jGsPxQIjNdbqCL1Qm+tO3g)',
    'Content-Type: message/delivery-status',
    '',
    'Final-Recipient: rfc822; bob@example.net',
    'Status: 5.1.1',
    '',
    '--Boundary_(ID_jGsPxQIjNdbqCL1Qm+tO3g)--',
    '',
  ].join('\n');
}

async function both(raw: string) {
  const fast = splitMime(raw, postal);
  const general = await postal.default.parse(raw, { forceRfc822Attachments: true, attachmentEncoding: 'utf8' });
  return { fast, general };
}

describe('splitter fast paths', () => {
  const bodies = [
    'Your message could not be delivered to bob@example.net: 550 5.1.1 User unknown',
    'Caf\u00e9 \u00fcber na\u00efve: 550 5.1.1 Benutzer unbekannt',
    '\ufeffA leading byte order mark, then 550 5.1.1 text',
    'Plain ASCII +AGQ- that UTF-7 would decode',
  ];
  const charsets = ['us-ascii', 'utf-8', 'iso-8859-1', 'windows-1252', 'iso-8859-2', 'shift_jis', 'iso-2022-jp', 'unicode-1-1-utf-7', 'utf-7'];

  it('takes a quoted boundary with parentheses and reads each charset as postal-mime does', async () => {
    for (const charset of charsets) {
      for (const body of bodies) {
        const { fast, general } = await both(message(`text/plain; charset=${charset}`, body));
        expect(fast, `${charset}: ${body}`).not.toBeNull();
        expect(fast!.text, `${charset}: ${body}`).toBe(general.text);
        expect(fast!.attachments.map((a) => a.mimeType)).toEqual(general.attachments.map((a) => a.mimeType.toLowerCase()));
      }
    }
  });

  it('still leaves a comment outside quotes to postal-mime', () => {
    expect(splitMime(message('text/plain; charset=us-ascii (plain text)', bodies[0]!), postal)).toBeNull();
    expect(splitMime(message('text/plain; charset="us-ascii"; name="a(b).txt"', bodies[0]!), postal)).not.toBeNull();
  });
});
