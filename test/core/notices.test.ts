// Notices a tester found misread: Exchange's delay notice in its other languages, code-less refusals of
// list servers (Google Groups, Mailman), CommuniGate Pro's and MailEnable's layouts, a plain-prose delay
// naming its recipient, and Exim's sender verification naming our own sender.
import { describe, expect, it } from 'vitest';
import { analyzeText, looksLikeBounce } from '../../src/core';
import type { Report } from '../../src/core';

const DAEMON = 'Mail Delivery System <MAILER-DAEMON@mail.example.com>';
const summary = (r: Report) => ({ kind: r.kind, findings: r.findings.map((f) => [f.recipient, f.reason, f.permanent]) });

const exchangeDelay = (lead: string, notYet: string, diag: string, reply = '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection timed out."') =>
  `${lead}\n\njane@example.org\n\n${notYet}\n\n${diag}\n\nmail.example.com\njane@example.org\n'${reply}'\n`;

describe("Exchange's delay notice in the languages it is localised to", () => {
  const cases: [string, string, string, string][] = [
    ['de', 'Die Zustellung an diese Empfänger oder Gruppen ist verzögert:', 'Diese Nachricht wurde noch nicht zugestellt. Die Zustellung wird weiterhin versucht.', 'Diagnoseinformationen für Administratoren:'],
    ['fr', 'La remise à ces destinataires ou groupes est différée :', "Ce message n'a pas encore été remis. La remise continuera d'être tentée.", 'Informations de diagnostic pour les administrateurs :'],
    ['es', 'La entrega a estos destinatarios o grupos se ha retrasado:', 'Este mensaje todavía no se ha entregado. Se seguirá intentando la entrega.', 'Información de diagnóstico para administradores:'],
    ['pt', 'A entrega a estes destinatários ou grupos está atrasada:', 'Esta mensagem ainda não foi entregue. A entrega continuará a ser tentada.', 'Informações de diagnóstico para administradores:'],
    ['it', 'Il recapito a questi destinatari o gruppi è ritardato:', 'Il messaggio non è ancora stato recapitato. Si continuerà a tentare il recapito.', 'Informazioni di diagnostica per gli amministratori:'],
    ['nl', 'Bezorging bij deze ontvangers of groepen is vertraagd:', 'Dit bericht is nog niet bezorgd. Er wordt nog steeds geprobeerd het bericht te bezorgen.', 'Diagnostische gegevens voor beheerders:'],
  ];
  for (const [lang, lead, notYet, diag] of cases) {
    it(`${lang}: a delay, not a bounce`, () => {
      const r = analyzeText(exchangeDelay(lead, notYet, diag), { from: 'postmaster@example.com' });
      expect(summary(r)).toEqual({ kind: 'delay', findings: [['jane@example.org', 'expired', false]] });
    });
  }

  it('a final Exchange bounce in German with a temporary last error stays a bounce', () => {
    const text = "Fehler bei der Zustellung an folgende Empfänger oder Gruppen:\n\njane@example.org\nDie Nachricht konnte nicht zugestellt werden.\n\nDiagnoseinformationen für Administratoren:\n\nmail.example.com\njane@example.org\n'451 4.4.0 Message expired'\n";
    expect(analyzeText(text).kind).toBe('bounce');
  });

  it('the localised subject alone makes a temporary reply a delay', () => {
    const text = "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: mail.example.com\njane@example.org\nRemoteserver hat '451 4.4.0 Connection timed out' zurückgegeben\n";
    expect(analyzeText(text, { subject: 'Zustellung verzögert: Angebot' }).kind).toBe('delay');
  });
});

describe('Google Groups refusals', () => {
  const noPerm = (link: string) =>
    `Hello sender@example.com,\n\nWe're writing to let you know that the group you tried to contact (team) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:\n\n * You may need to join the group before receiving permission to post.\n\nIf you have questions related to this or any other Google Group, visit the Help Center at ${link}.\n\nThanks,\n\nexample.org administrators\n`;

  it('a Workspace group: a bounce for name@domain, read as rejected', () => {
    const r = analyzeText(noPerm('https://groups.google.com/a/example.org/support/'), { subject: 'Address not found', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>' });
    expect(r.kind).toBe('bounce');
    expect(r.findings.map((f) => [f.recipient, f.reason])).toEqual([['team@example.org', 'rejected']]);
    expect(looksLikeBounce({ subject: 'Address not found', from: 'mailer-daemon@googlemail.com', text: noPerm('https://groups.google.com/support/') })).toBe(true);
  });

  it('a consumer group: a permanent refusal (X.7.2 inferred), the notice names no address', () => {
    const r = analyzeText(noPerm('https://groups.google.com/support/'));
    expect(summary(r)).toEqual({ kind: 'bounce', findings: [[null, 'rejected', true]] });
  });

  it('the group named by its address', () => {
    const r = analyzeText("We're writing to let you know that the group you tried to contact (team@example.net) may not exist, or you may not have permission to post messages to the group.\n");
    expect(r.findings.map((f) => [f.recipient, f.reason])).toEqual([['team@example.net', 'rejected']]);
  });

  it('"only accepts messages from members" is a refusal, not a message on hold', () => {
    const text = '** Message blocked **\n\nYour message to team@example.org has been blocked. See technical details below for more information.\n\nThe response was:\nThe group team@example.org only accepts messages from members. You may need to join the group before receiving permission to post.\n';
    const r = analyzeText(text, { subject: 'Delivery Status Notification (Failure)', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>' });
    expect(r.findings.map((f) => [f.recipient, f.reason])).toEqual([['team@example.org', 'rejected']]);
  });
});

describe('Mailman refusals', () => {
  it('a non-member post automatically rejected: a bounce, rejected', () => {
    const text = 'You are not allowed to post to this mailing list, and your message has\nbeen automatically rejected.  If you think that your messages are\nbeing rejected in error, contact the mailing list owner at\nteam-owner@lists.example.org.\n';
    const r = analyzeText(text, { subject: 'Your message to Team was rejected', from: 'team-bounces@lists.example.org' });
    expect(summary(r)).toEqual({ kind: 'bounce', findings: [[null, 'rejected', true]] });
    expect(looksLikeBounce({ subject: 'Your message to Team was rejected', from: 'team-bounces@lists.example.org', text })).toBe(true);
  });

  it("the moderator's rejection names the list; the administrator's address is a contact, not a recipient", () => {
    const text = 'Your request to the team@lists.example.org mailing list\n\n    Posting of your message titled "Quote"\n\nhas been rejected by the list moderator.  The moderator gave the\nfollowing reason for rejecting your request:\n\n"The message is not from a list member"\n\nAny questions or comments should be directed to the list administrator\nat:\n\n    team-owner@lists.example.org\n';
    const r = analyzeText(text, { subject: 'Request to mailing list Team rejected', from: 'team-owner@lists.example.org' });
    expect(r.kind).toBe('bounce');
    expect(r.findings.map((f) => [f.recipient, f.reason])).toEqual([['team@lists.example.org', 'rejected']]);
  });

  it('a post held for moderation is not a bounce', () => {
    const text = "Your mail to 'Team' with the subject\n\n    Quote\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Post by non-member to a members-only list\n\nEither the message will get posted to the list, or you will receive\nnotification of the moderator's decision.  If you would like to cancel\nthis posting, please visit the following URL:\n\n    https://lists.example.org/mailman/confirm/team/abc123\n";
    const subject = 'Your message to Team awaits moderator approval';
    expect(summary(analyzeText(text, { subject, from: 'team-bounces@lists.example.org' }))).toEqual({ kind: 'none', findings: [] });
    expect(looksLikeBounce({ subject, from: 'team-bounces@lists.example.org', text })).toBe(false);
  });
});

describe('CommuniGate Pro', () => {
  const cgp = (rcpt: string, module: string, words: string) => `Failed to deliver to '<${rcpt}>'\n${module} reports:\n ${words}\n`;

  it("each module's words read by the module's wording, with no code written", () => {
    expect(summary(analyzeText(cgp('jane@example.com', 'ROUTER module', 'unknown user account')))).toEqual({ kind: 'bounce', findings: [['jane@example.com', 'userunknown', true]] });
    expect(analyzeText(cgp('jane@example.com', 'LOCAL module(account jane)', 'account is full (quota exceeded)')).findings[0]?.reason).toBe('mailboxfull');
    expect(analyzeText(cgp('jane@example.com', 'ROUTER module', 'relaying to <jane@example.com> is prohibited')).findings[0]?.reason).toBe('norelaying');
    const smtp = analyzeText(cgp('jane@example.org', 'SMTP module(domain example.org)', 'host mx.example.org says:\n 550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown'));
    expect(smtp.findings.map((f) => [f.recipient, f.status, f.reason])).toEqual([['jane@example.org', '5.1.1', 'userunknown']]);
  });

  it('its delay notice', () => {
    const text = "Delivery to '<jane@example.org>' delayed\nSMTP module(domain example.org) reports:\n host mx.example.org is not responding\n the message will be retried\n";
    expect(summary(analyzeText(text))).toEqual({ kind: 'delay', findings: [['jane@example.org', 'networkerror', false]] });
  });
});

describe('MailEnable', () => {
  const me = (reason: string) => `MailEnable: Message could not be delivered to some recipients.\nThe following recipient(s) could not be reached:\n\n\tRecipient: [SMTP:jane@example.org]\n\tReason: ${reason}\n`;

  it('"Recipient: [SMTP:a@b]" names the recipient', () => {
    const r = analyzeText(me('Remote SMTP Server Returned: 550 Requested action not taken: mailbox unavailable or not local'));
    expect(r.findings.map((f) => [f.recipient, f.reply, f.reason])).toEqual([['jane@example.org', '550', 'userunknown']]);
  });

  it('an unregistered domain is an unknown host, permanent', () => {
    const r = analyzeText(me('The message could not be delivered because the domain name (example.org) does not appear to be registered.'));
    expect(summary(r)).toEqual({ kind: 'bounce', findings: [['jane@example.org', 'hostunknown', true]] });
  });
});

describe('recipients named in prose, and our own sender', () => {
  it('a plain-prose delay names its recipient', () => {
    const text = "Your message to jane@example.org has not yet been delivered.\n\nThe recipient's server mx.example.org (203.0.113.5) is not accepting connections at the moment. The mail system will continue trying to deliver your message for the next 4 days. You do not need to resend the message.\n";
    const r = analyzeText(text, { subject: 'Delivery delayed: Quote', from: 'postmaster@mail.example.com' });
    expect(summary(r)).toEqual({ kind: 'delay', findings: [['jane@example.org', 'expired', false]] });
  });

  it("Exim's sender verification names our envelope sender, never a recipient", () => {
    const text = 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  jane@example.org\n    host mx.example.org [203.0.113.5]\n    SMTP error from remote mail server after RCPT TO:<jane@example.org>:\n    550-Verification failed for <sender@example.com>\n    550-Unrouteable address\n    550 Sender verify failed\n';
    const r = analyzeText(text, { subject: 'Mail delivery failed: returning message to sender', from: DAEMON });
    expect(r.findings.map((f) => [f.recipient, f.reply, f.reason, f.permanent])).toEqual([['jane@example.org', '550', 'rejected', true]]);
  });
});
