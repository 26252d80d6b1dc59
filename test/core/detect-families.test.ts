// Bounces, delays and out-of-office replies that quote no code, pasted without headers or with localised
// subjects; and the ordinary messages that must stay ordinary beside each new signal.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText, looksLikeBounce } from '../../src/core';

const one = (text: string, ctx = {}) => {
  const report = analyzeText(text, ctx);
  return { kind: report.kind, findings: report.findings.map((f) => ({ recipient: f.recipient, reply: f.reply, reason: f.reason })) };
};

describe('Postfix: a final bounce with the last temporary error is a bounce, its warning a delay', () => {
  it('reads "delivery temporarily suspended" under "could not be delivered" as a bounce', () => {
    const report = analyzeText(`This is the mail system at host out.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<jo@example.org>: delivery temporarily suspended: connect to
    mx.example.org[192.0.2.81]:25: Connection refused
`);
    expect(report.kind).toBe('bounce');
    expect(report.findings.map((f) => f.recipient)).toEqual(['jo@example.org']);
  });
  it('keeps the warning-only notice a delay, with or without the suspended error', () => {
    for (const error of ['connect to mx.example.org[192.0.2.80]:25: Connection timed out', 'delivery temporarily suspended: connect to mx.example.org[192.0.2.80]:25: Connection timed out']) {
      const report = analyzeText(`This is the mail system at host out.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<ivan@example.org>: ${error}
`);
      expect(report.kind).toBe('delay');
      expect(report.findings[0]?.recipient).toBe('ivan@example.org');
    }
  });
  it('keeps a delay error without a returned-message sentence a delay', () => {
    expect(analyzeText('Delivery has been delayed to the recipient.\n\nbob@example.com\n451 4.4.1 delivery temporarily suspended: Connection timed out').kind).toBe('delay');
  });
});

describe('Lotus Notes / Domino without headers', () => {
  const notes = (reason: string) => `Your message

  Subject: Budget review

was not delivered to:

  jana@example.org

because:

  ${reason}
`;
  it('is a bounce for its recipient, by its reason', () => {
    expect(one(notes('User jana (jana@example.org) not listed in Domino Directory'))).toMatchObject({ kind: 'bounce', findings: [{ recipient: 'jana@example.org', reason: 'userunknown' }] });
    expect(one(notes('Unable to deliver message, mailbox exceeds quota limit'))).toMatchObject({ kind: 'bounce', findings: [{ recipient: 'jana@example.org', reason: 'mailboxfull' }] });
  });
  it('does not take a person\'s wrapped sentence for one', () => {
    const text = 'Hi Jana,\n\nthe parcel from last week\nwas not delivered to:\n\n  Main Street 5\n\nCan you check with the courier?\n\nThanks, Tom';
    expect(one(text)).toEqual({ kind: 'none', findings: [] });
  });
});

describe('code-less bounces named by their own sentence', () => {
  it('en: "Your message to <a@b> could not be delivered because ..."', () => {
    expect(one('Your message to <u@example.net> could not be delivered because the recipient mailbox is full.')).toMatchObject({ kind: 'bounce', findings: [{ recipient: 'u@example.net', reason: 'mailboxfull' }] });
  });
  it('en: "Delivery to a@b failed permanently: ..."', () => {
    expect(one('Delivery to u@example.net failed permanently: mailbox is full')).toMatchObject({ kind: 'bounce', findings: [{ recipient: 'u@example.net', reason: 'mailboxfull' }] });
  });
  it.each([
    'Mensaje no entregado\n\nEl mensaje enviado a <ursula@example.net> no se pudo entregar porque el buzón del destinatario está lleno.',
    'Falha na entrega da mensagem\n\nSua mensagem para <wilma@example.net> não pôde ser entregue porque a caixa postal do destinatário está cheia.',
    '配信できませんでした。\n\n宛先 <sato@example.net> のメールボックスが容量超過のため、メッセージを配信できませんでした。',
  ])('es/pt/ja mailbox full: detected as a bounce', (text) => {
    expect(looksLikeBounce({ text })).toBe(true);
    expect(analyzeText(text).kind).toBe('bounce');
  });
  it.each([
    ['El mensaje enviado a <ursula@example.net> no se pudo entregar porque el buzón del destinatario está lleno.', 'ursula@example.net'],
    ['宛先 <sato@example.net> のメールボックスが容量超過のため、メッセージを配信できませんでした。', 'sato@example.net'],
  ])('es/ja name their recipient: %s', (text, recipient) => {
    expect(one(text).findings.map((f) => f.recipient)).toEqual([recipient]);
  });
  it('Portuguese names its recipient', () => {
    expect(one('Sua mensagem para <wilma@example.net> não pôde ser entregue porque a caixa postal do destinatário está cheia.').findings[0]?.recipient).toBe('wilma@example.net');
  });
  it('Exim\'s subject line pasted as the body\'s first line', () => {
    expect(one('Mail delivery failed: returning message to sender\n\n  sam@example.com\n    mailbox is full: retry timeout exceeded\n')).toMatchObject({ kind: 'bounce', findings: [{ recipient: 'sam@example.com', reason: 'mailboxfull' }] });
  });
  it('MDaemon\'s warning is a delay for its recipient', () => {
    const report = analyzeText(`The attached message has not been delivered to the intended recipients.
Delivery attempts will continue; no action is required at this time.

    fay2@example.org

--- Session Transcript ---
 Wed 2024-06-05 09:31:11: Attempting SMTP connection to [mx.example.org]
 Wed 2024-06-05 09:31:41: Connection timed out
--- End Transcript ---
`);
    expect(report.kind).toBe('delay');
    expect(report.findings.map((f) => f.recipient)).toEqual(['fay2@example.org']);
    expect(report.findings[0]!.permanent).toBe(false);
  });
  it.each([
    // A person who asks about a bounce, naming no address, or writing in the past about their own mail.
    'Hi, my message could not be delivered yesterday, can you check the server?',
    'Your message to the board could not be delivered in time for the meeting, sorry.',
    'Delivery to the warehouse failed permanently last week; we switched couriers.',
    'Mi mensaje no se pudo entregar ayer, ¿puedes revisar el servidor?',
    'A mensagem não pôde ser entregue a tempo para a reunião.',
    '宛先を確認してください。会議は5.1.1号室です。',
    'Subject of the talk: Mail delivery failed: returning message to sender explained',
    'The attached message has been reviewed. Delivery attempts will be made by courier on Monday.',
    'We missed you today.\nDelivery attempts will continue tomorrow between 9 and 12.\nParcel 5.1.1 for jo@example.org',
  ])('stays ordinary: %s', (text) => {
    expect(looksLikeBounce({ from: 'Ann <ann@example.com>', subject: 'Re: question', text })).toBe(false);
    expect(one(text, { from: 'Ann <ann@example.com>', subject: 'Re: question' })).toEqual({ kind: 'none', findings: [] });
  });
});

describe('out-of-office replies in other languages', () => {
  it.each([
    'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.06. nicht im Büro und habe keinen Zugriff auf meine E-Mails.',
    'Betreff: Abwesenheitsnotiz\n\nVielen Dank für Ihre Nachricht.',
    "Objet : Réponse automatique : Devis\n\nBonjour, merci pour votre message.",
    "Bonjour, je suis absent du bureau jusqu'au 12 juin inclus. Votre message ne sera pas transféré.",
    'Gracias por su mensaje. Estoy fuera de la oficina hasta el 12 de junio.',
    'Obrigado pela mensagem. Estou fora do escritório até 12 de junho.',
    'Grazie per il messaggio. Sono fuori ufficio fino al 12 giugno.',
    'Bedankt voor uw bericht. Ik ben tot en met 14 juni afwezig.',
    'お問い合わせありがとうございます。6月12日まで不在にしております。',
  ])('body: %s', (text) => {
    expect(one(text)).toEqual({ kind: 'autoreply', findings: [expect.objectContaining({ reason: 'vacation' })] });
  });
  it.each(['Automatische Antwort: Projekt', 'Respuesta automática: Presupuesto', 'Resposta automática: Orçamento', 'Risposta automatica: Preventivo', 'Automatisch antwoord: Offerte', '自動応答: 見積もり'])('subject %s, no Auto-Submitted', async (subject) => {
    const raw = `From: Jana <jana@example.org>\nTo: bob@example.com\nSubject: ${subject}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nThanks, I will answer later.\n`;
    const report = await analyze(raw);
    expect(report.kind).toBe('autoreply');
    expect(report.findings[0]).toMatchObject({ recipient: 'jana@example.org', reason: 'vacation' });
  });
  it.each([
    'I was out of office last week, sorry for the late answer.',
    'Ich war letzte Woche nicht im Büro, sorry für die späte Antwort.',
    'Ich bin morgen nicht im Büro, lass uns Freitag telefonieren.',
    "J'étais absent du bureau la semaine dernière, désolé.",
    'Estuve fuera de la oficina la semana pasada, perdón.',
    'Ik was vorige week afwezig, sorry.',
  ])('a person writing about being away stays ordinary: %s', (text) => {
    expect(one(text, { from: 'Ann <ann@example.com>', subject: 'Re: plan' })).toEqual({ kind: 'none', findings: [] });
  });
  it('a reply in a thread whose subject only mentions an answer stays ordinary', () => {
    expect(one('Here are the numbers you asked for.', { from: 'Ann <ann@example.com>', subject: 'Re: Automatic replies in Outlook' }).kind).toBe('none');
  });
});
