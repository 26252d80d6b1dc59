// Network and routing codes X.4.0 to X.4.7 (RFC 3463 §3.5). Most are written by the sending MTA itself,
// not by the destination. Top-level text describes the class the code is usually sent with; byClass covers
// the others.
import type { Entry, Reference } from '../schema';
import { IANA, rfc3463, rfc5321 } from '../shared';


export const network: Entry[] = [
  {
    id: 'status-X.4.0',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.4.0',
    classes: ['4', '5'],
    title: 'Network or routing problem, not further specified',
    meaning:
      'The message could not be carried to the receiving server because of a network or routing problem that was not described further. Most of these clear up on their own, and your mail server keeps retrying.',
    details:
      'RFC 3463 §3.5, X.4.0: generic network or routing status. Often written by the sending MTA into a DSN after failed attempts, or sent by large providers for trouble inside their own relay chain: Outlook.com answers 451 4.4.0 when it cannot copy a message to a backup server. A 5.4.0 usually means routing to that destination failed for good.',
    causes: [
      'A temporary network outage between the servers',
      'Internal relay trouble at the receiving provider',
      'DNS or routing misconfiguration for the destination domain',
    ],
    senderSteps: [
      'Wait: your mail server retries automatically',
      'If it bounces after days, check the domain spelling and tell the recipient',
    ],
    adminSteps: [
      'Read the MTA log for the underlying connection or DNS error of each attempt',
      'Check the MX records of the destination and that port 25 on each MX host answers from your server',
    ],
    retry: 'later',
    retryAdvice: 'Yes: these problems usually pass, and automatic retries succeed.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'transient',
    byClass: {
      '4': {
        retryAdvice: 'No action needed yet: the sending server retries; after a final bounce, send again later.',
      },
      '5': {
        meaning:
          'The message could not be routed to the receiving server and the sending side gave up for good. Something about the destination (its DNS or mail servers) has to change first.',
        retry: 'after-fix',
        retryAdvice: 'After the address or the destination routing is fixed; an unchanged resend fails again.',
      },
    },
    references: [rfc3463('3.5'), IANA],
  },
  {
    id: 'status-X.4.1',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.4.1',
    classes: ['4'],
    title: 'Could not connect to the receiving server',
    meaning:
      "Your mail server tried to connect to the recipient's server but could not: either no answer came, or the connection was refused. That server may be down, not taking mail on port 25, overloaded or behind a firewall; your mail server keeps trying for a while.",
    details:
      'RFC 3463 §3.5, X.4.1: connection attempts to the destination timed out or were refused, as logged by the sending MTA (Postfix: "connect to host:25: Connection timed out", dsn=4.4.1). If every destination fails this way, outbound port 25 is probably blocked by the ISP or cloud provider. A 5.4.1 from Microsoft 365 means something else (see class 5).',
    causes: [
      'The receiving server is down or unreachable',
      'Nothing listens for mail on port 25 at that address (connection refused)',
      'A firewall blocks port 25 at either end (cloud providers often block outbound 25)',
      "The domain's MX points to a wrong or dead address",
      'The receiver silently drops connections from your IP',
    ],
    senderSteps: [
      'Wait: your mail server retries automatically for up to a few days',
      'If it bounces after days, check the domain and tell the recipient their server is unreachable',
    ],
    adminSteps: [
      'From the sending host: dig MX for the domain, then nc -vz to each MX on port 25',
      'If all destinations time out, check whether your provider blocks outbound port 25',
      'Check that the MX host names resolve to the right IP addresses',
    ],
    retry: 'later',
    retryAdvice: 'Yes: the server retries by itself; after a final bounce, try again once the recipient confirms their server is up.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'expired',
    permanence: 'transient',
    byClass: {
      // Not registered for class 5, but Microsoft 365 and others send 550 5.4.1 for a refused recipient.
      '5': {
        title: 'Recipient refused by the receiving organisation',
        meaning:
          'A 5.4.1 is not a network error in practice: Microsoft 365 sends it when the recipient address is unknown to the receiving organisation, and other servers when the domain refuses the message. Check the address.',
        details:
          'X.4.1 is registered for class 4 only. Exchange Online answers 550 5.4.1 "Recipient address rejected: Access denied" through Directory-Based Edge Blocking, which refuses recipients not in the tenant\'s directory; Zoho uses 541 5.4.1 for mail the destination domain rejects.',
        causes: [
          "The recipient does not exist in the receiving organisation's directory",
          'The receiving domain refuses mail from this sender',
        ],
        senderSteps: ['Check the address letter by letter', 'Confirm the address with the recipient another way'],
        adminSteps: [
          'For Microsoft 365 recipients, ask the recipient admin to check the address exists and the domain is set up correctly',
          'Suppress the address if it keeps bouncing',
        ],
        retry: 'after-fix',
        retryAdvice: 'Only after confirming the address with the recipient; the same address will be refused again.',
        party: 'sender',
        reputation: 'low',
        reason: 'userunknown',
      },
    },
    references: [rfc3463('3.5'), IANA],
  },
  {
    id: 'status-X.4.2',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.4.2',
    classes: ['4'],
    title: 'Connection dropped during delivery',
    meaning:
      "Your mail server reached the recipient's server, but the connection broke off or stalled (timed out) before the message was fully handed over. It is usually a passing network or server hiccup, and your mail server retries.",
    details:
      'RFC 3463 §3.5, X.4.2: the TCP session was lost or timed out mid-transaction. Postfix logs "lost connection with host while sending ..." or "conversation timed out" with dsn=4.4.2. Repeated failures at the same stage suggest a firewall or SMTP proxy interfering, a TLS or MTU problem, or a receiver that drops senders it distrusts.',
    causes: [
      'A short network interruption between the servers',
      'The receiving server was overloaded or restarted mid-transfer',
      'A firewall, SMTP proxy or TLS inspection device broke the session',
      'The receiver drops connections from distrusted IPs',
    ],
    senderSteps: [
      'Wait: your mail server retries automatically',
      'If a large attachment is involved and it keeps failing, send a link instead',
    ],
    adminSteps: [
      'Check the log for the stage of failure ("while sending ...") and whether it repeats for one destination',
      'Test TLS to the receiver (openssl s_client -starttls smtp -connect host:25) and review firewalls, proxies and MTU',
    ],
    retry: 'later',
    retryAdvice: 'Yes: automatic retries usually succeed.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'transient',
    references: [rfc3463('3.5'), IANA],
  },
  {
    id: 'status-X.4.3',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.4.3',
    classes: ['4', '5'],
    title: 'DNS or directory lookup failed',
    meaning:
      "Your mail server could not look up where to deliver the message because the Internet's address book (DNS) did not answer properly. Usually the recipient domain's DNS is having trouble, and it often clears by itself.",
    details:
      'RFC 3463 §3.5, X.4.3: directory server failure, in practice DNS. Postfix writes dsn=4.4.3 for a name service error that says "try again" (SERVFAIL or timeout), unlike 5.4.4 for a definite no. Also used when an LDAP directory behind the receiver is unreachable. Broken DNSSEC and unresponsive name servers of the recipient domain are common causes.',
    causes: [
      "The recipient domain's DNS servers are down or misconfigured",
      'DNSSEC validation fails for the recipient domain',
      "The sending server's own DNS resolver is failing",
      'An LDAP or directory server behind the receiving system is unreachable',
    ],
    senderSteps: [
      'Wait: your mail server retries automatically',
      "If it bounces after days, tell the recipient their domain's DNS is failing",
    ],
    adminSteps: [
      "Query the MX with your server's resolver and a public one: dig MX example.com, then dig @1.1.1.1 MX example.com",
      'If every domain fails, check your own resolver (/etc/resolv.conf, local caching resolver)',
      'Look for DNSSEC errors with delv or dig +dnssec',
    ],
    retry: 'later',
    retryAdvice: 'Yes: DNS problems usually pass, and automatic retries succeed.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    byClass: {
      '4': {
        retryAdvice: 'No action needed yet: the sending server retries until DNS answers.',
      },
      '5': {
        meaning:
          'The DNS or directory lookup for the recipient failed for good, so the sending side gave up. The recipient domain has to fix its DNS before mail can reach it.',
        retry: 'after-fix',
        retryAdvice: 'After the recipient domain fixes its DNS; check with dig before sending again.',
      },
    },
    references: [rfc3463('3.5'), IANA],
  },
  {
    id: 'status-X.4.4',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.4.4',
    classes: ['4', '5'],
    title: 'No route to the receiving server',
    meaning:
      "Your mail server could not work out where to send the message: the recipient's domain has no usable mail server records. When the code starts with 5 this is final, often because the domain does not exist.",
    details:
      'RFC 3463 §3.5, X.4.4: no next hop could be found, typically because MX and A/AAAA lookups returned nothing (RFC 5321 §5.1). Postfix: dsn=5.4.4 "Host or domain name not found"; Exchange: SMTPSEND.DNS.NonExistentDomain. 4.4.4 appears while routing fails for a time, e.g. an MX pointing to a name that does not resolve.',
    causes: [
      'The domain after the @ does not exist or is misspelled',
      'The domain has neither an MX nor an A/AAAA record',
      'The MX record points to a host name that does not resolve',
      'A local transport or connector setting routes the domain nowhere',
    ],
    senderSteps: [
      'Check the spelling of the part after the @',
      'Confirm the correct domain with the recipient',
    ],
    adminSteps: [
      'Run dig MX for the domain and dig A for each MX target to see where resolution breaks',
      'If all mail to one domain fails, check transport maps or send connectors that route it',
    ],
    retry: 'after-fix',
    retryAdvice: 'After correcting the address or once the domain has working MX records.',
    party: 'sender',
    reputation: 'low',
    reason: 'hostunknown',
    permanence: 'permanent',
    byClass: {
      '4': {
        meaning:
          'Your mail server could not find a route to the recipient domain for now, for example because its mail server name does not resolve yet. It keeps retrying for a while.',
        retry: 'later',
        retryAdvice: 'Automatic retries may succeed if the domain owner fixes DNS; check the domain spelling too.',
        party: 'recipient-admin',
        reason: 'networkerror',
      },
      '5': {
        retryAdvice: 'A 5.4.4 is final: correct the domain before sending again.',
      },
    },
    references: [rfc3463('3.5'), IANA, rfc5321('5.1', 'locating the target host')],
  },
  {
    id: 'status-X.4.5',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.4.5',
    classes: ['4'],
    title: 'Mail system congestion',
    meaning:
      'The receiving side, or a server on the way, is too busy to take more mail right now. It is a traffic jam, and your mail server keeps retrying.',
    details:
      'RFC 3463 §3.5, X.4.5: network or mail system congestion. Sent as 421 or 451 4.4.5 when a server limits concurrent connections or queue intake, and used by sending MTAs whose own queue is overloaded. Providers usually signal per-sender throttling with 4.7.x or 4.2.1 instead, so 4.4.5 mostly reflects load rather than your reputation.',
    causes: [
      'The receiving server is overloaded by a traffic peak',
      'Too many simultaneous connections from your server to that destination',
      "A relay's queue backed up after an outage",
    ],
    senderSteps: [
      'Wait: your mail server retries automatically',
      'Avoid sending large batches to that domain in one burst',
    ],
    adminSteps: [
      'Lower per-destination concurrency (Postfix default_destination_concurrency_limit or smtp_destination_concurrency_limit)',
      'Check your own queue and relay for a backlog (postqueue -p or mailq)',
    ],
    retry: 'later',
    retryAdvice: 'Yes: congestion passes, and automatic retries succeed.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemfull',
    permanence: 'transient',
    references: [rfc3463('3.5'), IANA],
  },
  {
    id: 'status-X.4.6',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.4.6',
    classes: ['4', '5'],
    title: 'Mail loop detected',
    meaning:
      "The message kept being passed around in a circle between mail servers or forwarding rules, so a server stopped it. It is a setup problem, usually forwarding on the recipient's side that points back to itself.",
    details:
      'RFC 3463 §3.5, X.4.6: routing loop, detected by counting Received: header lines (RFC 5321 §6.3) or by a server noticing it would deliver to itself: Postfix "mail for domain loops back to myself" (5.4.6), Exchange 5.4.6 or 5.4.14 (hop count exceeded). Typical culprits: two mailboxes forwarding to each other, or an MX host that relays the domain back.',
    causes: [
      'Two mailboxes or accounts forward to each other',
      'The MX host does not treat the domain as its own and relays it back',
      'A forwarding rule sends mail to an alias that forwards to the original',
      'A smart host or connector sends mail back to where it came from',
    ],
    senderSteps: [
      'Tell the recipient another way that their forwarding or mail setup is looping',
      'Wait until they confirm it is fixed before sending again',
    ],
    adminSteps: [
      'Read the Received: headers of the returned message to see which hosts repeat',
      'Check forwarding rules and aliases of the recipient mailbox',
      'If MX points to your server, list the domain as local (Postfix mydestination or virtual domains)',
    ],
    retry: 'after-fix',
    retryAdvice: 'After the loop is fixed; loops rarely clear on their own.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'transient',
    byClass: {
      '4': {
        retryAdvice: 'The sending server may retry, but the loop usually stays until someone fixes the forwarding.',
      },
      '5': {
        meaning:
          'A server found that the message was going round in a circle and stopped it for good. The recipient side has to fix its forwarding or routing before mail can get through.',
        retryAdvice: 'Only after the recipient confirms the loop is fixed.',
      },
    },
    references: [rfc3463('3.5'), IANA, rfc5321('6.3', 'loop detection')],
  },
  {
    id: 'status-X.4.7',
    kind: 'enhanced',
    authority: 'RFC 3463',
    status: 'X.4.7',
    classes: ['4', '5'],
    title: 'Delivery gave up: message too old',
    meaning:
      "Your mail server kept trying to deliver this message but could not get through before its time limit ran out (often a few days), so it gave up. Usually the recipient's server was unreachable or kept putting the message off.",
    details:
      'RFC 3463 §3.5, X.4.7: delivery time expired, either the sending queue lifetime (RFC 5321 §4.5.4.1 suggests at least 4 to 5 days; Postfix maximal_queue_lifetime defaults to 5d) or a deadline set on the message. Exchange Online reports 4.4.7 QUEUE.Expired. The bounce usually quotes the last temporary error; that is the real cause.',
    causes: [
      "The recipient's server was down or unreachable for days",
      'The receiver kept deferring the message (greylisting, rate limits, reputation)',
      'DNS for the recipient domain failed repeatedly',
      'A short expiry set on the message or a low queue lifetime',
    ],
    senderSteps: [
      'Look at the last error quoted in the bounce; it tells you why the attempts failed',
      'Check the address and send again; if it fails the same way, contact the recipient another way',
    ],
    adminSteps: [
      'Find the queue ID in the MTA log and read the deferral reason of each attempt',
      'If the receiver deferred for reputation reasons, check blocklists and SPF, DKIM and DMARC',
      'Check queue lifetime settings (Postfix maximal_queue_lifetime, Exchange MessageExpirationTimeout)',
    ],
    retry: 'after-fix',
    retryAdvice: 'Once the cause in the last quoted error is fixed or has passed; if the receiver was just down, one resend later is fine.',
    party: 'recipient-admin',
    reputation: 'low',
    reason: 'expired',
    permanence: 'permanent',
    byClass: {
      '4': {
        title: 'Delivery is taking too long',
        meaning:
          'Your mail server could not deliver the message within its time limit. In a warning it is still trying; in a final bounce the retries have run out, usually because the recipient server stayed unreachable or kept deferring.',
        retryAdvice: 'If it is a warning, wait. If it is a final bounce, fix or wait out the quoted cause, then send again.',
      },
      '5': {
        retryAdvice: 'The message will not be tried again: resend once the cause in the last quoted error is gone.',
      },
    },
    references: [rfc3463('3.5'), IANA, rfc5321('4.5.4.1', 'retry strategy')],
  },
];
