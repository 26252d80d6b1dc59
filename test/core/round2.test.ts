// Round 2 fixes against the corpus key, each pinned on a made-up bounce of the family it belongs to.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import { findEnhancedCodes, findReplyCodes } from '../../src/core/codes';

const first = (text: string, subject = 'Undelivered Mail Returned to Sender', from = 'MAILER-DAEMON@mx.example.net') =>
  analyzeText(text, { subject, from })?.findings[0];

describe('reply codes in more layouts', () => {
  it('a code after any "word:" intro, a doubled code, and a colon after the code', () => {
    expect(findReplyCodes('Server mx.example.org[192.0.2.4] failed with: 550 <ann@example.org> No such user here')[0]?.reply).toBe('550');
    expect(findReplyCodes('The error that the other server returned was: 554 554 5.7.1 Service unavailable')[0]).toMatchObject({ reply: '554', status: '5.7.1' });
    expect(findReplyCodes('host mx.example.net [192.0.2.5]: 550 :\n    User unknown')[0]?.reply).toBe('550');
    expect(findReplyCodes("Unknown address error 550-'5.7.1 <x@example.com>... Access denied'")[0]).toMatchObject({ reply: '550', status: '5.7.1' });
  });
  it('still ignores phone numbers and counts', () => {
    expect(findReplyCodes('Phone: 550 555 0100')).toEqual([]);
    expect(findReplyCodes('Total: 500 12')).toEqual([]);
  });
  it('"ERROR_CODE :5.2.2" is a status; "12:5.2.2" is not', () => {
    expect(findEnhancedCodes('ERROR_CODE :5.2.2 <a@example.com>... Mailbox Full').map((c) => c.code)).toEqual(['5.2.2']);
    expect(findEnhancedCodes('at 12:5.2.2')).toEqual([]);
  });
  it('OpenSMTPD "a@b: 550 5.1.1 ..." lines give the recipient, the reply and the quoted status under a vague DSN status', () => {
    const f = first('Hi! This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\n   An error has occurred while attempting to deliver a message for\n   the following list of recipients:\n\nann@example.com: 550 5.7.26 Unauthenticated email is not accepted\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; ann@example.com\nAction: failed\nStatus: 5.0.0\n', 'Delivery status notification: error', 'Mailer Daemon <MAILER-DAEMON@mx.example.net>');
    expect(f).toMatchObject({ recipient: 'ann@example.com', reply: '550', status: '5.7.26', reason: 'authfailure' });
  });
  it('sendmail: the remote reply in the transcript, not the local "554 5.0.0 Service unavailable" summary', () => {
    const text = '   ----- The following addresses had permanent fatal errors -----\n<bo@example.org>\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.org.:\n>>> DATA\n<<< 550 : User unknown\n554 5.0.0 Service unavailable\n';
    expect(first(text, 'Returned mail: see transcript for details')).toMatchObject({ recipient: 'bo@example.org', reply: '550' });
  });
  it('sendmail: "554 <a@b>... 550 Host unknown" carries the remote 550', () => {
    const f = first('----- Transcript of session follows -----\n554 <cy@example.org>... 550 Host unknown (Authoritative answer from name server)\n', 'Returned mail: Host unknown');
    expect(f).toMatchObject({ reply: '550', reason: 'hostunknown' });
  });
  it('a reply of the wrong class for the DSN status gives way to the quoted reply of its class', () => {
    const f = first('Final-Recipient: rfc822; dee@example.com\nAction: failed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>\n');
    expect(f).toMatchObject({ reply: '421', reason: 'expired' });
  });
  it('"550 #5.1.0" under "Status: 5.0.0" gives 5.1.0', () => {
    const f = first('Final-Recipient: rfc822; eve@example.de\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 #5.1.0 Address rejected.\n');
    expect(f?.status).toBe('5.1.0');
  });
});

describe('reasons decided by the words of the systems that write them', () => {
  it('KDDI: "550 : User unknown" is its filter, "550 <a@b>: User unknown" a missing mailbox', () => {
    const at = (reply: string) => first(`<fay@ezweb.ne.jp>: host lsean.ezweb.ne.jp[192.0.2.9] said: ${reply}\n`)?.reason;
    expect(at('550 : User unknown')).toBe('filtered');
    expect(at('550 <fay@ezweb.ne.jp>: User unknown')).toBe('userunknown');
  });
  it('"SMTP:RCPT host ...: 553 ... No such user" is refused at RCPT TO', () => {
    const f = first('Delivery to the following recipients failed permanently:\n\n  * gus@example.com\n\nSMTP:RCPT host 192.0.2.8: 553 5.3.0 <gus@example.com>... No such user here\n', 'Delivery status notification');
    expect(f).toMatchObject({ reply: '553', reason: 'userunknown' });
  });
  it('Yahoo-style deferral for volume or complaints is reputation; a connection rate limit is too many connections', () => {
    const r = (reply: string, cmd = 'MAIL FROM') => first(`<hal@example.com>: host mx.example.com[192.0.2.8] said: ${reply} (in reply to ${cmd} command)\n`)?.reason;
    expect(r('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints')).toBe('badreputation');
    expect(r('452 4.3.2 Connection rate limit exceeded.')).toBe('toomanyconn');
    expect(r('451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation.')).toBe('badreputation');
    expect(r('550 Insecure Mail Relay')).toBe('norelaying');
    expect(r('552-5.7.0 This message was blocked because its content presents a potential security issue', 'DATA')).toBe('policyviolation');
    expect(r('550 5.7.1 Your IP address was blocked because of spam complaints', 'DATA')).toBe('blocked');
  });
  it('a retry notice does not hide a specific status (4.2.2 mailbox full)', () => {
    const f = first('Delivery to the following recipient has been delayed:\n\n     ivy@example.jp\n\nMessage will be retried for 2 more day(s)\n\nThe error that the other server returned was: 450 450 4.2.2 <ivy@example.jp>... Mailbox Full\n', 'Delivery Status Notification (Delay)', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect(f).toMatchObject({ reply: '450', status: '4.2.2', reason: 'mailboxfull' });
  });
  it('a reply quoting its own status under "Status: 4.4.7" keeps that reason; "no answer from host" (X.4.1) is the network', () => {
    const f = first('Final-Recipient: rfc822; rae@example.com\nAction: failed\nStatus: 4.4.7\nDiagnostic-Code: SMTP; 452 4.4.5 Insufficient disk space; try again later\n');
    expect(f?.reason).toBe('systemfull');
    const g = first('Final-Recipient: rfc822; sol@example.com\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.example.com[192.0.2.2]:25: No route to host\n');
    expect(g?.reason).toBe('networkerror');
  });
  it('"Host not found, try again" is a temporary DNS failure', () => {
    expect(first('<jo@example.com>: Name service error for domain example.com: Host not found, try again\n')?.reason).toBe('networkerror');
  });
  it('a multi-line reply joined by the relay does not keep "550 5.7.1" inside the sentence', () => {
    const f = first('<kim@example.com>: host mx.example.com[192.0.2.8] said: 550-5.7.1 Messages with multiple\n    550 5.7.1 addresses in From: header are not accepted. (in reply to end of DATA command)\n');
    expect(f?.evidence).toContain('multiple addresses in From: header');
    expect(f?.reason).toBe('notcompliantrfc');
  });
});

describe('sending platforms that classify the reply themselves', () => {
  it('PowerMTA "X-PowerMTA-BounceCategory: bad-mailbox" is an unknown user whatever the wording', () => {
    const f = first('Reporting-MTA: dns; mta1.example.net\nX-PowerMTA-VirtualMTA: pool1\n\nFinal-Recipient: rfc822; oz@example.com\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 554 delivery error: dd This user doesn\'t have a example.com account\nX-PowerMTA-BounceCategory: bad-mailbox\n');
    expect(f?.reason).toBe('userunknown');
  });
  it('Outlook.com "mailbox unavailable" from postmaster@hotmail.com is an unknown user; a sender refusal under 5.1.8 stays rejected in a Gmail bounce', () => {
    const f = first('Delivery has failed to these recipients or groups:\n\npat@example.com\n\nDiagnostic information for administrators:\n\nRemote Server returned \'550 Requested action not taken: mailbox unavailable (-0000000022:2222:-0000000022)\'\n', 'Undeliverable: Hello', 'postmaster@hotmail.com');
    expect(f?.reason).toBe('userunknown');
    const g = first("** Address not found **\n\nYour message wasn't delivered to quin@example.com because the address couldn't be found.\n\nThe response from the remote server was:\n501 5.1.8 Sender address rejected\n", 'Delivery Status Notification (Failure)', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect(g?.reason).toBe('rejected');
  });
});

describe('message kinds', () => {
  it('Amazon SES complaint notifications and JMRP-style complaint subjects are complaints', () => {
    expect(analyzeText('{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"lee@example.com"}]}}', { subject: 'AWS Notification Message' }).kind).toBe('complaint');
    expect(analyzeText('To: lee@example.com\nSubject: Hello\n\nHello', { subject: 'complaint about message from 192.0.2.1', from: 'staff@example.com' }).kind).toBe('complaint');
  });
  it('OpenSMTPD "a@b: Envelope expired" from "Mailer Daemon" is an expired bounce', () => {
    const r = analyzeText('Hi! This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\nmo@example.com: Envelope expired\n', { subject: 'Delivery status notification: error', from: 'Mailer Daemon <postmaster@mx.example.net>' });
    expect(r.findings[0]).toMatchObject({ recipient: 'mo@example.com', reason: 'expired' });
  });
  it('sendmail-style "The following addresses had delivery errors" lists the recipient', () => {
    const r = analyzeText('The original message was received at Fri, 21 Mar 2025 13:13:48 +0900\n\n---The following addresses had delivery errors---\nned@example.com [Connection timed out]\n', { subject: 'Warning--Could not send mail for past 8.5 hours', from: 'MAILER-DAEMON@mx.example.net' });
    expect(r.findings[0]).toMatchObject({ recipient: 'ned@example.com', reason: 'expired' });
  });
});
