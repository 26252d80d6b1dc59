// A reply in the standard RFC 5321 wording ("501 Syntax error in parameters or arguments") says nothing of
// who sent it; the bounce line around it does: "host mta5.am0.yahoodns.net[...] said: ...". With the
// provider's server named, the card explains what that provider means by the stock reply; from any other
// server the same reply keeps the standard entry. Made-up recipients (example.com) and IPs (192.0.2.x);
// the host names are the providers' public MX names, the facts these entries are keyed by.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import { analyzeInTwoPasses } from '../../src/content/two-pass';
import { dataset } from '../../src/data';
import type { ProviderFile } from '../../src/data/schema';
import { buildProviderIndex } from '../../scripts/provider-index-source';

const line = (host: string, reply: string, command = 'RCPT TO') =>
  `<pat@example.com>: host ${host}[192.0.2.40] said: ${reply} (in reply to ${command} command)`;

const YAHOO = 'mta6.am0.yahoodns.net';
const YANDEX = 'mx.yandex.net';
const OTHER = 'mx.example.net';

// [reply as the server wrote it, host, entry id, reason of the finding]
const CASES: [string, string, string, string][] = [
  ['421 Service not available, closing transmission channel', YAHOO, 'yahoo-421-service-not-available', 'expired'],
  ['451 4.3.2 Internal server error', YAHOO, 'yahoo-451-4.3.2-internal-error', 'notaccept'],
  ['452 temporary domain failure <pat@example.com>', YAHOO, 'yahoo-452-temporary-domain-failure', 'expired'],
  ['501 Syntax error in parameters or arguments', YAHOO, 'yahoo-501-syntax-error', 'syntaxerror'],
  ['550 relaying denied for <pat@example.com>', YAHOO, 'yahoo-550-relaying-denied', 'norelaying'],
  // The code alone says only "mail system" (X.3.0); Yandex's own entry for the reply reads it as a refusal.
  ['551 5.3.0 Unknown error', YANDEX, 'yandex-551-5.3.0-unknown-error', 'rejected'],
];

describe('stock replies explained by the provider whose server sent them', () => {
  it.each(CASES)('%s from %s', (reply, host, id, reason) => {
    const f = analyzeText(line(host, reply), { subject: 'Undelivered Mail Returned to Sender' }).findings[0];
    expect(f?.entry?.id).toBe(id);
    expect(f?.entry?.kind).toBe('provider');
    expect(f?.reason).toBe(reason);
    expect(f?.recipient).toBe('pat@example.com');
  });

  it.each(CASES)('%s from a server of no known provider keeps the standard entry', (reply) => {
    const f = analyzeText(line(OTHER, reply), { subject: 'Undelivered Mail Returned to Sender' }).findings[0];
    expect(f?.entry?.kind).not.toBe('provider');
    expect(f?.provider).toBeNull();
    // The code is still read and explained by the registry.
    expect(f?.entry?.id).toMatch(/^(?:reply|status)-/);
  });

  it('a Yahoo 421 with its own wording keeps its own entry, not the stock one', () => {
    const f = analyzeText(line(YAHOO, '421 Max message per connection reached, closing transmission channel'), { subject: 'Undelivered Mail Returned to Sender' }).findings[0];
    expect(f?.entry?.id).toBe('yahoo-421-max-messages-per-connection');
  });

  it('a basic code alone does not pick one of the provider\'s entries for an unrelated reply', () => {
    // Yahoo's file has a 550 entry (relaying denied); a full mailbox behind a Yahoo host is not that.
    const full = analyzeText(line(YAHOO, '550 5.2.2 <pat@example.com>... Mailbox Full'), { subject: 'Undelivered Mail Returned to Sender' }).findings[0];
    expect(full?.entry?.id).not.toBe('yahoo-550-relaying-denied');
    expect(full?.reason).toBe('mailboxfull');
    const unknown = analyzeText(line(YAHOO, '550 5.1.1 <pat@example.com>... User Unknown'), { subject: 'Undelivered Mail Returned to Sender' }).findings[0];
    expect(unknown?.entry?.id).not.toBe('yahoo-550-relaying-denied');
    expect(unknown?.reason).toBe('userunknown');
  });

  it("the content script's two passes give the same reports", async () => {
    const index = buildProviderIndex();
    const files = new Map<string, ProviderFile>(dataset.providers.map((p) => [p.id, p]));
    for (const [reply, host] of CASES) {
      for (const h of [host, OTHER]) {
        const text = line(h, reply);
        const ctx = { subject: 'Undelivered Mail Returned to Sender' };
        const report = await analyzeInTwoPasses(index, text, ctx, async (id) => files.get(id)!);
        expect(report, text).toEqual(analyzeText(text, ctx));
      }
    }
  });
});

describe('a blocklist named only by its organisation', () => {
  const eop = '550 5.7.1 Service unavailable, Client host [192.0.2.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.7 [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]';
  const subject = { subject: 'Undelivered Mail Returned to Sender' };
  it("Microsoft's refusal 'blocked using Spamhaus' gets Microsoft's own entry, not the ZEN list's", () => {
    const f = analyzeText(line('example-com.mail.protection.outlook.com', eop, 'MAIL FROM'), subject).findings[0];
    expect(f?.entry?.id).toBe('microsoft-365-550-5.7.1-spamhaus-ip');
  });
  it('an unknown server saying the same names no Microsoft entry; a named list keeps its entry', () => {
    const plain = analyzeText(line(OTHER, '550 5.7.1 Service unavailable, Client host [192.0.2.7] blocked using Spamhaus'), subject).findings[0];
    expect(plain?.entry?.id).toBe('spamhaus-zen.spamhaus.org');
    const sbl = analyzeText(line(OTHER, '554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using sbl.spamhaus.org'), subject).findings[0];
    expect(sbl?.entry?.id).toBe('spamhaus-sbl.spamhaus.org');
    const zen = analyzeText(line('example-com.mail.protection.outlook.com', '550 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org'), subject).findings[0];
    expect(zen?.entry?.id).toBe('spamhaus-zen.spamhaus.org');
  });
});
