// Round 7 (testers' cases): content and URL-filter refusals, DMARC/SPF wording under other statuses, Exim's
// code-less final notices, Verizon's "<IP> is not allowed", a list refusal under 5.7.1, recipients in pastes
// that lost their line breaks, and the evidence of Microsoft's and webmail-flattened Postfix notices.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';

const one = (text: string) => analyzeText(text).findings[0]!;
const EXIM_PERMANENT = (rcpt: string, body: string) =>
  `This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  ${rcpt}\n${body}\n`;

describe('refusals for what the message holds', () => {
  it('reads "rejected due to its content" as a content refusal with the content card', () => {
    const f = one('554 5.7.1 Message rejected due to its content');
    expect(f.reason).toBe('contenterror');
    expect(f.entry).toMatchObject({ id: 'status-X.7.1', code: '5.7.1', variant: 'contenterror', title: 'Refused because of what the message contains' });
  });

  it('reads a URL block-list hit as spam, with the 5.7.1 spam card', () => {
    const f = one('554 5.7.1 This message has been blocked because it contains FortiGuard - AntiSpam blocking URL(s).');
    expect(f.reason).toBe('spamdetected');
    expect(f.entry?.title).toBe('Refused as spam');
    expect(one('550 5.7.1 Message contains a blacklisted URL').reason).toBe('spamdetected');
  });
});

describe('sender authentication under other statuses', () => {
  it('reads an error evaluating DMARC as an authentication failure, with the X.7.26 card', () => {
    const f = one('554 5.7.5 Permanent error evaluating DMARC policy');
    expect(f.reason).toBe('authfailure');
    expect(f.entry?.code).toBe('5.7.26');
  });

  it('reads an SPF softfail as an authentication failure (temporary card)', () => {
    const f = one('451 4.7.1 SPF softfail for sender@example.com');
    expect(f.reason).toBe('authfailure');
    expect(f.permanent).toBe(false);
    expect(f.entry?.code).toBe('4.7.26');
  });
});

describe("Exim's code-less final notices", () => {
  it('gives a host that kept failing the permanent expiry card', () => {
    const f = one(EXIM_PERMANENT('a@example.org', '    retry time not reached for any host after a long failure period'));
    expect(f).toMatchObject({ recipient: 'a@example.org', reason: 'expired', status: '5.4.7', permanent: true, inferred: true });
    expect(f.entry?.code).toBe('5.4.7');
  });

  it("gives cPanel's discarded message over the hourly limit the permanent rate-limit card", () => {
    const f = one(EXIM_PERMANENT('a@example.org', '    Domain example.com has exceeded the max emails per hour (100/100 (100%)) allowed.  Message discarded.'));
    expect(f).toMatchObject({ reason: 'speeding', status: '5.7.0', permanent: true });
    expect(f.entry?.code).toBe('5.7.0');
  });
});

describe('the sending address refused by name', () => {
  it('reads "<IP> is not allowed" as a block of the sending IP', () => {
    const f = one('554 5.7.1 Message refused: rejected by POL-P2 http://www.example.net/whitelist. 192.0.2.10 is not allowed');
    expect(f.reason).toBe('blocked');
    expect(f.facts.sendingIp).toBe('192.0.2.10');
  });

  it("leaves SPF's \"is not allowed to send mail from\" to authentication", () => {
    expect(one('550 5.7.1 SPF check failed: 192.0.2.10 is not allowed to send mail from example.com').reason).toBe('authfailure');
  });
});

describe('a list or group refusal under 5.7.1', () => {
  it('gets the X.7.2 card', () => {
    const f = one('550 5.7.1 <team@example.org>: Google Groups: You do not have permission to post to this group');
    expect(f.reason).toBe('rejected');
    expect(f.entry?.code).toBe('5.7.2');
  });
});

describe('recipients in pastes that lost their layout', () => {
  it("finds Postfix's entry run into the line before it", () => {
    const f = one('The mail system <jane@example.org>: host mx.example.org[203.0.113.5] said: 550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)');
    expect(f).toMatchObject({ recipient: 'jane@example.org', reason: 'userunknown', status: '5.1.1' });
  });

  it("finds the address in Gmail's Japanese notice", () => {
    const f = one('アドレスが見つかりません\nメッセージは tanaka@example.co.jp に配信されませんでした。アドレスが見つからないか、メールを受信できないアドレスです。\n\nサーバーからの応答: 550 5.1.1 The email account that you tried to reach does not exist.');
    expect(f.recipient).toBe('tanaka@example.co.jp');
  });
});

describe('what the server said', () => {
  it("prefers Microsoft's Error: line to the codes-only Status code line above an Error Details heading", () => {
    const ndr = [
      'Your message to buyer@example.org couldn\'t be delivered.', '', 'More Info for Email Admins', 'Status code: 550 5.7.1', '', 'Error Details',
      'Error: 550 5.7.1 Service unavailable, Client host [192.0.2.55] blocked using Spam filter; message rejected as spam', 'Message rejected by: mx1.example.org', '',
      'Reporting-MTA: dns;mail.example.com', '', 'Final-Recipient: rfc822;buyer@example.org', 'Action: failed', 'Status: 5.7.1',
      'Diagnostic-Code: smtp;550 5.7.1 Service unavailable, Client host [192.0.2.55] blocked using Spam filter; message rejected as spam', '',
    ].join('\n');
    expect(one(ndr).evidence).toMatch(/^550 5\.7\.1 Service unavailable, Client host \[192\.0\.2\.55\] blocked/);
  });

  it("joins a Postfix reply whose continuation lines lost their indentation, and keeps each recipient's own", () => {
    const flat = [
      'The mail system', '',
      '<alice@example.net>: host mx.example.net[192.0.2.10] said: 550 5.1.1', '<alice@example.net>: Recipient address rejected: User unknown in virtual', 'mailbox table (in reply to RCPT TO command)', '',
      '<bob@example.org>: host mx.example.org[192.0.2.11] said: 552 5.2.2', '<bob@example.org>: Mailbox full, quota exceeded (in reply to RCPT TO', 'command)', '',
    ].join('\n');
    const [a, b] = analyzeText(flat).findings;
    expect(a!.evidence).toBe('550 5.1.1 <alice@example.net>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)');
    expect(b!.evidence).toBe('552 5.2.2 <bob@example.org>: Mailbox full, quota exceeded (in reply to RCPT TO command)');
  });

  it('reads each recipient its own reply where the code stands alone at the end of "said:"', () => {
    const text = [
      'The mail system', '',
      '<a@example.jp>: host mx.example.jp[192.0.2.22] said: 550 5.2.1', '    <a@example.jp>... User Unknown (in reply to RCPT TO command)', '',
      '<b@example.jp>: host mx.example.jp[192.0.2.22] said: 550', '    5.2.2 <b@example.jp>... Mailbox Full (in reply to RCPT TO', '    command)', '',
    ].join('\n');
    const [, b] = analyzeText(text).findings;
    expect(b!.evidence).toBe('550 5.2.2 <b@example.jp>... Mailbox Full (in reply to RCPT TO command)');
    expect(b!.reason).toBe('mailboxfull');
  });
});

describe('the CLI text line for a final bounce after retries', () => {
  const run = async (stdin: string) => {
    const { main } = await import('../../src/cli/main');
    const out: string[] = [];
    await main(['explain', '-'], { stdout: (s) => out.push(s), stderr: () => {}, readStdin: async () => stdin });
    return out.join('\n').split('\n').find((l) => l.trim().startsWith('reason:')) ?? '';
  };

  it('reads correctly when the notice calls giving up a permanent error', async () => {
    const line = await run(EXIM_PERMANENT('a@example.org', '    retry time not reached for any host after a long failure period'));
    expect(line).toContain('reason: expired; permanent: your mail server retried and then gave up; who acts:');
  });

  it('reads correctly for a temporary code in a final bounce, and for a plain permanent refusal', async () => {
    expect(await run('This is the mail system at host mail.example.com.\n\n<bob@example.com>: host mx.example.com[192.0.2.40] said: 421 4.7.0 Too many connections, try again later (in reply to end of DATA command)\n'))
      .toMatch(/; temporary, but your mail server already retried and gave up; who acts: /);
    expect(await run('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown')).toMatch(/reason: userunknown; permanent; retry: no; who acts: /);
  });
});
