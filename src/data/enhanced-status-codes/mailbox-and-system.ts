// Mailbox codes X.2.0 to X.2.4 and mail system codes X.3.0 to X.3.6 (RFC 3463 §3.3 and §3.4, RFC 7504,
// RFC 6710). Top-level text describes the class the code is usually sent with; byClass covers the others.
import type { Entry, Reference } from '../schema';
import { IANA, rfc3463 } from '../shared';


export const mailboxAndSystem: Entry[] = [
  // ---- Mailbox (X.2.x) -----------------------------------------------------------------------------
  {
    id: 'status-X.2.0',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.2.0',
    classes: ['4', '5'],
    title: 'Mailbox problem, not further specified',
    meaning:
      "The recipient's mailbox exists, but something about it stopped this message and the server did not say what. Servers also use this code when the recipient's own filter or block list refused the sender.",
    details:
      "RFC 3463 §3.3, X.2.0: generic mailbox status, under the recipient's control. Used loosely in practice: Comcast answers 550 5.2.0 for DMARC failures and unavailable recipients, Orange for rejected mail, and some Japanese mobile carriers when the recipient's filter blocks the sender. The reply text matters more than the code here.",
    causes: [
      "The recipient's personal filter or block list refused the sender",
      'The mailbox is locked or unavailable',
      'A provider reuses the code for a policy refusal such as a DMARC failure',
    ],
    senderSteps: [
      'Read the text after the code; it often names DMARC, a filter or the mailbox state',
      'Ask the recipient, another way, whether they block your address',
    ],
    adminSteps: [
      'If the text mentions DMARC, check SPF and DKIM alignment for the From domain',
      "Look up the provider's postmaster page for its own meaning of the code",
    ],
    retry: 'after-fix',
    retryAdvice: 'After the recipient unblocks you or the named problem is fixed; a plain resend fails again.',
    party: 'recipient',
    reputation: 'low',
    reason: 'filtered',
    permanence: 'permanent',
    byClass: {
      '4': {
        meaning:
          "The recipient's mailbox is temporarily unavailable, for example locked during maintenance or a move to a new system. It is expected to clear, and your mail server retries.",
        causes: ['The mailbox is locked for maintenance or migration', 'The mailbox store behind the server is briefly unavailable'],
        retry: 'later',
        retryAdvice: 'Yes: automatic retries usually succeed within hours.',
        party: 'recipient-admin',
        reputation: 'none',
        reason: 'systemerror',
      },
      '5': {
        retryAdvice: 'A 5.2.0 is final for this message: resend only after the recipient has fixed or lifted the block.',
      },
    },
    references: [rfc3463('3.3'), IANA],
  },
  {
    id: 'status-X.2.1',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.2.1',
    classes: ['4', '5'],
    title: 'Mailbox is disabled',
    meaning:
      'The address exists, but the mailbox has been switched off and does not accept mail. It may belong to an inactive, suspended or closed account.',
    details:
      'RFC 3463 §3.3, X.2.1: the mailbox was disabled by its owner or administrator. Gmail sends 550 5.2.1 for disabled accounts; Free.fr for mailboxes blocked after inactivity. Some older Sendmail-style servers send 550 5.2.1 with "User unknown" text; treat those as unknown users. The temporary 4.2.1 is mostly a rate limit (see class 4).',
    causes: [
      'Account suspended or deactivated by the provider (inactivity, unpaid bill, abuse)',
      'Employee account disabled after they left',
      'Mailbox locked by its administrator',
      'On some servers: the user does not exist',
    ],
    senderSteps: [
      'Contact the recipient another way and ask for an active address',
      'Remove the address from your lists if it stays disabled',
    ],
    adminSteps: [
      'Suppress the address after repeated 5.2.1 bounces',
      'If the mailbox is in your organisation, re-enable it in the admin console or directory',
    ],
    retry: 'after-fix',
    retryAdvice: 'Only after the recipient reactivates the account; until then every message bounces.',
    party: 'recipient',
    reputation: 'low',
    reason: 'suspend',
    permanence: 'permanent',
    byClass: {
      '4': {
        title: 'Mailbox temporarily not accepting mail',
        meaning:
          "The recipient's mailbox is not taking mail right now. Most often the person is receiving a lot of mail in a short time and the provider slows down new messages; sometimes the mailbox is briefly locked. Your mail server retries.",
        details:
          'Gmail and Yandex send 450 4.2.1 when a recipient gets mail faster than their limit allows; other servers use it for a briefly locked mailbox. Back off and retry; a burst of messages to one recipient makes it worse.',
        causes: [
          'The recipient is receiving many messages at once and the provider rate-limits them',
          'The mailbox is locked briefly for maintenance or a migration',
        ],
        senderSteps: ['Wait: your mail server retries by itself', 'If you send many messages to this person, spread them out over time'],
        adminSteps: [
          'Lower the sending rate to that recipient or domain',
          'Check whether an automated system (alerts, notifications) floods this recipient',
        ],
        retry: 'later',
        retryAdvice: 'Yes, later: let automatic retries run, and avoid bursts to the same recipient.',
        party: 'sender',
        reputation: 'none',
        reason: 'speeding',
      },
      '5': {
        retryAdvice: 'A 5.2.1 is final: resend only once the recipient confirms the mailbox is active again.',
      },
    },
    references: [rfc3463('3.3'), IANA],
  },
  {
    id: 'status-X.2.2',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.2.2',
    classes: ['4', '5'],
    title: 'Recipient mailbox is full',
    meaning:
      "The recipient's mailbox has reached its storage limit, so there is no room for your message. It can only get through once the recipient deletes mail or gets more space.",
    details:
      'RFC 3463 §3.3, X.2.2: the mailbox quota is exceeded. Sent as 452 4.2.2 (retried) or 552 5.2.2 (final) by Gmail, iCloud, Yandex, Free.fr and most others. Microsoft 365 uses 554 5.2.2 for a full mailbox but also 5.2.2 for a sender who went over a submission quota, so check the text. Months of 5.2.2 usually mean an abandoned mailbox.',
    causes: [
      'The recipient has not cleaned out their mailbox (common for abandoned accounts)',
      'A large attachment pushed the mailbox over its limit',
    ],
    senderSteps: [
      'Tell the recipient another way that their mailbox is full',
      'Send a smaller message, or share large files as a link',
      'If it keeps bouncing for weeks, the account is probably abandoned: stop writing to it',
    ],
    adminSteps: [
      'Let temporary full-mailbox deferrals retry on their own; stop mailing an address that keeps bouncing as full for several weeks',
      'If the mailbox is in your organisation, raise its quota or archive old mail in the admin console',
    ],
    retry: 'later',
    retryAdvice: 'Yes, once the recipient frees space; automatic retries may succeed within hours or days.',
    party: 'recipient',
    reputation: 'none',
    reason: 'mailboxfull',
    permanence: 'transient',
    byClass: {
      '4': {
        meaning:
          "The recipient's mailbox is full for now. Your mail server keeps trying for a while, and the message goes through if the recipient frees space in time.",
        retry: 'later',
        retryAdvice: 'No action needed yet: automatic retries continue, usually for up to a few days.',
      },
      '5': {
        meaning:
          "The recipient's mailbox is full and the server gave up on this message. It will only arrive if you send it again after the recipient has made space.",
        retry: 'after-fix',
        retryAdvice: 'Resend once the recipient confirms they freed space; resending right away bounces again.',
      },
    },
    references: [rfc3463('3.3'), IANA],
  },
  {
    id: 'status-X.2.3',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.2.3',
    classes: ['5'],
    title: 'Message too large for this mailbox',
    meaning:
      "Your message, with its attachments, is bigger than the recipient's mailbox accepts for a single message. Others at the same organisation might receive it; this mailbox cannot.",
    details:
      'RFC 3463 §3.3, X.2.3: a per-mailbox size limit set by the administrator, unlike X.3.4 (system-wide limit). Usually 552 5.2.3; Gmail uses it for messages over its size limit, and Exchange reports RESOLVER.RST.RecipSizeLimit. Encoding (base64) makes attachments about a third larger in transit, so files close to the limit fail.',
    causes: [
      'Large attachments such as videos, scans or many photos',
      "The recipient's mailbox has a lower limit than usual, set by their admin",
      'Encoding overhead made the message bigger than the files themselves',
    ],
    senderSteps: [
      'Remove or compress attachments and send again',
      'Share large files through a cloud storage link instead of attaching them',
      'Split the attachments across several messages',
    ],
    adminSteps: [
      'Compare the message size in the log with the limit the receiver states',
      'If the recipient is in your organisation, raise the per-mailbox receive limit (e.g. Exchange MaxReceiveSize)',
    ],
    retry: 'after-fix',
    retryAdvice: 'After making the message smaller; the same message fails again.',
    party: 'sender',
    reputation: 'none',
    reason: 'exceedlimit',
    permanence: 'permanent',
    references: [rfc3463('3.3'), IANA],
  },
  {
    id: 'status-X.2.4',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.2.4',
    classes: ['4', '5'],
    title: 'Mailing list could not be expanded',
    meaning:
      'You wrote to a group or mailing-list address, and the server could not work out who is on it, so the message did not reach the members. Often the list itself is broken, empty or its member directory is down.',
    details:
      'RFC 3463 §3.3, X.2.4: the address is a distribution list whose membership could not be expanded: the directory or list server failed, the list is empty, or it contains bad entries. Reported by list managers and groupware; Exchange uses 5.2.4 when a dynamic distribution group has a broken query. The temporary form clears when the directory returns.',
    causes: [
      "The list's member directory or database was unavailable",
      'The list is misconfigured, e.g. its dynamic membership query is broken',
      'The list has no members or contains invalid addresses',
    ],
    senderSteps: [
      'Tell the list owner that mail to the list bounced',
      'Meanwhile, write to the people you need directly',
    ],
    adminSteps: [
      'Check the list server log and its connection to the directory (LDAP, Active Directory)',
      'For an Exchange dynamic distribution group, check and fix its recipient filter',
    ],
    retry: 'later',
    retryAdvice: 'Yes, if the directory was only down: automatic retries may deliver to the members.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'filtered',
    permanence: 'transient',
    byClass: {
      '4': {
        retryAdvice: 'No action needed yet: the list may expand once its directory is back, and your server retries.',
      },
      '5': {
        meaning:
          'The list address could not be expanded and the server gave up: the list is broken, empty or misconfigured. Resending will not help until its owner fixes it.',
        retry: 'after-fix',
        retryAdvice: 'Only after the list owner confirms the list works; until then write to members directly.',
      },
    },
    references: [rfc3463('3.3'), IANA],
  },

  // ---- Mail system (X.3.x) -------------------------------------------------------------------------
  {
    id: 'status-X.3.0',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.3.0',
    classes: ['2', '4', '5'],
    title: 'Receiving mail system problem, not further specified',
    meaning:
      'The receiving mail system had an internal problem with this message and did not say what. It is a fault on their side, not in your address or your message.',
    details:
      'RFC 3463 §3.4, X.3.0: generic destination-system status. Seen as 451 4.3.0 from Gmail (temporary rejection), Postfix (e.g. queue file write error) and forwarding services whose upstream failed, and as 550 or 554 5.3.0 for internal errors (Yandex: unknown error). Some gateways also use 5.3.0 for refusals that are really unknown users or policy, so read the text.',
    causes: [
      'An internal error at the receiving server (storage, database, software fault)',
      'A forwarding or filtering service the receiver relies on failed',
      'A refusal for another reason reported with a generic code',
    ],
    senderSteps: [
      'If the text gives no other reason, try once more in a few hours',
      'If it keeps failing, let the recipient know their mail system is returning errors',
    ],
    adminSteps: [
      'Check the full reply text; the same error at every attempt points to a fault at the receiver',
      'If the receiving server is yours, look in its MTA log at that time for the internal error',
    ],
    retry: 'after-fix',
    retryAdvice: 'After the receiving side fixes its fault; one try a few hours later is reasonable, repeated resends are not.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'permanent',
    byClass: {
      '2': {
        title: 'Accepted, with a general note from the receiving system',
        meaning:
          'A 2.3.0 code is a success with a general note about the receiving system. The message was accepted; nothing needs to be done.',
        causes: ['The receiving system accepted the message and added a system-level note'],
        senderSteps: ['Nothing to do: the message was accepted', 'If this is inside a bounce, look for the recipient whose code starts with 4 or 5'],
        adminSteps: ['Read the accompanying text for the note the receiving system added'],
        retry: 'no',
        retryAdvice: 'Do not resend: the message was accepted.',
        party: 'sender',
        reason: 'delivered',
      },
      '4': {
        meaning:
          'The receiving mail system had a temporary internal problem with this message. Your mail server retries by itself, and these errors usually clear within hours.',
        retry: 'later',
        retryAdvice: 'Yes: automatic retries usually succeed; after a final bounce, send again later.',
      },
      '5': {
        retryAdvice: 'A 5.3.0 is final for this attempt: try once more later, and contact the recipient if it persists.',
      },
    },
    references: [rfc3463('3.4'), IANA],
  },
  {
    id: 'status-X.3.1',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.3.1',
    classes: ['4'],
    title: 'Receiving mail system is out of storage',
    meaning:
      'The receiving mail server has run out of disk space or queue capacity, so it cannot take new mail for now. It is their problem and usually fixed quickly.',
    details:
      'RFC 3463 §3.4, X.3.1: the destination system as a whole (not one mailbox) is full. Typically 452 4.3.1, e.g. Postfix "Insufficient system storage" when free queue space falls below queue_minfree. Registered for the temporary class only; compare X.2.2 for a single full mailbox.',
    causes: [
      "The receiving server's disk or mail queue is full",
      'A backlog after an outage filled the queue',
      'A log or database volume on the server ran out of space',
    ],
    senderSteps: [
      'Wait: your mail server retries automatically',
      'If it still fails after a day, tell the recipient their mail server is full',
    ],
    adminSteps: [
      'If the server is yours, free disk space and check the queue (df -h, postqueue -p)',
      'Review Postfix queue_minfree against message_size_limit so one large message cannot block the queue',
    ],
    retry: 'later',
    retryAdvice: 'Yes: the condition is temporary and automatic retries usually succeed.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemfull',
    permanence: 'transient',
    references: [rfc3463('3.4'), IANA],
  },
  {
    id: 'status-X.3.2',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.3.2',
    classes: ['4', '5'],
    title: 'Receiving server not accepting mail now',
    meaning:
      'The receiving server is refusing new messages at the moment, for example during maintenance, overload or shutdown. Your mail server retries by itself.',
    details:
      'RFC 3463 §3.4, X.3.2: the host is not accepting network messages. Usually 421 4.3.2 with the connection closed, as Outlook.com and Exchange Online send under load or during maintenance. RFC 7504 pairs 521 with 5.3.2 for a host that never accepts mail. Persistent 4.3.2 from one provider can also be throttling of the sending IP.',
    causes: [
      'Maintenance, restart or shutdown of the receiving server',
      'The receiving server is overloaded and sheds connections',
      'Throttling of the sending IP presented as unavailability',
    ],
    senderSteps: [
      'Wait: your mail server keeps retrying',
      'If it bounces after days, tell the recipient their mail server is not accepting mail',
    ],
    adminSteps: [
      'Check whether every MX host of the domain gives the same answer (dig MX, then connect to each on port 25)',
      'If your own server sends 421 4.3.2, check its load, connection limits and maintenance mode',
    ],
    retry: 'later',
    retryAdvice: 'Yes: the refusal is temporary and automatic retries usually succeed.',
    party: 'recipient-admin',
    reputation: 'low',
    reason: 'notaccept',
    permanence: 'transient',
    byClass: {
      '4': {
        retryAdvice: 'No action needed yet: the sending server retries until the receiver accepts mail again.',
      },
      '5': {
        title: 'Receiving host does not accept mail',
        meaning:
          'The receiving host says it does not accept email at all. The address may be fine, but this server will never take the message; the domain owner has to point mail elsewhere.',
        details:
          'A 5.3.2, usually with 521 (RFC 7504), is a host that declares it takes no mail, e.g. a web server listed as MX or a retired mail host. Check the domain\'s MX records; if every MX refuses, the domain cannot receive mail.',
        causes: [
          'The MX record points to a host that does not run a mail service',
          'The organisation retired this mail server without updating DNS',
        ],
        retry: 'after-fix',
        retryAdvice: 'Only after the recipient domain fixes its MX records or gives you another address.',
      },
    },
    references: [
      rfc3463('3.4'),
      IANA,
      { title: 'RFC 7504 (521 and 556 reply codes)', url: 'https://www.rfc-editor.org/rfc/rfc7504' },
    ],
  },
  {
    id: 'status-X.3.3',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.3.3',
    classes: ['5'],
    title: 'Receiving system lacks a required feature',
    meaning:
      'Your message asked for a feature the receiving server does not support, such as a special delivery option or a mail protocol extension. It is a technical mismatch between the two servers, not a problem with your text.',
    details:
      'RFC 3463 §3.4, X.3.3: the destination cannot provide a feature the message requires, such as an ESMTP extension (DSN, BINARYMIME, REQUIRETLS) or a delivery option the sender insisted on. Exchange also answers 500 5.3.3 to commands it does not recognize. Unlike X.5.x this is a capability gap rather than a syntax error.',
    causes: [
      'The message requires an SMTP extension the receiver does not offer',
      'The sending app uses non-standard commands or parameters',
      'A relay in between removes the extension the sender relies on',
    ],
    senderSteps: [
      'Send again without special options such as priority or delivery-receipt flags',
      'Tell your administrator that the receiver lacks a required feature',
    ],
    adminSteps: [
      "Compare the receiver's EHLO response with the extensions your MTA uses for this message",
      'Disable the feature for that destination, or route through a relay that supports it',
    ],
    retry: 'after-fix',
    retryAdvice: 'After sending without the unsupported feature; the same request fails again.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'permanent',
    references: [rfc3463('3.4'), IANA],
  },
  {
    id: 'status-X.3.4',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.3.4',
    classes: ['5'],
    title: 'Message larger than the receiving system allows',
    meaning:
      'Your message, including attachments, is bigger than the receiving mail system accepts for any message. It has to be made smaller before it can be delivered.',
    details:
      'RFC 3463 §3.4, X.3.4: the message exceeds a system-wide size limit, unlike X.2.3 (per-mailbox limit). Usually 552 5.3.4; Postfix says "Message size exceeds fixed limit" (message_size_limit), and Gmail and Exchange use it for their own caps. Servers announce their limit with the EHLO SIZE keyword (RFC 1870); encoding adds about a third to attachment sizes.',
    causes: [
      'Large attachments such as videos, scans or many photos',
      'The receiving organisation sets a low size limit',
      'Encoding overhead pushed the message over the limit',
    ],
    senderSteps: [
      'Remove or compress attachments and send again',
      'Share large files through a cloud storage link instead of attaching them',
    ],
    adminSteps: [
      "Check the receiver's SIZE value in its EHLO reply to learn the limit",
      'If the receiver is yours, raise message_size_limit (Postfix) or the connector and transport limits (Exchange)',
    ],
    retry: 'after-fix',
    retryAdvice: 'After making the message smaller; the same message fails again.',
    party: 'sender',
    reputation: 'none',
    reason: 'mesgtoobig',
    permanence: 'permanent',
    references: [
      rfc3463('3.4'),
      IANA,
      { title: 'RFC 1870 (SIZE extension)', url: 'https://www.rfc-editor.org/rfc/rfc1870' },
    ],
  },
  {
    id: 'status-X.3.5',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.3.5',
    classes: ['4', '5'],
    title: 'Receiving system misconfigured for this message',
    meaning:
      'The receiving server is set up in a way that stops it from accepting this message, for example it believes it handles the domain but has no list of its mailboxes. It is a configuration mistake on their side.',
    details:
      'RFC 3463 §3.4, X.3.5: the system is configured wrongly for the message. Postfix answers 451 4.3.5 when a lookup table or restriction is broken; a permanent 5.3.5 usually points to a mismatch between the MX records and the domains the server is set up to accept, often after a move to a new mail provider.',
    causes: [
      'A missing or broken lookup table, database or restriction on the receiving server',
      'MX records point to a server that is not set up for the domain',
      'Leftover settings after a migration to a new mail provider',
    ],
    senderSteps: [
      'Let the recipient know their mail server reports a configuration error',
      'Try again later; such errors are often fixed within hours',
    ],
    adminSteps: [
      'If the receiver is yours, look for "warning:" lines from postfix/smtpd or the MTA\'s equivalent at that time',
      'Compare the domain\'s MX records with the domains the server accepts (relay_domains, accepted domains)',
    ],
    retry: 'after-fix',
    retryAdvice: 'After the receiving side fixes its configuration; ask the recipient to confirm.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'permanent',
    byClass: {
      '4': {
        meaning:
          'The receiving server hit a configuration problem while handling your message and deferred it. Your mail server retries; if the admin fixes it in time, the message goes through.',
        retry: 'later',
        retryAdvice: 'Yes: automatic retries succeed once the configuration is fixed.',
      },
      '5': {
        retryAdvice: 'A 5.3.5 is final: resend after the recipient confirms their mail setup is fixed.',
      },
    },
    references: [rfc3463('3.4'), IANA],
  },
  {
    id: 'status-X.3.6',
    kind: 'enhanced',
    authority: 'RFC 6710',
    status: 'X.3.6',
    classes: ['2'],
    title: 'Accepted, but with a changed priority',
    meaning:
      'The message was accepted, but the server changed the priority level you asked for, usually lowering it. It will still be delivered, perhaps a little later than a top-priority message.',
    details:
      'RFC 6710 (the MT-PRIORITY extension) registered X.3.6: the server accepted the message but altered the priority given with MAIL FROM MT-PRIORITY=, for instance because the sender may not use high priority. Sent with 250 2.3.6. MT-PRIORITY is rare outside military and emergency messaging.',
    causes: [
      'The sender is not allowed the requested priority level',
      'Server policy caps or rewrites priorities from outside senders',
    ],
    senderSteps: [
      'Nothing to fix: the message was accepted',
      'If priority matters, ask your administrator which levels you may use',
    ],
    adminSteps: [
      "Check the receiving server's MT-PRIORITY policy for your sender",
      'Configure your MTA to request only priority levels the peer accepts',
    ],
    retry: 'no',
    retryAdvice: 'Do not resend: the message was accepted.',
    party: 'sender',
    reputation: 'none',
    reason: 'delivered',
    permanence: 'success',
    references: [{ title: 'RFC 6710 (MT-PRIORITY)', url: 'https://www.rfc-editor.org/rfc/rfc6710' }, IANA],
  },
];
