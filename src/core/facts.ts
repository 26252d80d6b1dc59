// Facts stated in a bounce: which server refused, at which SMTP command, which blocklist, what SPF,
// DKIM and DMARC said. Each is read only when written; nothing is guessed.
import type { Facts } from './types';
import { gatedExec, gatedTest, mayMatch } from './union';

/** The receiving server named with its address: Postfix's "host X[ip] said", "connect to X[ip]", "lost
 *  connection with X[ip]", "conversation with X[ip]", "not offered by host X[ip]". Postfix folds long lines,
 *  so the name may stand on the next line ("offered by host\n    mx.example.com[192.0.2.1]"). */
const HOST_SAID = /(?:\bhost|\bconnect to|\blost connection with|\bconversation with)[ \t]{0,3}\n?[ \t]{1,8}([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})\.?[ \t]{0,3}\[([0-9a-f.:]{3,45})\]/i;
const TALKING_TO = /while talking to ([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})\.?/i;
const REMOTE_SERVER = /(?:Remote[ -](?:server|host|MTA)|Receiving server)[ \t]{0,3}:[ \t]{0,3}(?:dns;[ \t]{0,3})?\[?([a-z0-9][a-z0-9.-]{0,252}\.[a-z0-9]{2,63})\]?(?:[ \t]{0,3}\[?\(?([0-9]{1,3}(?:\.[0-9]{1,3}){3})\]?\)?)?/i;
/** Exchange's "Generating server" is the sender's own server that wrote the report, not the one that refused. */
const GENERATING_SERVER = /Generating server[ \t]{0,3}:[ \t]{0,3}\[?([a-z0-9][a-z0-9.-]{0,252}\.[a-z0-9]{2,63})\]?/i;
/** The sender's address as a refusal or a blocklist names it: "Client host [ip]", "your IP [ip]", "sending
 *  IP ip", "IP=ip", "IP address ip is listed", "from [ip]", "ip is listed in bl.spamcop.net", "ip listed at
 *  zen.spamhaus.org", "listed in zen.spamhaus.org: ip". Any other address in brackets is not the sender's:
 *  "connect to mx.example.org[192.0.2.81]" names the server the sender tried to reach (remoteIp). */
const SENDING_IP = [
  /(?:client host|\bclient|your (?:ip|server|host)|sending ip|\bip address|\bip|\bfrom(?:[ \t]{1,3}(?:mail[ \t]{1,3})?(?:server|host))?)[ \t]{0,3}[=:]?[ \t]{0,3}\[?((?:[0-9]{1,3}\.){3}[0-9]{1,3})\b/i,
  // Postfix's "<name[ip]>: Client host rejected", Microsoft's "The mail server [ip] has been temporarily rate
  // limited", Gmail's "550-5.7.25 [ip] The IP address sending this message ...": the client, as the refusing
  // server names it.
  /\[((?:[0-9]{1,3}\.){3}[0-9]{1,3})\]>?:?[ \t]{1,3}client host\b/i,
  /\bthe (?:mail )?server \[((?:[0-9]{1,3}\.){3}[0-9]{1,3})\] (?:has been|is)\b/i,
  /\b[45]\.[0-9]{1,3}\.[0-9]{1,3}[ \t]{1,3}\[((?:[0-9]{1,3}\.){3}[0-9]{1,3})\b/,
  /(?<![\w.])((?:[0-9]{1,3}\.){3}[0-9]{1,3})\]?[ \t]{1,3}(?:is[ \t]{1,3})?(?:(?:currently|now|still)[ \t]{1,3})?(?:black)?listed[ \t]{1,3}(?:in|at|on|by)\b/i,
  /\blisted[ \t]{1,3}(?:in|at|on|by)[ \t]{1,3}[a-z0-9.-]{1,120}[ \t]{0,3}:[ \t]{0,3}\[?((?:[0-9]{1,3}\.){3}[0-9]{1,3})\b/i,
];

/** Hints at the refused command where Postfix's "(in reply to X command)" is not written (see IN_REPLY_TO). */
const COMMANDS: [RegExp, string][] = [
  [/after\s{1,8}RCPT\s{1,8}TO|\[RCPT_TO\]|for RCPT TO response|RCPT TO:?<[^>\n]{0,300}>[^\n]{0,40}\n[^\n]{0,20}<<<[ \t]{0,3}[45]|\bRCPT\b[^\n]{0,20}(?:failed|rejected|command)|\bSMTP:RCPT\b|Recipient address rejected:/i, 'RCPT TO'],
  [/after\s{1,8}(?:end\s{1,8}of\s{1,8})?data|end of data|\[DATA\]/i, 'DATA'],
  [/after\s{1,8}MAIL\s{1,8}FROM|MAIL FROM:?<[^>\n]{0,300}>[^\n]{0,40}\n[^\n]{0,20}<<<[ \t]{0,3}[45]/i, 'MAIL FROM'],
  [/after (?:EHLO|HELO)/i, 'EHLO'],
  // Postfix's "host X[ip] refused to talk to me: 554 ..." is its report of a refusing greeting banner.
  [/after initial connection|connection refused|while connecting|refused to talk to me/i, 'CONNECT'],
];

const BLOCKLIST_DOMAIN = /\b((?:[a-z0-9-]{1,63}\.){0,4}(?:spamhaus|spamcop|barracudacentral|sorbs|uceprotect|abuseat|spameatingmonkey|mailspike|surbl|uribl|senderscore|invaluement|psbl\.surriel|dnsbl|rbl)[a-z0-9-]{0,20}(?:\.[a-z0-9-]{1,63}){1,4})/gi;
const BLOCKLIST_NAME = /\b(Spamhaus(?: (?:ZEN|SBL|XBL|PBL|DBL|CSS))?|SpamCop|Barracuda(?: Reputation)?|SORBS|UCEPROTECT(?:-L[123])?|Proofpoint|Cloudmark|Mailspike|SURBL|URIBL)\b/g;
const MS_BLOCKLIST = /\b(S3140|S3150|S3113|S3114|S775|S844)\b/g;

/** "spf=fail", "dkim: pass", ...: one pattern per mechanism, made once. */
const AUTH_RESULTS = (['spf', 'dkim', 'dmarc'] as const).map((mech) => [mech, new RegExp(String.raw`\b${mech}[ \t]{0,2}[=:][ \t]{0,2}(pass|fail|softfail|neutral|none|temperror|permerror|hardfail|policy)\b`, 'i')] as const);

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
    const remote = gatedExec(REMOTE_SERVER, segment);
    const talking = gatedExec(TALKING_TO, segment);
    if (talking) facts.remoteHost = talking[1]!.toLowerCase();
    else if (remote) facts.remoteHost = remote[1]!.toLowerCase();
    if (remote?.[2]) facts.remoteIp = remote[2];
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
  if (blocklists.length) facts.blocklists = blocklists.slice(0, 10);
  for (const [mech, re] of AUTH_RESULTS) {
    const m = gatedExec(re, segment);
    if (m) facts[mech] = m[1]!.toLowerCase();
  }
  // Only an address the words name as the sender's: a bare "[ip]" may be either side (the receiving host
  // of "connect to mx[ip]", the writer of "Received: from"), so it is not a fact about the sender.
  for (const re of SENDING_IP) {
    const named = gatedExec(re, reply);
    if (named && named[1] !== facts.remoteIp) {
      facts.sendingIp = named[1]!;
      break;
    }
  }
  return facts;
}
