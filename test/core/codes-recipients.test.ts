// Replies after labels in any script, mismatched reply/status classes written as one reply (Exchange),
// and recipients named by Amazon SES notifications and by ESP sentences ("Delivery failed to a@b").
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import { findReplyCodes } from '../../src/core/codes';

type Report = ReturnType<typeof analyzeText>;
const pick = (r: Report) => r.findings.map((f) => [f.recipient, f.reply, f.status, f.reason]);
const first = (text: string) => findReplyCodes(text).map((r) => [r.reply, r.status]);

describe('reply codes after a label ending in any letter, a spaced colon, " - " or "<--"', () => {
  it('reads the reply after labels in other scripts and after the French spaced colon', () => {
    expect(first('サーバーからの応答: 550 5.1.1 <a@example.org>: User unknown')).toEqual([['550', '5.1.1']]);
    expect(first('Ответ сервера: 550 5.1.1 User unknown')).toEqual([['550', '5.1.1']]);
    expect(first('Ответ сервера: 550 Пользователь не найден')).toEqual([['550', null]]);
    expect(first('服务器响应: 550 5.1.1 user unknown')).toEqual([['550', '5.1.1']]);
    expect(first('服务器响应：550 5.1.1 user unknown')).toEqual([['550', '5.1.1']]);
    expect(first('Erreur : 550 5.1.1 Utilisateur inconnu')).toEqual([['550', '5.1.1']]);
    expect(first('Motif : 552 5.2.2 Mailbox full')).toEqual([['552', '5.2.2']]);
    expect(first('Error - 550 5.7.1 Relay denied')).toEqual([['550', '5.7.1']]);
  });
  it('reads MDaemon\'s "<--" server line as a transcript reply', () => {
    const [m] = findReplyCodes(' Wed 2024-06-05 09:31:11: <-- 550 5.1.1 <a@example.org>: User unknown');
    expect(m).toMatchObject({ reply: '550', status: '5.1.1', via: 'transcript' });
  });
  it('still rejects prices, phone numbers, dates and versions after such labels', () => {
    for (const text of ['Total : 550.00', 'Téléphone : 550 555 0100', 'Date : 2024-06-05', 'Version : 550.1.2', 'Seite - 550 Wörter', 'Error - 550.00 charged', '価格: 550.00', 'Телефон: 550 555 0100']) {
      expect(findReplyCodes(text), text).toEqual([]);
    }
  });
  it('explains a Japanese notice with the reply after its label', () => {
    const r = analyzeText('このメッセージは自動的に作成されました。\n\n以下の宛先へのメールの配信に失敗しました。\n\n宛先: <yamada@example.org>\nサーバーからの応答: 550 5.1.1 <yamada@example.org>: User unknown\n');
    expect(r.kind).toBe('bounce');
    expect(pick(r)).toEqual([['yamada@example.org', '550', '5.1.1', 'userunknown']]);
  });
  it('explains replies after Russian, Chinese and "Error - " labels, naming the reply\'s recipient', () => {
    expect(pick(analyzeText('Ответ сервера: 550 5.1.1 <ivan@example.org>: User unknown\n'))).toEqual([['ivan@example.org', '550', '5.1.1', 'userunknown']]);
    expect(pick(analyzeText('服务器响应：550 5.1.1 <li@example.org>: User unknown\n'))).toEqual([['li@example.org', '550', '5.1.1', 'userunknown']]);
    expect(pick(analyzeText('Error - 550 5.1.1 <ann@example.org>: User unknown\n'))).toEqual([['ann@example.org', '550', '5.1.1', 'userunknown']]);
    expect(pick(analyzeText('Erreur : 550 5.1.1 <rene@example.org>: Recipient address rejected: User unknown\n'))).toEqual([['rene@example.org', '550', '5.1.1', 'userunknown']]);
  });
  it('explains an MDaemon transcript', () => {
    const r = analyzeText([
      'The attached message had PERMANENT fatal delivery errors!',
      '',
      '--- Session Transcript ---',
      ' Wed 2024-06-05 09:31:11: Connected to [192.0.2.190:25]',
      ' Wed 2024-06-05 09:31:11: --> RCPT To:<milo@example.org>',
      ' Wed 2024-06-05 09:31:11: <-- 550 5.1.1 <milo@example.org>: Recipient address rejected: User unknown',
      '--- End Transcript ---',
      '',
    ].join('\n'));
    expect(r.kind).toBe('bounce');
    expect(pick(r)).toEqual([['milo@example.org', '550', '5.1.1', 'userunknown']]);
  });
});

describe('a reply and a status of different classes', () => {
  it('keeps the status Exchange writes right after the reply code', () => {
    expect(first("Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'")).toEqual([['550', '4.4.7']]);
    const r = analyzeText("Delivery has failed to these recipients or groups:\n\nbea@example.net\n\nDiagnostic information for administrators:\n\nRemote Server returned '550 4.4.7 QUEUE.Expired; message expired'\n");
    expect(pick(r)).toEqual([['bea@example.net', '550', '4.4.7', 'expired']]);
    expect(r.findings[0]!.entry?.id).toBe('exchange-server-550-4.4.7-queue-expired');
    const dropped = analyzeText("Delivery has failed to these recipients or groups:\n\nbo@example.net\n\nRemote Server returned '550 4.4.2 connection dropped'\n");
    expect(dropped.findings[0]).toMatchObject({ recipient: 'bo@example.net', reply: '550', status: '4.4.2' });
  });
  it('still drops a status of another class that is not the reply\'s own', () => {
    // Wrapped onto the next line, or further along in the reply's words.
    expect(first('host mx.example.net said: 550\n4.1.1 not the same reply')).toEqual([['550', null]]);
    expect(first('550 Requested action not taken, see 4.4.7 above')).toEqual([['550', null]]);
  });
});

describe('recipients of Amazon SES notifications', () => {
  it('reads each bounced recipient of a JSON bounce with its own status and diagnostic', () => {
    const r = analyzeText('{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"jay@example.org","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"},{"emailAddress":"kim@example.org","status":"5.2.2","diagnosticCode":"smtp; 552 5.2.2 mailbox full"}],"timestamp":"2024-06-05T12:00:00.000Z","reportingMTA":"dns; a1-2.smtp-out.amazonses.com"},"mail":{"source":"news@example.com","destination":["jay@example.org","kim@example.org"]}}\n');
    expect(r.kind).toBe('bounce');
    expect(pick(r)).toEqual([
      ['jay@example.org', '550', '5.1.1', 'userunknown'],
      ['kim@example.org', '552', '5.2.2', 'mailboxfull'],
    ]);
    expect(r.findings.map((f) => f.evidence)).toEqual(['550 5.1.1 user unknown', '552 5.2.2 mailbox full']);
  });
  it('reads the notification inside an SNS envelope', () => {
    const inner = JSON.stringify({ notificationType: 'Bounce', bounce: { bounceType: 'Transient', bouncedRecipients: [{ emailAddress: 'lee@example.org', status: '4.2.2', diagnosticCode: 'smtp; 452 4.2.2 over quota' }] } });
    const r = analyzeText(`${JSON.stringify({ Type: 'Notification', MessageId: 'x', Message: inner })}\n`);
    expect(pick(r)).toEqual([['lee@example.org', '452', '4.2.2', 'mailboxfull']]);
    expect(r.findings[0]!.evidence).toBe('452 4.2.2 over quota');
  });
  it('names the complainant of a JSON complaint', () => {
    const r = analyzeText('{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"kai@example.org"}],"timestamp":"2024-06-05T12:00:00.000Z","complaintFeedbackType":"abuse"},"mail":{"source":"news@example.com","destination":["kai@example.org"]}}\n');
    expect(r.kind).toBe('complaint');
    expect(r.findings[0]).toMatchObject({ recipient: 'kai@example.org', reason: 'feedback' });
    expect(r.findings[0]!.facts.feedbackType).toBe('abuse');
  });
  it('reads JSON cut into lines by a relay ("!", line break, space)', () => {
    const json = '{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"kai@exam!\n ple.org"}],"complaintFeedbackType":"abuse"}}';
    expect(analyzeText(`${json}\n`).findings[0]?.recipient).toBe('kai@example.org');
  });
  it('names the recipient of a delivery notification', () => {
    const r = analyzeText('{"notificationType":"Delivery","delivery":{"recipients":["ok@example.org"],"smtpResponse":"250 2.6.0 Message received","reportingMTA":"a8-70.smtp-out.amazonses.com"}}\n');
    expect(r.kind).toBe('delivered');
    expect(pick(r)).toEqual([['ok@example.org', '250', '2.6.0', 'delivered']]);
  });
  it('leaves other JSON alone', () => {
    const r = analyzeText('{"type":"Bounce","recipient":"x@example.org"}\n');
    expect(r.findings.every((f) => f.recipient !== 'x@example.org' || f.reply === null)).toBe(true);
  });
  it('names the recipient of the suppression-list notice', () => {
    const r = analyzeText('This is an automatically generated notification. Amazon SES did not send your message to dan@example.org because the address is on the account-level suppression list.\n\nDiagnostic-Code: smtp; 550 5.1.1 Amazon SES did not send the message to this address because it is on the suppression list for your account.\n');
    expect(r.findings.map((f) => [f.recipient, f.reply, f.status])).toEqual([['dan@example.org', '550', '5.1.1']]);
  });
});

describe('recipients named by a sentence with a bare address', () => {
  it('"Delivery failed to a@b"', () => {
    const r = analyzeText('Delivery failed to bert@example.org\n\nDelivery status: 550 5.2.1 The email account that you tried to reach is disabled.\n');
    expect(pick(r)).toEqual([['bert@example.org', '550', '5.2.1', 'suspend']]);
  });
  it('"failed to deliver to a@b" and "delivery to a@b failed"', () => {
    expect(analyzeText('We failed to deliver your message to cy@example.net.\n\nError: 550 5.1.1 User unknown\n').findings[0]?.recipient).toBe('cy@example.net');
    expect(analyzeText('Delivery to dee@example.net failed permanently.\n\nError: 550 5.1.1 User unknown\n').findings[0]?.recipient).toBe('dee@example.net');
  });
  it('"Recipient:" in other languages', () => {
    expect(analyzeText('Votre message n\'a pas pu être remis.\n\nDestinataire : eve@example.net\nErreur : 550 5.1.1 Utilisateur inconnu\n').findings[0]?.recipient).toBe('eve@example.net');
    expect(analyzeText('Получатель: fox@example.net\nОтвет сервера: 550 5.1.1 User unknown\n').findings[0]?.recipient).toBe('fox@example.net');
  });
  it('the recipient word before a bracketed address inside a sentence, and "sent to <a@b>" in other languages', () => {
    expect(analyzeText('配信できませんでした。\n\n宛先 <sato@example.net> のメールボックスが容量超過のため、メッセージを配信できませんでした。\n').findings[0]?.recipient).toBe('sato@example.net');
    expect(analyzeText('Mensaje no entregado\n\nEl mensaje enviado a <ursula@example.net> no se pudo entregar porque el buzón del destinatario está lleno.\n').findings[0]?.recipient).toBe('ursula@example.net');
  });
  it('does not take the sender of a "Sender address rejected" reply for a recipient', () => {
    const r = analyzeText('Delivery to the following recipient failed permanently:\n\n     ann@example.org\n\nError: 553 5.1.8 <bob@example.com>: Sender address rejected: Domain not found\n');
    expect(r.findings.map((f) => f.recipient)).toEqual(['ann@example.org']);
  });
});
