// Spectrum / Charter (charter.net, spectrum.net, Time Warner's rr.com and twc.com mailboxes): Spectrum ends
// its refusals with an AUP# code: AUP#I-nnnn (or AUP#In-nnnn) when an outside server writes to a Spectrum
// address, AUP#O-nnnn when a Spectrum customer sends out. Spectrum documents the numbers in ranges.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { SPAMHAUS_CHECK, CLOUDMARK_RESET, FORWARD_TO_ADMIN } from '../shared';

const ERROR_CODES: Reference = {
  title: 'Spectrum: Understanding email error codes',
  url: 'https://www.spectrum.net/support/internet/understanding-email-error-codes',
};
const BUSINESS_CODES: Reference = {
  title: 'Spectrum Business: Understanding email error codes',
  url: 'https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes',
};

const SPECTRUM_ACCOUNT_STEPS = [
  'Change the passwords of your Spectrum account and mailboxes from a clean device',
  'Then contact Spectrum support, quote the AUP# code and ask for the sending block to be lifted',
];

/** "1020-1080" → 1020, 1030, … 1080; "1000" → 1000. Spectrum's codes step by ten inside a range. */
function codesOf(range: string): number[] {
  const [lo, hi] = range.split('-').map(Number) as [number, number?];
  const out: number[] = [];
  for (let n = lo; n <= (hi ?? lo); n += 10) out.push(n);
  return out;
}

/** The literal forms a reply carries (AUP#I-1310, AUP#In-1310, AUP#O-1010, AUP#1310), so the engine finds
 *  the entry by a word of the reply; the row's range name comes first. */
function aliasesOf(range: string): string[] {
  const forms = codesOf(range).flatMap((n) => [`AUP#${n}`, `AUP#I-${n}`, `AUP#In-${n}`, `AUP#O-${n}`, `AUP#Out-${n}`]);
  return range.includes('-') ? forms : forms.filter((f) => f !== `AUP#${range}`);
}

/** Wording of the code in a reply: AUP#, an optional direction (I, In, O, Out) and the number. */
const aup = (numbers: string) => new RegExp(String.raw`AUP#(?:In?|Out?)?-?(?:${numbers})\b`, 'i');

const base = { kind: 'provider' as const, authority: 'Spectrum' };

function entry(range: string, numbers: string, rest: Omit<ProviderEntry, 'id' | 'kind' | 'authority' | 'token' | 'aliases' | 'match'>): ProviderEntry {
  return { ...base, id: `spectrum-AUP${range}`, token: `AUP#${range}`, aliases: aliasesOf(range), match: [aup(numbers)], ...rest };
}

const entries: ProviderEntry[] = [
  entry('1000', '1000', {
    title: 'Spectrum: sending IP blocked for suspicious activity [AUP#1000]',
    meaning:
      "Spectrum blocked the IP address of the server that sent your message because of suspicious activity from it. If it is not a Spectrum-issued IP, the block stays until it expires; Spectrum customers on a Spectrum IP can ask Spectrum to review it.",
    details:
      'AUP#1000 is an IP-level block from Spectrum\'s own abuse systems (spam, attacks or unusual volume from the address). For outside IPs Spectrum does not take removal requests; the block times out.',
    causes: ['Spam or attack traffic from the sending IP', 'A compromised device or account behind the IP', 'A shared IP used by someone else for spam'],
    senderSteps: [FORWARD_TO_ADMIN, 'If urgent, send from a different email account meanwhile'],
    adminSteps: ['Find and stop the source of bad traffic from the IP, then wait for the block to expire', 'If the IP was issued by Spectrum, contact Spectrum support with the AUP# code'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the block expires, or through another server.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [ERROR_CODES, BUSINESS_CODES],
  }),
  entry('1010', '1010', {
    title: 'Spectrum: your account is blocked from sending (suspicious activity) [AUP#1010]',
    meaning:
      'Spectrum blocked your own Spectrum email account from sending because it saw suspicious activity, often a sign that someone else has the password. How long it lasts depends on what was seen.',
    details:
      'AUP#1010 is an outbound block on a Spectrum mailbox (AUP#O-1010 in the reply). Spectrum asks the customer to secure all passwords and then contact support.',
    causes: ['The mailbox password was stolen and used to send spam', 'A sudden burst of mail from the account'],
    senderSteps: SPECTRUM_ACCOUNT_STEPS,
    adminSteps: ['Check devices that use the account for malware before reconnecting them'],
    retry: 'after-fix',
    retryAdvice: 'Resend after Spectrum has lifted the block.',
    party: 'sender',
    reputation: 'medium',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [ERROR_CODES],
  }),
  entry('1020-1080', '10[2-7]\\d|1080', {
    title: 'Spectrum: your account\'s sending is limited (suspicious activity) [AUP#1020-1080]',
    meaning:
      'Spectrum limited how much your Spectrum email account may send because of suspicious activity. Some messages are refused until the limit is removed or expires.',
    details:
      'Codes 1020 to 1080 are graded outbound limits on a Spectrum mailbox, set from the kind of activity seen. Spectrum customers can ask support to remove the limit.',
    causes: ['Unusual volume or many recipients from a personal mailbox', 'Signs that the account is compromised'],
    senderSteps: SPECTRUM_ACCOUNT_STEPS,
    adminSteps: ['Send mass mail through a mailing service instead of a Spectrum mailbox'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the limit is removed or has expired.',
    party: 'sender',
    reputation: 'medium',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [ERROR_CODES],
  }),
  entry('1090', '1090', {
    title: 'Spectrum: message could not be processed, retry later [AUP#1090]',
    meaning: "Spectrum's servers could not process the message just then. Nothing specific is wrong with it; sending it again later should work.",
    details: 'AUP#1090 is a general temporary processing failure on Spectrum\'s side; it carries no judgement on the sender.',
    causes: ['A temporary fault or load on Spectrum mail servers'],
    senderSteps: ['Send the message again in a little while', 'If it keeps failing for hours, try a smaller message without large attachments'],
    adminSteps: ['Keep normal retry intervals for Spectrum hosts'],
    retry: 'later',
    retryAdvice: 'Usually succeeds on a later attempt, minutes to hours later.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [ERROR_CODES],
  }),
  entry('1100-1150', '11[0-4]\\d|1150', {
    title: 'Spectrum: sending IP lacks full-circle reverse DNS [AUP#1100-1150]',
    meaning:
      "Spectrum could not match the sending server's IP address to a host name and back again (full-circle DNS). Spectrum requires that from every server delivering mail to it.",
    details:
      'Full-circle (forward-confirmed) reverse DNS: the IP\'s PTR record names a host, and that host\'s A/AAAA record points back to the same IP. Codes 1100 to 1150 mark a missing PTR, a name that does not resolve or a mismatch.',
    causes: ['No PTR record on the sending IP', 'The PTR name has no A record, or one pointing elsewhere', 'A temporary DNS failure'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Have the IP owner set a PTR record to the server\'s hostname and publish an A record for that name with the same IP'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the PTR and A records agree.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'requireptr',
    permanence: 'permanent',
    references: [ERROR_CODES, BUSINESS_CODES],
  }),
  entry('1160-1190', '11[6-8]\\d|1190', {
    title: "Spectrum: message fails the sender domain's security policy [AUP#1160-1190]",
    meaning:
      "The message did not pass the security rules your own domain publishes (SPF, DKIM, DMARC: DNS records that say which servers may send for it). Spectrum refused it as it could be forged.",
    details:
      'Codes 1160 to 1190 mean the sending domain\'s published authentication policy rejects this message: SPF fail, missing or broken DKIM, or a DMARC policy of reject. Spectrum points the sender to the domain\'s email administrators.',
    causes: ['The sending service is not in the domain\'s SPF record or does not sign with DKIM', 'A DMARC reject policy while SPF/DKIM do not align with From', 'Forwarding that broke authentication'],
    senderSteps: [FORWARD_TO_ADMIN, 'Say which app or service you sent from, so it can be authorised'],
    adminSteps: ['Add the sending service to SPF and turn on DKIM with your own domain so DMARC aligns'],
    retry: 'after-fix',
    retryAdvice: 'Resend after authentication passes for the domain.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [ERROR_CODES, { title: 'RFC 7489 DMARC', url: 'https://www.rfc-editor.org/rfc/rfc7489' }],
  }),
  entry('1200-1210', '1200|1210', {
    title: 'Spectrum: sending IP flagged by Cloudmark CSI [AUP#1200-1210]',
    meaning:
      "Spectrum refused the message because Cloudmark Sender Intelligence, a reputation service, flags the sending server's IP address as a likely spam source. The owner of the IP has to ask Cloudmark for a reset.",
    details:
      'Codes 1200 and 1210 mean the connecting IP is listed by Cloudmark CSI, which Spectrum uses for connection filtering. Cloudmark alone decides on removal.',
    causes: ['Spam reports or trap hits from the sending IP', 'A shared IP used by other senders for spam'],
    senderSteps: [FORWARD_TO_ADMIN, 'If urgent, send from a different email account meanwhile'],
    adminSteps: ['Stop the source of bad mail, then request a reset on Cloudmark\'s CSI reset page for the IP'],
    retry: 'after-fix',
    retryAdvice: 'Resend after Cloudmark resets the IP.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [ERROR_CODES, CLOUDMARK_RESET],
  }),
  entry('1220-1250', '12[2-4]\\d|1250', {
    title: 'Spectrum: sending IP listed by Spamhaus [AUP#1220-1250]',
    meaning:
      "Spectrum refused the message because the sending server's IP address is on a Spamhaus blocklist. Only the owner of the IP can get it removed, through Spamhaus.",
    details:
      'Codes 1220 to 1250 cover the Spamhaus lists (SBL, XBL/CSS, PBL and the combined ZEN). Spamhaus decides on removal; its lookup says which list and why.',
    causes: ['Spam or compromised machines on the sending IP', 'Mail sent directly from a home or dynamic IP (PBL)'],
    senderSteps: [FORWARD_TO_ADMIN, 'If you run a server at home, send through your provider\'s outgoing server instead'],
    adminSteps: ["Look the IP up on Spamhaus's checker, fix the cause and request removal there"],
    retry: 'after-fix',
    retryAdvice: 'Resend after Spamhaus removes the listing.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [ERROR_CODES, SPAMHAUS_CHECK],
  }),
  entry('1260', '1260', {
    title: 'Spectrum: IPv6 connections not processed [AUP#1260]',
    meaning: 'The sending server reached Spectrum over IPv6, which Spectrum does not accept for mail. It has to deliver over IPv4 instead.',
    details: 'AUP#1260 refuses SMTP over IPv6. Servers that prefer IPv6 when the MX has AAAA records, or that only have IPv6 connectivity, get it.',
    causes: ['The sending server prefers IPv6 for delivery', 'A server with no IPv4 connectivity'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Make the MTA use IPv4 for Spectrum domains (e.g. inet_protocols or a transport bound to IPv4)'],
    retry: 'after-fix',
    retryAdvice: 'Resend once the server delivers over IPv4.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'permanent',
    references: [ERROR_CODES],
  }),
  entry('1300-1340', '13[0-3]\\d|1340', {
    title: 'Spectrum: too many connections from the sending IP [AUP#1300-1340]',
    meaning:
      'Spectrum limits how many connections one sending server may open, at once and in total, and this server went over. The message is delayed, not refused for good.',
    details:
      'Codes 1300 to 1340 are connection limits that scale with the IP\'s reputation: a well-known IP gets more. Replies have carried them with 5xx codes too (e.g. "550 5.1.0 … sender rejected … AUP#In-1310"), so some servers stop retrying.',
    causes: ['Too many parallel or repeated connections from the sending IP', 'A low or new reputation that lowers the allowance'],
    senderSteps: ['Wait and send the message again later', FORWARD_TO_ADMIN],
    adminSteps: ['Lower concurrent connections and the connection rate towards Spectrum MX hosts and spread sending over time'],
    retry: 'later',
    retryAdvice: 'Retry after a pause of 15–60 minutes with fewer connections.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'toomanyconn',
    permanence: 'transient',
    references: [ERROR_CODES],
  }),
  entry('1350-1490', '13[5-9]\\d|14[0-8]\\d|1490', {
    title: 'Spectrum: message, recipient or invalid-recipient rate limit [AUP#1350-1490]',
    meaning:
      'Spectrum limits how many messages and recipients a sender may deliver, and how many invalid addresses it may try; this sender went over a limit. The mail can go through later at a slower pace.',
    details:
      'Codes 1350 to 1490 are rate limits on messages, recipients, spam likelihood and unknown recipients, graded by reputation. Hitting the invalid-recipient ones points to list quality.',
    causes: ['A mailing sent too fast to Spectrum addresses', 'Many unknown addresses in the list', 'Content rated as likely spam'],
    senderSteps: ['Send the message again later', 'Remove addresses that bounced as unknown from your lists'],
    adminSteps: ['Throttle deliveries to Spectrum domains and validate lists before sending'],
    retry: 'later',
    retryAdvice: 'Retry after an hour or more at a lower rate.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'speeding',
    permanence: 'transient',
    references: [ERROR_CODES],
  }),
  entry('1500', '1500', {
    title: 'Spectrum: sent as a different address than the one signed in [AUP#1500]',
    meaning:
      'You sent through Spectrum with a From address that differs from the Spectrum account you signed in with. Spectrum only lets you send as the address you logged in as.',
    details: 'AUP#1500 is an outbound check on Spectrum\'s submission servers: the From (or envelope) address must match the authenticated mailbox.',
    causes: ['The mail app is signed in as one Spectrum mailbox but set to send as another address', 'A shared device with several accounts mixed up'],
    senderSteps: ['In your mail app, make the From address match the Spectrum account used to sign in to the outgoing server'],
    adminSteps: ['To send as another domain, use that domain\'s own outgoing server instead of Spectrum\'s'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the From address matches the signed-in account.',
    party: 'sender',
    reputation: 'none',
    reason: 'rejected',
    permanence: 'permanent',
    references: [ERROR_CODES],
  }),
  entry('1520', '1520', {
    title: "Spectrum: sent as a domain Spectrum doesn't host [AUP#1520]",
    meaning: "You tried to send through Spectrum's outgoing server with a From address on a domain Spectrum does not host. Spectrum's server only sends mail for its own domains.",
    details: 'AUP#1520 refuses submissions whose sender domain is not one of Spectrum\'s (charter.net, spectrum.net, rr.com and related) or a domain Spectrum hosts.',
    causes: ['A work or custom-domain address set up to send through Spectrum\'s server', 'A typo in the From address'],
    senderSteps: ["Send mail for other domains through that domain's own outgoing server, or send from your Spectrum address"],
    adminSteps: ['Configure each account in the mail app with its own provider\'s SMTP server'],
    retry: 'after-fix',
    retryAdvice: 'Resend through the right outgoing server.',
    party: 'sender',
    reputation: 'none',
    reason: 'rejected',
    permanence: 'permanent',
    references: [ERROR_CODES],
  }),
  entry('1530', '1530', {
    title: 'Spectrum: message over the 20 MB size limit [AUP#1530]',
    meaning: 'The message is larger than Spectrum accepts (20 MB). Attachments grow by about a third when sent, so files smaller than that can still exceed it.',
    details: 'AUP#1530 refuses messages above 20 MB as transmitted, after base64 encoding of attachments.',
    causes: ['Large attachments (photos, videos, scans)', 'Several attachments adding up'],
    senderSteps: ['Share large files through a cloud storage link instead of attaching them', 'Or split them over several smaller messages'],
    adminSteps: ['Tell users the limit and offer a file-sharing service'],
    retry: 'after-fix',
    retryAdvice: 'Resend with the message under 20 MB.',
    party: 'sender',
    reputation: 'none',
    reason: 'mesgtoobig',
    permanence: 'permanent',
    references: [ERROR_CODES, { title: 'RFC 1870 SMTP SIZE extension', url: 'https://www.rfc-editor.org/rfc/rfc1870' }],
  }),
  entry('1540', '1540', {
    title: 'Spectrum: too many messages in one session [AUP#1540]',
    meaning: 'Too many messages were sent in a single connection to Spectrum, so the rest were deferred. Sending them in smaller groups, on new connections, works.',
    details: 'AUP#1540 is a per-session message limit; the deferred messages are accepted on a new connection.',
    causes: ['A mail app or server pushing a large batch through one connection'],
    senderSteps: ['Send the remaining messages again, a few at a time'],
    adminSteps: ['Lower messages-per-connection for Spectrum hosts so the server opens new sessions'],
    retry: 'later',
    retryAdvice: 'Retrying on a new connection normally succeeds right away.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'speeding',
    permanence: 'transient',
    references: [ERROR_CODES],
  }),
  entry('1550', '1550', {
    title: 'Spectrum: too many recipients in one message [AUP#1550]',
    meaning: 'The message was addressed to more people than Spectrum accepts in one message. Split the recipients into smaller groups.',
    details: 'AUP#1550 enforces a per-message recipient cap (To, Cc and Bcc together).',
    causes: ['A large To/Cc/Bcc list or an expanded contact group'],
    senderSteps: ['Send the message to smaller groups of recipients', 'For regular group mail, use a mailing-list service'],
    adminSteps: ['Make the sending app split large recipient lists'],
    retry: 'after-fix',
    retryAdvice: 'Resend with fewer recipients per message.',
    party: 'sender',
    reputation: 'none',
    reason: 'speeding',
    permanence: 'permanent',
    references: [ERROR_CODES],
  }),
  entry('1560', '1560', {
    title: 'Spectrum: too many invalid recipients [AUP#1560]',
    meaning: 'Too many of the addresses you sent to do not exist, so Spectrum refused the mail. Check the addresses and try again later.',
    details: 'AUP#1560 trips when a sender tries many unknown recipients, a sign of outdated lists or address guessing.',
    causes: ['An old or purchased address list', 'Typos in many addresses'],
    senderSteps: ['Check the recipient addresses and remove the ones that bounced as unknown', 'Send again later'],
    adminSteps: ['Suppress hard-bounced addresses automatically and validate lists before sending'],
    retry: 'after-fix',
    retryAdvice: 'Resend later to corrected addresses only.',
    party: 'sender',
    reputation: 'medium',
    reason: 'policyviolation',
    permanence: 'permanent',
    references: [ERROR_CODES],
  }),
  entry('1580', '1580', {
    title: 'Spectrum: too many recipients in a short period [AUP#1580]',
    meaning: 'You sent to too many recipients in a short time. Wait a while and the rest can be sent.',
    details: 'AUP#1580 is a time-window recipient limit; it clears by itself.',
    causes: ['A burst of messages or a mailing sent all at once'],
    senderSteps: ['Wait a while (an hour or more) and send the rest in smaller batches'],
    adminSteps: ['Spread mailings over time'],
    retry: 'later',
    retryAdvice: 'Retry after a pause.',
    party: 'sender',
    reputation: 'low',
    reason: 'speeding',
    permanence: 'transient',
    references: [ERROR_CODES],
  }),
];

export const spectrum: ProviderFile = {
  id: 'spectrum',
  name: 'Spectrum / Charter',
  covers: ['Spectrum / Charter'],
  home: ERROR_CODES,
  signatures: [
    /\bcharter\.net\b/i,
    /\bspectrum\.net\b/i,
    /\bspectrumbusiness\.net\b/i,
    /\b(?:rr|twc)\.com\b/i,
    /\bAUP#(?:In?|Out?)?-?1\d{3}\b/i,
  ],
  entries,
};
