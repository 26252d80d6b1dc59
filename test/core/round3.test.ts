// Round 3 fixes, each pinned on a made-up bounce of the family it belongs to (addresses are example.*,
// IPs 192.0.2.x).
import { describe, expect, it } from 'vitest';
import { analyzeText, lookup } from '../../src/core';
import { findReplyCodes, findTokens } from '../../src/core/codes';
import { matchProviders } from '../../src/core/resolve';
import type { Dataset, Entry, ProviderEntry } from '../../src/data/schema';

const first = (text: string, subject = 'Returned mail: see transcript for details', from = 'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>') =>
  analyzeText(text, { subject, from }).findings[0];

describe('sendmail transcripts: what the summary line wraps', () => {
  it('"... Remote protocol error" is explained by the last remote reply of the transcript', () => {
    const text = '   ----- Transcript of session follows -----\nWhile talking to mx.example.edu:\n>>> MAIL From:<ann@example.net>\n<<< 550 Insecure Mail Relay\n554 <bo@example.edu>... Remote protocol error\n\n   ----- Unsent message follows -----\n';
    expect(first(text)).toMatchObject({ recipient: 'bo@example.edu', reply: '550', reason: 'norelaying' });
  });
  it('a local delivery agent\'s complaint above "... Service unavailable" decides the reason', () => {
    const text = '   ----- The following addresses had permanent fatal errors -----\n<bo@example.net>\n\n   ----- Transcript of session follows -----\nmail.local: unknown user: bo\n554 <bo@example.net>... Service unavailable\n';
    expect(first(text)).toMatchObject({ recipient: 'bo@example.net', reply: '554', reason: 'userunknown' });
  });
  it('Status 4.4.7 after deferrals: the last "Deferred:" line says why', () => {
    const dsn = (why: string) => `   ----- The following addresses had permanent fatal errors -----\n<bo@example.net>\n\n   ----- Transcript of session follows -----\n<bo@example.net>... Deferred: ${why}\nMessage could not be delivered for 5 days\n\nReporting-MTA: dns; mx.example.com\n\nFinal-Recipient: RFC822; bo@example.net\nAction: failed\nStatus: 4.4.7\n`;
    expect(first(dsn('Connection refused by mx.example.net.'))?.reason).toBe('blocked');
    expect(first(dsn('Name server: example.net.: host name lookup failure'))?.reason).toBe('networkerror');
    // Nothing said beyond the deferral itself: the status decides.
    expect(first(dsn('451 try again'))?.reason).toBe('expired');
  });
  it('a reply cut at a line end in the summary is read in full from the transcript', () => {
    const text = '   ----- The following addresses had permanent fatal errors -----\n<bo@example.net>\n    (reason: 552-5.7.0 This message was blocked because its content presents a potential)\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.net.:\n>>> DATA\n<<< 552-5.7.0 This message was blocked because its content presents a potential\n<<< 552-5.7.0 security issue. Please review our guidelines.\n<<< 552 5.7.0 Thank you.\n554 5.0.0 Service unavailable\n\nReporting-MTA: dns; mx.example.com\n\nFinal-Recipient: RFC822; bo@example.net\nAction: failed\nStatus: 5.7.0\nDiagnostic-Code: SMTP; 552-5.7.0 This message was blocked because its content presents a potential\n';
    const f = first(text);
    expect(f?.evidence).toContain('potential security issue');
    expect(f?.reason).toBe('policyviolation');
  });
});

describe('system and receiver wording', () => {
  it('the DSN status comment is wording: "5.2.1 (mailbox disabled, ...)" is a suspended mailbox', () => {
    const text = 'Reporting-MTA: dns;mta.example.com\n\nFinal-Recipient: rfc822;bo@example.jp\nAction: failed\nStatus: 5.2.1 (mailbox disabled, not accepting messages)\nDiagnostic-Code: smtp;550 5.2.1 <bo@example.jp>... User Unknown\n';
    expect(first(text, 'Delivery report')).toMatchObject({ status: '5.2.1', reason: 'suspend' });
  });
  it('EZweb states the reason in its own sentence above the recipient', () => {
    const disabled = '\nThe user(s) account is disabled.\n\n\n<bo@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)\n';
    expect(first(disabled, 'Mail System Error - Returned Mail', 'Postmaster@ezweb.ne.jp')).toMatchObject({ recipient: 'bo@ezweb.ne.jp', reason: 'suspend' });
    const refused = '<bo@ezweb.ne.jp>\n\nEach of the following recipients was rejected by a remote mail server.\n';
    expect(first(refused, 'Mail System Error - Returned Mail', 'Postmaster@ezweb.ne.jp')).toMatchObject({ recipient: 'bo@ezweb.ne.jp', reason: 'filtered' });
  });
  it('an fml loop alert is a failure notice about the list address', () => {
    const r = analyzeText('Duplicated Message-ID in <list@example.co.jp>.\n\n\nOriginal mail as follows:\n\n   From: ann@example.org\n', { subject: 'Loop Alert: Duplicated Message-ID (list ML)', from: 'list-admin@example.co.jp' });
    expect(r.kind).toBe('bounce');
    expect(r.findings[0]).toMatchObject({ recipient: 'list@example.co.jp', reason: 'systemerror' });
  });
  it('Verizon\'s gateway: "550 - Requested ..." is a reply, the recipient is the envelope RCPT TO', () => {
    expect(findReplyCodes('550 - Requested action not taken: no such user here')[0]?.reply).toBe('550');
    const text = 'Error: Invalid user address\n\nError message below:\n550 - Requested action not taken: no such user here\n\nMessage details:\n  Subject: Test\n  MAIL FROM: ann@example.org\n  RCPT TO: 2025550100@vtext.com\n  From: ann@example.org\n';
    const r = analyzeText(text, { subject: 'Re: Test', from: 'post_master@vtext.com' });
    expect(r.kind).toBe('bounce');
    expect(r.findings[0]).toMatchObject({ recipient: '2025550100@vtext.com', reply: '550', reason: 'userunknown' });
  });
  it('"554 IP=a.b.c.d - ... (BL)" is a block of the sending IP', () => {
    const text = '<bo@example.org>\n    (reason: 554 IP=192.0.2.44 - A problem occurred. (Ask your postmaster for help.) (BL))\n';
    expect(first(text)?.reason).toBe('blocked');
  });
  it('Amazon SES receiving: its generic temporary refusals name no reason (onhold)', () => {
    const text = 'Reporting-MTA: dns; inbound-smtp.us-west-2.amazonaws.com\n\nAction: failed\nFinal-Recipient: rfc822; bo@example.com\nDiagnostic-Code: smtp; 450 4.0.0 Temporary failure\nStatus: 4.0.0\n';
    expect(first(text, 'Delivery Status Notification (Failure)')).toMatchObject({ reply: '450', reason: 'onhold' });
    // A specific refusal from the same servers keeps its reason.
    expect(first(text.replace('450 4.0.0 Temporary failure', '550 5.1.1 Mailbox does not exist').replace('Status: 4.0.0', 'Status: 5.1.1'))?.reason).toBe('userunknown');
  });
  it('Google refusing a misconfigured "Send mail as" address: the sender was rejected', () => {
    const text = '\n** Message not delivered **\n\nYou\'re sending this from a different address or alias using the \'Send mail as\' feature. The settings for your \'Send mail as\' account are misconfigured or out of date.\n\nThe response was:\n\nUnspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability\n';
    expect(first(text, 'Delivery Status Notification (Failure)', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>')?.reason).toBe('rejected');
  });
});

describe('recipients in more layouts', () => {
  it('rendered Gmail bounce: the recipient without subject or from, even a system-looking local part', () => {
    const text = "Your message wasn't delivered to nobody@example.com because the address couldn't be found, or is unable to receive mail.\n\nThe response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. - gsmtp";
    expect(analyzeText(text).findings[0]).toMatchObject({ recipient: 'nobody@example.com', reply: '550', status: '5.1.1', reason: 'userunknown' });
    const other = 'Message not delivered\nThere was a problem delivering your message to bo@example.com. See the technical details below.\n\nThe response was:\n550 5.1.1 user unknown';
    expect(analyzeText(other).findings[0]?.recipient).toBe('bo@example.com');
  });
  it('a bulleted address under "Delivery to the following recipients failed permanently"', () => {
    const text = 'Delivery to the following recipients failed permanently:\n\n   * bo@example.or.jp\n';
    expect(first(text, 'Delivery status notification')?.recipient).toBe('bo@example.or.jp');
  });
  it('a blank line between "---The following addresses had delivery errors---" and "a@b [User unknown]"', () => {
    const text = 'The original message was received at Thu, 29 Apr 2011 23:34:45 +0900\n\n---The following addresses had delivery errors---\n\nbo@example.org [User unknown]\n';
    expect(first(text, 'Returned Mail: User unknown')).toMatchObject({ recipient: 'bo@example.org', reason: 'filtered' });
  });
});

describe('provider tokens', () => {
  it('reads dashed, colon, bracketed and dotted codes', () => {
    expect(findTokens('550 SC-001 (BAY0-MC1-F21) Unfortunately')).toContain('SC-001');
    expect(findTokens('421 RP-001 (COL0-MC5-F28) Unfortunately')).toContain('RP-001');
    expect(findTokens('421 4.7.0 [HVU:B1] Messages from 192.0.2.1 temporarily deferred')).toContain('HVU:B1');
    expect(findTokens('553 Mail from 192.0.2.1 not allowed - 5.7.1 [BL21] RTR:BL Connections not accepted')).toEqual(expect.arrayContaining(['BL21', 'RTR:BL']));
    expect(findTokens('554 delivery error: dd This mailbox is disabled (554.30)')).toContain('554.30');
    expect(findTokens('554 Message not accepted (AU01)')).toContain('AU01');
    expect(findTokens('550 5.7.1 ... on our block list (S3150)')).toContain('S3150');
    expect(findTokens('550 5.7.1 ... on our block list AS3150')).toContain('AS3150');
    expect(findTokens('see (RFC5321) section 4')).not.toContain('RFC5321');
  });
  it('normalises Orange and Spectrum codes to the forms the entries are named by', () => {
    expect(findTokens('550 5.1.1 Adresse d au moins un destinataire invalide. LPN007_416')).toEqual(['LPN007_416', 'OFR*_416']);
    expect(findTokens('554 5.7.1 Refused - AUP#I-1355')).toEqual(['AUP#I-1355', 'AUP#1355']);
  });
  it('a token inside a documented range agrees with the range entry', () => {
    const base = { meaning: 'm', details: 'd', causes: [], senderSteps: [], adminSteps: [], retry: 'later' as const, retryAdvice: 'r', party: 'sender-admin' as const, reputation: 'none' as const, references: [], kind: 'provider' as const, authority: 'Example ISP' };
    const ranged: ProviderEntry = { ...base, id: 'ex-aup-1350-1490', token: 'AUP#1350-1490', title: 'Too many connections', reason: 'toomanyconn', permanence: 'transient', match: [/AUP#/] };
    const ds: Dataset = { replies: [], statuses: [], providers: [{ id: 'ex', name: 'Example ISP', covers: [], signatures: [/\bexample-isp\b/], entries: [ranged] }] };
    const reply = '421 4.7.0 Too many connections - AUP#In-1370';
    expect(matchProviders(ds, '421', '4.7.0', findTokens(reply), reply)[0]?.entry.id).toBe('ex-aup-1350-1490');
    expect(matchProviders(ds, '421', '4.7.0', findTokens(reply.replace('1370', '1510')), reply.replace('1370', '1510'))).toEqual([]);
  });
});

describe('lookup', () => {
  const base = { meaning: 'm', details: 'd', causes: ['c'], senderSteps: ['s'], adminSteps: ['a'], retry: 'no' as const, retryAdvice: 'r', party: 'sender' as const, reputation: 'none' as const, references: [] as Entry['references'] };
  const provider = (id: string, rest: Partial<ProviderEntry>): ProviderEntry => ({ ...base, id, kind: 'provider', authority: 'Example', title: id, reason: 'blocked', permanence: 'permanent', match: [/$^/], ...rest } as ProviderEntry);
  const mini: Dataset = {
    replies: [{ ...base, id: 'reply-550', kind: 'basic', authority: 'RFC 5321', reply: '550', title: 'Mailbox unavailable', reason: 'userunknown', permanence: 'permanent' } as Entry,
      { ...base, id: 'reply-212', kind: 'basic', authority: 'RFC 5321', reply: '212', title: 'Directory status', reason: 'undefined', permanence: 'permanent' } as Entry,
      { ...base, id: 'reply-416', kind: 'basic', authority: 'none', reply: '416', title: 'Not a code', reason: 'undefined', permanence: 'permanent' } as Entry],
    statuses: [
      { ...base, id: 'status-X.7.1', kind: 'enhanced', authority: 'IANA', status: 'X.7.1', title: 'Delivery not authorized, message refused', reason: 'securityerror', permanence: 'permanent' } as Entry,
      { ...base, id: 'status-X.2.2', kind: 'enhanced', authority: 'IANA', status: 'X.2.2', title: 'Mailbox full', meaning: 'The mailbox full of mail', reason: 'mailboxfull', permanence: 'transient' } as Entry,
      { ...base, id: 'status-X.7.26', kind: 'enhanced', authority: 'IANA', status: 'X.7.26', title: 'Multiple authentication checks failed', meaning: 'SPF, DKIM and DMARC failed', reason: 'authfailure', permanence: 'permanent' } as Entry,
    ],
    providers: [
      { id: 'alpha', name: 'Alpha Mail', covers: [], signatures: [/alpha/i], entries: [
        provider('alpha-550-5.7.1-range', { reply: '550', status: '5.7.500-699' }),
        provider('alpha-550-5.7.1', { reply: '550', status: '5.7.1' }),
        provider('alpha-ib212', { token: 'IB212' }),
        provider('alpha-dmarc', { reply: '550', status: '5.7.26', title: 'Alpha: DMARC policy', reason: 'authfailure' }),
      ] },
      { id: 'beta', name: 'Beta Mail', covers: [], signatures: [/beta/i], entries: [
        provider('beta-550-5.7.1', { reply: '550', status: '5.7.1' }),
        provider('beta-416', { token: 'OFR*_416', aliases: ['LPN*_416'] }),
        provider('beta-hvu', { token: 'HVU:B1' }),
        provider('beta-zen', { token: 'zen.spamhaus.org', aliases: ['127.0.0.2', 'ZEN'] }),
        provider('beta-full', { reply: '552', title: 'Beta: mailbox is full', reason: 'mailboxfull' }),
      ] },
    ],
  };
  it('a three-digit run inside a token is not a reply code', () => {
    expect(lookup('IB212', mini).map((e) => e.id)).toEqual(['alpha-ib212']);
    expect(lookup('LPN007_416', mini).map((e) => e.id)).toEqual(['beta-416']);
    expect(lookup('HVU:B1', mini).map((e) => e.id)).toEqual(['beta-hvu']);
  });
  it('finds entries by their aliases: a blocklist zone, a return code', () => {
    expect(lookup('zen.spamhaus.org', mini)[0]?.id).toBe('beta-zen');
    expect(lookup('127.0.0.2', mini)[0]?.id).toBe('beta-zen');
  });
  it('words rank entries by relevance, the standard meaning before a provider variant', () => {
    expect(lookup('mailbox full', mini).map((e) => e.id)).toEqual(['status-X.2.2', 'beta-full']);
    expect(lookup('dmarc', mini).map((e) => e.id)).toEqual(['alpha-dmarc', 'status-X.7.26']);
  });
  it('550 5.7.1: the standard meaning first, then provider variants grouped by provider, exact status first', () => {
    expect(lookup('550 5.7.1', mini).map((e) => e.id)).toEqual(['status-X.7.1', 'reply-550', 'alpha-550-5.7.1', 'beta-550-5.7.1']);
  });
});
