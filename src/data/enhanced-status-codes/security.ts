// X.7.* — security or policy: sign-in to the sending server, encryption, sender authentication (SPF,
// DKIM, DMARC, ARC, reverse DNS) and the receiver's own rules. Several big providers reuse X.7.27-X.7.30
// with meanings outside the registry; the details say so, so that an admin reads the reply text.
import type { Entry, Reference } from '../schema';
import { IANA, rfc5321, SPAMHAUS_CHECK } from '../shared';

const RFC3463_SECURITY: Reference = {
  title: 'RFC 3463 §3.8 (security or policy status)',
  url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.8',
};
const RFC4954_CODES: Reference = {
  title: 'RFC 4954 §6 (SMTP AUTH status codes)',
  url: 'https://www.rfc-editor.org/rfc/rfc4954#section-6',
};
const RFC5248: Reference = {
  title: 'RFC 5248: registry for SMTP enhanced status codes',
  url: 'https://www.rfc-editor.org/rfc/rfc5248',
};
const RFC6710: Reference = {
  title: 'RFC 6710: SMTP priority extension (MT-PRIORITY)',
  url: 'https://www.rfc-editor.org/rfc/rfc6710',
};
const RFC7293: Reference = {
  title: 'RFC 7293: Require-Recipient-Valid-Since (RRVS)',
  url: 'https://www.rfc-editor.org/rfc/rfc7293',
};
const RFC7372_DKIM: Reference = {
  title: 'RFC 7372 §3.1 (DKIM failure codes)',
  url: 'https://www.rfc-editor.org/rfc/rfc7372#section-3.1',
};
const RFC7372_SPF: Reference = {
  title: 'RFC 7372 §3.2 (SPF failure codes)',
  url: 'https://www.rfc-editor.org/rfc/rfc7372#section-3.2',
};
const RFC7372_RDNS: Reference = {
  title: 'RFC 7372 §3.3 (reverse DNS failure code)',
  url: 'https://www.rfc-editor.org/rfc/rfc7372#section-3.3',
};
const RFC7372_MULTIPLE: Reference = {
  title: 'RFC 7372 §3.4 (multiple authentication failures)',
  url: 'https://www.rfc-editor.org/rfc/rfc7372#section-3.4',
};
const RFC6376: Reference = { title: 'RFC 6376: DKIM signatures', url: 'https://www.rfc-editor.org/rfc/rfc6376' };
const RFC7489: Reference = { title: 'RFC 7489: DMARC', url: 'https://www.rfc-editor.org/rfc/rfc7489' };
const RFC3207: Reference = { title: 'RFC 3207: SMTP over TLS (STARTTLS)', url: 'https://www.rfc-editor.org/rfc/rfc3207' };
const RFC8461: Reference = { title: 'RFC 8461: SMTP MTA Strict Transport Security (MTA-STS)', url: 'https://www.rfc-editor.org/rfc/rfc8461' };
const GMAIL_ERRORS: Reference = { title: 'Google: Gmail SMTP errors and codes', url: 'https://support.google.com/a/answer/3726730' };
const GOOGLE_SENDERS: Reference = { title: 'Google: Email sender guidelines', url: 'https://support.google.com/a/answer/81126' };
const EXO_NDR: Reference = {
  title: 'Microsoft Learn: non-delivery reports and SMTP errors in Exchange Online',
  url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
};

export const security: Entry[] = [
  {
    id: 'status-X.7.0',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.7.0',
    classes: ['2', '4', '5'],
    title: 'Security or policy problem with no specific detail',
    meaning:
      'The receiving server refused the message for a security or policy reason without naming it. It is often about signing in, encryption, or the reputation of the sending server; the text after the code usually says more.',
    details:
      'RFC 3463 §3.8 catch-all for security and policy. Gmail sends 530 5.7.0 "Authentication required" or "Must issue a STARTTLS command first" on its submission servers and 421 4.7.0 for rate limits, low reputation or TLS required; Proofpoint and others answer 550/554 5.7.0 when they block the sending IP. The reply text and the reporting server reveal the real cause.',
    causes: [
      'The sending IP or domain has a poor reputation or is on a blocklist',
      'The mail app tried to send without signing in or without encryption (STARTTLS)',
      'A security filter at the recipient (e.g. Proofpoint, Mimecast) blocked the message',
      'Links or attachments in the message were judged risky',
    ],
    senderSteps: [
      'Read the text after the code: words such as "blocked", "authentication" or "TLS" point to the cause',
      'If your own mail app shows this, check that outgoing mail signs in with your account and uses SSL/TLS',
      'Forward the bounce to your IT contact if it names a blocklist or a reputation problem',
    ],
    adminSteps: [
      'Check the sending IP on the lookup page named in the reply (e.g. ipcheck.proofpoint.com) and request removal',
      'Require authentication and TLS on submission (port 587 with STARTTLS or 465) for every client',
      'Verify SPF, DKIM and DMARC for the sending domain',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending unchanged is refused again. Retry after the sign-in, encryption or reputation problem has been fixed.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'securityerror',
    permanence: 'permanent',
    byClass: {
      '2': {
        title: 'Security step succeeded',
        meaning:
          'This is a success notice: a security step, such as signing in to the mail server, worked. Nothing needs to be done.',
        details:
          'With class 2, X.7.0 marks a positive reply such as 235 2.7.0 after a successful AUTH sign-in. It reports no failure.',
        causes: ['The server confirmed a successful sign-in or security check'],
        senderSteps: ['Nothing to do; if a failure notice also arrived, read that one instead'],
        adminSteps: ['No change needed; keep the log line if you are tracing this session'],
        retry: 'no',
        retryAdvice: 'Nothing failed, so there is nothing to send again.',
        party: 'sender',
        reputation: 'none',
        reason: 'delivered',
      },
      '4': {
        meaning:
          'The receiving server held the message back for now for a security or policy reason, for example too much mail from your server at once or a sign-in problem. Your mail server usually retries by itself.',
        causes: [
          'The receiving server is limiting mail from your IP (rate limit or low reputation)',
          'Too many sign-in attempts on your outgoing server',
          'The recipient domain requires an encrypted (TLS) connection that was not used',
          'A temporary failure of a security or authentication check',
        ],
        senderSteps: [
          'Wait for the automatic retries of your mail server',
          'If you send many messages at once, spread them out over time',
        ],
        retry: 'later',
        retryAdvice: 'Your server retries automatically. If deferrals go on for hours, the admin should check the reply text and the sending reputation.',
      },
    },
    byReason: {
      failedstarttls: {
        classes: ['4', '5'],
        title: 'The receiving server requires an encrypted (TLS) connection',
        meaning:
          'The receiving server only takes mail over an encrypted connection, and the connection from your mail server was not encrypted, or encryption could not be set up. Nothing in your message caused this; the sending server has to be set up for it.',
        details:
          'SMTP encryption is negotiated with STARTTLS (RFC 3207). A receiver that requires it answers 530 5.7.0 "Must issue a STARTTLS command first" or a TLS-required reply; a domain with an MTA-STS (RFC 8461) or DANE policy makes senders refuse to deliver without verified TLS. Handshake failures come from old protocol versions or ciphers, or a certificate that does not verify.',
        causes: [
          'The sending server has STARTTLS switched off for outgoing mail, or offers only protocol versions or ciphers the receiver refuses',
          'The certificate of one side does not verify (expired, wrong name, missing intermediate)',
          'A firewall or filter between the servers strips the STARTTLS offer',
        ],
        senderSteps: [
          'Forward this bounce to whoever runs your email: only the sending server settings can fix it',
          'If the message is urgent, send it from another account (a large provider encrypts by default)',
        ],
        adminSteps: [
          'Enable opportunistic TLS for outgoing mail (Postfix: smtp_tls_security_level = may) and allow TLS 1.2 or newer',
          'Test the receiving host with openssl s_client -starttls smtp -connect <mx>:25 and read the handshake error',
          'Check that nothing on the path (firewall, SMTP inspection) removes STARTTLS from the EHLO reply',
        ],
        retry: 'after-fix',
        retryAdvice: 'Every attempt fails the same way until the sending server encrypts its connections; send again after that.',
        party: 'sender-admin',
        reputation: 'none',
        references: [RFC3207, RFC8461, RFC3463_SECURITY, IANA],
      },
      toomanyconn: {
        classes: ['4', '5'],
        title: 'Too many connections or messages from your server at once',
        meaning:
          'The receiving server limits how many connections or messages it takes from one sending server at a time, and yours went over that limit. It is a speed limit, not a judgement on this message.',
        details:
          'Receivers cap concurrent connections and messages per connection or per minute from one client IP, and answer 421 or 4.7.0 past the cap. Large providers tighten the cap for IPs with little or poor sending history.',
        causes: [
          'A newsletter or bulk send opened many parallel connections to the same domain',
          'Other mail from the same IP (a shared host or sending service) used up the allowance',
          'The sending IP is new or has a weak reputation, so its limit is low',
        ],
        senderSteps: [
          'Nothing to do for a single message: the sending server tries again by itself',
          'For a mailing, send in smaller batches spread over time',
        ],
        adminSteps: [
          'Lower the concurrency and the rate towards this domain (Postfix: smtp_destination_concurrency_limit and a per-destination rate delay)',
          'Warm up new sending IPs gradually and watch the providers postmaster tools',
        ],
        retry: 'later',
        retryAdvice: 'Retrying later works once the rate drops; the sending server normally retries on its own.',
        party: 'sender-admin',
        reputation: 'low',
        references: [rfc5321('4.5.3.2', 'timeouts and connection limits'), RFC3463_SECURITY, IANA],
      },
      speeding: {
        classes: ['4', '5'],
        title: 'Sending rate limit reached',
        meaning:
          'The receiving server accepts only so much mail per hour or per day from your server or address, and this message went over that amount. It will go through once the rate drops.',
        details:
          'Rate limits per client IP, sending domain or authenticated account, answered with 421/450/451 4.7.0 or a provider token. A limit that never lifts usually means the reputation of the IP or domain is poor.',
        causes: [
          'A bulk send or a burst of messages to the same provider',
          'A compromised account on the same server sending spam and using up the allowance',
          'Low reputation, which lowers the limit',
        ],
        senderSteps: [
          'Wait: the sending server retries by itself',
          'Spread large mailings over hours instead of sending them at once',
        ],
        adminSteps: [
          'Throttle sending per destination domain and check the queue for unexpected volume',
          'Check for compromised accounts before raising any limit of your own',
        ],
        retry: 'later',
        retryAdvice: 'Retries get through once the rate is under the limit; if deferrals last more than a day, look at reputation.',
        party: 'sender-admin',
        reputation: 'low',
        references: [RFC3463_SECURITY, IANA, GMAIL_ERRORS],
      },
    },
    references: [RFC3463_SECURITY, IANA, GMAIL_ERRORS],
  },
  {
    id: 'status-X.7.1',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.7.1',
    classes: ['4', '5'],
    title: "Refused by the receiving server's rules",
    meaning:
      'The receiving server will not take this message from you because of a rule on its side. It may be a block on your sending server or domain, a spam decision, or a rule that only certain senders may write to this address.',
    details:
      'RFC 3463 §3.8: delivery not authorised, from per-host or per-recipient filtering. The most overloaded code in practice: Microsoft 365 and Exchange use 550 5.7.1 for relay denied, recipients that accept only internal or authenticated senders, and transport rules; Gmail for likely spam, low IP or domain reputation and malformed headers; Yahoo [BL21]-[BL23] and iCloud [CS01] for blocklists and local policy. The reply text decides.',
    causes: [
      'The sending IP or domain is on a blocklist or has a poor reputation',
      'The recipient filter judged the message to be spam',
      'The recipient or group accepts mail only from certain or internal senders',
      'The message was relayed through a server that does not handle mail for you',
      'Missing or failing sender authentication (SPF, DKIM, DMARC: the checks that prove which domain sent it)',
    ],
    senderSteps: [
      'Read the text after the code and look for a blocklist name, "relay", "spam" or "not authorized"',
      'If you wrote to a group or distribution list, ask its owner to allow your address',
      'Forward the bounce to your IT contact if it names a blocklist or your server',
    ],
    adminSteps: [
      'Look up the sending IP on the blocklist named in the reply (Spamhaus, Proofpoint, Microsoft) and follow its delisting steps',
      'Publish SPF (e.g. TXT v=spf1 include:_spf.example.net -all), sign with DKIM, and publish a _dmarc TXT record',
      'For "relay denied", send only through your own authenticated server or fix the connector',
      'Check for compromised accounts and outbound spam before requesting delisting',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending unchanged is refused again. Retry once the block, rule or authentication problem is resolved, or the recipient has allowed you.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'securityerror',
    permanence: 'permanent',
    byClass: {
      '4': {
        title: "Held back for now by the receiving server's rules",
        meaning:
          'The receiving server held back the message for now because of a rule on its side, such as greylisting (asking unknown senders to try again later) or a limit on how fast your server may send. Your mail server normally retries by itself.',
        causes: [
          'Greylisting: the first attempt from an unknown sender is always deferred',
          'Rate limiting because your server sent a lot of mail in a short time',
          'A temporary block after complaints or a drop in sending reputation',
          'A temporary failure of the recipient filtering service',
        ],
        senderSteps: [
          'Wait: most messages deferred this way are delivered within an hour',
          'If you are sending a large mailing, slow it down and send in smaller batches',
        ],
        adminSteps: [
          'Make sure the queue retries from the same IP at normal intervals; greylisting expects a retry after a few minutes',
          'Lower the sending rate to this domain and watch the postmaster tools of the large mailbox providers',
          'If the reply names a blocklist or complaints, fix the cause and request delisting',
        ],
        retry: 'later',
        retryAdvice: 'Your server retries automatically; greylisting usually clears within minutes to an hour. If deferrals last a day, read the reply text.',
        reputation: 'low',
        reason: 'blocked',
      },
    },
    byReason: {
      spamdetected: {
        title: 'Refused as spam',
        meaning:
          'The receiving server read this message as spam and refused it. The judgement is about the message and how it was sent: its wording, links and attachments, and the reputation of the sending server and domain.',
        details:
          "The receiver's content filter (SpamAssassin, Rspamd, a commercial gateway or the provider's own) scored the message over its threshold at end of DATA. The reply usually names the filter or a score; a reference id in it lets the recipient side look the decision up.",
        causes: [
          'Wording, links or link shorteners typical of spam, or a link to a domain with a poor reputation',
          'Missing or failing SPF, DKIM or DMARC, which makes any message look riskier',
          'The sending IP or domain recently sent mail that recipients marked as spam',
        ],
        senderSteps: [
          'Send a short plain message without links or attachments to check whether the wording or the links are the trigger',
          'Remove link shorteners and large images; link to your own domain',
          'Ask the recipient to add your address to their safe senders, or reach them another way',
        ],
        adminSteps: [
          'Check SPF, DKIM and DMARC for the sending domain and that the From domain is the signing domain',
          'Check the sending IP and the domains linked in the message on public blocklists',
          'Give the recipient side the reference id from the reply so they can release or review the message',
        ],
        retry: 'after-fix',
        retryAdvice: 'The same message is refused again; resend after changing what triggered the filter or after the recipient side allowed you.',
        party: 'sender',
        reputation: 'medium',
      },
      blocked: {
        title: 'Your sending server is blocked',
        meaning:
          'The receiving server refused mail from the server that sent your message, usually because its IP address is on a blocklist or has a poor reputation. It is about the sending server, not about this message or its recipient.',
        details:
          "A refusal of the client IP at connection or at RCPT TO: a DNS blocklist hit (Spamhaus, Barracuda, SpamCop and others), the receiver's own reputation list, or a missing reverse DNS. The reply usually names the list or the IP; the IP in it is the one to look up.",
        causes: [
          'The sending IP is listed on a DNS blocklist, often after spam from a compromised account or a shared neighbour',
          'The IP is a home, dynamic or unauthenticated address that receivers do not accept mail from',
          "The receiver's own reputation system marked the IP",
        ],
        senderSteps: [
          'Forward this bounce to whoever runs your email: the block is on the sending server',
          'If the message is urgent, send it from another account meanwhile',
        ],
        adminSteps: [
          'Look the IP up on the blocklist the reply names and follow its removal steps',
          'Find and stop the source of the listing (compromised account, open relay, infected host) before asking for removal',
          'Make sure the IP has reverse DNS that matches its HELO name',
        ],
        retry: 'after-fix',
        retryAdvice: 'Every message from the same server is refused until the block is lifted; send again after the removal.',
        party: 'sender-admin',
        reputation: 'high',
        references: [SPAMHAUS_CHECK, RFC3463_SECURITY, IANA],
      },
      contenterror: {
        title: 'Refused because of what the message contains',
        meaning:
          "The receiving server's filter refused this message for something in it: an attachment type it does not accept, a link or file it judged risky, or words its rules block. It is about this message, not about you or your server.",
        details:
          'A content rule at end of DATA: attachment type or size rules, URL and file reputation checks (sandboxing gateways such as FortiMail, Proofpoint, Mimecast), or keyword policies. The reply often names the rule or carries a reference id for the recipient side.',
        causes: [
          'An attachment type the receiver blocks (executables, scripts, macros, some archives)',
          'A link to a domain or file host with a poor reputation',
          'Wording or a file name the receiver rules block',
        ],
        senderSteps: [
          'Send the message again without the attachment, or share the file as a link from your usual storage',
          'Remove links to shorteners or unfamiliar sites and try a short plain version',
          'Ask the recipient to have the message released if they expect it',
        ],
        adminSteps: [
          'Give the recipient side the reference id from the reply so they can look up which rule fired',
          'Check the linked domains and attached files against public reputation services',
        ],
        retry: 'after-fix',
        retryAdvice: 'The same message is refused again; send it again after removing what the filter objected to.',
        party: 'sender',
        reputation: 'low',
      },
      norelaying: {
        title: 'The server would not pass your message on (relay denied)',
        meaning:
          'The server your message reached does not accept mail for the recipient domain, and it will not forward mail to other domains for strangers. Either the address domain is misspelt or its mail settings point to the wrong server, or your own mail app sent without signing in.',
        details:
          'Relaying is accepting mail for a domain the server is not responsible for (RFC 5321 §3.6.2). A receiving MX refuses it unless the client is authenticated or trusted. From a remote MX it means the recipient domain is not configured there; from your own outgoing server it means the client did not authenticate.',
        causes: [
          'The domain of the address is misspelt, or its MX record points to a server that does not host it',
          'Your mail app or device sends through your server without signing in (SMTP AUTH)',
          'A connector or smarthost is not set up to accept mail from your server',
        ],
        senderSteps: [
          'Check the spelling of the domain after the @',
          'If your own mail app sent this, turn on "my outgoing server requires authentication" and use port 587',
          'If the address is right, tell the recipient their domain mail settings may be wrong',
        ],
        adminSteps: [
          'Check which server refused (the host in the bounce) and whether it is one of the recipient domain MX hosts',
          'Require and use SMTP AUTH on submission; for a connector or smarthost, allow the sending server IP',
        ],
        retry: 'after-fix',
        retryAdvice: 'Resending unchanged is refused again; send again after fixing the address, the sign-in or the connector.',
        party: 'recipient-admin',
        reputation: 'none',
        references: [rfc5321('3.6.2', 'relaying'), RFC3463_SECURITY, IANA],
      },
    },
    references: [RFC3463_SECURITY, IANA, EXO_NDR, GMAIL_ERRORS],
  },
  {
    id: 'status-X.7.2',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.7.2',
    classes: ['5'],
    title: 'Not allowed to post to this list or group',
    meaning:
      'The address you wrote to is a mailing list or group, and you are not among the senders it accepts. The message did not reach its members.',
    details:
      'RFC 3463 §3.8: the sender may not send to the list being expanded. Typical for members-only or moderated groups (Google Groups, Microsoft 365 groups and distribution lists). Yahoo also sends 553 5.7.2 with [TSS09] or [TSS11] for sending IPs whose mail it no longer accepts: that is a reputation block, not a list rule.',
    causes: [
      'The group accepts posts only from its members or from its own organisation',
      'You wrote from a different address than the one registered with the group',
      'The group is moderated and did not approve the post',
      'With Yahoo [TSS09] or [TSS11]: the sending IP is no longer accepted',
    ],
    senderSteps: [
      'Send from the address that is a member of the group, or ask the group owner to allow you',
      'Write to the group owner or to a member directly',
    ],
    adminSteps: [
      'As group owner, allow external senders or add this sender to the allowed senders list',
      'For Yahoo [TSS09]/[TSS11], review complaint rates and list hygiene, then contact Yahoo through its Sender Hub',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending is refused until the group owner allows you or you send from a member address.',
    party: 'recipient-admin',
    reputation: 'low',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [RFC3463_SECURITY, IANA],
  },
  {
    id: 'status-X.7.3',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.7.3',
    classes: ['5'],
    title: 'Secure message format could not be converted',
    meaning:
      'The message was protected (signed or encrypted) in a way that had to be translated into another secure format for the recipient, and that was not possible. It mostly happens between different mail systems or encryption gateways.',
    details:
      'RFC 3463 §3.8: conversion from one secure messaging protocol to another was required and could not be done, typically at a gateway between systems. Exchange Server also uses 5.7.3 when it cannot complete authentication with another Exchange server ("Cannot achieve Exchange Server authentication"), which points at connector or permission settings.',
    causes: [
      'An encryption or signing gateway cannot translate the secure format',
      'Encrypted mail sent to a system that supports a different encryption scheme',
      'In Exchange: server-to-server authentication on a connector failed',
    ],
    senderSteps: [
      'Send the message again without encryption or signature if the content allows it',
      'Ask the recipient which secure-mail method their organisation supports',
    ],
    adminSteps: [
      'Check the encryption gateway logs for the format that could not be converted',
      'In Exchange, verify the authentication and permission settings of the connector between the servers',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending the same protected message fails again. Change the protection or the gateway setup first.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [RFC3463_SECURITY, IANA],
  },
  {
    id: 'status-X.7.4',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.7.4',
    classes: ['5'],
    title: 'Security feature not supported on this path',
    meaning:
      'The message or the connection asked for a security feature, such as a particular sign-in method, that the receiving server or a server on the way does not support. Nothing is wrong with the content.',
    details:
      'RFC 3463 §3.8: a requested security feature (for example a secure authentication method) cannot be supported by the delivery protocol. Gmail sends 504 5.7.4 "Unrecognized authentication type" and for the retired XOAUTH mechanism; its help page lists these as 5.7.40.',
    causes: [
      'The mail app uses a sign-in method the server does not offer',
      'An old app still using a retired sign-in method (e.g. XOAUTH at Gmail)',
      'A requested security option that a relay on the path cannot provide',
    ],
    senderSteps: [
      'Update your mail app and choose the sign-in method your provider recommends in the outgoing server settings',
      'Remove and re-add the account so the app picks a supported sign-in method',
    ],
    adminSteps: [
      'Compare the AUTH mechanisms the server lists after EHLO with the one the client sends',
      'Enable a supported mechanism (PLAIN or LOGIN over TLS, or OAuth) or update the client',
    ],
    retry: 'after-fix',
    retryAdvice: 'The same request fails again. Retry after changing the sign-in method or updating the app.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [RFC3463_SECURITY, IANA, GMAIL_ERRORS],
  },
  {
    id: 'status-X.7.5',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.7.5',
    classes: ['4', '5'],
    title: 'Encryption key or certificate missing or invalid',
    meaning:
      'A server that had to check or decrypt the message, or secure the connection, could not do so because a key or certificate it needed was missing or not valid. The message was not judged as spam.',
    details:
      'RFC 3463 §3.8: a transport system entitled to validate or decrypt the message lacked usable keying material. Exchange Online also sends 4.7.5/5.7.5 when the receiving server\'s TLS certificate fails MTA-STS validation (RFC 8461), i.e. it does not match the policy the recipient domain publishes.',
    causes: [
      "The recipient's TLS certificate is expired or does not match its MTA-STS policy",
      'An encryption gateway lacks the certificate or key for the sender or recipient',
      'A certificate or key that was revoked or replaced',
    ],
    senderSteps: [
      'Tell the recipient through another channel that their mail server has a certificate or key problem',
      "If you sent encrypted mail, make sure you used the recipient's current certificate",
    ],
    adminSteps: [
      'On the receiving side: renew the TLS certificate of the MX hosts and make it match the names in the MTA-STS policy',
      'Check the encryption gateway for missing, expired or revoked certificates',
    ],
    retry: 'after-fix',
    retryAdvice: 'Delivery fails until the key or certificate problem is fixed on the side that reported it.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    byClass: {
      '4': {
        retry: 'later',
        retryAdvice: 'Your server keeps retrying and delivers once the certificate or key is fixed. If it lasts more than a day, contact the recipient another way.',
      },
    },
    references: [RFC3463_SECURITY, IANA, RFC8461, EXO_NDR],
  },
  {
    id: 'status-X.7.6',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.7.6',
    classes: ['4', '5'],
    title: 'Encryption algorithm not supported',
    meaning:
      'The message was signed or encrypted with a method that the server responsible for checking or decrypting it does not support. The recipient side cannot read or verify it in that form.',
    details:
      'RFC 3463 §3.8: a system entitled to validate or decrypt the message could not, because it lacks the algorithm used, for example an outdated or very new cipher or hash in S/MIME or PGP, or a gateway that enforces a minimum strength.',
    causes: [
      "The message was encrypted or signed with an algorithm the recipient's gateway does not support",
      "An outdated algorithm (e.g. SHA-1 or 3DES) that the recipient's policy no longer accepts",
      'A recent algorithm that older gateway software does not know',
    ],
    senderSteps: [
      "Send the message again without encryption, or with your mail app's default encryption settings",
      'Ask the recipient which encryption their organisation supports',
    ],
    adminSteps: [
      'Configure the S/MIME or PGP clients to use widely supported algorithms such as AES with SHA-256',
      'Update the encryption gateway if it lacks current algorithms',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending with the same algorithm fails again. Change the encryption settings first.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    byClass: {
      '4': {
        retry: 'later',
        retryAdvice: 'The receiving side treats this as temporary and your server retries; if it still fails, resend with different encryption settings.',
      },
    },
    references: [RFC3463_SECURITY, IANA],
  },
  {
    id: 'status-X.7.7',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.7.7',
    classes: ['2', '4', '5'],
    title: 'Message integrity check failed',
    meaning:
      'A server that checks whether the message arrived unchanged found that it was damaged or altered on the way. The message could not be trusted in that state.',
    details:
      'RFC 3463 §3.8: a transport system entitled to validate the message could not, because the content was corrupted or modified, e.g. an S/MIME or PGP signature broken after a relay rewrote the body. The code exists as success, temporary and permanent; with class 2 the message was delivered anyway.',
    causes: [
      'A relay, footer or disclaimer tool changed the message after it was signed',
      'Content damaged in transit, e.g. by line-length or encoding changes',
      'A gateway that re-encoded the message',
    ],
    senderSteps: [
      'Send the message again; if it fails once more, send it without a digital signature',
      'Tell your IT contact that something on the way may be altering messages',
    ],
    adminSteps: [
      'Look for tools that add disclaimers or rewrite messages after signing, and sign after them',
      'Make content 7-bit safe before signing so relays have no reason to re-encode it',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending through the same path may fail again. Retry after finding what alters the message, or without the signature.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    byClass: {
      '2': {
        title: 'Delivered, but integrity could not be confirmed',
        meaning:
          'The message was delivered, but a server on the way reported that it could not confirm the message arrived unaltered. Treat this as a warning.',
        senderSteps: ['Ask the recipient whether the message arrived complete and readable'],
        adminSteps: ['If signatures break often, look for relays that modify messages after signing'],
        retry: 'no',
        retryAdvice: 'The message was delivered, so there is nothing to resend unless the recipient reports damage.',
        party: 'sender',
        reason: 'delivered',
      },
      '4': {
        retry: 'later',
        retryAdvice: 'Treated as temporary, so your server retries. If it keeps failing, send the message without a signature.',
      },
    },
    references: [RFC3463_SECURITY, IANA],
  },
  {
    id: 'status-X.7.8',
    kind: 'enhanced',
    authority: 'RFC 4954',
    status: 'X.7.8',
    classes: ['5'],
    title: 'Mail server sign-in rejected',
    meaning:
      'Your mail app tried to sign in to the outgoing mail server and the username or password was not accepted. Because of that, the message was not sent at all.',
    details:
      'RFC 4954 §6: AUTH failed because the credentials were invalid or insufficient (535 5.7.8). Gmail answers 535 5.7.8 "Username and Password not accepted" (its help page writes 5.7.80); accounts with 2-Step Verification need an app password or an OAuth sign-in.',
    causes: [
      'A wrong or changed password saved in the mail app or device',
      'The provider requires an app password or OAuth sign-in, e.g. with 2-Step Verification on',
      'SMTP sign-in with a password is turned off for the account',
      'The username is not the full email address the server expects',
    ],
    senderSteps: [
      'Re-enter your email address and password in the outgoing (SMTP) server settings of your app',
      "If 2-Step Verification is on, create an app password or sign in again through the provider's own login window",
      "Check that the outgoing server name, port (587 or 465) and encryption match your provider's instructions",
    ],
    adminSteps: [
      'Check that SMTP authentication is enabled for the mailbox and not blocked by a security policy',
      'Look at the sign-in logs of this account for lockouts or blocked legacy authentication',
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending fails until the sign-in details are corrected in the app.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [RFC4954_CODES, IANA, GMAIL_ERRORS],
  },
  {
    id: 'status-X.7.9',
    kind: 'enhanced',
    authority: 'RFC 4954',
    status: 'X.7.9',
    classes: ['5'],
    title: 'Sign-in method too weak',
    meaning:
      "Your mail app tried to sign in to the mail server with a method the server considers too weak for your account. It wants a safer sign-in, such as an app password or the provider's own login.",
    details:
      'RFC 4954 §6: the chosen AUTH mechanism is weaker than the server allows for that user (534 5.7.9). Gmail sends 534 5.7.9 "Application-specific password required" or asks for a browser sign-in (its help page writes 5.7.90). Yahoo also uses 550/554 5.7.9 for policy refusals and unauthenticated mail, which has nothing to do with signing in.',
    causes: [
      'The account requires an app password or OAuth sign-in instead of the normal password',
      'The app uses an old sign-in method',
      'With Yahoo: the message was refused for policy reasons or because it lacked SPF/DKIM authentication',
    ],
    senderSteps: [
      'Create an app password in your account security settings and use it in the mail app, or use its "sign in with" option',
      'Update the mail app, then remove and re-add the account',
    ],
    adminSteps: [
      'Offer OAuth or app passwords to users and require TLS on submission ports',
      "For a Yahoo 5.7.9 refusal, check SPF, DKIM and DMARC of the sending domain against Yahoo's sender requirements",
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending fails until the app signs in with an accepted method.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [RFC4954_CODES, IANA, GMAIL_ERRORS],
  },
  {
    id: 'status-X.7.10',
    kind: 'enhanced',
    authority: 'RFC 5248',
    status: 'X.7.10',
    classes: ['5'],
    title: 'Encryption needed before signing in',
    meaning:
      'The mail server requires the connection to be encrypted before your app may sign in with the method it chose. The app tried to sign in over an unprotected connection.',
    details:
      'Registered by RFC 5248 (523 5.7.10): an external privacy layer such as TLS is needed for the requested authentication, mainly for clear-text mechanisms; the client can start TLS first or choose a stronger mechanism. Gmail also sends 523 5.7.10 when a client pipelines commands straight after STARTTLS.',
    causes: [
      'The mail app is set to no encryption on the outgoing server',
      'The app sends commands before the TLS handshake has finished',
      "A firewall or antivirus proxy that removes STARTTLS from the server's reply",
    ],
    senderSteps: [
      'In the outgoing server settings, choose SSL/TLS (port 465) or STARTTLS (port 587)',
      'Update the mail app if the setting is already correct',
    ],
    adminSteps: [
      'Check that STARTTLS is offered to clients and not stripped by a firewall or antivirus proxy',
      'Disable clear-text authentication on unencrypted connections and tell users to use ports 465 or 587',
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending fails until encryption is turned on in the app.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [RFC5248, IANA, GMAIL_ERRORS],
  },
  {
    id: 'status-X.7.11',
    kind: 'enhanced',
    authority: 'RFC 4954',
    status: 'X.7.11',
    classes: ['5'],
    title: 'Sign-in method requires an encrypted connection',
    meaning:
      'The sign-in method your mail app chose may only be used over an encrypted connection, and the connection was not encrypted. Turning on encryption in the app settings fixes it.',
    details:
      'RFC 4954 §6: the mechanism is allowed only once the SMTP session is encrypted (538 5.7.11). The RFC keeps it mainly for history, since servers should not offer such mechanisms without TLS. Gmail uses 501 5.7.11 when STARTTLS is sent with parameters.',
    causes: [
      'The app signs in before starting TLS',
      'Encryption is turned off in the outgoing server settings',
      'A client or script that adds arguments to the STARTTLS command',
    ],
    senderSteps: [
      'In the outgoing server settings, choose SSL/TLS (port 465) or STARTTLS (port 587)',
      'If a device or script sends the mail, forward this bounce to whoever maintains it',
    ],
    adminSteps: [
      'Stop advertising clear-text AUTH mechanisms before TLS is active',
      'Fix clients that send STARTTLS with arguments or authenticate before TLS',
    ],
    retry: 'after-fix',
    retryAdvice: 'Sending fails until the app uses an encrypted connection.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [RFC4954_CODES, IANA, GMAIL_ERRORS],
  },
  {
    id: 'status-X.7.12',
    kind: 'enhanced',
    authority: 'RFC 4954',
    status: 'X.7.12',
    classes: ['4'],
    title: 'Password transition needed',
    meaning:
      'The mail server wants your app to sign in once with the plain password method so it can set up the safer method for next time. It is a sign-in step, not a problem with your message.',
    details:
      "RFC 4954 §6: 432 4.7.12 asks the user to move to the selected mechanism, typically by authenticating once with PLAIN (over TLS); later sessions can then use the chosen mechanism. Not to be confused with Microsoft 365's 5.7.12, used when the recipient organisation accepts only senders it has authenticated.",
    causes: [
      'The server has no stored secret yet for the stronger sign-in method the app chose',
      'The account password was changed or migrated to a new system',
    ],
    senderSteps: [
      'Sign in once with the normal password method over SSL/TLS, then switch back if needed',
      'If the app has no such option, remove and re-add the account',
    ],
    adminSteps: [
      'Allow PLAIN over TLS for the first sign-in and tell users how to complete the transition',
      'Check that the migration of password data to the new mechanism is complete',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again after signing in once with the plain password method.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'transient',
    references: [RFC4954_CODES, IANA],
  },
  {
    id: 'status-X.7.13',
    kind: 'enhanced',
    authority: 'RFC 5248',
    status: 'X.7.13',
    classes: ['5'],
    title: 'Account disabled',
    meaning:
      'Signing in to the mail server worked, but your account has been disabled, so it cannot send mail. Only your email provider or IT department can enable it again.',
    details:
      'Registered by RFC 5248 (525 5.7.13): authentication succeeded for an account the administrator has disabled, e.g. for non-payment, abuse or a suspected break-in. Unlike a wrong password, entering it again does not help. Microsoft 365 separately uses 5.7.13 for public folders that refuse outside senders.',
    causes: [
      'The account was suspended by the provider or administrator for billing, abuse or security reasons',
      'The account was blocked after it sent spam or showed signs of compromise',
      'For Microsoft 365: a public folder that does not accept mail from outside',
    ],
    senderSteps: [
      'Contact your email provider or IT department to find out why the account was disabled',
      'Change your password once the account is enabled again if a break-in was suspected',
    ],
    adminSteps: [
      'Check the account status and the reason it was disabled in the admin console',
      'If it was compromised, reset the password, revoke sessions and remove unknown forwarding rules before enabling it',
    ],
    retry: 'after-fix',
    retryAdvice: 'Nothing can be sent from this account until it is enabled again.',
    party: 'sender',
    reputation: 'low',
    reason: 'suspend',
    permanence: 'permanent',
    references: [RFC5248, IANA, EXO_NDR],
  },
  {
    id: 'status-X.7.14',
    kind: 'enhanced',
    authority: 'RFC 5248',
    status: 'X.7.14',
    classes: ['5'],
    title: 'Trust relationship required',
    meaning:
      'The sending server needs a trusted link to another server to get the message content, and that has not been set up. At Gmail the same code means Google wants you to sign in through a web browser first.',
    details:
      "Registered by RFC 5248, updating RFC 4468 (BURL): the submission server needs a configured trust relationship with a third-party server, such as the IMAP store, to fetch the content; it replaces the older use of X.7.8 here. Gmail sends 534 5.7.14 asking the user to log in through a web browser, typically after blocking a sign-in it found unusual.",
    causes: [
      'Google blocked a sign-in from the app as unusual and wants a browser sign-in first',
      'The submission server lacks a trust setup with the IMAP server holding the message (BURL)',
    ],
    senderSteps: [
      'Sign in to your account in a web browser, confirm any security prompt, then send again from the app',
      "If it keeps happening, use the provider's recommended sign-in (OAuth) or an app password",
    ],
    adminSteps: [
      'For BURL setups, configure the URLAUTH trust between the submission server and the IMAP server',
      'Review the security alerts of the account for blocked sign-ins',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again after the browser sign-in or the server trust has been set up.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [RFC5248, IANA, { title: 'RFC 4468: message submission BURL extension', url: 'https://www.rfc-editor.org/rfc/rfc4468' }, GMAIL_ERRORS],
  },
  {
    id: 'status-X.7.15',
    kind: 'enhanced',
    authority: 'RFC 6710',
    status: 'X.7.15',
    classes: ['4', '5'],
    title: 'Priority too low for the server right now',
    meaning:
      'The message was sent with a lower priority than the receiving server accepts at the moment. This concerns a rarely used feature for ranking urgent mail; the server is probably taking only high-priority messages for now.',
    details:
      'RFC 6710 (MT-PRIORITY): the priority given with MAIL FROM is below the lowest the server accepts, e.g. while it runs in a mode that only takes higher priorities (450 4.7.15 or 550 5.7.15). Mostly seen in closed networks that deploy MT-PRIORITY, such as military or emergency-service messaging.',
    causes: [
      'The receiving server is temporarily accepting only higher-priority mail',
      'The sending system assigns a low MT-PRIORITY value by default',
    ],
    senderSteps: [
      'Wait for the automatic retries; the server will accept normal priorities again later',
      'If the message is urgent, ask your administrator whether it may be sent with a higher priority',
    ],
    adminSteps: [
      'Check the MT-PRIORITY value your server assigns and whether this sender may use a higher one',
      'Ask the receiving side how long its high-priority-only mode will last',
    ],
    retry: 'later',
    retryAdvice: 'Your server retries; delivery works once the receiving server accepts normal priorities again.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'transient',
    byClass: {
      '5': {
        meaning:
          'The receiving server does not accept messages at the priority this one was sent with, and refused it for good. This concerns a rarely used feature for ranking urgent mail.',
        senderSteps: [
          'Ask your administrator to resend the message with a higher priority',
          'Contact the recipient another way if it is urgent',
        ],
        retry: 'after-fix',
        retryAdvice: 'Send again with a priority the receiving server accepts, or ask its admin for the minimum level.',
      },
    },
    references: [RFC6710, IANA],
  },
  {
    id: 'status-X.7.16',
    kind: 'enhanced',
    authority: 'RFC 6710',
    status: 'X.7.16',
    classes: ['4', '5'],
    title: 'Message too large for its priority',
    meaning:
      'The receiving server accepts messages of this size only at a higher priority, so it refused this one. This concerns a rarely used feature for ranking urgent mail.',
    details:
      'RFC 6710 (MT-PRIORITY): the message size is not allowed at the priority requested, e.g. when the server accepts only small messages at low priorities (552 5.7.16, or a 4xx reply when the limit is temporary).',
    causes: [
      'A large message sent at a low MT-PRIORITY level',
      'The receiving server temporarily limits message size for lower priorities',
    ],
    senderSteps: [
      'Make the message smaller, e.g. share large files through a link instead of attaching them',
      'Ask your administrator whether it may be sent with a higher priority',
    ],
    adminSteps: [
      'Ask the receiving side for its size limits per priority level',
      'Adjust the MT-PRIORITY your server assigns for this sender if policy allows',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again once the message is smaller or has a higher priority.',
    party: 'sender',
    reputation: 'none',
    reason: 'mesgtoobig',
    permanence: 'permanent',
    byClass: {
      '4': {
        retry: 'later',
        retryAdvice: 'The limit is temporary and your server retries. If it still fails, send a smaller message.',
      },
    },
    references: [RFC6710, IANA],
  },
  {
    id: 'status-X.7.17',
    kind: 'enhanced',
    authority: 'RFC 7293',
    status: 'X.7.17',
    classes: ['5'],
    title: 'Mailbox has a new owner since the given date',
    meaning:
      'Your message asked to be delivered only if this mailbox had belonged to the same person since a certain date. The receiving server says the address has since passed to someone else, so it did not deliver it.',
    details:
      'RFC 7293 (Require-Recipient-Valid-Since): the message carried an RRVS header field or SMTP parameter, and the receiver found the mailbox has not had one continuous owner since that date-time. Senders such as banks and account-recovery systems use it to avoid reaching a recycled address.',
    causes: [
      'The address was closed and later given to a new person',
      "The date in the check is older than the current owner's account",
    ],
    senderSteps: [
      'Stop using this address for the person and ask them for their current email address',
      'Update your contact list or customer record',
    ],
    adminSteps: [
      'Mark the address as changed in your systems so the former owner is not mailed there',
      'Keep the RRVS date set to when the address was last confirmed by its owner',
    ],
    retry: 'no',
    retryAdvice: 'Do not resend to this address: it belongs to someone else now.',
    party: 'sender',
    reputation: 'none',
    reason: 'hasmoved',
    permanence: 'permanent',
    references: [RFC7293, IANA],
  },
  {
    id: 'status-X.7.18',
    kind: 'enhanced',
    authority: 'RFC 7293',
    status: 'X.7.18',
    classes: ['5'],
    title: 'Domain has a new owner since the given date',
    meaning:
      "Your message asked to be delivered only if the recipient's address had stayed in the same hands since a certain date. The receiving server says the domain (the part after @) has changed owner since then.",
    details:
      "RFC 7293 (RRVS): the receiver chose to disclose that the owner of the recipient's domain changed after the date given in the RRVS header field or parameter. Typical when a domain expired and was registered again by someone else.",
    causes: [
      "The recipient's domain expired and was registered by a new owner",
      'The organisation behind the domain changed, e.g. after a sale',
    ],
    senderSteps: [
      'Do not send to this address again; ask the person for a current address',
      'Update your contact list or customer record',
    ],
    adminSteps: [
      'Flag every address at this domain in your systems as no longer valid for the former owners',
      'Keep RRVS on sensitive mail so that recycled domains are caught',
    ],
    retry: 'no',
    retryAdvice: 'Do not resend: the domain now belongs to someone else.',
    party: 'sender',
    reputation: 'none',
    reason: 'hasmoved',
    permanence: 'permanent',
    references: [RFC7293, IANA],
  },
  {
    id: 'status-X.7.19',
    kind: 'enhanced',
    authority: 'RFC 7293',
    status: 'X.7.19',
    classes: ['5'],
    title: 'Mailbox ownership check not possible',
    meaning:
      'Your message asked the receiving server to confirm that the mailbox had belonged to the same person since a certain date, and the server cannot check that. You have to decide whether to send it without this protection.',
    details:
      'RFC 7293 (RRVS): the receiver cannot evaluate the request because it did not record when the mailbox got its current owner. The originator decides whether to send again without the RRVS header field or parameter.',
    causes: [
      'The receiving system does not keep the date a mailbox was created or reassigned',
      'The date asked about is older than the records the receiver holds',
    ],
    senderSteps: [
      'Decide whether the message may go without the ownership check; if so, send it again without that option',
      'If it must reach the right person, confirm the address with them another way first',
    ],
    adminSteps: [
      'Let your sending system retry without RRVS for messages where that is acceptable',
      'Keep RRVS for sensitive mail (account recovery, financial data) and use another channel when it fails',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending with the same check fails again; send without it only if the content allows.',
    party: 'sender',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [RFC7293, IANA],
  },
  {
    id: 'status-X.7.20',
    kind: 'enhanced',
    authority: 'RFC 7372',
    status: 'X.7.20',
    classes: ['5'],
    title: 'No valid DKIM signature',
    meaning:
      'The receiving server requires a valid DKIM signature (a digital seal showing the sending domain really sent the message), and this message had none that checked out. Usually the email setup of your domain is incomplete.',
    details:
      'RFC 7372 §3.1: no DKIM signature on the message passed verification (RFC 6376). Either the message was not signed, the public key at <selector>._domainkey.<domain> is missing or wrong, or the body or signed headers were changed in transit by footers, mailing lists or security gateways.',
    causes: [
      'Your mail server or email service does not sign outgoing mail with DKIM',
      'The DKIM public key TXT record is missing or wrong, or the key was rotated without updating DNS',
      'A forwarder, mailing list or gateway changed the message after it was signed',
    ],
    senderSteps: [
      "Forward this bounce to whoever manages your domain's email settings",
      'If you sent through a marketing or CRM tool, mention it: it may not be signing with your domain',
    ],
    adminSteps: [
      'Enable DKIM signing in your mail service and publish the TXT record at <selector>._domainkey.<your domain>',
      'Check the Authentication-Results header of a sent test message for dkim=pass',
      'Make disclaimers or footers get added before signing, not after',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending fails until the message carries a valid DKIM signature; DNS changes usually take effect within an hour.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [RFC7372_DKIM, RFC6376, IANA],
  },
  {
    id: 'status-X.7.21',
    kind: 'enhanced',
    authority: 'RFC 7372',
    status: 'X.7.21',
    classes: ['5'],
    title: 'DKIM signature valid but not acceptable',
    meaning:
      "The message had a valid DKIM signature (a digital seal of a sending domain), but none the receiving server accepts, for example because it came from a different domain than expected. Your domain's own signature is probably missing.",
    details:
      'RFC 7372 §3.1: at least one DKIM signature verified, but none met local policy, e.g. the signing domain (d=) is not acceptable, required headers such as From are not signed, or the key is too short. Common when an email service signs only with its own domain instead of the customer domain.',
    causes: [
      'Only the email service signed the message with its own domain, not yours',
      'The signature leaves out required headers or uses a key shorter than the receiver accepts',
      'The signing domain is on a local block list',
    ],
    senderSteps: [
      "Forward this bounce to whoever manages your domain's email settings",
      'If you send through a third-party service, ask it to sign with your domain (custom DKIM)',
    ],
    adminSteps: [
      'Set up custom DKIM in the email service so that d= is your own domain',
      'Use a 2048-bit key and sign at least From, To, Subject and Date',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending fails until the message is signed in a way the receiver accepts.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [RFC7372_DKIM, RFC6376, IANA],
  },
  {
    id: 'status-X.7.22',
    kind: 'enhanced',
    authority: 'RFC 7372',
    status: 'X.7.22',
    classes: ['5'],
    title: "No DKIM signature from the sender's own domain",
    meaning:
      'The message had a valid DKIM signature (a digital seal), but from another domain than the one in your From address. The receiving server wants a signature from the domain the message claims to come from.',
    details:
      'RFC 7372 §3.1: passing DKIM signatures exist, but none has a signing domain (d=) matching the author domain in the From header field; a special case of X.7.21. It is the DKIM half of DMARC alignment (RFC 7489), typical for mail sent through a third-party service without custom DKIM.',
    causes: [
      'A mailing or CRM service signs with its own domain instead of yours',
      'The From address uses a domain or subdomain that nothing signs for',
      "A web form that uses the visitor's address as From",
    ],
    senderSteps: [
      'Send from an address at the domain your email service actually signs for',
      'Ask whoever manages your domain to set up DKIM for the service you used',
    ],
    adminSteps: [
      'Make the sending service sign with d=<your domain> and publish its selector TXT record under _domainkey',
      "For web forms, send From your own domain and put the visitor's address in Reply-To",
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending fails until the message is signed by the domain in the From address.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [RFC7372_DKIM, RFC6376, RFC7489, IANA],
  },
  {
    id: 'status-X.7.23',
    kind: 'enhanced',
    authority: 'RFC 7372',
    status: 'X.7.23',
    classes: ['5'],
    title: 'SPF check failed',
    meaning:
      'The receiving server checked whether the server that sent your message may send for your domain (SPF, a published list of permitted sending servers), and the answer was no. The message was refused.',
    details:
      'RFC 7372 §3.2 and RFC 7208 §8.4: the SPF check of the MAIL FROM (or HELO) domain returned fail and local policy rejects such mail; RFC 7208 names X.7.23 in place of 5.7.1 for this. Exchange Online sends 5.7.23 for SPF violations. Frequent after changing email provider or adding a sending service without updating SPF.',
    causes: [
      "The server or service that sent the message is not listed in your domain's SPF record",
      'The message was forwarded, and the forwarding server is not in your SPF record',
      'Someone forged your domain, in which case the refusal is correct',
    ],
    senderSteps: [
      "Forward this bounce to whoever manages your domain's DNS or email settings",
      'If you sent through a new tool (newsletter, CRM, website), mention it: it probably has to be added to SPF',
    ],
    adminSteps: [
      'Add every legitimate sender to the SPF TXT record, e.g. v=spf1 include:_spf.example.net ip4:192.0.2.10 -all',
      'Keep exactly one SPF record per domain and test it with an SPF checker',
      'For forwarded mail, ask the forwarder to use SRS, or rely on DKIM and ARC',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending fails until the SPF record lists the sending server; DNS changes usually take effect within an hour.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [RFC7372_SPF, { title: 'RFC 7208 §8.4 (SPF result: fail)', url: 'https://www.rfc-editor.org/rfc/rfc7208#section-8.4' }, IANA, EXO_NDR],
  },
  {
    id: 'status-X.7.24',
    kind: 'enhanced',
    authority: 'RFC 7372',
    status: 'X.7.24',
    classes: ['4', '5'],
    title: 'SPF check ended in an error',
    meaning:
      "The receiving server tried to check that your server may send for your domain (SPF, a published list of permitted sending servers), but the check itself hit an error. Either a DNS lookup failed for the moment, or your domain's SPF record is broken.",
    details:
      'RFC 7372 §3.2 with RFC 7208 §8.6 and §8.7: SPF evaluation ended in temperror (a DNS timeout, usually 4.7.24) or permerror (a broken record: syntax error, more than 10 DNS-querying terms, two SPF records; usually 5.7.24). Gmail sends 451 4.7.24 and 550 5.7.24 when the SPF record of the sending domain has suspicious entries.',
    causes: [
      "Your domain's SPF record needs more than 10 DNS lookups (too many include: terms)",
      'A syntax error, or two separate SPF TXT records on the domain',
      'Temporary DNS trouble at your DNS host or at the receiver',
    ],
    senderSteps: [
      "Wait for your server's automatic retries if this was a temporary deferral",
      "Forward the bounce to whoever manages your domain's DNS",
    ],
    adminSteps: [
      'Check the SPF record with an SPF validator and keep it under 10 DNS lookups by removing unused include: terms',
      'Make sure the domain has exactly one TXT record starting with v=spf1',
      'Check that the DNS servers of the domain answer reliably',
    ],
    retry: 'later',
    retryAdvice: 'Your server retries and a DNS hiccup clears by itself. If the error repeats, the SPF record is broken and must be fixed.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'authfailure',
    permanence: 'transient',
    byClass: {
      '5': {
        meaning:
          "The receiving server could not evaluate your domain's SPF record (the published list of servers allowed to send for it) because the record is broken, so it refused the message. The record has to be corrected.",
        senderSteps: [
          "Forward this bounce to whoever manages your domain's DNS",
          'Send the message again once they confirm the SPF record is fixed',
        ],
        retry: 'after-fix',
        retryAdvice: 'Resending fails until the SPF record is fixed; DNS changes usually take effect within an hour.',
        reputation: 'medium',
      },
    },
    references: [
      RFC7372_SPF,
      { title: 'RFC 7208 §8.6 (SPF result: temperror)', url: 'https://www.rfc-editor.org/rfc/rfc7208#section-8.6' },
      { title: 'RFC 7208 §8.7 (SPF result: permerror)', url: 'https://www.rfc-editor.org/rfc/rfc7208#section-8.7' },
      IANA,
      GMAIL_ERRORS,
    ],
  },
  {
    id: 'status-X.7.25',
    kind: 'enhanced',
    authority: 'RFC 7372',
    status: 'X.7.25',
    classes: ['4', '5'],
    title: 'Reverse DNS check of the sending server failed',
    meaning:
      "The receiving server looked up the name behind your sending server's IP address (reverse DNS, a PTR record) and found it missing or not matching. Many providers refuse mail from servers without a proper name, since infected home computers look that way.",
    details:
      'RFC 7372 §3.3: the client IP failed a reverse DNS check that local policy requires, typically no PTR record, or a PTR name whose A/AAAA lookup does not return the same IP. Gmail sends 550 5.7.25 for this; Exchange Online sends 5.7.25 when an IPv6 sender has no reverse DNS.',
    causes: [
      'No PTR record is set for the sending IP address',
      'The PTR name does not resolve back to the same IP address',
      'Mail sent straight from a home or office connection instead of through a mail provider',
      'A new IPv6 address used for sending without a PTR record',
    ],
    senderSteps: [
      'Forward this bounce to your IT contact or hosting provider',
      "If you run a mail server on a home connection, send through your email provider's outgoing server instead",
    ],
    adminSteps: [
      'Ask the owner of the IP (hosting or internet provider) to set a PTR record, e.g. mail.example.com for 192.0.2.10',
      'Make that name resolve back to the same IP with an A or AAAA record, and use it as the HELO name',
      'Stop sending over IPv6 until the IPv6 addresses have PTR records',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending from the same server fails until its reverse DNS is fixed.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'requireptr',
    permanence: 'permanent',
    byClass: {
      '4': {
        meaning:
          "The receiving server found the name behind your sending server's IP address (reverse DNS, a PTR record) missing or mismatched and is holding the mail back for now. Your server retries, but it may keep failing until the record is fixed.",
        causes: [
          'No PTR record, or one that does not resolve back to the same IP',
          'A temporary DNS failure during the check',
          'A new IPv6 address used for sending without a PTR record',
        ],
        retry: 'later',
        retryAdvice: 'Your server retries; a passing DNS failure clears by itself, but a missing PTR record must be added for delivery to succeed.',
      },
    },
    references: [RFC7372_RDNS, IANA, GMAIL_ERRORS, EXO_NDR],
  },
  {
    id: 'status-X.7.26',
    kind: 'enhanced',
    authority: 'RFC 7372',
    status: 'X.7.26',
    classes: ['4', '5'],
    title: 'Message failed sender authentication',
    meaning:
      "The receiving server could not confirm the message really came from your domain: its checks did not pass (SPF, the list of permitted sending servers; DKIM, a digital seal; DMARC, your domain's policy for failures).",
    details:
      'RFC 7372 §3.4: more than one authentication check failed, without naming which. Gmail sends 550 5.7.26 when a message fails DMARC, when neither SPF nor DKIM passes, or on an SPF hard fail, and 421 4.7.26 to rate-limit unauthenticated mail. Exchange Online uses 4.7.26 for IPv6 mail that passes neither SPF nor DKIM. Check Authentication-Results in a test message to Gmail.',
    causes: [
      'No DKIM signing and the sending server missing from SPF, common with new email services',
      'The From domain does not match the SPF or DKIM domain, so DMARC fails',
      'Mail forwarded or sent through a list that broke the signature',
      'Someone forged your domain, in which case the refusal is correct',
    ],
    senderSteps: [
      "Forward this bounce to whoever manages your domain's email settings",
      'If you used a newsletter, CRM or website tool, mention it: it is probably not set up for your domain',
    ],
    adminSteps: [
      'Publish SPF that covers every sender, e.g. TXT v=spf1 include:_spf.example.net -all',
      'Enable DKIM signing with your own domain and publish the selector TXT record',
      'Make SPF or DKIM pass for the domain in the From address (DMARC alignment); without a _dmarc record yet, start with v=DMARC1; p=none; rua=mailto:dmarc@example.com and read the reports',
      'Send a test to a mailbox you control and read spf=, dkim= and dmarc= in its Authentication-Results header',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending fails until SPF or DKIM passes and aligns with the From domain; DNS changes usually take effect within an hour.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    byClass: {
      '4': {
        meaning:
          'The receiving server could not confirm the message came from your domain (SPF, DKIM or DMARC checks, which prove who sent it, failed) and is slowing down or deferring such mail for now.',
        causes: [
          'Neither SPF nor DKIM passes for the sending domain',
          'A temporary DNS failure kept the receiver from completing the checks',
          'Mail over IPv6 without SPF or DKIM (Exchange Online requires one of them)',
        ],
        retry: 'later',
        retryAdvice: 'Your server retries, but unauthenticated mail is likely to keep being deferred or end in a refusal. Fix SPF and DKIM to make delivery reliable.',
      },
    },
    references: [RFC7372_MULTIPLE, RFC7489, IANA],
  },
  {
    id: 'status-X.7.27',
    kind: 'enhanced',
    authority: 'RFC 7505',
    status: 'X.7.27',
    classes: ['5'],
    title: 'Sender domain does not accept mail',
    meaning:
      'The domain in your sending address has declared that it receives no email (a "null MX" record). Since replies and bounces could never reach you, the receiving server refused the message.',
    details:
      'RFC 7505: the MAIL FROM domain publishes a null MX (MX 0 "."), so no delivery report could be returned, and the receiver rejects it with 550 5.7.27. Gmail, however, reuses 4.7.27 and 5.7.27 for bulk mail that fails SPF, unrelated to null MX; read the reply text.',
    causes: [
      'The sending address uses a send-only domain with a null MX record',
      'A no-reply domain or subdomain set up to refuse all incoming mail',
      'With Gmail wording about SPF: the message failed the SPF check (see X.7.23)',
    ],
    senderSteps: [
      'Send from an address whose domain can receive replies',
      "If the bounce mentions SPF (Gmail), forward it to whoever manages your domain's DNS",
    ],
    adminSteps: [
      'Remove the null MX (MX 0 .) from the sending domain, or publish real MX records for it',
      'Use a bounce (Return-Path) domain that can receive mail, e.g. bounces.example.com with its own MX',
      'For the Gmail SPF meaning: add the sending service to the SPF TXT record of the domain',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending from the same address fails until its domain can receive mail or SPF passes.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'notaccept',
    permanence: 'permanent',
    references: [{ title: 'RFC 7505: null MX', url: 'https://www.rfc-editor.org/rfc/rfc7505' }, IANA, GMAIL_ERRORS],
  },
  {
    id: 'status-X.7.28',
    kind: 'enhanced',
    authority: 'draft-levine-mailbomb-header',
    status: 'X.7.28',
    classes: ['4', '5'],
    title: 'Part of a flood of similar unwanted messages',
    meaning:
      'The receiving server believes this message is part of a flood of similar unwanted messages, often aimed at one person. It is delaying or refusing them to protect its users.',
    details:
      'Registered from draft-levine-mailbomb-header, an Internet-Draft on mail bombing (bursts of similar messages aimed at a victim). Gmail uses 421 4.7.28 to rate-limit an unusual rate of unsolicited mail from your IP, netblock, DKIM or SPF domain, or a URL domain in the message, and 550 5.7.28 to block it. Google Postmaster Tools shows the reputation behind it.',
    causes: [
      'A burst of similar messages, such as a large campaign sent to one provider at once',
      'Your sign-up or contact form is abused to flood someone with messages',
      'Complaints or spam reports about mail from your IP or domain',
      'A compromised account or server sending spam',
    ],
    senderSteps: [
      'Slow down: send large mailings in smaller batches spread over time',
      'Mail only people who asked for it, and make unsubscribing easy',
    ],
    adminSteps: [
      'Add CAPTCHA or double opt-in to web forms that send mail, and rate-limit them per address',
      'Check Google Postmaster Tools and your complaint rate, and keep spam reports low',
      'Look for compromised accounts or scripts sending unexpected volume',
    ],
    retry: 'later',
    retryAdvice: 'Your server retries, but deferrals last while the volume or complaint rate stays high. Reduce volume before sending more.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'spamdetected',
    permanence: 'transient',
    byClass: {
      '5': {
        meaning:
          'The receiving server decided this message is part of a flood of similar unwanted messages and refused it. Sending more of the same makes the block worse.',
        retry: 'after-fix',
        retryAdvice: 'Do not resend now. Fix the cause (volume, complaints, abused forms) and let the reputation recover first.',
      },
    },
    references: [
      { title: 'draft-levine-mailbomb-header (IETF datatracker)', url: 'https://datatracker.ietf.org/doc/draft-levine-mailbomb-header/' },
      IANA,
      GMAIL_ERRORS,
      GOOGLE_SENDERS,
    ],
  },
  {
    id: 'status-X.7.29',
    kind: 'enhanced',
    authority: 'RFC 8617',
    status: 'X.7.29',
    classes: ['5'],
    title: 'ARC chain validation failed',
    meaning:
      'The message passed through a forwarding service or mailing list that adds its own seal (ARC, a record of the authentication results along the way), and the receiving server found that chain of seals broken. So the forwarded message could not be trusted.',
    details:
      'RFC 8617 (Authenticated Received Chain): the ARC sets on the message failed validation (cv=fail), e.g. a seal or message signature does not verify or a later hop changed the message. Gmail, however, reuses 4.7.29 and 5.7.29 for bulk mail not sent over TLS, unrelated to ARC; read the reply text.',
    causes: [
      'A forwarder or mailing list changed the message after sealing it, or sealed it wrongly',
      "An intermediary's ARC key in DNS is missing or wrong",
      'With Gmail wording about TLS: the sending server did not use an encrypted connection',
    ],
    senderSteps: [
      "Send directly to the recipient's own address instead of through the forwarding address or list",
      'Forward the bounce to whoever runs the forwarding service or list',
    ],
    adminSteps: [
      'If you run the forwarder or list, check its ARC signing keys and that nothing changes mail after sealing',
      'For the Gmail TLS meaning: enable STARTTLS on your outbound server and check its certificate',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending the same way fails again. Send directly, or after the forwarder or TLS setup is fixed.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [{ title: 'RFC 8617: Authenticated Received Chain (ARC)', url: 'https://www.rfc-editor.org/rfc/rfc8617' }, IANA, GMAIL_ERRORS],
  },
  {
    id: 'status-X.7.30',
    kind: 'enhanced',
    authority: 'RFC 8689',
    status: 'X.7.30',
    classes: ['5'],
    title: 'Required encryption (REQUIRETLS) not available',
    meaning:
      'Your message was marked to travel only over verified encrypted connections (REQUIRETLS), and a server on the way could not guarantee that. Rather than send it unprotected, it returned the message.',
    details:
      'RFC 8689 (REQUIRETLS): the message was sent with the REQUIRETLS option, and the next hop does not support REQUIRETLS or no validated TLS connection (via MTA-STS or DANE) was possible. Gmail, however, reuses 4.7.30 and 5.7.30 for bulk mail that fails DKIM, unrelated to REQUIRETLS; read the reply text.',
    causes: [
      "The recipient's server does not support REQUIRETLS",
      "The recipient's TLS certificate could not be validated (no MTA-STS or DANE)",
      'With Gmail wording about DKIM: the message was not DKIM-signed correctly',
    ],
    senderSteps: [
      'Decide whether the message may travel without the strict encryption requirement; if so, send it again without that option',
      'Otherwise share the content through a secure portal or another channel',
    ],
    adminSteps: [
      'Check whether the recipient domain publishes MTA-STS or DANE and supports REQUIRETLS',
      'For the Gmail DKIM meaning: enable DKIM signing with your domain and publish the selector TXT record',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resending with REQUIRETLS fails the same way until the path supports it; send without it only if the content allows.',
    party: 'sender',
    reputation: 'none',
    reason: 'failedstarttls',
    permanence: 'permanent',
    references: [{ title: 'RFC 8689: SMTP Require TLS option', url: 'https://www.rfc-editor.org/rfc/rfc8689' }, IANA, RFC8461, GMAIL_ERRORS],
  },
];
