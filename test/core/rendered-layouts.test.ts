// Rendered layouts: bounces as a webmail shows them (text only, no headers), in the layouts of Yahoo/AOL
// (qmail-style "<a@b>:" then the reason), Zoho ("a@b, ERROR CODE :552 - 5.2.2 ..."), localised Microsoft 365
// NDRs, and an Exim sender-verification refusal that names a missing user of OUR domain.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import { looksLikeBounce } from '../../src/core/detect';

const only = (text: string) => {
  const report = analyzeText(text);
  expect(report.findings).toHaveLength(1);
  return { kind: report.kind, ...report.findings[0]! };
};

describe('Yahoo/AOL rendered bounce (qmail layout)', () => {
  const yahoo = (body: string) =>
    `Sorry, we were unable to deliver your message to the following address.\n\n${body}\n\n--- Below this line is a copy of the message.\n`;

  it('reads a missing domain with no code ("No MX or A records for") as hostunknown', () => {
    const f = only(yahoo('<vera@example.org>:\nNo MX or A records for example.org'));
    expect(f.kind).toBe('bounce');
    expect(f.recipient).toBe('vera@example.org');
    expect(f.reason).toBe('hostunknown');
    expect(f.permanent).toBe(true);
    expect(f.status).toBe('5.1.2');
    expect(f.inferred).toBe(true);
  });

  it("takes Yahoo's opening sentence as a bounce signal", () => {
    expect(looksLikeBounce({ text: 'Sorry, we were unable to deliver your message to the following address.\n\n<a@example.org>:\nsomething' })).toBe(true);
    expect(looksLikeBounce({ text: 'Sorry, I was unable to meet you at the following address: 1 Main St.' })).toBe(false);
  });

  it('keeps the other qmail-style layouts (reply after "Remote host said:")', () => {
    const f = only(yahoo('<sam@example.org>:\nRemote host said: 552 5.2.2 Mailbox over quota [RCPT_TO]'));
    expect(f.recipient).toBe('sam@example.org');
    expect(f.reply).toBe('552');
    expect(f.reason).toBe('mailboxfull');
  });
});

describe('Zoho Mail rendered line ("a@b, ERROR CODE :552 - 5.2.2 ...")', () => {
  it('reads the line alone: recipient, reply after the dash, status, reason', () => {
    const f = only('bea@example.net, ERROR CODE :552 - 5.2.2 Mailbox size limit exceeded');
    expect(f.kind).toBe('bounce');
    expect(f.recipient).toBe('bea@example.net');
    expect(f.reply).toBe('552');
    expect(f.status).toBe('5.2.2');
    expect(f.reason).toBe('mailboxfull');
  });

  it("reads it inside Zoho's full notice, with the line as the evidence", () => {
    const text = [
      "Hi. This is the Zoho Mail. I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      'bea@example.net, ERROR CODE :552 - 5.2.2 Mailbox size limit exceeded',
    ].join('\n');
    const f = only(text);
    expect(f.recipient).toBe('bea@example.net');
    expect(f.reply).toBe('552');
    expect(f.status).toBe('5.2.2');
    expect(f.reason).toBe('mailboxfull');
    expect(f.evidence).toContain('Mailbox size limit exceeded');
  });

  it('reads a user-unknown line that repeats the address in the reply', () => {
    const text = [
      'This message was created automatically by mail delivery software.',
      'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.',
      '',
      'uma@example.org, ERROR CODE :550 - 5.1.1 <uma@example.org>: Recipient address rejected: User unknown in local recipient table',
    ].join('\n');
    const f = only(text);
    expect(f.recipient).toBe('uma@example.org');
    expect(f.reply).toBe('550');
    expect(f.status).toBe('5.1.1');
    expect(f.reason).toBe('userunknown');
  });

  it('still reads the raw layout ("a@b Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1")', () => {
    const f = only('uma@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <uma@example.org>... User unknown');
    expect(f.recipient).toBe('uma@example.org');
    expect(f.reason).toBe('userunknown');
  });

  it('does not take a dash after a number as a reply separator without a status after it', () => {
    const report = analyzeText('Order total: 450 - thanks for shopping with us');
    expect(report.kind).toBe('none');
  });
});

describe('localised Microsoft 365 NDRs name the recipient', () => {
  it('Spanish: the opening sentence and the "Dirección del destinatario" label', () => {
    const f = only(
      'No se pudo entregar el mensaje a lucia@example.org.\nDirección del destinatario:\tlucia@example.org\nError notificado:\t554 5.2.2 mailbox full',
    );
    expect(f.recipient).toBe('lucia@example.org');
    expect(f.reply).toBe('554');
    expect(f.status).toBe('5.2.2');
    expect(f.reason).toBe('mailboxfull');
  });

  it('Spanish: the label alone, not the sender label above it', () => {
    const f = only(
      'Detalles del mensaje original\nDirección del remitente:\tjorge@example.com\nDirección del destinatario:\tlucia@example.org\n\nDetalles del error\nError notificado:\t550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    );
    expect(f.recipient).toBe('lucia@example.org');
    expect(f.reason).toBe('userunknown');
  });

  it.each([
    ['Não foi possível entregar a mensagem para ana@example.org.\nEndereço do destinatário:\tana@example.org\nErro relatado:\t554 5.2.2 mailbox full', 'ana@example.org'],
    ['Impossibile recapitare il messaggio a ada@example.org.\nIndirizzo destinatario:\tada@example.org\nErrore segnalato:\t554 5.2.2 mailbox full', 'ada@example.org'],
    ['Het bericht kan niet worden bezorgd bij bram@example.org.\nAdres van ontvanger:\tbram@example.org\nGemelde fout:\t554 5.2.2 mailbox full', 'bram@example.org'],
  ])('Portuguese, Italian, Dutch: %#', (text, rcpt) => {
    const f = only(text);
    expect(f.recipient).toBe(rcpt);
    expect(f.reason).toBe('mailboxfull');
  });
});

describe('sender verification refusals are about our sender', () => {
  it("Exim's 'Sender verify failed' with 'No Such User Here' in the middle is rejected, not userunknown", () => {
    const text = [
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      'wes@example.net',
      'host mx.example.net [198.51.100.5]',
      'SMTP error from remote mail server after RCPT TO:<wes@example.net>:',
      '550-Verification failed for <xena@example.com>',
      '550-No Such User Here',
      '550 Sender verify failed',
    ].join('\n');
    const f = only(text);
    expect(f.recipient).toBe('wes@example.net');
    expect(f.reply).toBe('550');
    expect(f.reason).toBe('rejected');
    expect(f.retry).not.toBe('no');
  });

  it('the same reply relayed in a DSN, with an unroutable sender domain in the middle', () => {
    const text = [
      'Final-Recipient: rfc822; wes@example.net',
      'Action: failed',
      'Status: 5.0.0',
      'Diagnostic-Code: smtp; 550-Verification failed for <xena@example.com> 550-Unrouteable address 550 Sender verify failed',
    ].join('\n');
    const f = only(text);
    expect(f.recipient).toBe('wes@example.net');
    expect(f.reason).toBe('rejected');
  });

  it('"Sender verification failed" is worded like a sender refusal', () => {
    const f = only('<wes@example.net>:\nRemote host said: 550 5.7.1 Sender verification failed [RCPT_TO]');
    expect(f.reason).toBe('rejected');
  });
});
