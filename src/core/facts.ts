// Facts stated in a bounce: which server refused, at which SMTP command, which blocklist, what SPF,
// DKIM and DMARC said. Each is read only when written; nothing is guessed.
import type { Facts } from './types';
import { gatedExec, gatedTest, mayMatch } from './union';

/** The receiving server named with its address: Postfix's "host X[ip] said", "connect to X[ip]", "lost
 *  connection with X[ip]", "conversation with X[ip]", "not offered by host X[ip]". Postfix folds long lines,
 *  so the name may stand on the next line ("offered by host\n    mx.example.com[192.0.2.1]"). */
const HOST_SAID = /(?:\bhost|\bconnect to|\blost connection with|\bconversation with)[ \t]{0,3}\n?[ \t]{1,8}([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})\.?[ \t]{0,3}\[([0-9a-f.:]{3,45})\]/i;
const TALKING_TO = /while talking to ([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})\.?/i;
// Microsoft 365's notice names the refusing server under "Message rejected by:", its value after a tab or, in a
// table flattened one cell per line, on the next line.
const REMOTE_SERVER = /(?:Remote[ -](?:server|host|MTA)|Receiving server|Message rejected by)[ \t]{0,3}:[ \t]{0,3}\n?[ \t]{0,3}(?:dns;[ \t]{0,3})?\[?([a-z0-9][a-z0-9.-]{0,252}\.[a-z0-9]{2,63})\]?(?:[ \t]{0,3}\[?\(?([0-9]{1,3}(?:\.[0-9]{1,3}){3})\]?\)?)?/i;
/** Oracle / Sun Messaging Server's human-readable "Remote system: dns;mx.example.org (TCP|...)": read only where
 *  no other form names the server (its DSN part's Remote-MTA, where present, is the machine-readable field). */
const REMOTE_SYSTEM = /Remote system[ \t]{0,3}:[ \t]{0,3}(?:dns;[ \t]{0,3})?([a-z0-9][a-z0-9.-]{0,252}\.[a-z0-9]{2,63})\b/i;
/** Oracle / Sun Messaging Server's "Remote system: dns;mx.example.org (TCP|local ip|local port|remote ip|remote
 *  port)": the fourth field is the receiving server's address (the second is the sender's own). */
const SUN_TCP = /Remote[ -](?:system|MTA)[ \t]{0,3}:[ \t]{0,3}dns;[ \t]{0,3}[a-z0-9.-]{1,253}[ \t]{0,3}\(TCP\|[0-9a-f.:]{3,45}\|[0-9]{1,5}\|([0-9a-f.:]{3,45})\|[0-9]{1,5}\)/i;
/** Exchange's "Generating server" is the sender's own server that wrote the report, not the one that refused. */
const GENERATING_SERVER = /Generating server[ \t]{0,3}:[ \t]{0,3}\[?([a-z0-9][a-z0-9.-]{0,252}\.[a-z0-9]{2,63})\]?/i;
/** The sender's address as a refusal or a blocklist names it: "Client host [ip]", "your IP [ip]", "sending
 *  IP ip", "IP=ip", "IP address ip is listed", "from [ip]", "ip is listed in bl.spamcop.net", "ip listed at
 *  zen.spamhaus.org", "listed in zen.spamhaus.org: ip". Any other address in brackets is not the sender's:
 *  "connect to mx.example.org[192.0.2.81]" names the server the sender tried to reach (remoteIp). */
const SENDING_IP = [
  // Global: each is scanned for every address it names (the first may be the receiving server's own).
  /(?:client host|\bclient|your (?:ip|server|host)|sending ip|\bip address|\bip|\bfrom(?:[ \t]{1,3}(?:mail[ \t]{1,3})?(?:server|host))?)[ \t]{0,3}[=:]?[ \t]{0,3}\[?((?:[0-9]{1,3}\.){3}[0-9]{1,3})\b/gi,
  // Postfix's "<name[ip]>: Client host rejected", Microsoft's "The mail server [ip] has been temporarily rate
  // limited", Gmail's "550-5.7.25 [ip] The IP address sending this message ...": the client, as the refusing
  // server names it.
  /\[((?:[0-9]{1,3}\.){3}[0-9]{1,3})\]>?:?[ \t]{1,3}client host\b/gi,
  /\bthe (?:mail )?server \[((?:[0-9]{1,3}\.){3}[0-9]{1,3})\] (?:has been|is)\b/gi,
  /\b[45]\.[0-9]{1,3}\.[0-9]{1,3}[ \t]{1,3}\[((?:[0-9]{1,3}\.){3}[0-9]{1,3})\b/g,
  // The address the refusal says is listed or blocked: "192.0.2.1 is listed in bl.spamcop.net", "Rejected:
  // 192.0.2.1 listed at dnsbl-2.uceprotect.net", Exim's "mail.example.com [192.0.2.1]:41234 is in an RBL",
  // "192.0.2.1 is in a black list at dnsbl.sorbs.net", Trend Micro's "192.0.2.1 is on the ERS blocklist",
  // "192.0.2.1 has been blocked by SBL", Verizon's and SPF's "192.0.2.1 is not allowed".
  /(?<![\w.])((?:[0-9]{1,3}\.){3}[0-9]{1,3})\]?(?::[0-9]{1,5})?[ \t]{1,3}(?:(?:is|was|has been)[ \t]{1,3})?(?:(?:currently|now|still|temporarily|permanently)[ \t]{1,3})?(?:(?:black|block)?listed[ \t]{1,3}(?:in|at|on|by|as)\b|(?:in|on)[ \t]{1,3}(?:an?|the|our)[ \t]{1,3}(?:[\w-]{1,20}[ \t]{1,3})?(?:RBL|DNSBL|black[ -]?list|block[ -]?list)\b)/gi,
  /(?<![\w.])((?:[0-9]{1,3}\.){3}[0-9]{1,3})\]?[ \t]{1,3}(?:is|was|has been|have been)[ \t]{1,3}(?:(?:currently|now|still|temporarily|permanently)[ \t]{1,3})?(?:blocked|blacklisted|blocklisted|banned|rejected|refused|not allowed)\b/gi,
  /\blisted[ \t]{1,3}(?:in|at|on|by)[ \t]{1,3}[a-z0-9.-]{1,120}[ \t]{0,3}:[ \t]{0,3}\[?((?:[0-9]{1,3}\.){3}[0-9]{1,3})\b/gi,
  // AT&T's "DNSBL:RBL 521< 192.0.2.1 >_is_blocked".
  /<[ \t]{0,3}((?:[0-9]{1,3}\.){3}[0-9]{1,3})[ \t]{0,3}>[ _]{0,3}is[ _]{1,3}(?:blocked|listed|blacklisted)\b/gi,
  // Comcast names the client after its own host: "554 resimta-....sys.comcast.net comcast 192.0.2.1 Comcast
  // block for spam", "421 ... comcast 192.0.2.1 Too many sessions opened".
  /\bcomcast[ \t]{1,3}((?:[0-9]{1,3}\.){3}[0-9]{1,3})\b/gi,
  // A reverse-DNS refusal names the client whose name it could not find: Postfix's "Client host rejected:
  // cannot find your (reverse) hostname, [192.0.2.1]", "Reverse DNS lookup failed: 192.0.2.1", "no PTR record
  // for 192.0.2.1". The words between hold no digit, so the first address after them is the client's.
  /\bcannot find your (?:reverse )?host ?name,?[ \t]{0,3}\[((?:[0-9]{1,3}\.){3}[0-9]{1,3})\]/gi,
  /\b(?:reverse (?:dns|hostname|lookup)|rdns|ptr)\b[^\n\[0-9]{0,40}\[?((?:[0-9]{1,3}\.){3}[0-9]{1,3})\b/gi,
];


/** Hints at the refused command where Postfix's "(in reply to X command)" is not written (see IN_REPLY_TO). */
const COMMANDS: [RegExp, string][] = [
  // "while sending RCPT TO" (Postfix's lost connection), GroupWise's transcript "Command: RCPT TO:<...>".
  [/(?:after|while sending)\s{1,8}RCPT\s{1,8}TO|\bCommand:[ \t]{0,3}RCPT\b|\[RCPT_TO\]|for RCPT TO response|RCPT TO:?<[^>\n]{0,300}>[^\n]{0,40}\n[^\n]{0,20}<<<[ \t]{0,3}[45]|\bRCPT\b[^\n]{0,20}(?:failed|rejected|command)|\bSMTP:RCPT\b|Recipient address rejected:/i, 'RCPT TO'],
  [/after\s{1,8}(?:end\s{1,8}of\s{1,8})?data|end of data|\[DATA\]|while sending message body|\bCommand:[ \t]{0,3}DATA\b/i, 'DATA'],
  [/(?:after|while sending)\s{1,8}MAIL\s{1,8}FROM|\bCommand:[ \t]{0,3}MAIL\b|MAIL FROM:?<[^>\n]{0,300}>[^\n]{0,40}\n[^\n]{0,20}<<<[ \t]{0,3}[45]/i, 'MAIL FROM'],
  [/after (?:EHLO|HELO)|\bCommand:[ \t]{0,3}(?:EHLO|HELO)\b/i, 'EHLO'],
  // Postfix's "host X[ip] refused to talk to me: 554 ..." is its report of a refusing greeting banner.
  [/after initial connection|connection refused|while connecting|refused to talk to me/i, 'CONNECT'],
];

const BLOCKLIST_DOMAIN = /\b((?:[a-z0-9-]{1,63}\.){0,4}(?:spamhaus|spamcop|barracudacentral|sorbs|uceprotect|abuseat|spameatingmonkey|mailspike|surbl|uribl|senderscore|invaluement|psbl\.surriel|dnsbl|rbl)[a-z0-9-]{0,20}(?:\.[a-z0-9-]{1,63}){1,4})/gi;
const BLOCKLIST_NAME = /\b(Spamhaus(?: (?:ZEN|SBL|XBL|PBL|DBL|CSS))?|SpamCop|Barracuda(?: Reputation)?|SORBS|UCEPROTECT(?:-L[123])?|Proofpoint|Cloudmark|Mailspike|SURBL|URIBL)\b/g;
/** Spamhaus's lists by their own names ("blocked by SBL (https://check.spamhaus.org/...)", "SBL123456"),
 *  read only where the reply names Spamhaus: upper case as Spamhaus writes them. */
const SPAMHAUS_LIST = /\b(SBL|XBL|PBL|CSS|DBL|ZEN|E?DROP)(?:[0-9]{3,8})?\b/g;
const MS_BLOCKLIST = /\b(S3140|S3150|S3113|S3114|S775|S844)\b/g;

/** "spf=fail", "dkim: pass", ...: one pattern per mechanism, made once. */
const AUTH_RESULTS = (['spf', 'dkim', 'dmarc'] as const).map((mech) => [mech, new RegExp(String.raw`\b${mech}[ \t]{0,2}[=:][ \t]{0,2}(pass|fail|softfail|neutral|none|temperror|permerror|hardfail|policy)\b`, 'i')] as const);

/** What a refusal's own words say of SPF, DKIM and DMARC, for the mechanism each names (first match per
 *  mechanism wins, so the order is from the most to the least specific). These are the receiving server's
 *  verdicts; they outrank an Authentication-Results header quoted from the returned message. */
const AUTH_WORDS: [RegExp, string | null][] = [
  // "Permanent error evaluating DMARC policy", "temporary error looking up SPF".
  [/\b(?:permanent (?:error|failure)|temporary (?:error|failure)) (?:evaluating|checking|looking up|in|during|with|on) (?:the )?(SPF|DKIM|DMARC)\b/gi, null],
  // "SPF fail", "SPF check failed", "SPF validation failed", "SPF softfail", "DMARC policy failed", "DKIM permerror".
  [/\b(SPF|DKIM|DMARC)[ \t]{1,3}(?:(?:check|checks|verification|validation|evaluation|authentication|alignment|test|lookup|record|signature|policy)[ \t]{1,3})?(?:(?:has|have)[ \t]{1,3})?(?:failed|fails|failure|fail|hard ?fail|soft ?fail|perm ?error|temp ?error)\b/gi, null],
  // "Rejected by DKIM policy: signature verification failed", "DKIM: body hash did not verify".
  [/\b(DKIM)\b[^\n.;]{0,40}\b(?:signature|verification|validation)[ \t]{1,3}(?:(?:verification|validation|check)[ \t]{1,3})?(?:has[ \t]{1,3})?failed\b/gi, 'fail'],
  [/\b(DKIM)\b[^\n.;]{0,40}\bbody hash (?:did not|does not|didn't|doesn't) verify\b/gi, 'fail'],
  // Gmail's "Authentication results: DKIM = did not pass SPF [example.com] with ip: [192.0.2.1] = did not pass"
  // (before "not pass X" below, which would read "did not pass SPF" as SPF's result).
  [/\b(SPF|DKIM|DMARC)[ \t]{0,3}(?:\[[^\]\n]{1,100}\][ \t]{0,3})?(?:with ip:?[ \t]{0,3}\[[^\]\n]{1,60}\][ \t]{0,3})?=[ \t]{0,2}did not pass\b/gi, 'fail'],
  // "does not pass DMARC verification" (Microsoft 5.7.509), "failed SPF", "failing the DMARC check".
  [/(?:\bnot|n't|\bfail(?:ed|s)? to) pass[ \t]{1,3}(?:the[ \t]{1,3})?(SPF|DKIM|DMARC)\b/gi, 'fail'],
  [/\bfail(?:ed|s|ing)[ \t]{1,3}(?:the[ \t]{1,3})?(?:sender'?s?[ \t]{1,3})?(SPF|DKIM|DMARC)\b/gi, 'fail'],
  // "rejected per DMARC policy", Gmail's "not accepted due to domain's DMARC policy", "blocked due to the sender
  // domain's DMARC policy": the receiver applied the domain's policy to a message that failed it.
  [/\b(?:rejected|refused|blocked|not accepted|quarantined|denied)\b[^\n]{0,60}?\b(?:per|by|due to|because of|under|based on)[ \t]{1,3}[^\n]{0,60}?\b(DMARC)[ \t]{1,3}(?:policy|policies|reject)\b/gi, 'fail'],
  // Microsoft's "5.7.23 ... Sender Policy Framework violation", "SPF violation".
  [/\b(SPF|Sender Policy Framework)[ \t]{1,3}violation\b/gi, 'fail'],
  // "no SPF record", "no DKIM signature", "not DKIM signed": nothing published or signed.
  [/\bno[ \t]{1,3}(SPF|DKIM|DMARC)[ \t]{1,3}(?:record|signature|policy)\b/gi, 'none'],
  [/\bnot[ \t]{1,3}(DKIM)[ -]signed\b/gi, 'none'],
  // RFC 7372's X.7.23 is "SPF validation failed" by definition.
  [/\b[45]\.7\.23\b/g, 'spf-fail'],
];

/** A result as the words write it, in Authentication-Results' terms. */
function authValue(words: string): string {
  const w = words.toLowerCase().replace(/\s+/g, '');
  if (/soft/.test(w)) return 'softfail';
  if (/perm/.test(w)) return 'permerror';
  if (/temp/.test(w)) return 'temperror';
  return 'fail';
}

/** Postfix's own words for the refused command: they outrank hints such as "Recipient address rejected:"
 *  (a forwarder may quote a recipient refusal it received at end of DATA). */
const IN_REPLY_TO = /\bin\s{1,8}reply\s{1,8}to\s{1,8}(?:the\s{1,8})?(RCPT\s{1,8}TO|(?:end\s{1,8}of\s{1,8})?DATA|MAIL\s{1,8}FROM|EHLO|HELO|initial\s{1,8}greeting)\b/i;

/** The command each of Postfix's words names (upper-cased, spaces folded). */
const COMMAND_SAID: Record<string, string> = {
  'RCPT TO': 'RCPT TO', DATA: 'DATA', 'END OF DATA': 'DATA', 'MAIL FROM': 'MAIL FROM', EHLO: 'EHLO', HELO: 'EHLO', 'INITIAL GREETING': 'CONNECT',
};

export function readCommand(text: string): string | undefined {
  const said = gatedExec(IN_REPLY_TO, text)?.[1];
  if (said) return COMMAND_SAID[said.toUpperCase().replace(/\s+/g, ' ')];
  for (const [re, name] of COMMANDS) if (gatedTest(re, text)) return name;
  return undefined;
}

export function readFacts(reply: string, segment: string): Facts {
  const facts: Facts = {};
  // Each pattern is skipped where its fixed words are absent (see gatedExec): most facts are not written.
  const hostSaid = gatedExec(HOST_SAID, segment);
  if (hostSaid) {
    facts.remoteHost = hostSaid[1]!.toLowerCase();
    facts.remoteIp = hostSaid[2]!;
  } else {
    const remote = gatedExec(REMOTE_SERVER, segment) ?? gatedExec(REMOTE_SYSTEM, segment);
    const talking = gatedExec(TALKING_TO, segment);
    if (talking) facts.remoteHost = talking[1]!.toLowerCase();
    else if (remote) facts.remoteHost = remote[1]!.toLowerCase();
    if (remote?.[2]) facts.remoteIp = remote[2];
    else {
      const tcp = gatedExec(SUN_TCP, segment);
      if (tcp) facts.remoteIp = tcp[1]!;
    }
  }
  const generating = gatedExec(GENERATING_SERVER, segment);
  if (generating) facts.reportingMta = generating[1]!.toLowerCase();
  const command = readCommand(segment);
  if (command) facts.command = command;
  const blocklists: string[] = [];
  const add = (s: string) => {
    if (!blocklists.some((b) => b.toLowerCase() === s.toLowerCase())) blocklists.push(s);
  };
  for (const re of [BLOCKLIST_DOMAIN, BLOCKLIST_NAME, MS_BLOCKLIST]) {
    if (!mayMatch(re, reply)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(reply); m; m = re.exec(reply)) {
      // A lookup page's host ("https://www.spamhaus.org/query/...") names where to check, not a list.
      if (re === BLOCKLIST_DOMAIN && (/\/\/$|[\w-]\.$/.test(reply.slice(Math.max(0, m.index - 2), m.index)) || /^www\./i.test(m[1]!) || reply[m.index + m[0].length] === '/')) continue;
      add(m[1]!);
    }
  }
  if (mayMatch(SPAMHAUS_LIST, reply) && /spamhaus/i.test(reply)) {
    SPAMHAUS_LIST.lastIndex = 0;
    for (let m = SPAMHAUS_LIST.exec(reply); m; m = SPAMHAUS_LIST.exec(reply)) add(`Spamhaus ${m[1]}`);
  }
  // A named Spamhaus list ("Spamhaus SBL", "sbl.spamhaus.org") says more than the bare "Spamhaus".
  if (blocklists.some((b) => /spamhaus/i.test(b) && b.toLowerCase() !== 'spamhaus')) {
    const bare = blocklists.findIndex((b) => b.toLowerCase() === 'spamhaus');
    if (bare >= 0) blocklists.splice(bare, 1);
  }
  if (blocklists.length) facts.blocklists = blocklists.slice(0, 10);
  for (const [mech, re] of AUTH_RESULTS) {
    const m = gatedExec(re, segment);
    if (m) facts[mech] = m[1]!.toLowerCase();
  }
  const worded = new Set<string>();
  for (const [re, value] of AUTH_WORDS) {
    if (!mayMatch(re, reply)) continue;
    for (const m of reply.matchAll(re)) {
      const mech = value === 'spf-fail' ? 'spf' : /^s/i.test(m[1]!) ? 'spf' : m[1]!.toLowerCase() as 'dkim' | 'dmarc';
      if (worded.has(mech)) continue;
      worded.add(mech);
      facts[mech as 'spf' | 'dkim' | 'dmarc'] = value === 'spf-fail' ? 'fail' : value ?? authValue(m[0].replace(m[1]!, ''));
    }
  }
  // Only an address the words name as the sender's: a bare "[ip]" may be either side (the receiving host
  // of "connect to mx[ip]", the writer of "Received: from"), so it is not a fact about the sender.
  // The receiving server's own address may stand first ("host mx[192.0.2.5] said: ... [192.0.2.10]"): each
  // pattern's later matches are read past it.
  scan: for (const re of SENDING_IP) {
    if (!mayMatch(re, reply)) continue;
    for (const named of reply.matchAll(re)) {
      if (named[1] !== facts.remoteIp) {
        facts.sendingIp = named[1]!;
        break scan;
      }
    }
  }
  return facts;
}
