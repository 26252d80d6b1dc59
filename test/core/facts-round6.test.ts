// Round 6 of facts (testers' cases): the sending IP where the refusal names it without the usual words or
// beside the receiving server's own address, Spamhaus's specific lists, SPF/DKIM/DMARC verdicts in the
// refusal's words, Oracle Messaging Server's and GroupWise's lines, and Postfix's code-less broken sessions.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import { readFacts } from '../../src/core/facts';

const POSTFIX_HEAD = "This is the mail system at host out.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n";
const facts = (reply: string, segment = reply) => readFacts(reply, segment);

describe('the sending IP', () => {
  it('is the address the refusal says is listed, not the receiving server named before it', () => {
    const exim = '    host mx.example.org [203.0.113.5]\n    SMTP error from remote mail server after initial connection:\n    550-JunkMail rejected - mail.example.com [192.0.2.10]:41234 is in an RBL:\n';
    expect(facts('550-JunkMail rejected - mail.example.com [192.0.2.10]:41234 is in an RBL', exim)).toMatchObject({ remoteIp: '203.0.113.5', sendingIp: '192.0.2.10' });
    expect(facts('550-rejected because 192.0.2.10 is in a black list at dnsbl.sorbs.net').sendingIp).toBe('192.0.2.10');
    expect(facts('550 5.7.1 Rejected: 192.0.2.10 listed at dnsbl-2.uceprotect.net').sendingIp).toBe('192.0.2.10');
    expect(facts('550 5.7.1 Connection rejected by Trend Micro ERS. 192.0.2.10 is on the ERS blocklist').sendingIp).toBe('192.0.2.10');
    expect(facts('554 5.7.1 192.0.2.10 has been blocked by SBL (https://check.spamhaus.org/listed/?searchterm=192.0.2.10)').sendingIp).toBe('192.0.2.10');
  });

  it('reads the providers that put the client address in their own places', () => {
    expect(facts('554 resimta-po-29v.sys.comcast.net comcast 192.0.2.10 Comcast block for spam.').sendingIp).toBe('192.0.2.10');
    expect(facts('553 5.3.0 flph829 DNSBL:RBL 521< 192.0.2.10 >_is_blocked.For assistance forward this email').sendingIp).toBe('192.0.2.10');
    expect(facts('571 5.7.1 Message refused: rejected by POL-P2. 192.0.2.10 is not allowed').sendingIp).toBe('192.0.2.10');
  });

  it('reads a reverse-DNS refusal past the receiving server\'s address', () => {
    const said = '<jane@example.org>: host mx.example.org[203.0.113.5] said: 550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.10] (in reply to RCPT TO command)';
    expect(facts(said)).toMatchObject({ remoteIp: '203.0.113.5', sendingIp: '192.0.2.10' });
    expect(facts('550 5.7.25 Reverse DNS lookup failed: 192.0.2.10 does not resolve').sendingIp).toBe('192.0.2.10');
    // Outlook's S3140 inside a Postfix "said:" line.
    const s3140 = "<jane@example.org>: host example-org.mail.protection.outlook.com[203.0.113.20] said: 550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).";
    expect(facts(s3140)).toMatchObject({ remoteIp: '203.0.113.20', sendingIp: '192.0.2.10', blocklists: ['S3140'] });
  });

  it('never takes the receiving server\'s own address for the sender\'s', () => {
    const said = '<jane@example.org>: host mx.example.org[192.0.2.5] said: 550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown';
    expect(facts(said).sendingIp).toBeUndefined();
  });
});

describe('Spamhaus lists', () => {
  it('names the list the reply names', () => {
    expect(facts('554 5.7.1 192.0.2.10 has been blocked by SBL (https://check.spamhaus.org/listed/?searchterm=192.0.2.10)').blocklists).toEqual(['Spamhaus SBL']);
    expect(facts('550 5.7.1 Mail from 192.0.2.10 refused, listed in Spamhaus XBL').blocklists).toEqual(['Spamhaus XBL']);
    // No Spamhaus in the reply: an upper-case "CSS" is not a list.
    expect(facts('550 5.7.1 message rejected: CSS in body').blocklists).toBeUndefined();
  });
});

describe('SPF, DKIM and DMARC from the refusal\'s words', () => {
  it('reads DMARC failures', () => {
    expect(facts('550 5.7.1 Email rejected per DMARC policy for example.com').dmarc).toBe('fail');
    expect(facts('550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject.').dmarc).toBe('fail');
    expect(facts("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.").dmarc).toBe('fail');
    expect(facts('550 DMARC check failed.').dmarc).toBe('fail');
    expect(facts('554 5.7.5 Permanent error evaluating DMARC policy').dmarc).toBe('permerror');
  });

  it('reads SPF results as written', () => {
    expect(facts('550 5.7.1 Message rejected: SPF fail - not authorized').spf).toBe('fail');
    expect(facts('550 5.7.1 SPF check failed for example.com').spf).toBe('fail');
    expect(facts('550 5.7.23 The message was rejected because of Sender Policy Framework violation').spf).toBe('fail');
    expect(facts('451 4.7.1 Please try again later: SPF softfail for sender@example.com from 192.0.2.10')).toMatchObject({ spf: 'softfail', sendingIp: '192.0.2.10' });
    expect(facts('550 5.7.1 spf=softfail (sender not designated)').spf).toBe('softfail');
  });

  it('reads DKIM failures, and each mechanism where Gmail lists them', () => {
    expect(facts('550 5.7.1 Rejected by DKIM policy: signature verification failed (body hash did not verify)').dkim).toBe('fail');
    const gmail = '550-5.7.26 Authentication results: DKIM = did not pass SPF [example.com] with ip: [192.0.2.10] = did not pass';
    expect(facts(gmail)).toMatchObject({ dkim: 'fail', spf: 'fail', sendingIp: '192.0.2.10' });
    expect(facts(gmail).dmarc).toBeUndefined();
  });

  it('lets the refusal\'s verdict outrank a quoted Authentication-Results header', () => {
    const segment = 'Authentication-Results: mx.example.com; spf=pass smtp.mailfrom=example.com\n550 5.7.1 SPF check failed';
    expect(facts('550 5.7.1 SPF check failed', segment).spf).toBe('fail');
    // Advice that names the mechanisms is no verdict.
    expect(facts('550 5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.')).not.toHaveProperty('spf');
  });
});

describe('Oracle Messaging Server and GroupWise lines', () => {
  it('reads the remote system and its address from the TCP fields', () => {
    const sun = '  Recipient address: jane@example.org\n  Diagnostic code: smtp;550 5.1.1 unknown or illegal alias: jane@example.org\n  Remote system: dns;mx.example.org (TCP|198.51.100.2|41234|203.0.113.5|25) (mx.example.org ESMTP)\n';
    expect(facts('550 5.1.1 unknown or illegal alias: jane@example.org', sun)).toMatchObject({ remoteHost: 'mx.example.org', remoteIp: '203.0.113.5' });
  });

  it('reads the command of a GroupWise transcript', () => {
    const gw = 'Transcript of session follows:\nCommand: RCPT TO:<jane@example.org>\nResponse: 550 5.1.1 <jane@example.org>... User unknown\n';
    expect(facts('550 5.1.1 <jane@example.org>... User unknown', gw).command).toBe('RCPT TO');
    expect(facts('550 5.7.1 Rejected', 'Command: MAIL FROM:<sender@example.com>\nResponse: 550 5.7.1 Rejected').command).toBe('MAIL FROM');
  });
});

describe('broken sessions', () => {
  it('reads Postfix\'s code-less lost connection and timed-out conversation as network errors (4.4.2)', () => {
    const lost = analyzeText(`${POSTFIX_HEAD}<a1@example.net>: lost connection with mx.example.net[192.0.2.130] while sending RCPT TO\n`);
    expect(lost.findings[0]).toMatchObject({ recipient: 'a1@example.net', reason: 'networkerror', status: '4.4.2' });
    expect(lost.findings[0]!.facts).toMatchObject({ remoteIp: '192.0.2.130', command: 'RCPT TO' });
    expect(lost.findings[0]!.entry?.id).toBe('status-X.4.2');
    const stalled = analyzeText(`${POSTFIX_HEAD}<a2@example.net>: conversation with mx.example.net[192.0.2.131] timed out while sending end of data -- message may be sent more than once\n`);
    expect(stalled.findings[0]).toMatchObject({ recipient: 'a2@example.net', reason: 'networkerror', status: '4.4.2' });
  });

  it('does not read a dropped connection as a block, but still reads a refused one', () => {
    const exchange = analyzeText("Delivery has failed to these recipients or groups:\n\njane@example.org\n\nDiagnostic information for administrators:\n\nGenerating server: mail.example.com\n\njane@example.org\nRemote Server returned '451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to timeout.\" Attempted failover to alternate host, but that did not succeed.'\n");
    expect(exchange.findings[0]).toMatchObject({ recipient: 'jane@example.org', reason: 'networkerror' });
    const refused = analyzeText("Delivery has failed to these recipients or groups:\n\njane@example.org\n\nDiagnostic information for administrators:\n\nRemote Server returned '550 5.7.1 Connection refused by the FortiGuard AntiSpam service'\n");
    expect(refused.findings[0]!.reason).toBe('blocked');
  });
});
