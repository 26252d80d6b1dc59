// One small made-up bounce per kind of miss fixed against the corpus key: each pins a family of
// wording or layout (every server that words it that way), not one corpus file.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import { statusMatches } from '../../src/core/resolve';
import { findReplyCodes } from '../../src/core/codes';

const first = (text: string, subject = 'Undelivered Mail Returned to Sender', from = 'MAILER-DAEMON@mx.example.net') =>
  analyzeText(text, { subject, from })?.findings[0];

describe('reply codes in more layouts', () => {
  it('Exim "host name [ip]: 550 ..." inline after the host', () => {
    const f = first('The following address(es) failed:\n\n  ann@example.com\n    SMTP error from remote mail server after RCPT TO:<ann@example.com>:\n    host mx.example.com [192.0.2.7]: 550 5.1.1 <ann@example.com>... User Unknown\n');
    expect(f).toMatchObject({ recipient: 'ann@example.com', reply: '550', status: '5.1.1', reason: 'userunknown' });
  });
  it('"550: <a@b>: ..." (colon after the code) and "ERROR_CODE :550"', () => {
    expect(findReplyCodes('550: <ann@example.com>: User unknown')[0]?.reply).toBe('550');
    expect(findReplyCodes('Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 User Unknown')[0]?.reply).toBe('550');
  });
});

describe('wording families that outrank a generic status', () => {
  const reasonOf = (reply: string, cmd = 'RCPT TO') => first(`<bo@example.com>: host mx.example.com[192.0.2.8] said: ${reply} (in reply to ${cmd} command)\n`)?.reason;
  it('Postfix "Recipient address rejected:" prefix is not itself user unknown', () => {
    expect(reasonOf('521 5.3.2 <bo@example.com>: Recipient address rejected: System not accepting network messages')).toBe('notaccept');
    expect(reasonOf('550 5.7.0 <bo@example.com>: Recipient address rejected: No relaying')).toBe('norelaying');
    expect(reasonOf('550 5.1.2 <bo@example.com>: Recipient address rejected: Bad destination system address')).toBe('hostunknown');
  });
  it('sender refusals, DMARC policy, reputation, rate, reverse DNS, TLS', () => {
    expect(reasonOf('501 5.1.8 Sender address rejected', 'MAIL FROM')).toBe('rejected');
    expect(reasonOf('550 5.7.1 Email rejected per DMARC policy for example.net', 'DATA')).toBe('authfailure');
    expect(reasonOf('550 5.7.1 this message is likely suspicious due to the very low reputation of the sending domain', 'DATA')).toBe('badreputation');
    expect(reasonOf('550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages')).toBe('speeding');
    expect(reasonOf('550 5.7.1 Connections not accepted from servers without a valid sender domain. Fix reverse DNS for 192.0.2.9', 'MAIL FROM')).toBe('requireptr');
    expect(reasonOf('500 Remote server does not support TLS', 'EHLO')).toBe('failedstarttls');
    expect(reasonOf('552 5.2.3 Message length exceeds administrative limit', 'DATA')).toBe('exceedlimit');
    expect(reasonOf('550 5.7.1 Messages with multiple addresses in From: header are not accepted', 'DATA')).toBe('notcompliantrfc');
  });
  it('a local delivery program failing is a mailer error even under 5.1.1', () => {
    const f = first('Final-Recipient: rfc822; cy@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: x-unix; procmail: Couldn\'t create "/var/mail/cy"\n');
    expect(f?.reason).toBe('mailererror');
  });
});

describe('per-system wording (the system that wrote the bounce decides)', () => {
  it('Domino "not listed in Domino Directory" is an unknown user without any SMTP command', () => {
    const f = first('Your message\n\n  Subject: Hello\n\nwas not delivered to:\n\n  di@example.com\n\nbecause:\n\n  User Di (di@example.com) not listed in Domino Directory\n', 'DELIVERY FAILURE: User Di not listed');
    expect(f).toMatchObject({ recipient: 'di@example.com', reason: 'userunknown' });
  });
  it('IMail "<reason>: a@b" lines, recipient found without any reply code', () => {
    const f = first('User mailbox exceeds allowed size: ed@example.com\n\n\nOriginal message follows.\n\nFrom: fay@example.net\nTo: ed@example.com\nSubject: hi\n', 'Undeliverable Mail', 'Postmaster <postmaster@example.com>');
    expect(f?.reason).toBe('mailboxfull');
  });
  it('Google Groups refusals are "rejected" in any language', () => {
    const f = first('Hello gus@example.com,\n\nWe are writing to let you know that the group you tried to contact (team) may not exist, or you may not have permission to post messages to the group.\n\nFor more help, visit https://groups.google.com/support/\n', 'Delivery Status Notification (Failure)', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect(f?.reason).toBe('rejected');
  });
  // NXDOMAIN says the domain does not exist (Sisimai's key reads it as networkerror: see test/core/cards.test.ts).
  it("Google's DNS report: NXDOMAIN is an unknown host, a null MX is final", () => {
    const nx = first('Final-Recipient: rfc822; hal@example.invalid\nAction: failed\nStatus: 4.0.0\nDiagnostic-Code: smtp; DNS Error: 1234 DNS type \'mx\' lookup of example.invalid responded with code NXDOMAIN Domain name not found: example.invalid\n');
    expect(nx?.reason).toBe('hostunknown');
    const nullMx = first('Final-Recipient: rfc822; ivy@example.org\nAction: failed\nStatus: 4.0.0\nDiagnostic-Code: smtp; DNS Error: 1234 DNS type \'mx\' lookup of example.org responded with code NOERROR The domain example.org doesn\'t receive email according to the administrator\n');
    expect(nullMx?.reason).toBe('notaccept');
  });
});

describe('receiving systems with their own codes', () => {
  const reasonOf = (reply: string, cmd = 'RCPT TO') => first(`<jo@example.com>: host mx.example.com[192.0.2.10] said: ${reply} (in reply to ${cmd} command)\n`)?.reason;
  it('Orange/Wanadoo codes, GoDaddy IB codes, Spectrum AUP numbers, Mimecast policies', () => {
    expect(reasonOf('550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416')).toBe('userunknown');
    expect(reasonOf('550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]', 'DATA')).toBe('spamdetected');
    expect(reasonOf('550 5.1.1 <jo@example.com> - 192.0.2.11 has sent to too many recipients this hour. IB607')).toBe('speeding');
    expect(reasonOf('550 5.1.0 <x@example.net> sender rejected. See https://www.spectrum.net/support AUP#In-1310', 'MAIL FROM')).toBe('toomanyconn');
    expect(reasonOf('554 Host network not allowed - https://community.mimecast.com/docs/x')).toBe('policyviolation');
  });
});

describe('provider entries: status ranges', () => {
  it('matches exact, any-class and detail ranges', () => {
    expect(statusMatches('4.7.500-699', '4.7.650')).toBe(true);
    expect(statusMatches('X.7.500-699', '5.7.501')).toBe(true);
    expect(statusMatches('4.7.500-699', '4.7.700')).toBe(false);
    expect(statusMatches('4.7.500-699', '5.7.650')).toBe(false);
    expect(statusMatches('X.7.26', '5.7.26')).toBe(true);
  });
});

describe('time budget', () => {
  it('1 MB of adversarial text is read quickly and says it was cut', () => {
    const input = '550-5.1.1 <a@example.com>:\n'.repeat(40_000).slice(0, 1_000_000);
    analyzeText(input);
    const t0 = performance.now();
    const r = analyzeText(input, { subject: 'Undelivered Mail Returned to Sender' });
    expect(performance.now() - t0).toBeLessThan(250); // generous under a loaded CI machine; the bench holds 50 ms
    expect(r.notes.join(' ')).toMatch(/first/);
  });
});
