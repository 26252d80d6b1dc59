// Which server refused and which sending address was blocked: the admin acts on these, so they must not
// be swapped (found by a new-user trial: the receiving server's IP was reported as the sender's).
import { describe, expect, it } from 'vitest';
import { readFacts } from '../../src/core/facts';

describe('readFacts', () => {
  it('reads the receiving server from Postfix connect and lost-connection lines', () => {
    const connect = '<c@example.org>: connect to mx.example.org[192.0.2.30]:25: Connection timed out';
    expect(readFacts(connect, connect)).toMatchObject({ remoteHost: 'mx.example.org', remoteIp: '192.0.2.30' });
    expect(readFacts(connect, connect).sendingIp).toBeUndefined();
    const lost = '<e@example.net>: lost connection with mx.example.net[192.0.2.40] while sending end of data';
    expect(readFacts(lost, lost)).toMatchObject({ remoteHost: 'mx.example.net', remoteIp: '192.0.2.40', command: 'DATA' });
  });

  it('names the blocked sending IP of a DNSBL refusal next to the refusing server', () => {
    const reply =
      '554 5.7.1 Service unavailable; Client host [192.0.2.5] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.5';
    const segment = `<bob@example.net>: host mx.example.net[192.0.2.10] said: ${reply} (in reply to RCPT TO command)`;
    expect(readFacts(reply, segment)).toMatchObject({
      remoteHost: 'mx.example.net',
      remoteIp: '192.0.2.10',
      sendingIp: '192.0.2.5',
      blocklists: ['zen.spamhaus.org'],
      command: 'RCPT TO',
    });
  });
});
