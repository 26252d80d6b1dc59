// United Internet (GMX, WEB.DE, mail.com, IONOS/1&1): one mail platform behind all four brands. Its servers
// send plain reply codes without enhanced status codes, often prefixed with the recipient ("550 <addr>: ..."),
// and for connection-level refusals a multi-line reply naming the "Nemesis ESMTP" server and a postmaster
// page. The same wording comes back whichever brand the recipient uses.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { FORWARD_TO_ADMIN, SPAMHAUS_CHECK, USE_OTHER_ACCOUNT } from '../shared';

const GMX_ERRORS: Reference = { title: 'GMX Postmaster: error messages', url: 'https://postmaster.gmx.com/en/error-messages' };
const GMX_POLICY: Reference = { title: 'GMX Postmaster: email policy', url: 'https://postmaster.gmx.com/en/email-policy' };
const WEBDE_POSTMASTER: Reference = { title: 'WEB.DE Postmaster', url: 'https://postmaster.web.de/' };
const GMX_CONTACT: Reference = { title: 'GMX Postmaster: contact form (unblock requests)', url: 'https://postmaster.gmx.com/en/contact', tool: true };
const SPF_RFC: Reference = { title: 'RFC 7208 SPF', url: 'https://www.rfc-editor.org/rfc/rfc7208' };

const REFS = [GMX_ERRORS, WEBDE_POSTMASTER];
const base = { kind: 'provider' as const, authority: 'United Internet (GMX, WEB.DE, mail.com, IONOS)' };

const READ_CASE_URL = 'Open the postmaster link in the full reply (postmaster.gmx.net or postmaster.web.de): it names the check that failed';
const ASK_UNBLOCK = 'Once fixed, ask for removal through the GMX / WEB.DE postmaster contact form if the block does not lapse by itself';
const TELL_RECIPIENT = 'Reach the recipient another way (phone, chat, another address) and check the address with them';

type Body = Omit<ProviderEntry, 'id' | 'reply' | 'kind' | 'authority'>;

/** The platform answers the same refusal with 550 after RCPT/DATA and with 554 at connection time. */
function perReply(slug: string, replies: string[], body: Body): ProviderEntry[] {
  return replies.map((reply) => ({ ...base, ...body, id: `united-internet-${reply}-${slug}`, reply }));
}

const entries: ProviderEntry[] = [
  // First: when a reply is known to be United Internet's but its wording is not, this is the fair reading.
  ...perReply('policy-restrictions', ['550', '554'], {
    match: [/reject due to policy restrictions(?!\s{0,2}\((?:ip|domain) based)/i],
    title: 'GMX / WEB.DE: refused by mail policy',
    meaning:
      'GMX or WEB.DE refused your message because it broke one of their acceptance rules. Which rule is named in the postmaster link of the full reply; usually it concerns the sending server\'s setup or reputation.',
    details:
      'United Internet\'s generic policy refusal. At connection time the reply spans several lines ("Nemesis ESMTP Service not available", "No SMTP service", a reason line, then a postmaster.gmx.net or postmaster.web.de case link); the last lines carry the actual reason.',
    causes: [
      'The sending server breaks the email policy (missing reverse DNS, bad HELO name, invalid sender domain)',
      'Poor reputation of the sending IP or domain',
    ],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: [READ_CASE_URL, 'Compare the sending setup with the GMX email policy (PTR, HELO, SPF, sender domain DNS)', ASK_UNBLOCK],
    retry: 'after-fix',
    retryAdvice: 'Resend after the rule named in the case link is met.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'policyviolation',
    permanence: 'permanent',
    references: [...REFS, GMX_POLICY, GMX_CONTACT],
  }),
  ...perReply('spf-reject', ['550'], {
    match: [/reject due to spf policy/i, /originating ip[^\n]{0,40}not permitted by the domain owner/i],
    title: 'GMX / WEB.DE: rejected by the sender domain\'s SPF record',
    meaning:
      "The domain in your sender address publishes an SPF record (a DNS list of servers allowed to send its mail), and the server that delivered your message is not on it. GMX and WEB.DE refuse such mail because it looks forged.",
    details:
      'United Internet checks SPF on the envelope sender (MAIL FROM) and rejects on a hard fail ("-all"). Forwarders that keep the original MAIL FROM trip this unless they rewrite it with SRS.',
    causes: [
      'A new mail service or server sends as your domain but is missing from the SPF record',
      'The message was forwarded by a server that does not rewrite the envelope sender (no SRS)',
      'Someone forged your domain',
    ],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: [
      'Add every service that sends as your domain to the SPF TXT record (include: or ip4:) and keep it under 10 DNS lookups',
      'If you forward mail, enable SRS so the envelope sender matches the forwarding server',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend once the SPF record lists the sending server; DNS changes can take up to the record\'s TTL to be seen.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [...REFS, SPF_RFC],
  }),
  ...perReply('policy-ip-based', ['550', '554'], {
    match: [/policy restrictions \(ip based\)/i, /\bip address is bl(?:o|a)ck ?listed\b/i],
    title: 'GMX / WEB.DE: sending IP refused',
    meaning:
      'GMX and WEB.DE refused the server that sent your message because of that server\'s IP address: it is on their own block list or a public one they use. It is about the sending server, not about you or the text.',
    details:
      'United Internet keeps its own IP reputation and also uses external DNS block lists. The reply says "Reject due to policy restrictions (IP based)" or, at connection time, "IP address is block listed" (older front ends: "black listed") with a postmaster case link naming the list.',
    causes: [
      'Spam or a flood of mail from the sending IP (a hacked account, an open form)',
      'The IP is on a public block list such as Spamhaus',
      'A shared or new IP with poor or no history',
    ],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: [READ_CASE_URL, 'Check the IP on check.spamhaus.org, stop whatever sent the bad mail, then request removal', ASK_UNBLOCK],
    retry: 'after-fix',
    retryAdvice: 'Mail from this IP keeps failing until the listing ends; send through another server meanwhile.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [...REFS, GMX_CONTACT, SPAMHAUS_CHECK],
  }),
  ...perReply('policy-domain-based', ['550', '554'], {
    match: [/policy restrictions \(domain based\)/i],
    title: 'GMX / WEB.DE: sender domain refused',
    meaning:
      'GMX and WEB.DE refused your message because of a domain in it, usually your sender domain or a domain linked in the text, which their filters or a domain block list rate as abusive.',
    details:
      'The domain-based variant of United Internet\'s policy refusal: the verdict comes from the reputation of a domain (envelope sender, From, or URLs in the body), not of the sending IP.',
    causes: [
      'The sender domain or a linked domain is on a domain block list (for example Spamhaus DBL)',
      'A link shortener or tracking domain shared with spammers',
      'A newly registered domain without reputation',
    ],
    senderSteps: [FORWARD_TO_ADMIN, 'Try again without links, especially shortened ones'],
    adminSteps: [READ_CASE_URL, 'Look up your domain and linked domains on check.spamhaus.org and remove listed links', ASK_UNBLOCK],
    retry: 'after-fix',
    retryAdvice: 'Resend after the domain is clean or the offending link is gone; repeated attempts do not help.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [...REFS, GMX_CONTACT, SPAMHAUS_CHECK],
  }),
  ...perReply('bad-ptr', ['550', '554'], {
    match: [/bad dns ptr resource record/i],
    title: 'GMX / WEB.DE: sending server has no valid reverse DNS',
    meaning:
      'The server that sent your message has no proper reverse DNS name (PTR record: the name an IP address points back to), or that name does not lead back to the IP. GMX and WEB.DE only take mail from servers that are named properly.',
    details:
      'United Internet requires a PTR record for the connecting IP whose host name resolves back to the same IP (forward-confirmed rDNS), and prefers that the HELO name matches it. Generic dial-up style names also fail.',
    causes: [
      'No PTR record for the sending IP',
      'The PTR name does not resolve back to the IP',
      'Mail sent directly from a home or cloud connection instead of a proper mail server',
    ],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: [
      'Ask whoever owns the IP (hosting or ISP) to set a PTR record to your mail server\'s host name',
      'Make that host name resolve (A/AAAA) to the same IP and use it as the HELO name',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend once the PTR and forward record agree; retries before that fail the same way.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'requireptr',
    permanence: 'permanent',
    references: [...REFS, GMX_POLICY],
  }),
  ...perReply('invalid-sender-domain-dns', ['550', '554'], {
    match: [/invalid dns (?:mx|a)\b[^\n]{0,30}resource record/i],
    title: 'GMX / WEB.DE: sender domain has no usable MX or A record',
    meaning:
      'The domain in your sender address cannot receive mail: it has no valid MX record (where its mail goes) and no address record. GMX and WEB.DE refuse mail from such domains because replies and bounces could not reach you.',
    details:
      'United Internet resolves the envelope sender\'s domain and rejects when it has neither a usable MX nor an A/AAAA record, or when those point to invalid targets (private addresses, names that do not resolve).',
    causes: [
      'A sending-only domain or subdomain without MX or A records',
      'A typo in the sender address configured in an application',
      'A DNS outage or expired domain',
    ],
    senderSteps: [FORWARD_TO_ADMIN, 'Check that the sender address set in your mail program or application is spelled right'],
    adminSteps: [
      'Publish an MX record (or at least an A record) for the sender domain that points to a reachable mail server',
      'Use a bounce domain with valid MX records in applications that send mail',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend once the sender domain resolves with a valid MX or A record.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'rejected',
    permanence: 'permanent',
    references: [...REFS, GMX_POLICY],
  }),
  ...perReply('syntax-error', ['501', '550'], {
    match: [/syntax error in parameters or arguments/i],
    title: 'GMX / WEB.DE: sending server misconfigured',
    meaning:
      'GMX or WEB.DE refused to talk to the server that sent your message because it sent malformed commands. This is a setup problem on the sending side, not a problem with the address.',
    details:
      'United Internet answers the standard "Syntax error in parameters or arguments" text, with 501 or as 550 prefixed by the address, when the HELO name, the MAIL FROM or RCPT TO arguments break RFC 5321 (invalid HELO, bare addresses, bad parameters).',
    causes: [
      'An invalid HELO/EHLO name (an IP without brackets, "localhost", a name that does not exist)',
      'A malformed sender or recipient address in the envelope',
    ],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: ['Set a fully qualified HELO name that resolves, and check the envelope addresses your application writes', READ_CASE_URL],
    retry: 'after-fix',
    retryAdvice: 'Resend after the sending server\'s configuration is fixed.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'syntaxerror',
    permanence: 'permanent',
    references: [...REFS, GMX_POLICY],
  }),
  ...perReply('mailbox-unavailable', ['550'], {
    match: [/requested action not taken:? mailbox unavailable/i],
    title: 'GMX / WEB.DE: address does not exist',
    meaning:
      'There is no mailbox for this address at GMX, WEB.DE or mail.com, or it has been closed. Check the spelling with the recipient.',
    details:
      'United Internet uses the RFC 5321 wording for 550 without an enhanced code when the recipient is unknown or the account is deleted or locked.',
    causes: ['A typo in the address', 'The account was closed or deleted for inactivity', 'The address never existed'],
    senderSteps: ['Check the spelling of the address', TELL_RECIPIENT],
    adminSteps: ['Remove the address from mailing lists after this bounce'],
    retry: 'no',
    retryAdvice: 'Resending to the same address fails again; use a corrected address.',
    party: 'sender',
    reputation: 'none',
    reason: 'userunknown',
    permanence: 'permanent',
    references: REFS,
  }),
  ...perReply('quota-exceeded', ['550', '552'], {
    match: [/exceeded storage allocation,?\s{0,2}quota exceeded/i, /\bquota exceeded\b/i],
    title: "GMX / WEB.DE: recipient's mailbox is full",
    meaning:
      "The recipient's GMX, WEB.DE or mail.com mailbox has no space left, so your message was refused. The recipient has to delete mail or get more storage.",
    details:
      'United Internet writes the RFC 5321 text for 552 ("Requested mail action aborted: exceeded storage allocation") followed by "Quota exceeded", sometimes under 550 with the address in front.',
    causes: ['The recipient\'s mailbox is at its storage limit', 'An abandoned mailbox that nobody empties'],
    senderSteps: [TELL_RECIPIENT, 'Send again in a few days, or without large attachments'],
    adminSteps: ['If the address keeps bouncing for weeks, treat it as abandoned and remove it from lists'],
    retry: 'later',
    retryAdvice: 'Try again after the recipient has cleared space; a few days is typical.',
    party: 'recipient',
    reputation: 'none',
    reason: 'mailboxfull',
    permanence: 'permanent',
    references: REFS,
  }),
];

export const unitedInternet: ProviderFile = {
  id: 'united-internet',
  name: 'United Internet (GMX, WEB.DE, mail.com, IONOS)',
  covers: [],
  home: GMX_ERRORS,
  signatures: [
    /\bnemesis esmtp\b/i,
    /\(mx[a-z]{0,8}\d{2,4}\)/i,
    /postmaster\.(?:gmx|web)\.(?:net|com|de)/i,
    /\bgmx\.(?:net|de|com|at|ch|fr|es|co\.uk)\b/i,
    /\bweb\.de\b/i,
    /@mail\.com\b/i,
    /\bkundenserver\.de\b/i,
    /\bmx\d{0,2}\.ionos\.(?:com|de|co\.uk|fr|es)\b/i,
    /\breject due to (?:spf policy|policy restrictions)\b/i,
    /\bbad dns ptr resource record\b/i,
    /\binvalid dns (?:mx|a)\b[^\n]{0,30}resource record/i,
    /\bexceeded storage allocation,?\s{0,2}quota exceeded/i,
  ],
  entries,
};
