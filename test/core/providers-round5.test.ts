// Round 5, providers: NetEase's colon codes, Comcast's RL codes, T-Online's and GMX's connection-time
// block replies, Exchange's AuthRequired (a recipient's delivery restriction), and stock wording several
// systems share (Sun/Oracle Messaging Server's "unknown or illegal alias", "rejected per DMARC policy")
// that must not credit one provider without its host names.
// Made-up addresses (example.*) and IPs (192.0.2.x, 198.51.100.x, 203.0.113.x) only.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core';
import { findTokens } from '../../src/core/codes';
import { withoutStockText } from '../../src/core/stock-text';

const postfix = (rcpt: string, host: string, reply: string, cmd = 'RCPT TO') =>
  `From: MAILER-DAEMON@mail.example.com\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<${rcpt}>: host ${host}[203.0.113.5] said: ${reply} (in reply to ${cmd} command)\n`;

const dsn = (rcpt: string, action: string, status: string, diag: string, remote: string) =>
  `From: postmaster@example.com\nTo: sender@example.com\nSubject: Delivery Status Notification\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="BB"\n\n--BB\nContent-Type: text/plain\n\nDelivery to the following recipient failed.\n\n   ${rcpt}\n\n--BB\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; ${rcpt}\nAction: ${action}\nStatus: ${status}\nRemote-MTA: dns; ${remote}\nDiagnostic-Code: smtp; ${diag}\n\n--BB--\n`;

const one = (text: string) => {
  const r = analyzeText(text);
  expect(r.findings).toHaveLength(1);
  return r.findings[0]!;
};

describe('NetEase colon codes', () => {
  it('extracts NetEase tokens and nothing from ordinary colons', () => {
    expect(findTokens('554 DT:SPM 163 mx14,QMCow,1700000000 http://mail.163.com/help/help_spam_16.htm')).toContain('DT:SPM');
    expect(findTokens('421 HL:ICC 163 mx14')).toContain('HL:ICC');
    expect(findTokens('550 MI:SPF 163 mx3')).toContain('MI:SPF');
    // Subjects, headers, times and lower-case labels are not codes.
    expect(findTokens('Re: Quote at 10:30, To: jane@example.org, dt:spm, MI:SPFX, HL:IC')).toEqual([]);
  });

  it('reads 554 DT:SPM as spam, from the NetEase card', () => {
    const f = one(dsn('jane@example.cn', 'failed', '5.0.0', '554 DT:SPM 163 mx14,QMCowAD3dxB,1700000000 http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10&hostid=mx14&time=1700000000', 'mx01.mxmail.netease.com'));
    expect(f.reason).toBe('spamdetected');
    expect(f.permanent).toBe(true);
    expect(f.provider).toBe('netease');
    expect(f.entry?.id).toBe('netease-554-DT:SPM');
  });

  it('gives 451 DT:SPM the temporary card', () => {
    const f = one(postfix('jane@example.cn', 'mx01.mxmail.netease.com', '451 DT:SPM 163 mx14,QMCowAD3dxB,1700000000, please try again http://mail.163.com/help/help_spam_16.htm', 'end of DATA'));
    expect(f.entry?.id).toBe('netease-451-DT:SPM');
    expect(f.permanent).toBe(false);
  });

  it('reads MI:SPF as an authentication failure and RP:TRC as a sending limit', () => {
    const spf = one(postfix('jane@example.cn', 'mx01.mxmail.netease.com', '550 MI:SPF 163 mx14,QMCowAD3dxB,1700000000 http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10', 'MAIL FROM'));
    expect(spf.reason).toBe('authfailure');
    expect(spf.entry?.id).toBe('netease-550-MI:SPF');
    const trc = one(postfix('jane@example.cn', 'mx01.mxmail.netease.com', '550 RP:TRC 163 smtp3,DdGowAB,1700000000'));
    expect(trc.entry?.id).toBe('netease-550-RP:TRC');
    expect(trc.reason).toBe('speeding');
  });

  it('finds the HL:ICC card on a delay', () => {
    const f = one(dsn('jane@example.cn', 'delayed', '4.0.0', '421 HL:ICC 163 mx14 http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10&hostid=mx14', 'mx01.mxmail.netease.com'));
    expect(f.entry?.id).toBe('netease-421-HL:ICC');
    expect(f.permanent).toBe(false);
  });
});

describe('Comcast RL codes', () => {
  it('finds the rate-limit card by its token', () => {
    const f = one(dsn('jane@example.net', 'delayed', '4.0.0', '421 resimta-ch2-18v.sys.comcast.net comcast 192.0.2.10 Too many sessions opened RL000001', 'mx1.comcast.net'));
    expect(f.entry?.id).toBe('comcast-RL000001');
    expect(f.provider).toBe('comcast');
    expect(f.permanent).toBe(false);
  });
});

describe('T-Online and GMX connection-time blocks', () => {
  it('reads T-Online (BL) as its own block list', () => {
    const f = one(dsn('jane@example.de', 'failed', '5.0.0', '554 IP=192.0.2.10 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)', 'mx00.t-online.de'));
    expect(f.entry?.id).toBe('t-online-554-bl');
    expect(f.reason).toBe('blocked');
  });

  it('reads T-Online (NOWL) as missing reputation', () => {
    const f = one(postfix('jane@example.de', 'mx03.t-online.de', '554 IP=192.0.2.10 - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)', 'CONNECT'));
    expect(f.entry?.id).toBe('t-online-554-nowl');
  });

  it('reads GMX "IP address is black listed" as the IP-based refusal', () => {
    const f = one(dsn('jane@example.de', 'failed', '5.0.0', '554-gmx.net (mxgmx014) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is black listed. 554 For explanation visit https://www.gmx.net/mail/senderguidelines?ip=192.0.2.10&c=bl', 'mx00.emig.gmx.net'));
    expect(f.entry?.id).toBe('united-internet-554-policy-ip-based');
    expect(f.reason).toBe('blocked');
  });
});

describe('stock wording shared by several systems credits no provider', () => {
  it('strips the shared phrases', () => {
    expect(withoutStockText('550 5.1.1 unknown or illegal alias: jane@example.org')).not.toMatch(/illegal alias/);
    expect(withoutStockText('550 5.7.1 Email rejected per DMARC policy for example.com')).not.toMatch(/dmarc policy/i);
  });

  it('does not name Apple for a Messaging Server reply from another host', () => {
    const f = one(postfix('jane@example.org', 'mx.example.org', '550 5.1.1 unknown or illegal alias: jane@example.org'));
    expect(f.reason).toBe('userunknown');
    expect(f.provider).toBeFalsy();
    expect(f.facts.organisation).toBeUndefined();
  });

  it('still names Apple when its hosts are in the reply', () => {
    const f = one(postfix('jane@example.org', 'mx01.mail.icloud.com', '550 5.1.1 <jane@example.org>: unknown or illegal alias: jane@example.org'));
    expect(f.provider).toBe('apple-icloud');
  });

  it('does not name Zoho for a DMARC refusal from another host', () => {
    const f = one(postfix('jane@example.org', 'mx.example.org', '550 5.7.1 Email rejected per DMARC policy for example.com', 'end of DATA'));
    expect(f.reason).toBe('authfailure');
    expect(f.provider).toBeFalsy();
  });
});

describe('Exchange RESOLVER.RST.AuthRequired', () => {
  it('explains the delivery restriction, not the receive connector', () => {
    const f = one(dsn('team@example.org', 'failed', '5.7.1', '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]', 'BN8NAM12HT012.eop-nam12.prod.protection.outlook.com'));
    expect(f.reason).toBe('securityerror');
    const text = JSON.stringify(f.entry);
    expect(text).toMatch(/Require that all senders are authenticated/i);
    expect(text).not.toMatch(/anonymous users on the internet-facing receive connector/i);
  });
});
