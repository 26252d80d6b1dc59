// Orange (orange.fr, wanadoo.fr; servers smtp-in.orange.fr, mwinfNNNN) and La Poste (laposte.net, servers
// smtpz4.laposte.net, lpn-prd-*): both end their bilingual (French, then English) replies with a code
// OFRnnn_NNN or LPNnnn_NNN; the part before the underscore names a server group, the three digits after it
// the reason. Orange often appends the reason again in brackets ("[102]").
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { SPAMHAUS_CHECK, CLOUDMARK_RESET, FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT } from '../shared';

const POSTMASTER: Reference = {
  title: 'Orange: Postmaster (delivering mail to Orange and Wanadoo addresses)',
  url: 'https://postmaster.orange.fr/',
};

const CHECK_ADDRESS = 'Check the address letter by letter against a recent message from this person, or ask them for it another way';

// Server-group prefixes seen in real replies; the engine finds an entry by one of these literal words.
const PREFIXES = ['OFR', 'OFR004', 'OFR005', 'OFR006', 'LPN', 'LPN000', 'LPN001', 'LPN003', 'LPN004', 'LPN005', 'LPN006', 'LPN007', 'LPN105', 'LPNAAA'];

/** Token, aliases and wording patterns for reason number n (e.g. "101"). */
function codeOf(n: string) {
  return {
    token: `OFR*_${n}`,
    aliases: [`LPN*_${n}`, ...PREFIXES.map((p) => `${p}_${n}`), `LPN${n}`],
    match: [
      new RegExp(String.raw`\b(?:OFR|LPN|OUK)[A-Z0-9]{0,6}_?${n}\b`, 'i'),
      // The bare suffix, as a lookup or a shortened log quotes it.
      new RegExp(String.raw`(?:^|[\s(\[])_${n}\b`),
    ],
  };
}

const base = { kind: 'provider' as const, authority: 'Orange / La Poste' };

type Rest = Omit<ProviderEntry, 'id' | 'kind' | 'authority' | 'token' | 'aliases' | 'match'> & { extra?: RegExp[] };

function entry(n: string, slug: string, rest: Rest): ProviderEntry {
  const { extra, ...text } = rest;
  const c = codeOf(n);
  return { ...base, id: `orange-${n}-${slug}`, token: c.token, aliases: c.aliases, match: [...c.match, ...(extra ?? [])], ...text };
}

const entries: ProviderEntry[] = [
  entry('101', 'spamhaus', {
    extra: [/blocked using spamhaus/i],
    title: 'Orange / La Poste: sending IP blocked, listed by Spamhaus [_101]',
    meaning:
      "The mail service refused your message because the IP address of the server that sent it is on a Spamhaus blocklist. It concerns the server, so every message it sends there is refused until the listing is removed.",
    details:
      'Code 101 (for example LPNAAA_101, "client … blocked using Spamhaus") names a Spamhaus listing of the connecting IP; La Poste adds a French/English notice and a link to the Spamhaus lookup. Spamhaus decides on removal.',
    causes: ['Spam or a compromised machine on the sending IP', 'Mail sent directly from a home or dynamic IP (Spamhaus PBL)'],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: ["Look the IP up on Spamhaus's checker, fix the cause it names and request removal there"],
    retry: 'after-fix',
    retryAdvice: 'Resend after the listing is removed, or through another server.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [POSTMASTER, SPAMHAUS_CHECK],
  }),
  entry('102', 'spam-incident', {
    extra: [/blocked for spamming issues/i, /bloquee pour incident de spam/i],
    title: 'Orange / La Poste: sending IP blocked after spam incidents [_102]',
    meaning:
      "The IP address of the server that sent your message is blocked because spam came from it. Your own message may be fine; it shares the server's penalty.",
    details:
      'Orange answers "550 mwinf… Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102" with a Cloudmark CSI reset link; Orange filters with Cloudmark. La Poste\'s LPN…_102 links a Sender Score lookup instead.',
    causes: ['Spam reports or trap hits from the sending IP', 'A compromised account or form on a shared server'],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: [
      'Stop the source of unwanted mail first (compromised accounts, bad lists)',
      "For Orange, request a reset on Cloudmark's CSI page linked in the reply; for La Poste, check the IP's Sender Score",
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend after the IP reputation is reset.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [POSTMASTER, CLOUDMARK_RESET],
  }),
  entry('103', 'refused-for-now', {
    title: 'Orange / La Poste: service refused for now, try later [_103]',
    meaning:
      "The mail service refused the sending server for the time being, usually because of its recent volume or reputation. It asks for mail to be sent again later; the refusal is not about the recipient.",
    details:
      'Seen as "550 mwinf… ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR006_103 <IP> [103]". It names the IP and comes as a 5xx, so most servers do not retry it by themselves.',
    causes: ['A burst of mail from the sending IP', 'A reputation drop after complaints', 'A shared IP affected by other senders'],
    senderSteps: ['Send the message again in a few hours', FORWARD_TO_ADMIN],
    adminSteps: ['Lower the sending rate and connections to Orange and La Poste and check complaint and bounce rates'],
    retry: 'later',
    retryAdvice: 'Resend after a few hours; repeated refusals mean the reputation needs work.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'blocked',
    permanence: 'permanent',
    references: [POSTMASTER],
  }),
  entry('104', 'too-many-connections', {
    extra: [/too many connections, slow down/i],
    title: 'Orange / La Poste: too many simultaneous connections [_104]',
    meaning:
      'The sending server had too many connections open at the same time. The message is delayed, not refused; it is retried with fewer connections.',
    details:
      'A 421 "Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]". Both services allow only a few parallel connections per IP, fewer for IPs with little reputation.',
    causes: ['The sending server opens several parallel connections to the same MX', 'A shared IP used by many senders at once'],
    senderSteps: ['Nothing needed for one message: it is retried automatically'],
    adminSteps: ['Limit concurrent connections to smtp-in.orange.fr and smtpz4.laposte.net to a handful per IP'],
    retry: 'later',
    retryAdvice: 'Retries minutes apart normally succeed.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'toomanyconn',
    permanence: 'transient',
    references: [POSTMASTER],
  }),
  entry('305', 'login-invalid', {
    extra: [/code d.authentification invalide/i],
    title: 'Orange / La Poste: login code not valid [_305]',
    meaning:
      "The outgoing mail server did not accept the login your mail app used: the password (or login code) is wrong or has changed. Your message was not sent.",
    details:
      'OFR_305 answers a failed SMTP AUTH on Orange\'s submission server ("550 5.7.0 Code d\'authentification invalide"). It concerns sending from an Orange mailbox, not delivery to someone else.',
    causes: ['A wrong or changed password saved in the mail app', 'The account requires a new password after a security reset'],
    senderSteps: ['Re-enter your Orange email password in the outgoing (SMTP) server settings of the app', 'Check that you can sign in to Orange webmail with it'],
    adminSteps: ['Make sure the app uses the Orange submission server with authentication enabled'],
    retry: 'after-fix',
    retryAdvice: 'Resend after correcting the login.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [POSTMASTER],
  }),
  entry('401', 'spf', {
    extra: [/is not allowed to send mail[^\n]{0,40}(?:LPN|OFR)/i, /spf\/dns de votre nom de domaine/i],
    title: "Orange / La Poste: SPF does not allow the sending server [_401]",
    meaning:
      "Your domain's SPF record (the DNS list of servers allowed to send for it) does not include the server that sent this message, so it was refused as possibly forged.",
    details:
      'Seen as "550 5.5.0 SPF: <IP> is not allowed to send mail. LPN004_401". The SPF check on the sender domain failed for the connecting IP; Orange\'s wording asks to verify the SPF/DNS setup of the domain.',
    causes: ['The sending service is missing from the SPF record', 'A broken SPF record (two records, syntax errors, over 10 lookups)', 'Forwarding through a server not in the record'],
    senderSteps: [FORWARD_TO_ADMIN, 'Say which app or service you sent from, so it can be authorised'],
    adminSteps: ['Add the sending service to the single v=spf1 record of the domain and validate it; also sign with DKIM'],
    retry: 'after-fix',
    retryAdvice: 'Resend after SPF passes for the sending server.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [POSTMASTER, { title: 'RFC 7208 Sender Policy Framework', url: 'https://www.rfc-editor.org/rfc/rfc7208' }],
  }),
  entry('402', 'auth-required', {
    extra: [/authentification requise/i],
    title: 'Orange / La Poste: log in before sending [_402]',
    meaning: "Your mail app tried to send through the Orange or La Poste outgoing server without logging in. Turn on authentication for the outgoing server in the app's settings.",
    details: 'Seen as "550 5.5.0 Authentification requise. Authentication Required. LPN105_402": the submission server requires SMTP AUTH before it accepts mail for other domains.',
    causes: ['Outgoing server authentication is off in the mail app', 'The app uses the wrong port or server name'],
    senderSteps: ['In your mail app, enable "my outgoing server requires authentication" with the same login as for incoming mail'],
    adminSteps: ["Use the provider's documented submission server and port (587 with STARTTLS or 465)"],
    retry: 'after-fix',
    retryAdvice: 'Resend after enabling authentication.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [POSTMASTER],
  }),
  entry('405', 'invalid-sender', {
    extra: [/emetteur invalide/i],
    title: 'Orange / La Poste: sender address or domain invalid [_405]',
    meaning:
      "The sender address of the message was refused as invalid: its domain could not be found in DNS, the address is malformed, or it is not one you may send as.",
    details:
      'Seen as "501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]" at MAIL FROM. Both services check that the envelope sender\'s domain resolves (MX or A record) and is well formed.',
    causes: ['A sender domain without MX or A records, or expired', 'A malformed envelope sender set by an app or script', 'A From address not owned by the logged-in account'],
    senderSteps: ['Check the From address in the app that sent the message', FORWARD_TO_ADMIN],
    adminSteps: ['Make sure the envelope sender domain publishes MX (or A) records and that scripts set a valid return address'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the sender address is valid.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'rejected',
    permanence: 'permanent',
    references: [POSTMASTER],
  }),
  entry('416', 'unknown-recipient', {
    extra: [/invalid recipient\.\s{0,3}(?:OFR|LPN)/i, /destinataire invalide/i],
    title: 'Orange / La Poste: recipient address unknown [_416]',
    meaning: 'There is no mailbox with this address at Orange or La Poste. It is mistyped, was never created, or has been closed.',
    details:
      'Seen as "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]" (La Poste: "550 5.5.0 … LPN007_416"). The address was checked at RCPT TO and not found.',
    causes: ['A typo in the address', 'A closed account (common with old wanadoo.fr addresses)', 'An outdated list'],
    senderSteps: [CHECK_ADDRESS, 'Remove the address from your contacts and lists if it is gone'],
    adminSteps: ['Suppress hard-bounced addresses so they are not mailed again'],
    retry: 'no',
    retryAdvice: 'Sending again to the same address fails the same way.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [POSTMASTER],
  }),
  entry('417', 'mailbox-full', {
    extra: [/boite du destinataire pleine/i, /recipient overquota/i],
    title: "Orange / La Poste: recipient's mailbox is full [_417]",
    meaning: "The recipient's mailbox is full, so it cannot take new mail until they delete some. Nothing is wrong on your side.",
    details: 'Seen as "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]". The 5xx reply means the sending server gives up at once.',
    causes: ['The recipient has not cleaned up their mailbox', 'An abandoned mailbox that keeps filling'],
    senderSteps: ['Tell the person another way that their mailbox is full', 'Send the message again after they free space, without large attachments'],
    adminSteps: ['If the address stays full for weeks, treat it as abandoned'],
    retry: 'later',
    retryAdvice: 'Resend after the recipient has made space.',
    party: 'recipient',
    reputation: 'none',
    reason: 'mailboxfull',
    permanence: 'permanent',
    references: [POSTMASTER],
  }),
  entry('420', 'archived', {
    extra: [/boite du destinataire archivee/i, /archived recipient/i],
    title: "Orange / La Poste: recipient's mailbox is archived [_420]",
    meaning: 'The recipient\'s mailbox has been archived because it was not used for a long time, so it no longer receives mail. The person needs to reactivate it or give you another address.',
    details: 'Seen as "550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420". Inactive mailboxes are archived and refuse new mail.',
    causes: ['The mailbox owner has not signed in for a long time'],
    senderSteps: ['Contact the person another way and ask for a current address'],
    adminSteps: ['Stop sending to the address unless the owner confirms it is active again'],
    retry: 'no',
    retryAdvice: 'Do not resend until the owner has reactivated the mailbox.',
    party: 'recipient',
    reputation: 'low',
    reason: 'suspend',
    permanence: 'permanent',
    references: [POSTMASTER],
  }),
  entry('426', 'account-blocked', {
    extra: [/compte du destinataire est bloque/i, /recipient account is ?blocked/i],
    title: "Orange / La Poste: recipient's account is blocked [_426]",
    meaning: "The recipient's account is blocked, so it does not receive mail at the moment. Only the account owner can get it unblocked.",
    details: 'Seen as "550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426". The account exists but is suspended.',
    causes: ['The account was suspended (security, abuse or an unpaid service)', 'A long-inactive account'],
    senderSteps: ['Tell the person another way that their mailbox refuses mail', 'Resend once they confirm it works again'],
    adminSteps: ['Pause sending to the address; remove it if it stays blocked'],
    retry: 'after-fix',
    retryAdvice: 'Resend only after the recipient has their account unblocked.',
    party: 'recipient',
    reputation: 'none',
    reason: 'suspend',
    permanence: 'permanent',
    references: [POSTMASTER],
  }),
  entry('505', 'retry-later', {
    title: 'Orange / La Poste: service refused for now, try later [_505]',
    meaning: 'The mail service temporarily declined the message and asked for it to be sent again later. The sending server keeps retrying by itself.',
    details:
      'Seen as "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]" at end of DATA. A temporary refusal, often from load or a rate decision on the message.',
    causes: ['Load on the receiving servers', 'A temporary rate decision on the sending IP or the message'],
    senderSteps: ['Wait: the message is retried automatically'],
    adminSteps: ['Keep standard retry intervals and moderate sending rates to Orange and La Poste'],
    retry: 'later',
    retryAdvice: 'Usually delivered on a later attempt within a few hours.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'systemerror',
    permanence: 'transient',
    references: [POSTMASTER],
  }),
  entry('506', 'spam', {
    extra: [/mail rejete\. mail rejected/i],
    title: 'Orange / La Poste: message rejected as spam [_506]',
    meaning: "The recipient's mail service judged the message to be spam and refused it. Something in its content, links or the way it was sent looked like bulk mail.",
    details: 'Seen as "550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]" after DATA. Orange filters with Cloudmark and Vade; the decision covers content, links and sender reputation.',
    causes: ['Spam-like content or links to domains with a poor reputation', 'Failing SPF/DKIM/DMARC', 'A poor reputation of the sending IP or domain'],
    senderSteps: ['Send a short plain message without links or attachments to see whether content is the trigger', FORWARD_TO_ADMIN],
    adminSteps: ['Make SPF, DKIM and DMARC pass with your own domain and check link domains and the IP on blocklists'],
    retry: 'after-fix',
    retryAdvice: 'The same message is refused again; resend after changing content or fixing authentication.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'spamdetected',
    permanence: 'permanent',
    references: [POSTMASTER],
  }),
  entry('514', 'too-big', {
    extra: [/taille limite du message atteinte/i],
    title: 'Orange / La Poste: message size limit reached [_514]',
    meaning: 'The message is larger than the recipient\'s mail service accepts. Attachments grow by about a third when sent, so they count for more than their file size.',
    details: 'Code 514 ("Taille limite du message atteinte") refuses a message above the size limit, measured as transmitted after encoding.',
    causes: ['Large attachments (photos, videos, scans)', 'Several attachments adding up'],
    senderSteps: ['Share large files through a cloud storage link instead of attaching them', 'Or split them over several smaller messages'],
    adminSteps: ['Offer users a file-sharing service for large files'],
    retry: 'after-fix',
    retryAdvice: 'Resend with a smaller message.',
    party: 'sender',
    reputation: 'none',
    reason: 'mesgtoobig',
    permanence: 'permanent',
    references: [POSTMASTER],
  }),
  entry('517', 'dmarc', {
    extra: [/verification dmarc/i, /dmarc verification failed/i],
    title: "Orange / La Poste: DMARC verification failed [_517]",
    meaning:
      "The domain in your From address publishes a DMARC policy (a DNS rule telling receivers what to do with mail that fails its checks), and this message failed it, so it was refused.",
    details:
      'Seen as "Message refused, DMARC verification Failed. Message refuse, verification DMARC en echec LPN007_517". Neither SPF nor DKIM passed for a domain aligned with the From address.',
    causes: ['A sending service signs with its own domain instead of yours', 'Forwarding that broke SPF with no valid DKIM', 'Someone forging your domain'],
    senderSteps: [FORWARD_TO_ADMIN, 'If you never sent this message, your domain is being spoofed; tell your administrator'],
    adminSteps: ['Set up DKIM with your own domain in every service that sends as you; use DMARC reports to find unaligned sources'],
    retry: 'after-fix',
    retryAdvice: 'Resend once SPF or DKIM passes and aligns with the From domain.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [POSTMASTER, { title: 'RFC 7489 DMARC', url: 'https://www.rfc-editor.org/rfc/rfc7489' }],
  }),
  entry('630', 'client-host-rejected', {
    extra: [/client host rejected: [^\n]{0,40}lpn/i],
    title: 'Orange / La Poste: sending server rejected [_630]',
    meaning: "The recipient's mail service refused the server that sent your message under its local rules, before looking at the message. The cause is the sending server's setup or reputation.",
    details:
      'Seen as "554 5.7.1 <host[IP]>: Client host rejected: #216 lpn LPN000_630" at RCPT TO. La Poste refuses the connecting host by policy: reputation, missing or generic reverse DNS, or a dynamic IP range.',
    causes: ['The sending IP has no proper reverse DNS name, or a generic one', 'A dynamic or residential IP', 'A poor reputation of the IP'],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: ['Give the IP a PTR record matching the server\'s hostname and HELO name; send from a static IP with clean reputation'],
    retry: 'after-fix',
    retryAdvice: 'Resend after fixing the sending server\'s setup, or through another server.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'policyviolation',
    permanence: 'permanent',
    references: [POSTMASTER],
  }),
  entry('999', 'service-refused', {
    title: 'Orange / La Poste: service refused, IP temporarily blocked [_999]',
    meaning:
      "The mail service is refusing the sending server for now, usually after complaints or a spike in volume. Orange lifts such blocks after some hours; until then every message from that server is turned away.",
    details:
      'Seen as "421 mwinf… ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]". It is a block on the IP; when it comes as 421 the sending server keeps retrying and may deliver once it lifts.',
    causes: ['A rise in spam complaints from Orange users about mail from the IP', 'A burst of mail or too many connections', 'A shared IP affected by other senders'],
    senderSteps: ['Wait a few hours: the message may still be delivered by the automatic retries', FORWARD_TO_ADMIN],
    adminSteps: ['Pause non-urgent mail to Orange for a few hours, then send at a lower rate', 'Review complaint rates and list hygiene for Orange recipients'],
    retry: 'later',
    retryAdvice: 'Blocks usually lift after a few hours; repeated blocks mean the sending practices need fixing.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [POSTMASTER],
  }),
];

export const orange: ProviderFile = {
  id: 'orange',
  name: 'Orange / La Poste (France)',
  covers: ['Orange / La Poste (France)'],
  home: POSTMASTER,
  signatures: [
    /\borange\.fr\b/i,
    /\bwanadoo\.fr\b/i,
    /\blaposte\.net\b/i,
    /\bmwinf[0-9a-z]{0,8}\b/i,
    /\blpn-prd-/i,
    /\b(?:OFR|LPN)[A-Z0-9]{0,6}_\d{3}\b/i,
  ],
  entries,
};
