// Defects a new user found with the CLI, each pinned on a made-up fixture of the same family
// (test/fixtures/user-reports/, example.com addresses, 192.0.2.x hosts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeMessage, analyzeText, lookup } from '../../src/core';
import { startsWithHeaderBlock } from '../../src/core/index';
import { readFacts } from '../../src/core/facts';

const dir = path.resolve(__dirname, '../fixtures/user-reports');
const fixture = (name: string) => readFileSync(path.join(dir, name), 'utf8');

describe('a code outside a bounce context is not a finding', () => {
  it.each([
    'Please upgrade to 5.1.1 before Friday.',
    'Room 5.7.1 is booked. Our mailbox is full of invoices.',
    'Meeting notes\nWe rolled out version 4.2.1 of the portal to 550 customers last week.\nRoom 5.7.1 is reserved for the review.\nPlease send feedback before the 421 deadline.',
    'Call us on 555 0100 or 421 7788, prices from 5.2.2 euros.',
    'Release 4.4.7 ships on 2026-06-01; the 550 seats are sold.\nVersion: 5.1.1',
  ])('%s', (text) => {
    const report = analyzeText(text);
    expect(report.kind).toBe('none');
    expect(report.findings).toEqual([]);
  });

  it.each([
    ['550 5.1.1 <a@example.com>: Recipient address rejected: User unknown', '550', '5.1.1', 'userunknown'],
    ['smtp;550 5.7.1 Message rejected as spam by content filter', '550', '5.7.1', 'spamdetected'],
    ['Error: 552 5.2.2 Mailbox full', '552', '5.2.2', 'mailboxfull'],
    ['mx.example.com said: 550 Relaying denied for this host', '550', null, 'norelaying'],
  ])('keeps the one-line reply %s', (text, reply, status, reason) => {
    const f = analyzeText(text).findings[0];
    expect(f).toMatchObject({ reply, reason, permanent: true });
    if (status) expect(f?.status).toBe(status);
  });

  it('still reads codes in prose when the message as a whole is a bounce', () => {
    const report = analyzeText('Your message could not be delivered.\nThe server replied with 5.1.1 for bob@example.com.', { subject: 'Undeliverable: Hello', from: 'postmaster@example.com' });
    expect(report.kind).toBe('bounce');
    expect(report.findings[0]?.status).toBe('5.1.1');
  });
});

describe('forwarded and quoted bounces', () => {
  it('reads a Gmail bounce forwarded with a note and two quote levels', () => {
    const report = analyzeText(fixture('forwarded-quoted-gmail.txt'));
    expect(report.kind).toBe('bounce');
    expect(report.findings[0]).toMatchObject({ recipient: 'bob@example.net', reply: '550', status: '5.1.1', reason: 'userunknown', provider: 'google' });
  });
  it('reads a Postfix bounce under an Outlook From/Sent/To/Subject header', () => {
    const report = analyzeText(fixture('forwarded-outlook-postfix.txt'));
    expect(report.kind).toBe('bounce');
    expect(report.findings[0]).toMatchObject({ recipient: 'carol@example.com', reply: '552', status: '5.2.2', reason: 'mailboxfull' });
    expect(report.findings[0]?.facts.remoteHost).toBe('mx.example.com');
  });
  it('leaves a quoted ordinary mail alone', () => {
    const report = analyzeText('See below.\n\n> Room 5.7.1 is booked.\n> Version 4.2.1 goes out to 550 customers.');
    expect(report.kind).toBe('none');
  });
});

describe('a bounce that writes no code', () => {
  it('infers the status from the reason, marks it, and quotes the server', () => {
    const f = analyzeText(fixture('gmail-no-code.txt')).findings[0]!;
    expect(f).toMatchObject({ recipient: 'nobody@example.com', reply: null, status: '5.1.1', inferred: true, reason: 'userunknown', permanent: true, retry: 'no' });
    expect(f.entry).not.toBeNull();
    expect(f.provider).toBe('google');
    expect(f.evidence).toMatch(/^The email account that you tried to reach does not exist/);
  });
  it('does not mark a written status as inferred', () => {
    const f = analyzeText(fixture('gmail-dmarc-blocked.txt')).findings[0]!;
    expect(f.inferred).toBeUndefined();
  });
  it('infers 4.2.2 for a mailbox full that will be retried and 5.2.2 otherwise', () => {
    const later = analyzeText('kim@example.com: mailbox full, temporarily unable to accept mail', { subject: 'Delivery Status Notification (Delay)' }).findings[0]!;
    expect(later).toMatchObject({ status: '4.2.2', inferred: true, reason: 'mailboxfull', permanent: false });
    const final = analyzeText("Your message wasn't delivered to kim@example.com because the recipient's inbox is full.", { subject: 'Delivery Status Notification (Failure)' }).findings[0]!;
    expect(final).toMatchObject({ status: '5.2.2', inferred: true, reason: 'mailboxfull', permanent: true });
  });
});

describe('recipients, reasons and evidence of pasted provider notices', () => {
  it('names the recipient of "Your message to X has been blocked"', () => {
    const f = analyzeText(fixture('gmail-dmarc-blocked.txt')).findings[0]!;
    expect(f).toMatchObject({ recipient: 'partner@example.com', reply: '550', status: '5.7.26' });
  });
  it.each(["couldn't be delivered", 'was rejected', "wasn't delivered"])('Your message to X %s', (words) => {
    const f = analyzeText(`Your message to lee@example.com ${words}.\n\n550 5.1.1 User unknown`).findings[0]!;
    expect(f.recipient).toBe('lee@example.com');
  });
  it('reads Exchange Online RESOLVER.ADR.RecipientNotFound from its Error line, not the help paragraph', () => {
    const f = analyzeText(fixture('exchange-online-ndr.txt')).findings[0]!;
    expect(f).toMatchObject({ recipient: 'dana@example.com', reply: '550', status: '5.1.10', reason: 'userunknown' });
    expect(f.evidence).toMatch(/^550 5\.1\.10 RESOLVER\.ADR\.RecipientNotFound; Recipient dana@example\.com not found/);
  });
});

describe('delay notices and out-of-office replies', () => {
  it('calls a Postfix warning-only notice with 4xx codes a delay', () => {
    const report = analyzeText(fixture('postfix-warning-only.txt'));
    expect(report.kind).toBe('delay');
    expect(report.findings[0]).toMatchObject({ recipient: 'bob@example.com', reply: '451', permanent: false, retry: 'later' });
  });
  it.each(['Your message has not yet been delivered. We will keep trying.', 'Delivery has been delayed to the recipient.'])('delay wording: %s', (words) => {
    const report = analyzeText(`${words}\n\nbob@example.com\n451 4.4.1 Connection timed out`);
    expect(report.kind).toBe('delay');
  });
  it('calls a pasted out-of-office an autoreply with no failure', () => {
    const report = analyzeText(fixture('out-of-office.txt'));
    expect(report.kind).toBe('autoreply');
    expect(report.findings.every((f) => f.reason === 'vacation' && f.reply === null && f.status === null && !f.permanent)).toBe(true);
  });
  it.each(["I'm away until 3 June and will reply when I am back.", 'Out of Office: I will be out of the office until Friday.'])('autoreply wording: %s', (text) => {
    expect(analyzeText(text).kind).toBe('autoreply');
  });
});

describe('raw message detection', () => {
  it('reads an .eml whose first headers are Auto-Submitted, Thread-Topic, Content-Class, X-...', async () => {
    const raw = fixture('eml-auto-submitted-first.eml');
    expect(startsWithHeaderBlock(raw)).toBe(true);
    const report = await analyze(raw);
    // Only the raw path knows the bounce's own subject.
    expect(report.subject).toBe('Undelivered Mail Returned to Sender');
    expect(report.findings[0]).toMatchObject({ recipient: 'bob@example.com', status: '5.1.1', reason: 'userunknown' });
  });
  it.each([
    'Status code: 550 5.1.10\nError: 550 5.1.10 x\nSent by: a\n\nbody',
    'Subject: hello\nthis is text\n\nmore',
    'Note: a\nTodo: b\n\nbody',
  ])('does not take a pasted report for a header block: %s', (text) => {
    expect(startsWithHeaderBlock(text)).toBe(false);
  });
  it('accepts folded continuation lines', () => {
    expect(startsWithHeaderBlock('Thread-Index: abc\n def\nX-Trace: 1\nFrom: a@example.com\nSubject: hi\n\nbody')).toBe(true);
  });
});

describe('facts', () => {
  it('puts Exchange\'s Generating server in reportingMta, strips the closing quote, skips a URL\'s host', () => {
    const f = analyzeText(fixture('exchange-generating-server.txt')).findings[0]!;
    expect(f.facts.reportingMta).toBe('mail01.example.org');
    expect(f.facts.remoteHost).not.toBe('mail01.example.org');
    expect(f.evidence).toMatch(/\[mx\.example\.com\]$/);
    expect(f.facts.blocklists).toEqual(['zen.spamhaus.org']);
  });
  it('keeps blocklist zones named as the list', () => {
    expect(readFacts('554 Rejected: listed at b.barracudacentral.org and bl.spamcop.net, see http://www.spamcop.net/bl.shtml', '').blocklists).toEqual(['b.barracudacentral.org', 'bl.spamcop.net']);
  });
});

describe('lookup order', () => {
  it('puts provider entries for an exact status the registry lacks before the subject entry', () => {
    const ids = lookup('4.7.650').map((e) => e.id);
    const subject = ids.findIndex((id) => id.startsWith('status-'));
    const exact = lookup('4.7.650').findIndex((e) => !!e.provider && /\.650$/.test(e.code));
    expect(exact).toBeGreaterThanOrEqual(0);
    expect(subject).toBeGreaterThan(exact);
  });
  it('parses 550-5.7.26 like 550 5.7.26', () => {
    expect(lookup('550-5.7.26').map((e) => e.id)).toEqual(lookup('550 5.7.26').map((e) => e.id));
    expect(lookup('550-5.7.26')[0]?.id).toMatch(/^status-/);
  });
  it('keeps the standard entries first for a status the registry defines', () => {
    const entries = lookup('550 5.7.1');
    expect(entries[0]?.provider).toBeUndefined();
    expect(entries[1]?.provider).toBeUndefined();
    expect(entries[2]?.provider).toBeDefined();
  });
});

describe('prose with field-like lines is not a bounce', () => {
  it('"Action: failed to ship" is a sentence, not a DSN action', () => {
    for (const text of [
      'Project status report\nAction: failed to ship on time\nCustomers: 550 customers in 12 countries\n',
      'Revenue: 550 million. Status: on track.\nThe 5.2.2 section of the bylaws says the mailbox is full of proposals.\nAction: failed to close the deal\n',
    ]) {
      const r = analyzeText(text);
      expect(r.kind, text).toBe('none');
      expect(r.findings, text).toEqual([]);
    }
  });
  it('"Final-Recipient:" and "Diagnostic-Code:" count only as DSN fields write them', () => {
    expect(analyzeText('Notes\nDiagnostic-Code: pending review\nFinal-Recipient: the board\n').kind).toBe('none');
  });
  it('a real DSN action, with or without a comment, still is', () => {
    for (const action of ['failed', 'failed (bad mailbox)']) {
      const r = analyzeText(`Final-Recipient: rfc822; pat@example.com\nAction: ${action}\nStatus: 5.1.1\n`);
      expect(r.kind).toBe('bounce');
      expect(r.findings[0]).toMatchObject({ recipient: 'pat@example.com', status: '5.1.1' });
    }
  });
});

describe('code-less network failures get the standard network status', () => {
  const postfix = (line: string) => analyzeText(`This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n${line}`, { subject: 'Undelivered Mail Returned to Sender' }).findings[0];
  it.each([
    ['<heidi@example.info>: connect to mx.example.info[192.0.2.60]:25: Connection timed out', '4.4.1'],
    ['<heidi@example.info>: connect to mx.example.info[192.0.2.60]:25: Connection refused', '4.4.1'],
    ['<heidi@example.info>: Host or domain name not found. Name service error for name=example.info type=MX: Host not found, try again', '4.4.3'],
  ])('%s -> %s, marked inferred, with the registry entry', (line, status) => {
    const f = postfix(line);
    expect(f).toMatchObject({ recipient: 'heidi@example.info', status, inferred: true, permanent: false });
    expect(f?.entry?.id).toBe(`status-X.${status.slice(2)}`);
  });
});

describe('the recipient count note', () => {
  const bounce = (n: number) => {
    const lines = ['This is the mail system at host mail.example.com.', ''];
    for (let i = 0; i < n; i++) lines.push(`<u${i}@example.com>: host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)`, '');
    return analyzeText(lines.join('\n'), { subject: 'Undelivered Mail Returned to Sender' });
  };
  it('gives the number when it counted them all, a floor when it stopped counting', () => {
    expect(bounce(300).notes).toContain('The bounce names 300 recipients; only the first 200 are explained.');
    const many = bounce(1000);
    expect(many.findings).toHaveLength(200);
    expect(many.notes.join(' ')).toMatch(/names at least \d+ recipients/);
  });
});

describe('recipients a bounce states in other layouts', () => {
  const recipientOf = (text: string, subject?: string) => analyzeText(text, { subject }).findings[0]?.recipient;
  it('a Postfix line refused at MAIL FROM still names its recipient', () => {
    expect(recipientOf('<r@example.com>: host mx.example.com[192.0.2.40] said: 554 5.7.1 blocked by policy (in reply to MAIL FROM command)', 'Undelivered Mail Returned to Sender')).toBe('r@example.com');
  });
  it("Gmail's delay sentence on its own is a delay for that recipient", () => {
    const r = analyzeText("There was a temporary problem delivering your message to ann@example.com. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.");
    expect(r.kind).toBe('delay');
    expect(r.findings[0]).toMatchObject({ recipient: 'ann@example.com', retry: 'later' });
  });
  it("Gmail's delay notice", () => {
    expect(recipientOf("There was a temporary problem delivering your message to ann@example.com. Gmail will retry for 46 more hours.\n\nThe response was:\n421 4.7.0 Try again later", 'Delivery Status Notification (Delay)')).toBe('ann@example.com');
  });
  it('a pasted Postfix log line', () => {
    expect(recipientOf('Dec  3 10:00:00 mail postfix/smtp[123]: 4ABCD: to=<sam@example.com>, relay=mx.example.net[192.0.2.9]:25, delay=1, status=bounced (host mx.example.net[192.0.2.9] said: 550 5.1.1 <sam@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))')).toBe('sam@example.com');
  });
  it('French and German wording', () => {
    expect(recipientOf("Votre message n'a pas pu être délivré à <quentin@example.fr>.\n\n550 5.1.1 Utilisateur inconnu", 'Non remis')).toBe('quentin@example.fr');
    expect(recipientOf('Ihre Nachricht wurde nicht an max@example.de zugestellt.\n\n550 5.1.1 User unknown', 'Nicht zustellbar')).toBe('max@example.de');
  });
  it('but not the sender of a transcript', () => {
    const r = analyzeText('>>> MAIL FROM:<me@example.com>\n<<< 550 5.7.1 Sender rejected', { subject: 'Undelivered Mail Returned to Sender' });
    expect(r.findings.map((f) => f.recipient)).not.toContain('me@example.com');
  });
});

describe('a complaint report says what the complaint is about', () => {
  it('reads Feedback-Type, Source-IP and Reported-Domain (User-Agent is software, not a server)', () => {
    const r = analyzeText('Feedback-Type: abuse\nUser-Agent: ExampleFBL/1.0\nVersion: 1\nOriginal-Rcpt-To: lee@example.com\nSource-IP: 192.0.2.7\nReported-Domain: Example.com\n');
    expect(r.kind).toBe('complaint');
    expect(r.findings[0]).toMatchObject({ recipient: 'lee@example.com', reason: 'feedback' });
    expect(r.findings[0]?.facts).toMatchObject({ feedbackType: 'abuse', sendingIp: '192.0.2.7', reportedDomain: 'example.com' });
    expect(r.findings[0]?.facts.reportingMta).toBeUndefined();
  });
});

describe('second trial', () => {
  const S = { subject: 'Undelivered Mail Returned to Sender' };
  it('an inferred status never credits a provider by its wording', () => {
    const f = analyzeText('<bob@example.info>: connect to mx.example.info[192.0.2.60]:25: Connection timed out', S).findings[0];
    expect(f).toMatchObject({ recipient: 'bob@example.info', status: '4.4.1', inferred: true, provider: null });
    expect(f?.entry?.id).toBe('status-X.4.1');
  });
  it('"mail from" in a reply is words, not the MAIL FROM command: the recipient stays', () => {
    expect(analyzeText('<z@example.com>: host mx.example.com[192.0.2.9] said: 550 5.7.1 mail from sender refused', S).findings[0]?.recipient).toBe('z@example.com');
    expect(analyzeText('<z@example.org>: host gmail-smtp-in.l.google.com[192.0.2.9] said: 550 5.7.26 Unauthenticated email from example.com is not accepted', S).findings[0]?.recipient).toBe('z@example.org');
  });
});

describe('nested replies: a forwarder quoting the server behind it', () => {
  const S = { subject: 'Undelivered Mail Returned to Sender' };
  it('Postfix: the inner 5.1.1 explains it, and the refused command is the one Postfix names', () => {
    const f = analyzeText('This is the mail system at host mail.example.com.\n\n<lee@example.org>: host fwd.example.org[192.0.2.70] said: 550 5.7.1 Delivery to forwarded address failed: remote server mx.example.com[192.0.2.71] said: 550 5.1.1 <lee.real@example.com>: Recipient address rejected: User unknown (in reply to end of DATA command)', S).findings[0];
    expect(f).toMatchObject({ recipient: 'lee@example.org', reply: '550', status: '5.1.1', reason: 'userunknown' });
    expect(f?.entry?.id).toBe('status-X.1.1');
    expect(f?.facts.command).toBe('DATA');
  });
  it('Exim: "Forwarding failed. Remote host X said: 552 5.2.2" is a full mailbox, permanent', () => {
    const f = analyzeText("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  lee@example.org\n    host fwd.example.org [192.0.2.70]\n    SMTP error from remote mail server after end of data:\n    554 5.4.0 Forwarding failed. Remote host mx.example.net said: 552 5.2.2 The mailbox is over quota.", S).findings[0];
    expect(f).toMatchObject({ reply: '552', status: '5.2.2', reason: 'mailboxfull', permanent: true });
  });
});

describe("Exchange Online's code-less 'address not found'", () => {
  it.each([
    ["Your message to paul@example.fr couldn't be delivered.\n\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.", 'Undeliverable: Quote'],
    ["Votre message à paul@example.fr n'a pas pu être remis.\n\nL'adresse e-mail que vous avez entrée est introuvable. Vérifiez l'adresse e-mail du destinataire.", 'Non remis : Devis'],
  ])('%s: a mailbox that does not exist, permanent', (text, subject) => {
    const f = analyzeText(text, { subject }).findings[0];
    expect(f).toMatchObject({ recipient: 'paul@example.fr', status: '5.1.1', reason: 'userunknown', permanent: true, inferred: true });
  });
});

describe('the evidence quotes the server word for word', () => {
  const S = { subject: 'Undelivered Mail Returned to Sender' };
  it('keeps other codes the reply quotes', () => {
    const f = analyzeText('<x@example.com>: host mx.example.com[192.0.2.9] said: 550 5.7.1 Policy: see 550 5.1.1 and 451 4.7.1 docs (in reply to RCPT TO command)', S).findings[0];
    expect(f?.evidence).toContain('550 5.7.1 Policy: see 550 5.1.1 and 451 4.7.1 docs');
  });
  it('still folds the prefix a relaying MTA left inside a joined multi-line reply', () => {
    const f = analyzeText('<x@example.com>: host mx.example.com[192.0.2.9] said: 550-5.7.26 This mail is unauthenticated, which poses a 550-5.7.26 security risk to the sender (in reply to end of DATA command)', S).findings[0];
    expect(f?.evidence).toContain('which poses a security risk');
  });
});

describe('a vague inner status does not replace the DSN status', () => {
  it('Status 4.4.7 (gave up) with an inner "421 4.4.0" stays 4.4.7, expired', () => {
    const t = 'Final-Recipient: rfc822; pat@example.com\nAction: failed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for example.com>\n';
    const f = analyzeText(t, { subject: 'Delivery Status Notification (Failure)' }).findings[0];
    expect(f).toMatchObject({ recipient: 'pat@example.com', status: '4.4.7', reason: 'expired' });
    expect(f?.entry?.id).toBe('status-X.4.7');
  });
});

describe('third trial', () => {
  const mixed = 'From: MAILER-DAEMON@mail.example.com\nTo: a@example.com\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\nFinal-Recipient: rfc822; jörg@example.com\nAction: failed\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; m3@example.net\nAction: delayed\nStatus: 4.2.2\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full\n\nFinal-Recipient: rfc822; m2@example.net\nAction: delivered\nStatus: 2.0.0\n--B--\n';
  it('an internationalised DSN recipient is taken whole, not cut to its ASCII tail', async () => {
    const r = await analyzeMessage(mixed);
    expect(r.findings.map((f) => f.recipient)).toEqual(['jörg@example.com', 'm3@example.net', 'm2@example.net']);
  });
  it('a delivered recipient in a mixed report has nothing to retry', async () => {
    const r = await analyzeMessage(mixed);
    expect(r.findings[2]).toMatchObject({ reason: 'delivered', retry: 'no' });
    expect(r.findings[1]?.facts.action).toBe('delayed');
  });
  it("Outlook's NDR naming a display name: the address comes from the Error line", () => {
    const r = analyzeText("Your message to Carol Smith couldn't be delivered.\n\nCarol wasn't found at example.net.\n\nStatus code: 550 5.1.10\n\nError Details\nError: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient carol.smith@example.net not found by SMTP address lookup", { subject: 'Undeliverable: Budget' });
    expect(r.findings[0]).toMatchObject({ recipient: 'carol.smith@example.net', status: '5.1.10' });
  });
});

describe('the card explains the diagnosis, not a code that contradicts it', () => {
  const S = { subject: 'Undelivered Mail Returned to Sender' };
  it('"550 5.1.1 Mailbox full, quota exceeded": the full-mailbox entry, the 5.1.1 entry related', () => {
    const f = analyzeText('<h@example.net>: host mx.example.net[192.0.2.9] said: 550 5.1.1 Mailbox full, quota exceeded (in reply to RCPT TO command)', S).findings[0];
    expect(f).toMatchObject({ status: '5.1.1', reason: 'mailboxfull' });
    expect(f?.entry?.id).toBe('status-X.2.2');
    expect(f?.related.map((r) => r.id)).toContain('status-X.1.1');
  });
  it('where code and words agree, the code\'s entry', () => {
    const f = analyzeText('<c@example.net>: host mx.example.net[192.0.2.9] said: 550 5.1.1 <c@example.net> User unknown (in reply to RCPT TO command)', S).findings[0];
    expect(f?.entry?.id).toBe('status-X.1.1');
  });
});
