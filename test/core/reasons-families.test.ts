// Reason families a tester found misread: 5.7.x replies that fell back to securityerror/systemerror,
// Postfix's access-table refusal read as an unknown user, connection failures read as blocks, code-less
// local-delivery failures, EFBIG, "not accepting messages from <ip>", non-English full-mailbox wording.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import type { Finding } from '../../src/core';

const POSTFIX_HEAD = "This is the mail system at host out.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n";
const LOCAL_HEAD = 'This is the mail system at host box.example.com.\n\n';
const postfix = (rcpt: string, body: string, head = POSTFIX_HEAD) => `${head}<${rcpt}>: ${body}\n`;
const exchange = (rcpt: string, reply: string) =>
  `Delivery has failed to these recipients or groups:\n\n${rcpt}\nYour message wasn't delivered because the recipient's email provider rejected it.\n\nDiagnostic information for administrators:\nGenerating server: SN6PR04MB2222.namprd04.prod.example.com\n${rcpt}\nRemote Server returned '${reply}'\n`;

function first(text: string): Finding {
  const report = analyzeText(text);
  expect(report.findings.length).toBeGreaterThan(0);
  return report.findings[0]!;
}

describe('5.7.x replies read by their words or their provider entry, not the class fallback', () => {
  it('"Service unavailable" before the real reason does not make it a system error', () => {
    const f = first(exchange('wendy@example.net', '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7012)'));
    expect([f.status, f.reason, f.retry]).toEqual(['5.7.708', 'blocked', 'after-fix']);
    expect(f.entry?.id).toBe('microsoft-365-550-5.7.708-ip-not-accepted');
    expect(first(exchange('wendy@example.net', '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.')).reason).toBe('blocked');
  });

  it('a forwarding ban, a banned sender and a busy-server throttle', () => {
    expect(first(exchange('wendy@example.net', '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)')).reason).toBe('policyviolation');
    expect(first(exchange('wendy@example.net', '550 5.7.511 Access denied, banned sender[198.51.100.4]. To request removal from this list please forward this message to delist@example.com.')).reason).toBe('blocked');
    const busy = first(exchange('wendy@example.net', '451 4.7.500 Server busy. Please try again later from [198.51.100.1]. (S77714)'));
    expect([busy.reason, busy.retry]).toEqual(['speeding', 'later']);
  });

  it('Yahoo: a permanent deferral is a block that retrying does not cure; GL01 is its rate limit', () => {
    const tss09 = first(postfix('al@example.com', 'host mta7.am0.yahoodns.net[192.0.2.1] said: 421 4.7.0 [TSS09] All messages\n    from 198.51.100.9 will be permanently deferred; Retrying will NOT succeed.\n    See https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM\n    command)'));
    expect([tss09.reason, tss09.retry]).toEqual(['blocked', 'after-fix']);
    const gl01 = first(postfix('al@example.com', 'host mta7.am0.yahoodns.net[192.0.2.1] said: 421 4.7.0 [GL01] Message from\n    (198.51.100.9) temporarily deferred - 4.16.50. Please refer to\n    https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)'));
    expect([gl01.reason, gl01.retry]).toEqual(['speeding', 'later']);
  });

  it('content, spam-policy, attachment and gateway refusals under 5.7.0/5.7.1', () => {
    const at = (reply: string) => first(postfix('bo@example.net', `host mx.example.net[192.0.2.5] said: ${reply} (in reply to end of DATA command)`)).reason;
    expect(at('554 5.7.1 Message rejected by mx0a-00123456.pphosted.com. Contact your administrator for assistance. Reference: 4abc12 - pps')).toBe('policyviolation');
    expect(at('550 5.7.1 Message rejected due to content restrictions. Sophos reference: ab12cd34')).toBe('contenterror');
    expect(at("550 5.7.1 Your message was rejected by the recipient's content filter")).toBe('contenterror');
    expect(at('550 5.7.0 Message not allowed by spam policy')).toBe('spamdetected');
    expect(at('550 5.7.1 Message rejected because it contains prohibited attachment type (.exe)')).toBe('policyviolation');
  });
});

describe('"Recipient address rejected: Access denied" by status', () => {
  it("Postfix's access(5) refusal under 5.7.1 is a policy, not a missing address", () => {
    const f = first(postfix('lee@example.net', 'host mx.example.net[192.0.2.60] said: 554 5.7.1\n    <lee@example.net>: Recipient address rejected: Access denied (in reply to\n    RCPT TO command)'));
    expect([f.status, f.reason, f.retry]).toEqual(['5.7.1', 'policyviolation', 'after-fix']);
    expect(f.entry?.id).not.toBe('status-X.1.1');
  });
  it("Exchange Online's 5.4.1 (directory-based edge blocking) stays an unknown user", () => {
    const f = first(exchange('victor@example.org', '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN8NAM11FT010.eop-nam11.prod.protection.example.com]'));
    expect([f.status, f.reason]).toEqual(['5.4.1', 'userunknown']);
  });
});

describe('connection failures below SMTP', () => {
  it('a final Postfix bounce for a refused connection means it gave up: expired, not blocked', () => {
    const f = first(postfix('jo@example.org', 'connect to mx.example.org[192.0.2.81]:25: Connection refused'));
    expect(f.reason).toBe('expired');
  });
  it('the same failure in a delay notice is a network error', () => {
    const text = 'This is the mail system at host out.example.com.\n\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n<ivan@example.org>: connect to mx.example.org[192.0.2.80]:25: Connection\n    timed out\n';
    expect(first(text).reason).toBe('networkerror');
    const sendmail = "   ----- The following addresses had transient non-fatal errors -----\n<hugo@example.org>\n\n   ----- Transcript of session follows -----\n<hugo@example.org>... Deferred: Connection timed out with mx.example.org.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n";
    expect(first(sendmail).reason).toBe('networkerror');
  });
  it('a server that refuses to talk naming the sending IP blocks it (not a domain taking no mail)', () => {
    const f = first(postfix('hana@example.net', 'host mx.example.net[192.0.2.9] refused to talk to me: 554\n    5.7.1 mx.example.net ESMTP not accepting messages from 198.51.100.7'));
    expect([f.reason, f.retry]).toEqual(['blocked', 'after-fix']);
  });
});

describe("Postfix's own local delivery", () => {
  it.each([
    'unknown user: "ed"', 'No such user', 'user unknown', 'utilisateur inconnu', 'Benutzer unbekannt', 'usuario desconocido', 'usuário desconhecido',
  ])('%s is an unknown user, not a filter', (words) => {
    const f = first(postfix('ed@box.example.com', words, LOCAL_HEAD));
    expect([f.reason, f.retry]).toEqual(['userunknown', 'no']);
  });
  it('EFBIG on the mailbox file is a full mailbox (local(8) maps it like EDQUOT)', () => {
    const f = first(postfix('fran@box.example.com', 'cannot update mailbox /var/mail/fran for user fran.\n    error writing message: File too large', LOCAL_HEAD));
    expect([f.reason, f.status]).toEqual(['mailboxfull', '5.2.2']);
  });
  it('a message too big for the remote server is still mesgtoobig', () => {
    const f = first(postfix('max@example.net', 'host mx.example.net[192.0.2.61] said: 552 5.3.4 Message\n    size exceeds fixed limit (in reply to end of DATA command)'));
    expect(f.reason).toBe('mesgtoobig');
  });
});

describe('full-mailbox wording in other languages', () => {
  it.each([
    'Postfach voll', 'Das Postfach des Empfängers ist voll (Speicherplatz überschritten).', 'boîte aux lettres pleine. Quota dépassé.', 'Quota dépassé',
    'El buzón del destinatario está lleno', 'A caixa postal do destinatário está cheia', 'メールボックスが容量超過のため配信できませんでした',
  ])('%s', (words) => {
    expect(first(postfix('ed@box.example.com', words)).reason).toBe('mailboxfull');
  });
});
