// A finding's reply, status, reason, card (entry) and advice come from one reply and agree with each other.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';

const brief = (t: string) => analyzeText(t).findings.map((f) => [f.recipient, f.reply, f.status, f.reason, f.entry?.reason ?? null]);

describe('replies without a recipient', () => {
  it('several different replies: one finding per reply, each coherent', () => {
    expect(brief('550 5.1.1 User unknown\n552 5.2.2 Mailbox full\n')).toEqual([
      [null, '550', '5.1.1', 'userunknown', 'userunknown'],
      [null, '552', '5.2.2', 'mailboxfull', 'mailboxfull'],
    ]);
    const [a, b] = analyzeText('550 5.1.1 User unknown\n552 5.2.2 Mailbox full\n').findings;
    expect(a!.evidence).toBe('550 5.1.1 User unknown');
    expect(b!.evidence).toBe('552 5.2.2 Mailbox full');
  });

  it('the lines of one multi-line reply stay one finding', () => {
    const r = analyzeText('The response was:\n\n550-5.7.1 [192.0.2.1] Our system has detected that this message is\n550-5.7.1 likely unsolicited mail.\n550 5.7.1 https://support.google.com/mail/answer/188131 - gsmtp\n');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.reason).toBe('spamdetected');
  });
});

describe('several attempts for one recipient', () => {
  it('the permanent answer on a later line is the final one', () => {
    const r = analyzeText(
      '<same@example.com>: host mx1.example.com[192.0.2.10] said: 451 4.3.0 Temporary lookup failure (in reply to RCPT TO command)\n' +
        '<same@example.com>: host mx2.example.com[192.0.2.11] said: 550 5.1.1 User unknown (in reply to RCPT TO command)',
    );
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect([f.recipient, f.reply, f.status, f.reason, f.permanent, f.retry]).toEqual(['same@example.com', '550', '5.1.1', 'userunknown', true, 'no']);
    expect(f.entry?.reason).toBe('userunknown');
    expect(f.evidence).not.toMatch(/451|mx2/);
  });
});

describe('provider entries matched by codes alone yield to the words', () => {
  const exchange = (reply: string) => `Delivery has failed to these recipients or groups:\n\nben@example.org\nRemote Server returned '${reply}'`;

  it('Exchange 5.7.1 with spam or blocklist words is not "relay refused"', () => {
    for (const [reply, reason] of [
      ['550 5.7.1 Message rejected as spam by Content Filtering.', 'spamdetected'],
      ['550 5.7.1 Message rejected: sender IP 192.0.2.5 is listed on a blocklist.', 'blocked'],
    ] as const) {
      const f = analyzeText(exchange(reply)).findings[0]!;
      expect(f.reason).toBe(reason);
      expect(f.entry?.id).not.toBe('exchange-server-5.7.1-relay-denied');
      expect(f.entry?.reason).not.toBe('norelaying');
    }
  });

  it('its own wording still picks the Exchange entry', () => {
    const f = analyzeText(exchange('550 5.7.1 Unable to relay')).findings[0]!;
    expect([f.reason, f.provider, f.entry?.id]).toEqual(['norelaying', 'exchange-server', 'exchange-server-5.7.1-relay-denied']);
  });

  it("one Office 365 notice: each recipient is read with the notice's generating server", () => {
    const text = [
      'Delivery has failed to these recipients or groups:',
      '',
      'a@example.org',
      'Some text.',
      '',
      'b@example.org',
      'Some text.',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com',
      '',
      'a@example.org',
      "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied'",
      '',
      'b@example.org',
      "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied'",
      '',
    ].join('\n');
    const providers = analyzeText(text).findings.map((f) => [f.recipient, f.provider]);
    expect(providers).toEqual([
      ['a@example.org', 'microsoft-365'],
      ['b@example.org', 'microsoft-365'],
    ]);
  });
});

describe('reason and card agree', () => {
  it("Exchange's SMTPSEND.DNS.NonExistentDomain is an unknown host, whatever the template says", () => {
    const f = analyzeText(
      "Delivery has failed to these recipients or groups:\n\nben@example.org\nThe e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.\n\n" +
        'Diagnostic information for administrators:\n\nGenerating server: mail.example.net\n\nben@example.org\n#554 5.4.4 SMTPSEND.DNS.NonExistentDomain ##\n',
    ).findings[0]!;
    expect([f.reason, f.entry?.reason]).toEqual(['hostunknown', 'hostunknown']);
  });

  it('a generic status (5.0.0) lets the words pick the card', () => {
    const f = analyzeText(
      'Reporting-MTA: dns; mail.example.net\n\nFinal-Recipient: rfc822; ben@example.org\nAction: failed\nStatus: 5.0.0\n' +
        'Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=example.org type=A: Host not found\n',
    ).findings[0]!;
    expect([f.status, f.reason, f.entry?.reason, f.entry?.code]).toEqual(['5.0.0', 'hostunknown', 'hostunknown', '5.1.2']);
  });

  it("a provider's own entry saying the address does not exist stands when the command is unknown", () => {
    const f = analyzeText('550 Message was not accepted -- invalid mailbox. Local mailbox x@example.ru is unavailable: user not found').findings[0]!;
    expect([f.reason, f.party, f.entry?.reason]).toEqual(['userunknown', 'sender', 'userunknown']);
  });
});

describe('code-less final notices', () => {
  const exim = (line: string) =>
    'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n' +
    `recipients. This is a permanent error. The following address(es) failed:\n\n  ff@example.com\n    ${line}\n`;

  it("Exim's 'all relevant MX records point to non-existent hosts' is a permanent unknown host", () => {
    const f = analyzeText(exim('all relevant MX records point to non-existent hosts')).findings[0]!;
    expect([f.reason, f.permanent, f.status, f.entry?.reason]).toEqual(['hostunknown', true, '5.1.2', 'hostunknown']);
  });

  it("Exim's 'retry timeout exceeded' is expired, final, with its card", () => {
    const f = analyzeText(exim('retry timeout exceeded')).findings[0]!;
    expect([f.reason, f.permanent, f.status, f.entry?.id, f.retry]).toEqual(['expired', true, '5.4.7', 'status-X.4.7', 'later']);
    expect(f.inferred).toBe(true);
  });

  it("Gmail's 'did not accept our requests to connect' gets the network card", () => {
    const f = analyzeText(
      "Message not delivered yet\n\nThere was a temporary problem delivering your message to ff@example.com. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.\n\n" +
        'The response was:\nThe recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.com. 192.0.2.1: timed out]\n',
    ).findings[0]!;
    expect([f.status, f.entry?.id]).toEqual(['4.4.1', 'status-X.4.1']);
  });

  it("Postfix's 'server refused to talk to me' is an answer, not a failed connection", () => {
    const f = analyzeText(
      'Final-Recipient: rfc822; ben@example.org\nAction: failed\nStatus: 4.0.0\nDiagnostic-Code: X-Postfix; delivery temporarily suspended: connect to\n    mx.example.org[192.0.2.232]: server refused to talk to me: 421\n    Service not available, closing transmission channel\n',
    ).findings[0]!;
    expect(f.entry?.id).not.toBe('status-X.4.1');
  });
});
