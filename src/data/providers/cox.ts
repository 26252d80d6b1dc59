// Cox (cox.net mailboxes, Cox Business): Cox's servers ("cmsmtp", inbound MX cxr.mx.a.cloudfilter.net) end
// their refusals with "AUP#<code>" and a pointer to Cox's error-code page. The same code comes with varying
// reply codes (AUP#CDRBL has been seen with 550 5.1.0), so entries carry the code as their token, not a reply.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { SPAMHAUS_CHECK, CLOUDMARK_RESET, FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT, FIND_SPAM_SOURCE } from '../shared';

const ERROR_CODES: Reference = {
  title: 'Cox: Email error codes',
  url: 'https://www.cox.com/residential/support/email-error-codes.html',
};
const POSTMASTER: Reference = {
  title: 'Cox Business: Postmaster administration (delivery guidelines)',
  url: 'https://www.cox.com/business/support/cox-postmaster-administration.html',
};
const SENDER_SCORE: Reference = {
  title: 'Validity Sender Score (Return Path reputation lookup)',
  url: 'https://www.senderscore.org/',
  tool: true,
};
const INVALUEMENT: Reference = { title: 'invaluement anti-spam blocklists', url: 'https://www.invaluement.com/' };

const COX_ACCOUNT_STEPS = [
  'Reset the passwords of all your Cox accounts (the main account and every mailbox) from a clean device',
  'Then contact Cox support, quote the AUP# code from the bounce and ask for the sending block to be removed',
];

const base = { kind: 'provider' as const, authority: 'Cox' };
const code = (token: string) => new RegExp(String.raw`\b${token}\b`, 'i');

/** Cox refuses IPs found on third-party DNS blocklists with AUP#IPBLnnnn; each list has its own removal route. */
function ipListed(token: string, list: string, how: string, tools: Reference[]): ProviderEntry {
  return {
    ...base,
    id: `cox-${token}`,
    token,
    aliases: [`AUP#${token}`],
    match: [code(token)],
    title: `Cox: sending IP listed on ${list} [${token}]`,
    meaning: `Cox refused your message because the IP address of the server that sent it is listed on ${list}, a blocklist Cox consults. The listing concerns the server, so every message it sends to Cox is refused until it is removed.`,
    details: `Cox checks each connecting IP against several DNS blocklists and names the hit with AUP#IPBL and a bit pattern (here ${token}, from the digits: CSI, ivmSIP, Return Path, Spamhaus ZEN). Cox does not remove listings itself; the list operator does.`,
    causes: [
      'Spam, complaints or trap hits from the sending IP, possibly caused by another customer on a shared IP',
      'A compromised mailbox or website on the sending server',
    ],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: [FIND_SPAM_SOURCE, how],
    retry: 'after-fix',
    retryAdvice: 'Resend after the IP is removed from the list, or through a different, clean server.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [ERROR_CODES, ...tools],
  };
}

const entries: ProviderEntry[] = [
  {
    ...base,
    id: 'cox-CXBL',
    token: 'CXBL',
    aliases: ['AUP#CXBL'],
    match: [code('CXBL')],
    title: 'Cox: sending IP blocked for spam-like behaviour [CXBL]',
    meaning:
      "Cox blocked the IP address of the server that sent your message because mail from it looked like spam. It is a block on the server, not on you personally, and Cox decides whether to lift it.",
    details:
      'Seen as "554 cmsmtp … blocked. Refer to Error Codes section at … AUP#CXBL". CXBL is Cox\'s own, long-lasting block list, set from complaints, traps and traffic patterns; it does not expire on a timer. Removal is by request to Cox.',
    causes: [
      'Spam or a sudden burst of unwanted mail from the sending IP',
      'A compromised account or form on a shared server (a web host\'s outgoing IP)',
    ],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: [FIND_SPAM_SOURCE, "Then ask Cox to unblock the IP through the request route on Cox's postmaster page, quoting AUP#CXBL"],
    retry: 'after-fix',
    retryAdvice: 'Mail from this IP keeps failing until Cox lifts the block; resend afterwards or through another server.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [ERROR_CODES, POSTMASTER],
  },
  {
    ...base,
    id: 'cox-CDRBL',
    token: 'CDRBL',
    aliases: ['AUP#CDRBL'],
    match: [code('CDRBL')],
    title: 'Cox: sending IP temporarily blocked (up to 24 hours) [CDRBL]',
    meaning:
      "Cox temporarily blocked the IP address of the server that sent your message because of spam-like traffic from it. The block ends by itself within a day.",
    details:
      'CDRBL is Cox\'s short-term reputation block; its length depends on the IP\'s reputation and never exceeds 24 hours. It has been seen as "550 5.1.0 <sender> sender rejected … AUP#CDRBL" at MAIL FROM, so despite being temporary it may arrive as a permanent reply.',
    causes: ['A burst of mail Cox users marked as spam', 'Sending to many unknown Cox addresses', 'A shared IP carrying someone else\'s spam'],
    senderSteps: ['Send the message again tomorrow', FORWARD_TO_ADMIN],
    adminSteps: ['Check recent traffic to cox.net for spam-like mail or bad lists and correct it before the block ends'],
    retry: 'later',
    retryAdvice: 'Resend after up to 24 hours; if it recurs, fix what triggers it.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'transient',
    references: [ERROR_CODES, POSTMASTER],
  },
  {
    ...base,
    id: 'cox-CXDNS',
    token: 'CXDNS',
    aliases: ['AUP#CXDNS'],
    match: [code('CXDNS'), /rejected - no rdns/i],
    title: 'Cox: reverse DNS lookup for the sending IP failed [CXDNS]',
    meaning:
      "Cox could not find a valid name for the IP address of the server that sent your message (its reverse DNS). Cox requires one from every server that delivers mail to it.",
    details:
      "Cox looks up the PTR record of the connecting IP and refuses the connection when none exists or it does not resolve. After fixing the PTR record, Cox asks senders to allow up to 24 hours before resending.",
    causes: ['The sending IP has no PTR record', 'The PTR name does not resolve back to an address', 'A temporary DNS failure at the IP owner\'s DNS'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Have the IP owner (hosting provider or ISP) set a PTR record to the server\'s hostname, with a matching A record', 'Wait 24 hours after the fix before resending to Cox'],
    retry: 'after-fix',
    retryAdvice: 'Resend about a day after the reverse DNS record is fixed.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'requireptr',
    permanence: 'permanent',
    references: [ERROR_CODES, POSTMASTER],
  },
  {
    ...base,
    id: 'cox-CXSNDR',
    token: 'CXSNDR',
    aliases: ['AUP#CXSNDR'],
    match: [code('CXSNDR')],
    title: "Cox: sender failed SPF/DKIM checks for its domain [CXSNDR]",
    meaning:
      "Cox refused the message because it could not confirm it really came from your domain: SPF or DKIM (the DNS-based checks that show a server may send for a domain) failed, or your domain's DNS is incomplete.",
    details:
      'Seen as "550 … message rejected … AUP#CXSNDR". Cox checks the sender domain\'s SPF and DKIM (and older DomainKeys) policies, and requires the domain to resolve to an MX or A record; a failure of either refuses the message.',
    causes: [
      "The sending server or service is missing from the domain's SPF record",
      'DKIM is not set up or its key is missing from DNS',
      'The sender domain has no MX or A record',
    ],
    senderSteps: [FORWARD_TO_ADMIN, 'Say which app or service you sent from, so it can be authorised'],
    adminSteps: [
      'Add the sending service to the SPF record and turn on DKIM signing with your own domain',
      'Make sure the sender domain publishes an MX (or A) record',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend after SPF/DKIM pass and the domain resolves.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [ERROR_CODES, { title: 'RFC 7208 Sender Policy Framework', url: 'https://www.rfc-editor.org/rfc/rfc7208' }],
  },
  {
    ...base,
    id: 'cox-CXSMTP',
    token: 'CXSMTP',
    aliases: ['AUP#CXSMTP'],
    match: [code('CXSMTP'), /esmtp no data before greeting/i],
    title: 'Cox: sending server broke SMTP protocol rules [CXSMTP]',
    meaning:
      "The server that sent your message did not follow the rules of the mail protocol when talking to Cox, so Cox could not trust it as a legitimate mail server and refused the message.",
    details:
      'CXSMTP marks a protocol violation, for example sending commands before Cox\'s greeting ("no data before greeting"), pipelining without permission or malformed commands. Spam bots do this; so do some broken scripts and firewalls.',
    causes: ['A script or device that talks SMTP incorrectly', 'A firewall or proxy that alters the SMTP conversation', 'Malware sending mail from the network'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Capture an SMTP transcript to cox.net and fix the client (wait for the 220 greeting, follow EHLO capabilities); check the network for malware'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the sending software follows the protocol.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [ERROR_CODES, { title: 'RFC 5321 §4.3 SMTP sequencing', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.3' }],
  },
  {
    ...base,
    id: 'cox-CXCNCT',
    token: 'CXCNCT',
    aliases: ['AUP#CXCNCT'],
    match: [code('CXCNCT'), /too many sessions from/i],
    title: 'Cox: too many simultaneous connections from the sending IP [CXCNCT]',
    meaning:
      'Cox turned the connection away because the server sending your message had too many connections open to Cox at once. It is temporary; the message is retried.',
    details:
      'Seen as "421 cmsmtp … blocked … AUP#CXCNCT". Cox limits concurrent SMTP connections per IP (about 10) to protect its servers; a shared IP can reach it because of other senders on it.',
    causes: ['The sending server opens many parallel connections to Cox', 'A shared outbound IP used by many customers at once'],
    senderSteps: ['Nothing needed for one message: it is retried automatically', 'If it finally bounces, send it again later'],
    adminSteps: ['Limit concurrent connections to cox.net MX hosts to well under 10 per IP and reuse sessions'],
    retry: 'later',
    retryAdvice: 'Retries minutes apart normally succeed once connections drop below the limit.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'toomanyconn',
    permanence: 'transient',
    references: [ERROR_CODES, POSTMASTER],
  },
  {
    ...base,
    id: 'cox-CXMXRT',
    token: 'CXMXRT',
    aliases: ['AUP#CXMXRT'],
    match: [code('CXMXRT'), /message threshold exceeded/i],
    title: 'Cox: sender exceeded the message or recipient limit [CXMXRT]',
    meaning:
      'The sender has sent to too many recipients, or too many messages, within Cox\'s limit and has to wait before sending more. It is a rate limit, not a judgement on the message.',
    details:
      'CXMXRT marks Cox\'s per-sender rate limit on messages and recipients. It applies to Cox customers sending through Cox and to outside servers delivering to Cox; the limit resets over time.',
    causes: ['A large mailing or many recipients in a short time', 'A mail loop or an app sending repeatedly'],
    senderSteps: ['Wait an hour or more and send the rest in smaller batches', 'For group mail, use a mailing-list service rather than a personal mailbox'],
    adminSteps: ['Pace deliveries to cox.net and spread campaigns over several hours'],
    retry: 'later',
    retryAdvice: 'Retry after a pause (an hour or more); sending harder extends the limit.',
    party: 'sender',
    reputation: 'low',
    reason: 'speeding',
    permanence: 'transient',
    references: [ERROR_CODES],
  },
  {
    ...base,
    id: 'cox-CXTHRT',
    token: 'CXTHRT',
    aliases: ['AUP#CXTHRT'],
    match: [code('CXTHRT')],
    title: 'Cox: your Cox account is limited for suspicious activity [CXTHRT]',
    meaning:
      "Cox limited sending from your own Cox email account because it saw activity that looks like misuse, often a sign that someone else knows the password. Until it is cleared, your messages are refused.",
    details:
      'CXTHRT is set on a Cox mailbox (outbound) after suspicious patterns such as unusual volume or logins. It protects other users from a possibly hijacked account; Cox support lifts it.',
    causes: ['The mailbox password was stolen and used to send spam', 'An unusual burst of messages from the account'],
    senderSteps: COX_ACCOUNT_STEPS,
    adminSteps: ['Check devices that use the account for malware before reconnecting them with the new password'],
    retry: 'after-fix',
    retryAdvice: 'Resend after Cox has lifted the limit on your account.',
    party: 'sender',
    reputation: 'medium',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [ERROR_CODES],
  },
  {
    ...base,
    id: 'cox-CXMJ',
    token: 'CXMJ',
    aliases: ['AUP#CXMJ'],
    match: [code('CXMJ')],
    title: 'Cox: sending blocked for suspicious activity on the primary account [CXMJ]',
    meaning:
      'Cox blocked sending because of suspicious activity on the primary (main) Cox account that your mailbox belongs to. All mailboxes under it may be affected until the account is secured.',
    details:
      'CXMJ is an outbound block placed on a Cox customer account, not on a single message. Cox asks for all passwords on the account to be reset and for the block to be cleared through support, quoting AUP#CXMJ.',
    causes: ['A compromised password on the main account or one of its mailboxes', 'Spam sent from one of the mailboxes'],
    senderSteps: COX_ACCOUNT_STEPS,
    adminSteps: ['Sign in to the primary Cox account profile, review all mailboxes and remove ones no longer used'],
    retry: 'after-fix',
    retryAdvice: 'Resend after Cox support has removed the block.',
    party: 'sender',
    reputation: 'medium',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [ERROR_CODES],
  },
  ipListed('IPBL0001', 'Spamhaus ZEN', "Look the IP up on Spamhaus's checker, which says which list and why, and request removal there", [SPAMHAUS_CHECK]),
  ipListed('IPBL0010', "the Return Path blocklist (Return Path is now part of Validity)", "Look the IP up on Validity's Sender Score site and follow its removal guidance", [SENDER_SCORE]),
  ipListed('IPBL0100', 'the invaluement ivmSIP list', "Check the IP on invaluement's site and use its removal procedure", [INVALUEMENT]),
  ipListed('IPBL1000', 'Cloudmark CSI', "Request a reputation reset for the IP on Cloudmark's CSI reset page", [CLOUDMARK_RESET]),
  {
    ...ipListed('IPBLxxxx', 'several blocklists at once', 'Read the digits: 1 in the first place is Cloudmark CSI, second invaluement ivmSIP, third Return Path, fourth Spamhaus ZEN; request removal from each', [CLOUDMARK_RESET, SPAMHAUS_CHECK, SENDER_SCORE, INVALUEMENT]),
    aliases: ['IPBL0011', 'IPBL0101', 'IPBL0110', 'IPBL0111', 'IPBL1001', 'IPBL1010', 'IPBL1011', 'IPBL1100', 'IPBL1101', 'IPBL1110', 'IPBL1111'],
    match: [/\bIPBL(?:0011|0101|0110|0111|1001|1010|1011|1100|1101|1110|1111|xxxx)\b/i],
  },
  {
    ...ipListed('IPBL00001', 'a Spamhaus list', "Look the IP up on Spamhaus's checker, which says which list and why, and request removal there", [SPAMHAUS_CHECK]),
    details:
      'AUP#IPBL00001 is the code Cox documents for an IP found on a Spamhaus list (it has five digits, unlike the four-digit IPBL bit patterns). Spamhaus, not Cox, decides on removal.',
  },
  {
    ...base,
    id: 'cox-URLBL1001',
    token: 'URLBL1001',
    aliases: ['AUP#URLBL1001', 'URLBL011', 'URLBL101', 'URLBL110'],
    match: [/\bURLBL(?:1001|011|101|110)\b/i],
    title: 'Cox: a link in the message is on a domain blocklist [URLBL]',
    meaning:
      'Cox refused the message because a link in it points to a domain listed as used by spam. The domain may be your own, your link-tracking service, or a site you linked to.',
    details:
      'Cox checks domains in message bodies against domain blocklists and answers AUP#URLBL with the lists hit: 1001 Spamhaus DBL; 011, 101 and 110 pairs of SURBL, Spamhaus DBL and invaluement ivmURI.',
    causes: [
      'A link to a compromised site, a free link shortener or a tracking domain shared with spammers',
      'Your own domain was listed after abuse',
    ],
    senderSteps: ['Send again without links, or remove them one by one to find the listed domain', 'Avoid link shorteners; link to your own site directly'],
    adminSteps: ["Check the linked domains on Spamhaus's checker (and SURBL/invaluement); if one is yours, fix the cause and request removal"],
    retry: 'after-fix',
    retryAdvice: 'Resend once the listed link is removed or the domain is delisted.',
    party: 'sender',
    reputation: 'high',
    reason: 'spamdetected',
    permanence: 'permanent',
    references: [ERROR_CODES, SPAMHAUS_CHECK],
  },
];

export const cox: ProviderFile = {
  id: 'cox',
  name: 'Cox',
  covers: ['Cox'],
  home: POSTMASTER,
  signatures: [
    /\bcox\.net\b/i,
    /\bcox\.com\b/i,
    /\bcmsmtp\b/i,
    /\bcxr\.mx\.a\.cloudfilter\.net\b/i,
    /\bAUP#(?:CX[A-Z]{2,5}|CDRBL|IPBL[0-9x]{4,5}|URLBL\d{3,4})\b/i,
  ],
  entries,
};
