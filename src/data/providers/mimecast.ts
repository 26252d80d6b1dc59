// Mimecast (email security gateway in front of many organisations' mailboxes): what its replies mean.
// Its replies carry a reference in square brackets ("[z7qZw5BPd1zlDYHka4589ru.us222]") and usually a link to
// its SMTP error code article (community.mimecast.com/docs/DOC-1369). Most codes come without an enhanced status.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { DMARC } from '../shared';

const SMTP_CODES: Reference = {
  title: 'Mimecast knowledge base: Mimecast SMTP error codes',
  url: 'https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754',
};
const SMTP_CODES_SUPPORT: Reference = {
  title: 'Mimecast support: Mimecast SMTP error codes',
  url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
};
const AUTHORIZED_OUTBOUNDS: Reference = {
  title: 'Mimecast support: Maintaining authorized outbound IP addresses',
  url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000414711443-Message-Routing-Maintaining-Authorized-Outbound-IP-Addresses',
};
const UNKNOWN_USERS: Reference = {
  title: 'Mimecast support: Emails to unknown internal users (451 deferral or 550 rejection)',
  url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000823077139-Advanced-and-Federated-Accounts-Emails-To-Unknown-Internal-Users',
};
const SPF: Reference = { title: 'RFC 7208 Sender Policy Framework', url: 'https://www.rfc-editor.org/rfc/rfc7208' };
const DKIM: Reference = { title: 'RFC 6376 DomainKeys Identified Mail', url: 'https://www.rfc-editor.org/rfc/rfc6376' };
const CODES = [SMTP_CODES, SMTP_CODES_SUPPORT];

// Mimecast support only deals with its own customers, so the recipient's IT team has to act on most blocks.
const ASK_RECIPIENT_IT =
  "Reach the recipient another way (phone, another address) and ask their IT team to look up your message in Mimecast's rejection log";
const FORWARD_TO_IT = 'Forward this bounce to your IT team or email provider: the fix is a server or DNS setting, not the message';
const RECIPIENT_SIDE_ONLY = 'Nothing needs changing on your side as long as your server retries 4xx replies (the default)';

const mimecast4 = { kind: 'provider' as const, authority: 'Mimecast', permanence: 'transient' as const };
const mimecast5 = { kind: 'provider' as const, authority: 'Mimecast', permanence: 'permanent' as const };

const entries: ProviderEntry[] = [
  {
    ...mimecast4,
    id: 'mimecast-421-sender-blocked',
    reply: '421',
    match: [/sender address blocked/i],
    title: 'Mimecast: sending server blocked by a recipient policy',
    meaning:
      "The organisation you wrote to filters its mail with Mimecast, and one of its administrators has blocked the address of the server your mail comes from. Your server keeps retrying for a while, but nothing gets through until they lift the block.",
    details:
      "Mimecast answers 421 \"Sender address blocked\" when a Blocked Senders policy in the recipient's account matches the connecting IP address. The code is temporary, so the sending server queues and retries, yet every attempt is refused while the policy entry exists.",
    causes: [
      'An administrator at the recipient organisation blocked your IP address, on purpose or while blocking a neighbouring sender',
      'You send through a shared service whose IP address someone else abused',
    ],
    senderSteps: [ASK_RECIPIENT_IT, 'Tell them the time you sent and the address you sent from'],
    adminSteps: [
      'Give the recipient\'s administrators your sending IP addresses so they can find and remove the matching policy entry',
      'If you send through a shared service, confirm which IP addresses it uses for your mail',
    ],
    retry: 'after-fix',
    retryAdvice: 'Your server retries by itself for a while; delivery only works once the recipient removes the block.',
    party: 'recipient-admin',
    reputation: 'medium',
    reason: 'blocked',
    references: CODES,
  },
  {
    ...mimecast4,
    id: 'mimecast-421-busy',
    reply: '421',
    match: [/unable to process (?:the |your |this )?connections? at this time/i],
    title: 'Mimecast: server busy, connection deferred',
    meaning:
      "The Mimecast server that handles the recipient's mail was too busy to take your message just now. Nothing is wrong with your message; your mail server tries again on its own.",
    details:
      'Mimecast refuses new connections with 421 when the receiving node is at full load. The refusal is temporary and needs no change from anyone: a standard sending server keeps the message queued and retries.',
    causes: ['Peak load on the Mimecast node serving the recipient', 'A short service incident at Mimecast'],
    senderSteps: [
      'Wait: the message is still in your server\'s queue and should arrive later',
      'If it is urgent and still not delivered after several hours, tell the recipient another way',
    ],
    adminSteps: [
      'Check that your queue retries 421 replies with a normal back-off',
      'If deferrals last for hours, ask the recipient to check the incident with Mimecast',
    ],
    retry: 'later',
    retryAdvice: 'Usually clears within minutes to an hour; your server retries automatically.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    references: CODES,
  },
  {
    ...mimecast4,
    id: 'mimecast-451-greylisting',
    reply: '451',
    match: [/internal resources? (?:is |are )?temporarily unavailable/i],
    title: 'Mimecast: deferred by greylisting or an IP reputation check',
    meaning:
      "Mimecast put your message on hold for now. Most often this is greylisting: mail from a sender it has not seen before is turned away once and accepted when your server tries again a little later. It can also mean Mimecast is not yet sure about your server's reputation.",
    details:
      'Mimecast answers 451 at RCPT TO while greylisting: it remembers the sending IP, envelope sender and recipient and expects a retry (it tolerates retries from one minute up to 12 hours). The same reply is used while its reputation checks on the IP are not satisfied. Recipient admins can exempt senders with an Auto Allow or Permitted Senders policy.',
    causes: [
      'Greylisting of a first-time combination of sending IP, sender and recipient',
      'A sending system that uses a new envelope sender (bounce address) on every attempt, so each retry looks new',
      'A server pool that retries from a different IP address each time',
      'Low or unknown reputation of the sending IP',
    ],
    senderSteps: [
      'Wait: a normal mail server retries and the message usually arrives within an hour',
      'If it is still deferred after many hours, ask the recipient\'s IT team to allow your address',
    ],
    adminSteps: [
      'Make sure retries come from the same IP with the same envelope sender (MAIL FROM), otherwise greylisting never clears',
      'Keep the first retry within a few minutes and the queue lifetime at least one day',
      'For lasting deferrals ask the recipient to add an Auto Allow or Permitted Senders policy for you',
    ],
    retry: 'later',
    retryAdvice: 'Retries normally pass within minutes to an hour; Mimecast may hold an unknown sender back for up to 12 hours.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'badreputation',
    references: CODES,
  },
  {
    ...mimecast4,
    id: 'mimecast-451-recipient-unavailable',
    reply: '451',
    match: [/recipient temporarily unavailable/i],
    title: 'Mimecast: recipient check could not finish',
    meaning:
      "Mimecast could not confirm right now that the address you wrote to exists, so it asked your server to try again later. The problem is temporary and on the recipient's side.",
    details:
      "Before accepting mail Mimecast checks each recipient against the account's directory (known recipients, LDAP, or an SMTP call-forward to the customer's own server). When that check gets no answer, or the account is set to defer unknown addresses instead of rejecting them, it replies 451 at RCPT TO.",
    causes: [
      "The recipient organisation's mail server or directory did not answer Mimecast's recipient check",
      'The address is not (yet) in the directory and the account defers unknown addresses',
      'A late or failing directory sync at the recipient organisation',
    ],
    senderSteps: [
      'Wait for your server to retry; most of these clear within hours',
      'If it keeps failing, double-check the address and tell the recipient another way',
    ],
    adminSteps: [
      RECIPIENT_SIDE_ONLY,
      "Recipient side: check the server or directory Mimecast uses for recipient validation, and the account's directory sync",
    ],
    retry: 'later',
    retryAdvice:
      'Your server retries automatically; if the address does not exist at all, the deferral turns into a bounce when your queue lifetime ends.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    references: [...CODES, UNKNOWN_USERS],
  },
  {
    ...mimecast4,
    id: 'mimecast-451-ip-temporarily-blocked',
    reply: '451',
    match: [/\bip temporarily (?:black|block)[- ]?listed/i, /\bip (?:is )?temporarily blocked/i],
    title: 'Mimecast: sending IP briefly blocked after invalid connections',
    meaning:
      "Mimecast has briefly blocked your mail server's address because it made too many bad attempts, for example messages to addresses that do not exist. The block lifts by itself after a short while if the bad attempts stop.",
    details:
      'Mimecast keeps a short-lived block list of IPs that produced many invalid connections: unknown recipients, or outbound, relay or journal traffic from an IP not authorised for the account. The IP drops off after a few minutes; new invalid attempts put it back.',
    causes: [
      'Sending to many addresses at this organisation that no longer exist (an old list)',
      'A server sending outbound or journal mail to Mimecast from an IP not authorised for the account',
      'A compromised account or script sending in bursts',
    ],
    senderSteps: ['Wait a while and let your server retry', 'Remove addresses at this organisation that bounced before from your lists'],
    adminSteps: [
      'Look in your logs for rejected recipients at this domain and clean the list',
      'Mimecast customers: send outbound and journal traffic only from IPs registered as authorised outbounds',
    ],
    retry: 'later',
    retryAdvice: 'The block lasts minutes; retries succeed once the invalid attempts stop.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'blocked',
    references: [...CODES, AUTHORIZED_OUTBOUNDS],
  },
  {
    ...mimecast4,
    id: 'mimecast-451-open-relay',
    reply: '451',
    match: [/open relay not allowed/i],
    title: 'Mimecast: relaying refused, not an authorised route',
    meaning:
      "Mimecast would not pass your message on because it is not set up to carry mail on this route. Usually the sending organisation's server is not registered with its Mimecast account, or the recipient domain points to Mimecast without being set up there.",
    details:
      'Mimecast only relays for its customers: inbound mail must be for a domain registered in a Mimecast account, and outbound mail must come from an authorised outbound IP or use SMTP authentication. Anything else gets 451 Open relay not allowed; the code is temporary, so the sender keeps retrying until the route is fixed.',
    causes: [
      'A Mimecast customer sends from an IP not registered as an authorised outbound (new server, new cloud service)',
      'The recipient domain\'s MX records point to Mimecast but the domain is not (or no longer) in a Mimecast account',
    ],
    senderSteps: [
      FORWARD_TO_IT,
      'If your organisation does not use Mimecast, tell the recipient: their domain may point to Mimecast by mistake',
    ],
    adminSteps: [
      'Mimecast customer: have Mimecast support add the sending IP as an authorised outbound, or make the connector authenticate',
      'Recipient side: check that the domain is validated in the Mimecast account and that its MX records are current',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retries keep failing until the route is registered; a new authorised outbound can take up to about two hours to apply.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'norelaying',
    references: [...CODES, AUTHORIZED_OUTBOUNDS],
  },
  {
    ...mimecast4,
    id: 'mimecast-451-inbound-disabled',
    reply: '451',
    match: [/account inbounds? (?:are |is )?disabled/i],
    title: "Mimecast: the recipient's incoming mail is switched off",
    meaning:
      "The organisation you wrote to has its incoming mail turned off in Mimecast, so nothing is accepted for them at the moment. The problem is on their side; your message waits in your server's queue.",
    details:
      "Inbound processing is disabled on the Mimecast account that owns the recipient domain (during onboarding or offboarding, or because of an account issue). Mimecast answers 451 for every recipient until the account's inbound flow is enabled again.",
    causes: [
      'The recipient organisation is still being set up on Mimecast, or is leaving it',
      'An account problem at Mimecast disabled inbound mail',
      "The domain's MX records still point to Mimecast although the organisation uses another service now",
    ],
    senderSteps: ['Tell the recipient by phone or another address that their mail is not arriving', 'Let your server keep retrying for now'],
    adminSteps: [
      RECIPIENT_SIDE_ONLY,
      'Recipient side: have Mimecast support re-enable inbound mail, or point the MX records to the service actually in use',
    ],
    retry: 'later',
    retryAdvice: "Your server retries automatically; delivery works once the recipient's account takes mail again, otherwise the queue expires in a few days.",
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'notaccept',
    references: CODES,
  },
  {
    ...mimecast4,
    id: 'mimecast-451-outbound-disabled',
    reply: '451',
    match: [/account outbounds? (?:are |is )?disabled/i],
    title: 'Mimecast: outgoing mail disabled for your organisation',
    meaning:
      'Your organisation sends its mail through Mimecast, and outgoing mail is switched off for its account there. No message can leave until your IT team has it turned back on.',
    details:
      "Outbound processing is disabled on the sending organisation's Mimecast account, so Mimecast defers every message its servers hand over with 451. This is an account state at Mimecast, not a problem with the recipient.",
    causes: [
      'Outbound mail was disabled on the Mimecast account (onboarding, offboarding, billing or a security hold)',
      'The organisation left Mimecast but its mail servers still relay through it',
    ],
    senderSteps: [
      'Forward the bounce to your IT team: all your outgoing mail is affected, not just this message',
      'Use another way to reach the recipient if it is urgent',
    ],
    adminSteps: [
      'Ask Mimecast support why outbound is disabled for the account and have it enabled again',
      'If you moved away from Mimecast, point your outbound connector or smart host to the current service',
    ],
    retry: 'after-fix',
    retryAdvice: 'Queued messages go out once outbound mail is enabled again, if they have not expired by then.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'onhold',
    references: CODES,
  },
  {
    ...mimecast4,
    id: 'mimecast-451-hostname-not-authorized',
    reply: '451',
    match: [/host ?name is not authori[sz]ed/i],
    title: 'Mimecast: connection through a host name not allowed for the account',
    meaning:
      'The mail server reached Mimecast through a host name that the Mimecast account is not set up to use, so Mimecast deferred the message. Whoever runs that Mimecast account has to correct the routing.',
    details:
      "Mimecast publishes separate host names per region and direction, and an account may be limited to particular ones; Mimecast's own note for this reply concerns its omni-directional host name setting. A connection through a host name the account may not use is deferred with 451.",
    causes: [
      'A connector or smart host uses a Mimecast host name that is not enabled for the account',
      'The omni-directional host name setting of the account does not match how the servers connect',
    ],
    senderSteps: [FORWARD_TO_IT, 'If the recipient is the Mimecast customer, let them know their routing rejects mail'],
    adminSteps: [
      'Compare the Mimecast host name in your connector or MX records with the ones listed for your account and region',
      'Check the omni-directional host name setting of the account with Mimecast support',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retries fail the same way until the host name or the account setting is corrected.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'onhold',
    references: CODES,
  },
  {
    ...mimecast4,
    id: 'mimecast-451-wrong-inbound-hostname',
    reply: '451',
    match: [/incorrect host ?name used for inbound/i],
    title: "Mimecast: recipient's MX points to an outbound-only host",
    meaning:
      "The domain you wrote to sends its incoming mail to a Mimecast server that only handles outgoing mail, so Mimecast turned your message away for now. The recipient's IT team has to correct their DNS.",
    details:
      "Mimecast keeps inbound and outbound host names apart. When a server delivers inbound mail to an outbound host name, usually because the recipient domain's MX records name the wrong Mimecast host, it answers 451 Incorrect hostname used for inbound.",
    causes: [
      "The recipient domain's MX records name a Mimecast outbound host instead of its regional inbound hosts",
      'A static route on your server sends mail for this domain to a Mimecast outbound host',
    ],
    senderSteps: ['Tell the recipient another way that mail to them is failing', 'Let your server keep retrying meanwhile'],
    adminSteps: [
      "Look up the recipient domain's MX records; if they name a Mimecast outbound host, tell their IT team",
      'Check that you have no static transport or smart-host route for this domain',
    ],
    retry: 'after-fix',
    retryAdvice: 'Retries fail until the MX records point to the right Mimecast inbound hosts.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'notaccept',
    references: CODES,
  },
  {
    ...mimecast4,
    id: 'mimecast-451-message-ended-early',
    reply: '451',
    match: [/message ended early/i],
    title: 'Mimecast: message cut off during transfer',
    meaning:
      'The connection broke off while your message was being sent, so Mimecast did not receive all of it. Your server usually tries again; if it keeps happening, something between your server and Mimecast interferes.',
    details:
      'Mimecast answers 451 when the DATA phase ends before the end-of-message marker or a command fails mid-transfer. Known causes are firewalls doing SMTP inspection (Cisco SMTP fixup/MailGuard), security devices that alter messages, and traces of badly cleaned infected attachments.',
    causes: [
      'A firewall with SMTP inspection on the sending side breaks the transfer',
      'An unstable link or a timeout on a large message',
      'A content filter on the sending side truncated or rewrote the message',
    ],
    senderSteps: [
      'Let your server retry; if it fails again, try without large attachments',
      'Forward the bounce to your IT team if it repeats',
    ],
    adminSteps: [
      'Turn off SMTP/ESMTP inspection (fixup, MailGuard) on firewalls in the outbound path',
      'Check outbound logs for resets or timeouts during DATA and test with a small message',
    ],
    retry: 'later',
    retryAdvice: 'A retry often succeeds; repeated failures point to a device in your path that needs fixing.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'systemerror',
    references: CODES,
  },
  {
    ...mimecast4,
    id: 'mimecast-451-account-unavailable',
    reply: '451',
    match: [/account service is temporarily unavailable/i],
    title: "Mimecast: recipient's account temporarily unavailable",
    meaning:
      'Mimecast could not take mail for this organisation just now, usually because too many connections to their account are open at once. Your server tries again later.',
    details:
      'Mimecast limits concurrent inbound connections per customer account (20 by default) and answers 451 Account service is temporarily unavailable beyond that, or while the account is briefly unavailable. The condition clears by itself.',
    causes: [
      'Many connections to the same organisation at once (a bulk send, or one server opening many parallel sessions)',
      "A short service problem on the recipient's Mimecast account",
    ],
    senderSteps: ['Wait: your server retries and the message normally arrives later', 'For large mailings to this organisation, send in smaller batches'],
    adminSteps: [
      'Lower the number of parallel connections to this domain in your MTA',
      'Recipient side: review the account connection limits with Mimecast if deferrals are frequent',
    ],
    retry: 'later',
    retryAdvice: 'Retries within minutes to an hour normally succeed.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'toomanyconn',
    references: CODES,
  },
  {
    ...mimecast4,
    id: 'mimecast-452-too-many-recipients',
    reply: '452',
    match: [/too many recipients/i],
    title: 'Mimecast: too many recipients in one message',
    meaning:
      'Your message listed more recipients than Mimecast takes in one go (100 by default). Mimecast accepted the first batch and asked your server to send the rest separately, which most servers do by themselves.',
    details:
      'Mimecast accepts up to 100 RCPT TO commands per transaction and answers 452 to the others. RFC 5321 expects the client to deliver to the accepted ones and open another transaction for the rest. Firewalls with SMTP fixup/MailGuard or ESMTP inspection are known to break this.',
    causes: [
      'A message addressed to more than 100 people at this organisation',
      'A firewall or appliance that turns the 452 into a failure instead of passing it on',
    ],
    senderSteps: [
      'Check whether everyone received it; resend only to those who did not',
      'Use a mailing list or smaller groups for very large distributions',
    ],
    adminSteps: [
      'Make sure your MTA sends the remaining recipients in a new transaction after a 452',
      'Disable SMTP fixup, MailGuard or ESMTP inspection on firewalls in the path',
    ],
    retry: 'later',
    retryAdvice: 'Your server should resend to the remaining recipients right away; resend yourself only if some got nothing.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'toomanyconn',
    references: [...CODES, { title: 'RFC 5321 §4.5.3.1.10 Too many recipients', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.10' }],
  },
  {
    ...mimecast5,
    id: 'mimecast-501-invalid-address',
    reply: '501',
    match: [/\binvalid address\b/i],
    title: 'Mimecast: address not valid',
    meaning:
      'Mimecast could not read the address as a valid email address, so it refused it. Check the address for typos, spaces or a missing part.',
    details:
      'Mimecast answers 501 when an address in MAIL FROM or RCPT TO does not follow SMTP address syntax (RFC 5321 §4.1.2), for example a missing domain, a space, or text outside the angle brackets.',
    causes: [
      'A typo in the address (a space, a comma, a missing @ or domain)',
      'An application that writes MAIL FROM or RCPT TO with a display name or extra text',
    ],
    senderSteps: ['Retype the address and send again', 'If a form or application sent it, check the address it has stored'],
    adminSteps: [
      'Look at the exact MAIL FROM and RCPT TO your server or application sends',
      'Fix software that puts display names or spaces inside the angle brackets',
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending again fails the same way; send to the corrected address.',
    party: 'sender',
    reputation: 'none',
    reason: 'userunknown',
    references: [...CODES, { title: 'RFC 5321 §4.1.2 Command argument syntax', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.2' }],
  },
  {
    ...mimecast5,
    id: 'mimecast-535-auth-failed',
    reply: '535',
    match: [/incorrect authentication data/i],
    title: 'Mimecast: SMTP login failed',
    meaning:
      'Your mail program or device tried to log in to Mimecast to send, and the user name or password was not accepted. The message was not sent.',
    details:
      'Mimecast requires SMTP authentication for submission (port 587). 535 means the credentials did not match an internal address with a valid Mimecast cloud password. Devices and applications that relay through Mimecast often hit this after a password change.',
    causes: [
      'A wrong or outdated password saved in the device or application',
      'The login is not an internal address of the Mimecast account, or has no Mimecast cloud password',
      'The application uses the wrong port or authentication method',
    ],
    senderSteps: ['Re-enter the user name and password in the program or device that sends', 'Ask your IT team whether your account may send through Mimecast'],
    adminSteps: [
      'Check that the login is an internal address in Mimecast and has a cloud password set',
      'For devices on fixed IPs, consider an authorised outbound route on port 25 instead of authentication',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once the credentials are corrected.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'securityerror',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-550-spf',
    reply: '550',
    match: [/spf sender invalid/i],
    title: "Mimecast: SPF check failed for the sender's domain",
    meaning:
      "The recipient's Mimecast refused your message because your domain's SPF record (the DNS list of servers allowed to send for it) does not include the server that sent it. Whoever manages your domain's DNS has to add it.",
    details:
      "A DNS Authentication policy on the recipient's Mimecast account rejects inbound mail whose envelope sender fails SPF; the reply reads \"SPF Sender Invalid - envelope rejected\". The recipient can relax the policy so that failures go to spam scoring instead.",
    causes: [
      'The sending server or service is missing from your SPF record',
      'The SPF record has a syntax error or needs more than 10 DNS lookups',
      'The message was forwarded by a server that is not in your record',
    ],
    senderSteps: [FORWARD_TO_IT, 'Tell them which tool or service you sent from'],
    adminSteps: [
      'Add the sending IP or the service\'s include to the SPF TXT record of the envelope (MAIL FROM) domain and validate it',
      'Keep a single v=spf1 record that needs at most 10 DNS lookups',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once SPF passes for the sending server.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    references: [...CODES, SPF],
  },
  {
    ...mimecast5,
    id: 'mimecast-550-dkim',
    reply: '550',
    match: [/dkim sender invalid/i],
    title: 'Mimecast: DKIM signature did not verify',
    meaning:
      "Mimecast rejected the message because its DKIM signature (a cryptographic seal added by your mail system) did not match the key published in your domain's DNS. Your email administrator has to fix the signing or the key record.",
    details:
      "Mimecast's DNS Authentication policy checked the DKIM signature against the selector record of the signing domain, found it broken and replied \"DKIM Sender Invalid - envelope rejected\". For Mimecast's own outbound signing, the private key in the policy must match the published public key.",
    causes: [
      'The public key in DNS does not match the signing key (rotated key, typo, truncated TXT record)',
      'A gateway or footer tool changed the message after it was signed',
      'A wrong selector or domain in the signing setup',
    ],
    senderSteps: [FORWARD_TO_IT],
    adminSteps: [
      'Look up the selector record (selector._domainkey.example.com) and compare it with the key the signer uses',
      'Make sure nothing changes messages after signing (disclaimers, link rewriting)',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once a test message shows DKIM passing.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    references: [...CODES, DKIM],
  },
  {
    ...mimecast5,
    id: 'mimecast-550-dmarc',
    reply: '550',
    match: [/dmarc sender invalid/i],
    title: "Mimecast: rejected by the sender domain's DMARC policy",
    meaning:
      "Your message failed DMARC: neither SPF nor DKIM passed for the domain in your From address, and that domain asks receivers to reject such mail. The recipient's Mimecast followed the instruction.",
    details:
      'Mimecast evaluated DMARC for the From domain, found no aligned SPF or DKIM pass and an enforcing policy (p=reject), and replied "DMARC Sender Invalid - envelope rejected".',
    causes: [
      'A service sends as your domain without DKIM for your domain or without alignment',
      'Forwarding broke SPF while DKIM was missing',
      'Someone is spoofing your domain (then the rejection is correct)',
    ],
    senderSteps: [FORWARD_TO_IT, 'If you did not send this message, your domain is being spoofed: tell your administrator'],
    adminSteps: [
      'Set up DKIM signing with your own domain in every service that sends as you',
      'Read your DMARC aggregate reports (rua) to find sources that do not align',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once SPF or DKIM aligns with the From domain.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    references: [...CODES, DMARC],
  },
  {
    ...mimecast5,
    id: 'mimecast-550-ip-reputation',
    reply: '550',
    match: [/local ct ip reputation/i, /\bct ip reputation\b/i],
    title: "Mimecast: rejected for the sending IP's poor reputation",
    meaning:
      "Mimecast judged the server that sent your message to have a poor reputation and refused the mail. This is about the sending server's address, not your text; it often follows earlier temporary deferrals.",
    details:
      'Mimecast\'s ongoing reputation checks (reply "Local CT IP Reputation") marked the connecting IP as a likely spam source. Recipient admins can bypass it with an Auto Allow or Permitted Senders policy; Mimecast also has an online form for senders to request a review of their IP ranges.',
    causes: [
      'Spam or a compromised account sent from the same IP recently',
      'A shared IP at a hosting or email service with badly behaved neighbours',
      'Sudden volume from a new IP without history',
    ],
    senderSteps: [
      'Ask the recipient to allow your address in Mimecast (Permitted Senders) while your IT team investigates',
      'Forward the bounce to your IT team or email provider',
    ],
    adminSteps: [
      'Check the sending IP on the Spamhaus and Talos lookups and stop any spam source before asking for removal',
      'Request a reputation review from Mimecast for the IP, then keep volume steady',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending from the same IP fails until its reputation recovers or the recipient allows you.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'badreputation',
    references: [...CODES, { title: 'Spamhaus: IP and domain reputation checker', url: 'https://check.spamhaus.org/', tool: true }],
  },
  {
    ...mimecast5,
    id: 'mimecast-550-anti-spoofing',
    reply: '550',
    match: [/anti-?spoofing policy/i],
    title: 'Mimecast: blocked as possible spoofing',
    meaning:
      "The recipient's Mimecast thinks your message pretends to come from their own organisation (or another domain they protect) and blocked it. This often hits legitimate services that send on someone's behalf, such as booking or invoicing tools.",
    details:
      'Mimecast\'s Anti-Spoofing policy blocks inbound mail whose envelope or header From uses one of the account\'s internal domains but arrives from outside ("Anti-Spoofing policy - Inbound not allowed", "Rejected by header-based Anti-Spoofing policy"). It can fire even when SPF and DMARC pass.',
    causes: [
      "A third-party service sends with the recipient organisation's own domain in From",
      'You wrote to a colleague from an outside tool that uses your company domain',
      'A real spoofing attempt',
    ],
    senderSteps: [
      'If you send on behalf of the recipient organisation, ask their IT team to add an exception for your service',
      'Otherwise send from your own address',
    ],
    adminSteps: [
      'Recipient side: add an Anti-Spoofing policy exception (take no action) for the sender address or IP',
      'Sending service: use your own domain as envelope sender and sign with DKIM',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending fails until the recipient adds an exception or the message uses another From domain.',
    party: 'recipient-admin',
    reputation: 'low',
    reason: 'policyviolation',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-550-administrative-prohibition',
    reply: '550',
    match: [/administrative prohibition/i],
    title: 'Mimecast: blocked by an administrator policy',
    meaning:
      "The recipient organisation's Mimecast refuses mail from your address or domain because of a rule an administrator set, or because your domain failed its SPF check hard. Only they can lift a block rule.",
    details:
      'Mimecast replies "Administrative prohibition - envelope blocked" when a Blocked Senders policy matches the envelope sender or its domain, or when an SPF hard fail is set to reject. The refusal comes at RCPT TO.',
    causes: ["Your address or domain is on the recipient's Blocked Senders policy", 'An SPF hard fail for your domain with a reject setting'],
    senderSteps: ['Ask the recipient through another channel whether they block your address', 'Forward the bounce to your IT team so they can check SPF'],
    adminSteps: [
      'Validate the SPF record of your envelope domain',
      "Ask the recipient's administrators to review their Blocked Senders policies for your address or domain",
    ],
    retry: 'after-fix',
    retryAdvice: 'Retry only after the policy entry is removed or SPF passes.',
    party: 'recipient-admin',
    reputation: 'medium',
    reason: 'rejected',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-550-personal-block',
    reply: '550',
    match: [/envelope blocked\s?[-–—]\s?user (?:domain )?entry/i, /manually blocked senders/i],
    title: 'Mimecast: the recipient personally blocked you',
    meaning:
      'The person you wrote to (not their IT team) has put your address or your whole domain on their personal block list in Mimecast, and your message was refused because of it.',
    details:
      'Mimecast users manage their own blocked senders (Managed Senders). A match on the address gives "Envelope blocked - User Entry", on the domain "Envelope blocked - User Domain Entry"; header-based matches read "manually blocked senders".',
    causes: [
      'The recipient blocked you on purpose',
      'The recipient blocked someone else at your domain and chose the whole domain',
      'A mistaken click on "block" in a Mimecast digest or app',
    ],
    senderSteps: [
      'Respect the choice, or ask the person through another channel whether it was a mistake',
      'Do not resend from another address to get around it',
    ],
    adminSteps: ["Recipient side: remove the entry from the user's Managed Senders list if it was a mistake"],
    retry: 'after-fix',
    retryAdvice: 'Resending fails until the recipient removes the block.',
    party: 'recipient',
    reputation: 'low',
    reason: 'rejected',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-550-blocked-senders',
    reply: '550',
    match: [/(?<!manually )blocked senders/i, /block policy for (?:header|envelope) from/i],
    title: "Mimecast: sender on the recipient's Blocked Senders policy",
    meaning:
      'An administrator at the recipient organisation has set Mimecast to refuse mail from your address or domain. The rule looks at the From address or the envelope sender of your message.',
    details:
      'A Blocked Senders policy in the recipient\'s Mimecast account matched the header From ("Rejected by header-based Blocked Senders - Block policy for Header From") or the envelope sender ("Envelope rejected - Block policy for Envelope From address").',
    causes: [
      'Your address or domain was blocked on purpose by the recipient organisation',
      'A broad rule (a whole domain or a shared sending service) that catches you too',
    ],
    senderSteps: ['Ask the recipient through another channel whether the block is intended', 'Forward the bounce to your IT team if many people there are affected'],
    adminSteps: [
      'Recipient side: delete or narrow the Blocked Senders policy entry',
      'If a shared sending domain is what got blocked, send with your own domain as envelope sender',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending fails until the policy entry is changed.',
    party: 'recipient-admin',
    reputation: 'medium',
    reason: 'rejected',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-550-submitter-not-authenticated',
    reply: '550',
    match: [/submitter failed to authenticate/i],
    title: 'Mimecast: sending client did not log in',
    meaning:
      'Your device or mail server tried to send through Mimecast without logging in, and this route requires a login. The message was not accepted.',
    details:
      'Mimecast requires SMTP authentication for submissions that do not come from an authorised outbound IP (port 587 submission, or customers on dynamic IPs). This reply says the connecting client sent mail without authenticating.',
    causes: [
      'A printer, scanner or application sending without credentials',
      'Authentication was switched off in the connector after a change',
      'Sending from a new IP that is not an authorised outbound',
    ],
    senderSteps: ['Tell your IT team which device or program sent the message', "Turn on SMTP authentication in the program's outgoing server settings"],
    adminSteps: [
      'Make the connector or device authenticate with a Mimecast internal address and its cloud password',
      'Or register the fixed sending IP as an authorised outbound',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once the client authenticates or its IP is authorised.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'securityerror',
    references: [...CODES, AUTHORIZED_OUTBOUNDS],
  },
  {
    ...mimecast5,
    id: 'mimecast-550-outbound-thread-limit',
    reply: '550',
    match: [/exceed(?:ing|ed|s)? (?:the )?outbound thread limit/i],
    title: 'Mimecast: too many simultaneous outbound connections',
    meaning:
      "Your organisation sends through Mimecast, and its servers opened more connections at once than the account allows. This message was refused; sending in smaller, slower batches avoids it.",
    details:
      'Mimecast limits concurrent outbound connections per account and answers 550 Exceeding outbound thread limit beyond it. Despite the 5xx code it is a rate problem: the same message goes through once fewer connections are open.',
    causes: [
      'A bulk send or many parallel queues connecting at the same time',
      'An application that opens a new connection per message without reuse',
    ],
    senderSteps: ['Send the message again a little later', 'Split large mailings into smaller batches'],
    adminSteps: [
      'Lower the maximum concurrent connections to the Mimecast smart host in your MTA',
      'Send large mailings through a dedicated bulk-mail service',
    ],
    retry: 'later',
    retryAdvice: 'Resend after a few minutes, once fewer connections are open; the server will not retry a 5xx reply by itself.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'toomanyconn',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-550-invalid-recipient',
    reply: '550',
    match: [/invalid recipient/i],
    title: 'Mimecast: recipient address does not exist',
    meaning:
      'The organisation you wrote to uses Mimecast, and Mimecast found no user with this address there. The address is probably mistyped or no longer in use.',
    details:
      "Mimecast checked the recipient against the account's known recipients, LDAP directory or an SMTP call-forward to the customer's server, found no valid internal user and replied 550 Invalid Recipient at RCPT TO.",
    causes: [
      'A typo in the address',
      'The person left and their mailbox was removed',
      "The recipient organisation's directory sync is missing the address",
    ],
    senderSteps: [
      'Check the address against a recent message from this person or confirm it by phone',
      'Remove the address from your lists if it no longer exists',
    ],
    adminSteps: [
      'Suppress the address after a hard bounce',
      "If the address surely exists, tell the recipient's IT team to check their Mimecast directory sync",
    ],
    retry: 'no',
    retryAdvice: 'Do not resend to the same address; send again only to a corrected one.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    references: [...CODES, UNKNOWN_USERS],
  },
  {
    ...mimecast5,
    id: 'mimecast-550-journal-expired',
    reply: '550',
    match: [/journal message past expiration/i, /journal message[^\n]{0,40}expir/i],
    title: 'Mimecast: journal copy too old to archive',
    meaning:
      "This is not a normal delivery: your organisation's mail server tried to hand a copy of a message to Mimecast's archive (journaling), and the copy was older than Mimecast accepts. Your IT team should look at it.",
    details:
      'Mimecast rejects journal submissions older than its expiry threshold. Journal queues often retry rejected items, so a backlog of old messages can keep growing; a wrong clock on the journaling server can also make messages look old.',
    causes: ['A journal queue that was stuck and is now sending a backlog', 'A wrong date, time or time zone on the journaling mail server'],
    senderSteps: ['Forward this report to your IT team; normal mail delivery is not affected'],
    adminSteps: [
      'Check the clock and time zone of the journaling mail server',
      'Remove journal messages older than the Mimecast threshold from the queue so the backlog stops growing',
    ],
    retry: 'no',
    retryAdvice: 'The old journal copy will not be accepted; clear it from the queue instead of retrying.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'expired',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-550-content-examination',
    reply: '550',
    match: [/content examination policy/i],
    title: "Mimecast: blocked by the recipient's content rules",
    meaning:
      'Something in your message (a word, an attachment type, or a pattern such as a card number) matched a content rule the recipient organisation set in Mimecast, and the message was bounced.',
    details:
      'A Content Examination policy (keywords, data patterns or file rules) in the recipient\'s account matched with a bounce action; the reply reads "Message bounced due to Content Examination policy". It does not say which rule matched.',
    causes: [
      'Restricted words or data patterns in the subject, text or attachments',
      'An attachment type the organisation does not accept',
      'Encrypted or password-protected files',
    ],
    senderSteps: [
      'Ask the recipient what they accept, or share the file another way (for example a download link)',
      'Remove the sensitive data or the attachment and send again',
    ],
    adminSteps: ['Recipient side: find the Content Examination hit in Mimecast and add a bypass if the message was legitimate'],
    retry: 'after-fix',
    retryAdvice: 'Resending the same content fails again; change the content or get an exception first.',
    party: 'sender',
    reputation: 'none',
    reason: 'policyviolation',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-553-tls-required',
    reply: '553',
    match: [/requires? encryption \(?tls\)?/i],
    title: 'Mimecast: encrypted connection (TLS) required',
    meaning:
      'This Mimecast route only accepts mail over an encrypted connection (TLS), and the message was sent without encryption. The IT team of the sending server has to enable TLS.',
    details:
      'A Secure Receipt (inbound) or Secure Delivery (outbound) policy enforces TLS on this route; the session did not use STARTTLS, so Mimecast replied 553 "This route requires encryption (TLS)". Expired certificates and proxies that strip STARTTLS lead to the same reply.',
    causes: [
      'The sending server does not use STARTTLS',
      'A firewall or proxy strips the STARTTLS command',
      'The TLS handshake failed (for example an expired certificate) and the server fell back to plain text',
    ],
    senderSteps: [FORWARD_TO_IT],
    adminSteps: [
      'Enable TLS for outbound SMTP and check that the server certificate is valid',
      'Make sure no firewall or proxy strips or intercepts STARTTLS',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once the connection uses TLS.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'failedstarttls',
    references: [...CODES, { title: 'RFC 3207 SMTP over TLS (STARTTLS)', url: 'https://www.rfc-editor.org/rfc/rfc3207' }],
  },
  {
    ...mimecast5,
    id: 'mimecast-553-tls-version',
    reply: '553',
    match: [/tls (?:version )?1\.2 or (?:greater|higher|above|newer)/i],
    title: 'Mimecast: TLS 1.2 or newer required',
    meaning:
      'The sending server connected with an outdated encryption version. This Mimecast route only accepts TLS 1.2 or newer, so the message was refused.',
    details:
      'The Secure Receipt or Secure Delivery policy for the route sets a minimum TLS version; the session negotiated TLS 1.0 or 1.1, so Mimecast replied 553 "This route requires TLS version 1.2 or greater".',
    causes: ['An old operating system or MTA that only speaks TLS 1.0 or 1.1', 'TLS 1.2 disabled in the server configuration'],
    senderSteps: [FORWARD_TO_IT],
    adminSteps: ['Enable TLS 1.2 and 1.3 in the sending MTA or operating system', 'Update software that cannot negotiate TLS 1.2'],
    retry: 'after-fix',
    retryAdvice: 'Send again once the server negotiates TLS 1.2 or newer.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'failedstarttls',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-553-weak-ciphers',
    reply: '553',
    match: [/high[- ]strength ciphers?/i],
    title: 'Mimecast: stronger encryption ciphers required',
    meaning:
      'The encrypted connection used a cipher that Mimecast considers too weak for this route, so the message was refused. The sending server needs a modern encryption setup.',
    details:
      'The Secure Receipt or Secure Delivery policy demands high-strength ciphers, and the negotiated cipher suite was weaker. Proxies or TLS inspection devices that renegotiate the session can cause it too.',
    causes: ['Only old cipher suites enabled on the sending server', 'A proxy or TLS inspection device in the path changes the negotiation'],
    senderSteps: [FORWARD_TO_IT],
    adminSteps: [
      'Enable modern cipher suites (AES-GCM, ChaCha20) in the sending MTA',
      'Check for a proxy or TLS inspection device that alters the negotiation',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once strong ciphers are negotiated.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'failedstarttls',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-554-too-large',
    reply: '554',
    match: [/maximum email size exceeded/i, /email size limit/i],
    title: 'Mimecast: message too large',
    meaning:
      'Your message is bigger than the recipient organisation accepts through Mimecast. Attachments grow by about a third in transit, so a file that looks small enough can still be too big.',
    details:
      "The message exceeded an Email Size Limit policy or Mimecast's service maximum (Mimecast cites 100 MB on its legacy MTA and 200 MB on the current one; customer policies are often much lower). Transfer encoding adds roughly 33% to attachments.",
    causes: ['Large attachments', "A size limit set by the recipient's administrators below your message size"],
    senderSteps: ['Share the file as a download link instead of an attachment', 'Or split the attachments over several messages or compress them'],
    adminSteps: ['Offer users a file-sharing option for large files', 'Recipient side: review the Email Size Limit policy if large files are expected'],
    retry: 'after-fix',
    retryAdvice: 'Resending the same message fails; send a smaller one.',
    party: 'sender',
    reputation: 'none',
    reason: 'mesgtoobig',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-554-mail-loop',
    reply: '554',
    match: [/mail loop detected/i],
    title: 'Mimecast: mail loop detected',
    meaning:
      'Your message was passed between mail servers too many times (more than 25 hops), so Mimecast stopped it. Usually a forwarding rule sends mail round in a circle.',
    details:
      'Mimecast counts the Received headers and rejects a message after 25 hops. Typical causes are two forwarding rules pointing at each other, or routing between Mimecast and the customer\'s server that sends the message back to Mimecast.',
    causes: [
      'Forwarding rules between two mailboxes that point to each other',
      'Routing between Mimecast and the mail server that returns mail to Mimecast',
      'Two auto-responders answering each other',
    ],
    senderSteps: ['Tell the recipient: the loop is usually in their forwarding', 'Check your own forwarding rules if you forward mail to this address'],
    adminSteps: [
      'Read the Received headers of the bounced copy to see which hosts repeat',
      'Fix the forwarding rule or connector route that sends mail back',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending loops again until the forwarding or routing is fixed.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'networkerror',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-554-host-network-not-allowed',
    reply: '554',
    match: [/host network not allowed/i],
    title: 'Mimecast: your network or region is not allowed',
    meaning:
      "The recipient organisation's Mimecast does not accept mail from the network or country your mail server is in. It is a rule they set, so only they can make an exception for you.",
    details:
      'Mimecast replies 554 Host network not allowed when a Geographical Restriction policy (or a similar network rule) matches the connecting IP. The rule judges where the sending server is, not the sender address.',
    causes: [
      'The recipient blocks mail from the country where your server or email provider is located',
      'Your email provider routes mail through a data centre in a restricted region',
    ],
    senderSteps: ['Ask the recipient through another channel to allow your address or server', 'Try sending from another provider or account if it is urgent'],
    adminSteps: [
      'Give the recipient your sending IP ranges so they can add an exception to the Geographical Restriction policy',
      'If your provider offers it, send from servers in another region',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending from the same server fails until the recipient adds an exception.',
    party: 'recipient-admin',
    reputation: 'low',
    reason: 'policyviolation',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-554-security-policies',
    reply: '554',
    match: [/rejected due to security polic(?:y|ies)/i, /\bMCSpamSignature\b/i],
    title: "Mimecast: rejected by the recipient's security scan",
    meaning:
      "Mimecast's scanning found something in your message that looks like a virus or very much like spam, and rejected it. The reply often names the signature that matched, for example MCSpamSignature.",
    details:
      'Mimecast replies "Email rejected due to security policies" when an anti-virus signature matches or the spam score is above the maximum; the suffix names the signature. Recipients can bypass spam checks with a Permitted Senders or Auto Allow policy, not virus checks. Non-customers can ask for a review through Mimecast\'s sender feedback form.',
    causes: [
      'A link or attachment matched a spam or malware signature',
      'Content that reads like bulk spam or phishing',
      'A compromised account or website sending spam from your domain',
    ],
    senderSteps: [
      'Send a plain version without links or attachments and see whether it passes',
      'If the mail is legitimate, ask the recipient to allow your address',
    ],
    adminSteps: [
      'Scan the message and the sending host for malware and check its links against URL blocklists',
      'Ask the recipient to permit the sender, or request a review through Mimecast\'s sender feedback form',
    ],
    retry: 'after-fix',
    retryAdvice: 'The same message is rejected again; change it or get the recipient to allow you first.',
    party: 'sender',
    reputation: 'medium',
    // Sisimai files this reply under virusdetected; the wording in practice ("MCSpamSignature") names spam.
    reason: 'spamdetected',
    references: CODES,
  },
  {
    ...mimecast5,
    id: 'mimecast-554-certificate-configuration',
    reply: '554',
    match: [/configuration is invalid for this certificate/i],
    title: 'Mimecast: certificate configuration does not match the account',
    meaning:
      'Mimecast could not match the connecting setup to the certificate configuration of the Mimecast account, so it refused the message. This is a configuration fix for the IT team of the organisation using Mimecast.',
    details:
      'Mimecast replies 554 "Configuration is invalid for this certificate" when the certificate-based setup for the connection does not validate against the account\'s domains in DNS; Mimecast\'s note mentions umbrella accounts whose domain names are not listed as expected.',
    causes: [
      'Domain names of the (umbrella) account not published in DNS as Mimecast expects',
      'A certificate whose names do not match the domains configured for the route',
    ],
    senderSteps: [FORWARD_TO_IT],
    adminSteps: [
      'Ask Mimecast support which domains the certificate configuration expects and publish them in DNS',
      "Check that the certificate's names match the domains used on this route",
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once the certificate and DNS configuration agree.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'securityerror',
    references: CODES,
  },
];

export const mimecast: ProviderFile = {
  id: 'mimecast',
  name: 'Mimecast',
  covers: ['Mimecast'],
  home: SMTP_CODES,
  // Host names only as the replying server ("smtp-inbound", "serviceNNN"), not any mention: Mimecast
  // customers' outbound mail carries mimecast.com in its Received headers too.
  signatures: [
    /community\.mimecast\.com/i,
    /\bDOC-1369\b/i,
    /smtp-inbound-\d{1,2}\.mimecast/i,
    /\bservice\d{1,4}\.mimecast\.com\b/i,
    /\bMCSpamSignature\b/,
    /\[[A-Za-z0-9_-]{18,30}\.[a-z]{2}\d{1,4}\]/,
  ],
  entries,
};
