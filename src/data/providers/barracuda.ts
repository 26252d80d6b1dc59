// Barracuda (Email Security Gateway appliances and the cloud Email Security Service / Email Gateway Defense),
// plus the Barracuda Reputation Block List (BRBL, b.barracudacentral.org) that other mail servers query.
// ESS hosts are named *.ess.barracudanetworks.com; reputation refusals link to barracudanetworks.com/reputation.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { RFC3463_ADDRESS } from '../shared';

const BRBL_LOOKUP: Reference = {
  title: 'Barracuda Central: IP reputation lookup and BRBL removal request',
  url: 'https://www.barracudacentral.org/lookups',
  tool: true,
};
const ESS_MESSAGE_LOG: Reference = {
  title: 'Barracuda Campus: Email Security Service message log actions and reasons',
  url: 'https://campus.barracuda.com/doc/169282026',
};

const FORWARD_TO_IT = 'Forward this bounce to your IT team or email provider';
const ASK_RECIPIENT_IT =
  "Reach the recipient another way and ask their IT team to check the Barracuda message log for your message and allow you if it is legitimate";
const REQUEST_BRBL_REMOVAL =
  'Look the sending IP up at barracudacentral.org/lookups and, once the cause is fixed, submit the removal request there';
const FIND_SPAM_SOURCE =
  'Find what sent unwanted mail from that IP (compromised account, hacked web form, infected device) and stop it first';
const RETRIES_ARE_AUTOMATIC = 'Nothing to change if your server retries 4xx replies with a normal back-off (the default)';

const cuda = { kind: 'provider' as const, authority: 'Barracuda' };

const entries: ProviderEntry[] = [
  {
    ...cuda,
    id: 'barracuda-421-temporary-failure',
    reply: '421',
    match: [/temporary failure,? please try again later/i],
    title: 'Barracuda: temporary refusal, try again later',
    meaning:
      "The recipient's Barracuda filter turned your server away for the moment without giving a specific reason. Your server keeps the message and tries again later; usually it gets through.",
    details:
      "A Barracuda gateway or the cloud Email Security Service answered 421 \"Temporary failure, please try again later\". It uses this generic deferral for load, rate control and similar short-term conditions; the recipient's message log shows the exact reason.",
    causes: [
      'Rate control: too many messages or connections from your IP in a short time',
      'Load or a short outage on the Barracuda service',
      'A temporary check that has not finished (for example a suspected outbreak)',
    ],
    senderSteps: ['Wait: your server retries and the message usually arrives later', 'If it is still undelivered after several hours, tell the recipient another way'],
    adminSteps: [RETRIES_ARE_AUTOMATIC, 'If deferrals persist, slow the sending rate to this domain'],
    retry: 'later',
    retryAdvice: 'Usually clears within minutes to an hour; your server retries automatically.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'systemerror',
    permanence: 'transient',
    references: [ESS_MESSAGE_LOG],
  },
  {
    ...cuda,
    id: 'barracuda-422-license-expired',
    reply: '422',
    match: [/licen[cs]e (?:has )?expired/i, /licen[cs]e[^\n]{0,30}\bexpired\b/i],
    title: "Barracuda: recipient's filter licence expired",
    meaning:
      "The Barracuda filter in front of the recipient's mail has stopped accepting mail because its subscription or licence has expired. The problem is entirely on the recipient's side.",
    details:
      'A Barracuda appliance or service whose licence or subscription lapsed answers with a temporary 4xx code (reported as 422) saying the licence expired, instead of processing mail. It lasts until the recipient organisation renews.',
    causes: ["The recipient organisation's Barracuda subscription or licence lapsed", 'A licence or activation problem after an appliance replacement'],
    senderSteps: ['Tell the recipient by phone or another address that their mail filter is refusing mail', 'Let your server keep retrying for now'],
    adminSteps: [RETRIES_ARE_AUTOMATIC, 'Recipient side: renew or re-activate the Barracuda licence'],
    retry: 'later',
    retryAdvice: 'Your server retries by itself; delivery works once the recipient renews, otherwise the queue expires after a few days.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [ESS_MESSAGE_LOG],
  },
  {
    ...cuda,
    id: 'barracuda-450-4.7.1-abuse',
    reply: '450',
    status: '4.7.1',
    match: [/policy rejection\s?-\s?abuse/i],
    title: 'Barracuda: deferred under an abuse policy',
    meaning:
      "The recipient's Barracuda filter held back your message under a rule against abusive sending, for example too many messages or invalid addresses in a short time. It is temporary, but repeated attempts in the same pattern keep it going.",
    details:
      'Barracuda answered 450 4.7.1 "Policy Rejection- Abuse" at RCPT TO. The wording gives no more detail; it is used when the sending IP trips the recipient\'s abuse or rate policies. The recipient\'s message log shows the rule.',
    causes: [
      'A burst of messages or connections from your IP to this organisation',
      'Many messages to unknown addresses at this domain',
      'Traffic that resembles a dictionary or spam attack',
    ],
    senderSteps: ['Wait and let your server retry', 'If you send bulk mail to this organisation, send fewer messages at a time'],
    adminSteps: ['Lower the sending rate and parallel connections to this domain', 'Remove unknown addresses at this domain from your lists'],
    retry: 'later',
    retryAdvice: 'Retries usually succeed once the sending rate drops; persistent deferrals need the recipient to allow you.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'policyviolation',
    permanence: 'transient',
    references: [ESS_MESSAGE_LOG],
  },
  {
    ...cuda,
    id: 'barracuda-451-4.7.1-greylisted',
    reply: '451',
    status: '4.7.1',
    match: [/gr[ae]y ?listed/i, /gr[ae]y ?listing/i],
    title: 'Barracuda: greylisted, retry in a few minutes',
    meaning:
      "The recipient's Barracuda filter turned away the first attempt from your server, as it does for senders it does not know yet. Your server tries again after a few minutes and the message is then normally accepted.",
    details:
      'Barracuda greylisting defers an unknown combination of sending IP, sender and recipient with 451 4.7.1 and accepts a later retry. It only works if the retry comes from the same IP with the same envelope sender.',
    causes: [
      'First message from your server to this organisation',
      'A sending system that changes IP or envelope sender between retries, so greylisting never clears',
    ],
    senderSteps: ['Wait: the message usually arrives within minutes to an hour', 'If it keeps failing for hours, tell your IT team'],
    adminSteps: [
      'Make sure retries come from the same IP and with the same MAIL FROM',
      'Keep the first retry within about 5 to 15 minutes',
    ],
    retry: 'later',
    retryAdvice: 'The next retry normally passes, a few minutes later.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'blocked',
    permanence: 'transient',
    references: [ESS_MESSAGE_LOG],
  },
  {
    ...cuda,
    id: 'barracuda-451-4.7.1-deferred',
    reply: '451',
    status: '4.7.1',
    match: [/(?<!gr[ae]y ?list(?:ed|ing)[^\n]{0,40})\btry again later\b/i],
    title: 'Barracuda: deferred, try again later',
    meaning:
      "The recipient's Barracuda filter postponed your message for now. Your server keeps it and tries again; in most cases it is delivered later without anyone doing anything.",
    details:
      'Barracuda answered 451 4.7.1 with a plain "try again later". The cloud service uses such deferrals for rate control and for suspected outbreaks (the same message sent to many of its customers): a retried message is treated as legitimate and accepted.',
    causes: [
      'Rate control on the recipient side',
      'The same message went to many Barracuda-protected organisations at once (suspected outbreak)',
      'A temporary check that could not finish',
    ],
    senderSteps: ['Wait: your server retries automatically', 'For newsletters, expect delivery to take longer to Barracuda-protected recipients'],
    adminSteps: [RETRIES_ARE_AUTOMATIC, 'Spread large sends over time rather than one burst'],
    retry: 'later',
    retryAdvice: 'Retries within the next hour usually succeed.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'blocked',
    permanence: 'transient',
    references: [
      ESS_MESSAGE_LOG,
      {
        title: 'Barracuda Campus: Why messages are deferred for "Possible Outbreak"',
        url: 'https://campus.barracuda.com/solution/501600000013SbiAAE',
      },
    ],
  },
  {
    ...cuda,
    id: 'barracuda-451-4.4.3-server-error',
    reply: '451',
    status: '4.4.3',
    match: [/temporary server error/i],
    title: 'Barracuda: temporary server error',
    meaning:
      "The recipient's Barracuda filter had an internal problem while handling your message and asked your server to try again later. Nothing is wrong with your message.",
    details:
      'Barracuda answered 451 4.4.3 "temporary server error": an internal fault, or a failure to reach the next hop (the recipient\'s own mail server) or a lookup service. The message stays in the sender\'s queue.',
    causes: ["The recipient's own mail server behind Barracuda is unreachable", 'An internal fault or overload on the Barracuda system'],
    senderSteps: ['Wait for your server to retry', 'If it is still undelivered after several hours, tell the recipient another way'],
    adminSteps: [RETRIES_ARE_AUTOMATIC, "Recipient side: check the link between Barracuda and the mail server behind it"],
    retry: 'later',
    retryAdvice: 'Usually clears within an hour; your server retries automatically.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [ESS_MESSAGE_LOG],
  },
  {
    ...cuda,
    id: 'barracuda-550-5.1.1-user-unknown',
    reply: '550',
    status: '5.1.1',
    match: [/user unknown/i, /no such user/i, /\bcuda_nsu\b/i],
    title: 'Barracuda: recipient address does not exist',
    meaning:
      'The organisation you wrote to has no mailbox with this address; their Barracuda filter refused the message on their behalf. The address is probably mistyped or no longer used.',
    details:
      'Barracuda checked the recipient (its own user list, LDAP, or by asking the mail server behind it) and replied 550 "User unknown" or "No such user"; the tag cuda_nsu marks Barracuda\'s no-such-user check.',
    causes: ['A typo in the address', 'The person left and the mailbox was removed', 'An old address from a list'],
    senderSteps: ['Check the address against a recent message from this person or confirm it by phone', 'Remove it from your lists if it is gone'],
    adminSteps: ['Suppress addresses that hard-bounce: many unknown recipients can get your IP rate-limited or blocked'],
    retry: 'no',
    retryAdvice: 'Do not resend to this address; use a corrected one.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [ESS_MESSAGE_LOG, RFC3463_ADDRESS],
  },
  {
    ...cuda,
    id: 'barracuda-550-blocked',
    reply: '550',
    match: [/permanent failure for one or more recipients/i, /\bblocked\b/i],
    title: "Barracuda: blocked by the recipient's policy or reputation checks",
    meaning:
      "The recipient's Barracuda filter blocked your message. The reply rarely says why: it can be a block rule set by their IT team, your server's reputation, or the content. Only the recipient's message log shows the exact reason.",
    details:
      'The cloud service typically answers 550 "permanent failure for one or more recipients (user@example.com:blocked)"; appliances say "blocked" with little detail. Reasons include sender block lists, IP or domain reputation, Intent Analysis of links, and spam scoring.',
    causes: [
      'Your address or domain is on the recipient\'s block list',
      "Your sending IP's reputation (including the Barracuda Reputation Block List)",
      'Content or links scored as spam',
    ],
    senderSteps: [ASK_RECIPIENT_IT, 'Check whether you can reach other recipients; if many block you, tell your IT team'],
    adminSteps: ['Check the sending IP at barracudacentral.org/lookups and request removal if listed', FIND_SPAM_SOURCE],
    retry: 'after-fix',
    retryAdvice: 'Resending unchanged is blocked again; retry after the recipient allows you or the cause is fixed.',
    party: 'recipient-admin',
    reputation: 'medium',
    reason: 'blocked',
    permanence: 'permanent',
    references: [ESS_MESSAGE_LOG, BRBL_LOOKUP],
  },
  {
    ...cuda,
    id: 'barracuda-550-spoofed',
    reply: '550',
    match: [/rejecting spoofed message/i, /\bspoof(?:ed|ing) (?:message|sender|email)/i],
    title: 'Barracuda: rejected as a spoofed message',
    meaning:
      "The recipient's Barracuda filter thinks your message forges its sender, usually because it claims to come from the recipient's own domain or fails the sender domain's SPF, DKIM or DMARC checks.",
    details:
      'Barracuda\'s anti-spoofing checks reject mail whose From uses one of the recipient\'s own domains from an outside server, or that fails SPF/DMARC for the sender domain; the reply reads "Rejecting spoofed message".',
    causes: [
      "A third-party service sends with the recipient organisation's own domain in From",
      'Your SPF record does not include the sending server, or DKIM does not align',
      'A real forgery attempt',
    ],
    senderSteps: [FORWARD_TO_IT, 'If you send on behalf of the recipient organisation, ask their IT team for an exception'],
    adminSteps: [
      'Make SPF and DKIM pass and align for the From domain of this message',
      'Third-party senders: use your own domain in From, or have the domain owner authorise your service',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending unchanged fails; retry once authentication passes or an exception is in place.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [ESS_MESSAGE_LOG, { title: 'RFC 7489 DMARC', url: 'https://www.rfc-editor.org/rfc/rfc7489' }],
  },
  {
    ...cuda,
    id: 'barracuda-554-spam-url',
    reply: '554',
    match: [/\bspam ur[il]s?\b/i],
    title: 'Barracuda: message contains a link to a listed site',
    meaning:
      "The recipient's Barracuda filter rejected your message because it links to a web address that Barracuda associates with spam, phishing or malware. A single bad link (even in a signature) is enough.",
    details:
      "Barracuda's Intent Analysis looks up domains found in the message body against Barracuda Central's data and, where configured, URI block lists; a hit gives 554 with \"Spam URL in content\". Shortened links and tracking domains shared with spammers are frequent culprits.",
    causes: [
      'A link to a domain listed for spam or phishing (often a URL shortener or a shared tracking domain)',
      'A hacked website of yours that now hosts malicious pages',
      'A link copied from an email you received',
    ],
    senderSteps: ['Remove links, especially shortened ones, and send again', 'Check that the websites you link to are not hacked'],
    adminSteps: [
      'Check your link and tracking domains at barracudacentral.org/lookups and at URI block lists such as Spamhaus DBL',
      'Use your own domain for click tracking instead of a shared one',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again without the listed link.',
    party: 'sender',
    reputation: 'medium',
    reason: 'spamdetected',
    permanence: 'permanent',
    references: [ESS_MESSAGE_LOG, BRBL_LOOKUP],
  },
  {
    ...cuda,
    id: 'barracuda-554-banned-content',
    reply: '554',
    match: [/rejecting banned content/i, /\bbanned content\b/i],
    title: 'Barracuda: banned content or attachment',
    meaning:
      "The recipient's Barracuda filter does not accept something in your message, most often an attachment type (such as .exe or a macro document) or words their organisation blocks.",
    details:
      'Barracuda content and attachment filters (set by the recipient organisation) matched and rejected the message with 554 "Rejecting banned content". The reply does not say which rule matched.',
    causes: ['An attachment type the organisation blocks (executables, scripts, some archives)', 'Words or patterns on the organisation\'s content list'],
    senderSteps: ['Send the file another way (a sharing link) or in a different format', 'Ask the recipient which attachments they accept'],
    adminSteps: ['Recipient side: review the content and attachment filters if the message was legitimate'],
    retry: 'after-fix',
    retryAdvice: 'The same message is rejected again; change the attachment or content first.',
    party: 'sender',
    reputation: 'none',
    reason: 'policyviolation',
    permanence: 'permanent',
    references: [ESS_MESSAGE_LOG],
  },
  {
    ...cuda,
    id: 'barracuda-554-reputation',
    reply: '554',
    aliases: ['Barracuda Reputation'],
    match: [/barracuda reputation/i, /barracudanetworks\.com\/reputation/i],
    title: 'Barracuda: sending IP has a poor Barracuda reputation',
    meaning:
      "The recipient's Barracuda filter refused the connection because Barracuda rates the server your mail comes from as a spam source. The block is on the server's address, not on your message.",
    details:
      'Barracuda gateways check the connecting IP against Barracuda Central\'s reputation data (the same data as the public BRBL). A poor score is refused with 554 "… blocked using Barracuda Reputation" and a barracudanetworks.com/reputation link.',
    causes: [
      'Spam from that IP (compromised account, infected device, hacked web form)',
      'A shared IP whose other users send spam',
      'Missing reverse DNS or a generic host name on the sending IP',
    ],
    senderSteps: [FORWARD_TO_IT, 'Until it is cleared, reach the recipient another way'],
    adminSteps: [REQUEST_BRBL_REMOVAL, 'Give the IP a proper reverse DNS (PTR) name matching your HELO'],
    retry: 'after-fix',
    retryAdvice: 'Resending from the same IP fails until Barracuda removes or improves its rating.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [BRBL_LOOKUP],
  },
  {
    kind: 'provider',
    authority: 'Barracuda Central',
    id: 'barracuda-b.barracudacentral.org',
    token: 'b.barracudacentral.org',
    aliases: ['BRBL', 'Barracuda Reputation Block List', 'Barracuda Reputation', 'bb.barracudacentral.org'],
    match: [/barracudacentral/i, /barracuda reputation/i, /\bBRBL\b/],
    title: 'Barracuda BRBL: sending IP on the Barracuda Reputation Block List',
    meaning:
      "The server your mail comes from is on Barracuda's public block list (BRBL), which the recipient's mail server consults. The refusal is about that server's address, not about your message or your own account.",
    details:
      'BRBL is published as the DNS zone b.barracudacentral.org (a listed IP returns 127.0.0.2) and is free for any mail server to query. Barracuda lists IPs that send spam to its traps or customers; removal requests go through barracudacentral.org.',
    causes: [
      'Spam sent from the IP by a compromised account, infected device or hacked web form',
      'A shared IP (hosting, VPN, home connection) whose other users send spam',
      'A mail server without proper reverse DNS',
    ],
    senderSteps: [FORWARD_TO_IT, 'If you send from home or a hotspot, use your provider\'s authenticated mail server instead'],
    adminSteps: [REQUEST_BRBL_REMOVAL, FIND_SPAM_SOURCE],
    retry: 'after-fix',
    retryAdvice: 'Resending from the same IP fails while it is listed; send again once Barracuda has processed the removal request.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [BRBL_LOOKUP],
  },
];

export const barracuda: ProviderFile = {
  id: 'barracuda',
  name: 'Barracuda (Email Security Gateway / Service)',
  covers: ['Barracuda (Email Security Gateway / Service)', 'Barracuda BRBL'],
  home: BRBL_LOOKUP,
  // Not the bare word: forwarded originals carry X-Barracuda-* headers from the sender's own gateway.
  signatures: [
    /\bbarracudanetworks\.com\b/i,
    /\bbarracudacentral\.org\b/i,
    /\bcuda_nsu\b/i,
    /\bbarracuda reputation\b/i,
    /\bbarracuda (?:spam firewall|email security)/i,
  ],
  entries,
};
