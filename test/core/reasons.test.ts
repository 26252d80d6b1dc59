import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import { reasonModules } from '../../src/core/reasons';
import { classify, statusReason } from '../../src/core/classify';
import { REASONS } from '../../src/data/schema';

// One typical wording per module; each module must recognise its own sample.
const SAMPLES: Record<keyof typeof reasonModules, string> = {
  authfailure: 'message rejected: DMARC check failed for example.net', badreputation: 'rejected due to low reputation of the sending domain',
  blocked: 'client host [192.0.2.1] blocked using zen.spamhaus.org', contenterror: 'invalid MIME structure in message',
  exceedlimit: 'message header size exceeds limit', expired: 'retry timeout exceeded', failedstarttls: 'STARTTLS negotiation failed',
  filtered: 'message rejected due to user rules', hasmoved: 'alice@example.com has been replaced by alice@example.net',
  hostunknown: 'Host or domain name not found', mailboxfull: 'mailbox is full', mailererror: 'command died with status 1',
  mesgtoobig: 'message size exceeds fixed maximum message size', networkerror: 'no route to host', norelaying: 'relay access denied',
  notaccept: 'domain does not accept mail (nullMX)', notcompliantrfc: 'message is not RFC 5322 compliant', policyviolation: 'rejected due to local policy',
  rejected: 'sender address rejected: domain not found', requireptr: 'client host rejected: cannot find your hostname',
  securityerror: 'authentication required', spamdetected: 'message detected as spam', speeding: 'rate limited, try again later',
  suppressed: 'address is on the suppression list', suspend: 'account has been suspended', syntaxerror: 'syntax error in parameters',
  systemerror: 'local configuration error', systemfull: 'mail system full', toomanyconn: 'too many connections from your host',
  userunknown: 'no such user here', vacation: 'I am out of the office', virusdetected: 'virus detected in attachment',
};

describe('reason modules', () => {
  for (const [name, mod] of Object.entries(reasonModules)) {
    it(`${name} recognises its wording and is a Sisimai reason`, () => {
      expect(REASONS).toContain(mod.reason);
      expect(mod.test(SAMPLES[name as keyof typeof reasonModules])).toBe(true);
    });
  }
  it('a plain greeting matches no reason', () => {
    expect(Object.values(reasonModules).filter((m) => m.test('Hello, see you tomorrow at lunch'))).toEqual([]);
  });
});

describe('classify', () => {
  it('status table, class-specific', () => {
    expect(statusReason('5.2.2')).toBe('mailboxfull');
    expect(statusReason('4.7.1')).toBe('blocked');
    expect(statusReason('5.7.26')).toBe('authfailure');
    expect(statusReason('5.9.9')).toBeNull();
  });
  it('wording beats a generic status; a specific status holds', () => {
    expect(classify({ diagnostic: '550 user unknown', status: '5.0.0', reply: '550', command: 'RCPT TO' })).toBe('userunknown');
    expect(classify({ diagnostic: '552 sorry', status: '5.2.2', reply: '552' })).toBe('mailboxfull');
    expect(classify({ diagnostic: '250 ok', status: '2.0.0', reply: '250' })).toBe('delivered');
    expect(classify({ diagnostic: '', status: null, reply: null })).toBe('undefined');
  });
});

describe('a DNS lookup that failed for now is not a domain that does not exist', () => {
  const postfix = (tail: string) =>
    `This is the mail system at host mail.example.com.\n\n<heidi@example.info>: Host or domain name not found. Name service error for name=example.info type=MX: ${tail}`;
  it('"Host not found, try again" (SERVFAIL, timeout) is a network error, temporary', () => {
    const f = analyzeText(postfix('Host not found, try again'), { subject: 'Undelivered Mail Returned to Sender' }).findings[0];
    expect(f?.reason).toBe('networkerror');
    expect(f?.permanent).toBe(false);
  });
  it('"Host not found" alone (NXDOMAIN) stays hostunknown', () => {
    const f = analyzeText(postfix('Host not found'), { subject: 'Undelivered Mail Returned to Sender' }).findings[0];
    expect(f?.reason).toBe('hostunknown');
  });
});
