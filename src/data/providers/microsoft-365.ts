// Microsoft 365 / Exchange Online Protection (EOP): what Microsoft's cloud mail servers mean by their codes.
// Their replies name hosts under protection.outlook.com and often end with an AS(nnnn) anti-spam identifier.
// Many codes are sent in both directions: as the receiving side (EOP refusing mail from the internet) and as
// the sending side (Exchange Online reporting why it could not deliver a Microsoft 365 user's mail elsewhere).
import type { ProviderEntry, ProviderFile, Reference, Retry } from '../schema';

const NDR_TABLE: Reference = {
  title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
  url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
};
const DBEB: Reference = {
  title: 'Microsoft Learn: Directory-Based Edge Blocking',
  url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-directory-based-edge-blocking',
};

/** Microsoft's per-code "Fix email delivery issues for error code ..." articles live next to the NDR table. */
const fixPage = (code: string, slug: string): Reference => ({
  title: `Microsoft Learn: Fix NDR error ${code} in Exchange Online`,
  url: `https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/${slug}`,
});
const FIX_ASXXX = fixPage('451 4.7.500-699 (ASxxx)', 'fix-error-code-451-4-7-500-699-asxxx-in-exchange-online');
const FIX_TENANT_BANS = fixPage('5.7.700 through 5.7.750', 'fix-error-code-5-7-700-through-5-7-750');
const FIX_5_7_1 = fixPage('550 5.7.1', 'fix-error-code-550-5-7-1-in-exchange-online');
const FIX_5_1_X = fixPage('5.1.1 through 5.1.20', 'fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online');

const DELIST_PORTAL: Reference = {
  title: 'Microsoft delist portal (request removal of a blocked sending IP)',
  url: 'https://sender.office.com/',
  tool: true,
};
const DELIST_DOC: Reference = {
  title: 'Microsoft Learn: Use the delist portal to remove yourself from the blocked senders list',
  url: 'https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis',
};
const SNDS: Reference = {
  title: 'Microsoft SNDS (Smart Network Data Services: reputation data for your IPs)',
  url: 'https://sendersupport.olc.protection.outlook.com/snds/',
  tool: true,
};
const OUTLOOK_POSTMASTER: Reference = {
  title: 'Outlook.com postmaster (sender support and delisting requests)',
  url: 'https://sendersupport.olc.protection.outlook.com/pm/',
  tool: true,
};
const SPAMHAUS_CHECK: Reference = {
  title: 'Spamhaus: check an IP or domain and request removal',
  url: 'https://check.spamhaus.org/',
  tool: true,
};
const RESTRICTED_ENTITIES: Reference = {
  title: 'Microsoft Learn: Remove blocked users from the Restricted entities page',
  url: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-restore-restricted-users',
};
const SENDING_LIMITS: Reference = {
  title: 'Microsoft Learn: Exchange Online sending limits',
  url: 'https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#sending-limits',
};
const MTA_STS: Reference = {
  title: 'Microsoft Learn: Enhancing mail flow with MTA-STS',
  url: 'https://learn.microsoft.com/en-us/purview/enhancing-mail-flow-with-mta-sts',
};
const DANE: Reference = {
  title: 'Microsoft Learn: How SMTP DANE works in Exchange Online',
  url: 'https://learn.microsoft.com/en-us/microsoft-365/compliance/how-smtp-dane-works',
};
const IPV6_INBOUND: Reference = {
  title: 'Microsoft Learn: Support for anonymous inbound email over IPv6',
  url: 'https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/support-for-anonymous-inbound-email-messages-over-ipv6',
};
const SPF_SETUP: Reference = {
  title: 'Microsoft Learn: Set up SPF for your domain',
  url: 'https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/email-authentication-spf-configure',
};
const DMARC_SETUP: Reference = {
  title: 'Microsoft Learn: Set up DMARC for your domain',
  url: 'https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/email-authentication-dmarc-configure',
};
const ACCEPTED_DOMAINS: Reference = {
  title: 'Microsoft Learn: Manage accepted domains in Exchange Online',
  url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-accepted-domains/manage-accepted-domains',
};
const DEVICE_RELAY: Reference = {
  title: 'Microsoft Learn: Set up a device or application to send email through Microsoft 365',
  url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365',
};
const TENANT_ALLOW_BLOCK: Reference = {
  title: 'Microsoft Learn: About the Tenant Allow/Block List',
  url: 'https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/tenant-allow-block-list-about',
};
const EXTERNAL_FORWARDING: Reference = {
  title: 'Microsoft Learn: Control automatic external email forwarding',
  url: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding',
};
const RELAY_POOL: Reference = {
  title: 'Microsoft Learn: 5.7.367 relay pool issues with downstream gateways',
  url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/forwarded-message-rejected-5-7-367-ndr',
};
const EXCHANGE_SERVER_NDRS: Reference = {
  title: 'Microsoft Learn: DSNs and NDRs in Exchange Server',
  url: 'https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages',
};
const rfc = (title: string, path: string): Reference => ({ title, url: `https://www.rfc-editor.org/rfc/${path}` });

const MS = { kind: 'provider' as const, authority: 'Microsoft' };

// Step text shared by many entries.
const FORWARD_TO_ADMIN = 'Forward this bounce to whoever runs your email or domain: the fix is a setting, not something in the message';
const TELL_RECIPIENT = 'Reach the recipient another way (phone, chat, another address) and pass them the code from this bounce';
const SECURE_ACCOUNT = 'Treat the account as compromised: reset its password, revoke sessions, require MFA and check its inbox rules and app consents';
const CHECK_MESSAGE_TRACE = 'Run a message trace in the Exchange admin center to see each hop and the exact reply the other server gave';
const WAIT_FOR_RETRIES = 'Nothing to do yet: the sending server keeps the message and tries again by itself';

type EntryBody = Omit<ProviderEntry, 'id' | 'kind' | 'authority' | 'status' | 'permanence' | 'retry' | 'retryAdvice'>;

/** Exchange Online reports a failed outbound delivery with 4.x.x while it still retries and with 5.x.x once
 *  it gives up; both carry the same words, so one description serves both entries. */
function retryPair(
  detail: string,
  slug: string,
  body: EntryBody,
  transient: { retry: Retry; advice: string },
  permanentAdvice: string,
): ProviderEntry[] {
  return [
    {
      ...MS,
      ...body,
      id: `microsoft-365-4.${detail}-${slug}`,
      status: `4.${detail}`,
      title: `${body.title} (still retrying)`,
      permanence: 'transient',
      retry: transient.retry,
      retryAdvice: transient.advice,
    },
    {
      ...MS,
      ...body,
      id: `microsoft-365-5.${detail}-${slug}`,
      status: `5.${detail}`,
      title: `${body.title} (delivery abandoned)`,
      permanence: 'permanent',
      retry: 'after-fix',
      retryAdvice: permanentAdvice,
    },
  ];
}

// ---- Transport security of the destination (Microsoft 365 sending out) ----

const DESTINATION_TLS_STEPS = {
  senderSteps: [
    'Tell the recipient their mail server has a security (TLS) fault and pass on the code; until they fix it, reach them another way',
  ],
  adminSteps: [
    'On the recipient side: check the MX hosts with an SMTP TLS tester (certificate chain, names, expiry, STARTTLS offered)',
    'On the sending side: a message trace shows which destination host failed; nothing in your tenant needs to change',
  ],
};
const TLS_TRANSIENT = {
  retry: 'after-fix' as const,
  advice: 'Exchange Online keeps retrying for about a day; if the destination fixes its setup in that time, the message goes through by itself.',
};
const TLS_GAVE_UP = 'Send the message again once the recipient confirms their mail server is fixed.';

const transportSecurity: ProviderEntry[] = [
  ...retryPair(
    '4.8',
    'mta-sts-mx',
    {
      title: "Microsoft 365: recipient's MX host not allowed by its MTA-STS policy",
      match: [/failed mta-?sts validation/i, /mx hosts? of [^\n]{1,120} failed mta-?sts/i],
      meaning:
        "The recipient's domain publishes MTA-STS, a rule listing which mail servers may receive its mail over a checked, encrypted connection. The server its MX record points to is not on that list, so Microsoft 365 refused to hand the message over.",
      details:
        "Exchange Online enforces MTA-STS (RFC 8461) on outbound mail: it fetched the domain's policy from https://mta-sts.<domain>/.well-known/mta-sts.txt and the MX host it resolved matches none of the policy's mx: lines. The message is queued (4.4.8) and finally returned (5.4.8).",
      causes: [
        'The recipient domain changed mail providers and updated its MX records but not its MTA-STS policy',
        'A typo or a missing wildcard in the mx: lines of the policy file',
        'Someone tampering with DNS answers for the domain (the case MTA-STS exists to catch)',
      ],
      ...DESTINATION_TLS_STEPS,
      party: 'recipient-admin',
      reputation: 'none',
      reason: 'failedstarttls',
      references: [NDR_TABLE, MTA_STS, rfc('RFC 8461 SMTP MTA Strict Transport Security', 'rfc8461')],
    },
    TLS_TRANSIENT,
    TLS_GAVE_UP,
  ),
  ...retryPair(
    '7.5',
    'mta-sts-certificate',
    {
      title: "Microsoft 365: recipient server's certificate failed MTA-STS",
      match: [/remote certificate failed mta-?sts/i, /certificate failed mta-?sts validation/i],
      meaning:
        "The recipient's domain asks senders to check its mail server's security certificate (MTA-STS), and the certificate it presented did not pass: it is not from a trusted authority or names a different server. Microsoft 365 did not deliver rather than send the message unprotected.",
      details:
        "Under an enforced MTA-STS policy Exchange Online requires the destination certificate to chain to a public root CA and carry the MX host name in its CN or SAN. The reply adds a 'Reason:' with the validation result (for example an untrusted chain or a name mismatch).",
      causes: [
        'A self-signed or privately issued certificate on the receiving server',
        'The certificate names another host than the one the MX record points to',
        'An intermediate certificate missing from the server configuration',
      ],
      ...DESTINATION_TLS_STEPS,
      party: 'recipient-admin',
      reputation: 'none',
      reason: 'failedstarttls',
      references: [NDR_TABLE, MTA_STS, rfc('RFC 8461 §4 Policy validation', 'rfc8461#section-4')],
    },
    TLS_TRANSIENT,
    TLS_GAVE_UP,
  ),
  ...retryPair(
    '7.321',
    'starttls-not-supported',
    {
      title: 'Microsoft 365: destination offers no working STARTTLS (DANE)',
      match: [/starttls-not-supported/i, /must support tls to receive mail/i],
      meaning:
        "The recipient's domain says (through DANE records) that its mail must travel encrypted, but its server did not offer encryption or the encrypted handshake failed. Microsoft 365 will not send such mail in the clear.",
      details:
        "The domain's TLSA records are DNSSEC-signed, which makes TLS mandatory under DANE (RFC 7672). On connecting, the MX host either did not announce STARTTLS or the TLS handshake broke off, so Exchange Online stopped.",
      causes: [
        'STARTTLS turned off or broken on the receiving server, or a firewall that strips it',
        'A TLS version or cipher mismatch that makes the handshake fail',
        'A new MX host that was put in service without TLS configured',
      ],
      ...DESTINATION_TLS_STEPS,
      party: 'recipient-admin',
      reputation: 'none',
      reason: 'failedstarttls',
      references: [NDR_TABLE, DANE, rfc('RFC 7672 SMTP security via DANE', 'rfc7672')],
    },
    TLS_TRANSIENT,
    TLS_GAVE_UP,
  ),
  ...retryPair(
    '7.322',
    'certificate-expired',
    {
      title: "Microsoft 365: destination server's certificate has expired",
      match: [/certificate-expired/i, /certificate is expired/i],
      meaning:
        "The recipient's mail server presented an expired security certificate, and its domain requires a valid one (DANE). Microsoft 365 held the message back instead of sending it over an untrusted connection.",
      details:
        'DNSSEC checks for the domain passed, so Exchange Online applies DANE; the X.509 certificate offered after STARTTLS is past its notAfter date. Certificates usually need renewal every year or less.',
      causes: [
        'The receiving server\'s certificate was not renewed in time',
        'A renewed certificate was issued but not installed or the service not restarted',
      ],
      ...DESTINATION_TLS_STEPS,
      party: 'recipient-admin',
      reputation: 'none',
      reason: 'failedstarttls',
      references: [NDR_TABLE, DANE, rfc('RFC 7672 SMTP security via DANE', 'rfc7672')],
    },
    TLS_TRANSIENT,
    TLS_GAVE_UP,
  ),
  ...retryPair(
    '7.323',
    'tlsa-invalid',
    {
      title: 'Microsoft 365: destination failed DANE (TLSA) validation',
      match: [/tlsa-invalid/i, /failed dane validation/i],
      meaning:
        "The recipient's domain publishes a DNS fingerprint (a TLSA record) of the certificate its mail server should show, and the certificate Microsoft 365 received does not match it. Microsoft 365 stops in that case because it could be an impostor server.",
      details:
        "The TLSA records are DNSSEC-authentic but the presented certificate or key matches none of them, the TLSA record is malformed, the certificate is not yet valid, or another DANE check failed (RFC 7671). Exchange Online treats this as a possible interception and does not deliver.",
      causes: [
        'The server certificate or key was replaced without publishing the new TLSA record first',
        'A TLSA record with the wrong usage, selector or hash type',
        'Traffic to the domain being intercepted (rare, and the reason DANE exists)',
      ],
      ...DESTINATION_TLS_STEPS,
      party: 'recipient-admin',
      reputation: 'none',
      reason: 'failedstarttls',
      references: [NDR_TABLE, DANE, rfc('RFC 7671 DANE updates and operational guidance', 'rfc7671')],
    },
    TLS_TRANSIENT,
    TLS_GAVE_UP,
  ),
  ...retryPair(
    '7.324',
    'dnssec-invalid',
    {
      title: "Microsoft 365: destination domain's DNSSEC could not be validated",
      match: [/dnssec-invalid/i, /invalid dnssec records/i],
      meaning:
        "The recipient's domain signs its DNS records (DNSSEC), but the signatures Microsoft 365 received did not check out. Since it cannot trust where the domain's mail should go, Microsoft 365 did not deliver.",
      details:
        'The zone claims to be DNSSEC-signed but validation of its MX or TLSA answers failed (expired RRSIGs, a DS record at the parent that no longer matches the keys, or a broken key rollover). Exchange Online needs authentic answers before it applies DANE.',
      causes: [
        'Expired DNSSEC signatures because re-signing stopped',
        'A DNS provider change or key rollover that left a stale DS record at the registrar',
      ],
      senderSteps: DESTINATION_TLS_STEPS.senderSteps,
      adminSteps: [
        "On the recipient side: test the domain with a DNSSEC analyser and fix the DS record or re-sign the zone",
        DESTINATION_TLS_STEPS.adminSteps[1]!,
      ],
      party: 'recipient-admin',
      reputation: 'none',
      reason: 'networkerror',
      references: [NDR_TABLE, DANE, rfc('RFC 4033 DNS security introduction', 'rfc4033')],
    },
    TLS_TRANSIENT,
    TLS_GAVE_UP,
  ),
  ...retryPair(
    '7.325',
    'certificate-host-mismatch',
    {
      title: "Microsoft 365: destination certificate names a different host",
      match: [/certificate-host-mismatch/i, /common name or subject alternative name matching the hostname/i],
      meaning:
        "The recipient's mail server showed a security certificate issued for another name than the server Microsoft 365 connected to. Because the domain requires checked encryption (DANE), Microsoft 365 did not deliver.",
      details:
        'Neither the CN nor any SAN of the certificate matches the MX host or the recipient domain. Exchange Online applies this check when DANE is in force for the domain.',
      causes: [
        'A certificate for the web site or another server reused on the mail server',
        'The MX record was changed to a new name the certificate does not cover',
      ],
      ...DESTINATION_TLS_STEPS,
      party: 'recipient-admin',
      reputation: 'none',
      reason: 'failedstarttls',
      references: [NDR_TABLE, DANE, rfc('RFC 7672 §3.2.3 Reference identifiers', 'rfc7672#section-3.2.3')],
    },
    TLS_TRANSIENT,
    TLS_GAVE_UP,
  ),
  {
    ...MS,
    id: 'microsoft-365-450-4.4.317-untrusted-root',
    reply: '450',
    status: '4.4.317',
    match: [/untrustedroot/i, /untrusted root/i],
    title: 'Microsoft 365: destination certificate has an untrusted root',
    meaning:
      "Microsoft 365 tried to deliver over an encrypted connection that must be verified, and the other server's certificate was not issued by an authority Microsoft trusts. The message waits in the queue until that is fixed or it expires.",
    details:
      'Exchange Online reports "Cannot connect to remote server [Message=UntrustedRoot]" when a connector (typically the outbound connector of a hybrid setup or a partner connector) demands certificate validation and the remote chain ends in a self-signed or private root.',
    causes: [
      'An on-premises or partner server using a self-signed or internal CA certificate behind a connector that requires a trusted one',
      'The intermediate certificate is not sent by the remote server',
    ],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: [
      'Install a certificate from a public CA (with its intermediates) on the receiving server, matching the name the connector expects',
      'Or, if the server is your own, check the outbound connector\'s TLS settings in the Exchange admin center',
    ],
    retry: 'after-fix',
    retryAdvice: 'Queued messages go out on a later retry once the certificate is fixed; after about a day they are returned.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'failedstarttls',
    permanence: 'transient',
    references: [NDR_TABLE, rfc('RFC 7817 TLS server identity check for email', 'rfc7817')],
  },
];

// ---- Reaching the destination (Microsoft 365 sending out) ----

const delivery: ProviderEntry[] = [
  {
    ...MS,
    id: 'microsoft-365-4.4.316-connection-refused',
    status: '4.4.316',
    match: [/connection refused/i, /socket error code 10061/i],
    title: "Microsoft 365: the recipient's server refuses connections (still retrying)",
    meaning:
      "Microsoft 365 is trying to pass your message to the recipient's mail server, but that server refuses the connection. The problem is on the recipient's side; your message is waiting and will be retried for a while.",
    details:
      "Exchange Online's outbound attempt to the destination MX got a TCP refusal ([Message=Socket error code 10061]). The reply usually names the IP it tried, which tells whose network to look at. The message stays queued.",
    causes: [
      'The receiving mail server is down or not listening on port 25',
      'A firewall at the destination blocks Microsoft 365\'s outbound IP ranges',
      'The MX record points to a host that no longer runs a mail server',
    ],
    senderSteps: [WAIT_FOR_RETRIES, TELL_RECIPIENT],
    adminSteps: [
      'On the recipient side: check that the MX hosts accept connections on port 25 from the internet, including Microsoft 365 ranges',
      CHECK_MESSAGE_TRACE,
    ],
    retry: 'later',
    retryAdvice: 'Exchange Online retries for about a day; if the server comes back in that time, delivery happens without you doing anything.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'transient',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.4.316-connection-refused',
    reply: '550',
    status: '5.4.316',
    match: [/connection refused/i, /socket error code 10061/i],
    title: "Microsoft 365: gave up, the recipient's server kept refusing connections",
    meaning:
      "For the whole retry period, the recipient's mail server refused every connection from Microsoft 365, so the message was returned to you. The problem is on the recipient's side, not with your message.",
    details:
      'After the queue lifetime ran out, Exchange Online turned the repeated TCP refusals (socket error 10061) into a permanent 5.4.316, usually worded "Message expired, connection refused".',
    causes: [
      'The destination mail server has been down or unreachable for a day or more',
      'A firewall at the destination keeps blocking Microsoft 365\'s IP ranges',
    ],
    senderSteps: [TELL_RECIPIENT, 'Send the message again once they confirm their mail works'],
    adminSteps: [
      'On the recipient side: make sure the MX hosts listen on port 25 and accept Microsoft 365 ranges',
      CHECK_MESSAGE_TRACE,
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend once the recipient\'s mail server accepts connections again.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'expired',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-4.4.7-expired',
    status: '4.4.7',
    match: [/message expired/i, /message delayed/i],
    title: 'Microsoft 365: message delayed, not yet delivered',
    meaning:
      'Your message has been waiting in Microsoft 365\'s queue because the receiving server did not accept it in time. It may still go through, or it will be returned when the retry period ends.',
    details:
      'Exchange Online could not finish delivery before the message\'s expiry point, or the remote server timed out during the session (sometimes after too many recipients or header lines). The destination is usually the side at fault.',
    causes: [
      'The receiving server is overloaded, slow or intermittently unreachable',
      'The remote server times out on large recipient lists or long headers',
      'A wrong or stale MX record for the recipient domain',
    ],
    senderSteps: [WAIT_FOR_RETRIES, 'Check the recipient address; if it is right and the delay persists, contact the recipient another way'],
    adminSteps: [
      CHECK_MESSAGE_TRACE,
      'If one destination keeps timing out, send to fewer recipients per message and ask that domain\'s admin to check their server',
    ],
    retry: 'later',
    retryAdvice: 'Leave it: Exchange Online keeps trying. If a final failure follows, resend after the destination is confirmed working.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'expired',
    permanence: 'transient',
    references: [NDR_TABLE, fixPage('4.4.7', 'fix-error-code-550-4-4-7-in-exchange-online')],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.4.300-expired',
    reply: '550',
    status: '5.4.300',
    match: [/message expired/i],
    title: 'Microsoft 365: message expired before delivery',
    meaning:
      'Microsoft 365 tried to deliver your message for its whole retry period without success, so it gave up and returned it. Usually the receiving server never answered properly.',
    details:
      'The message outlived its queue lifetime in Exchange Online: the destination never responded, or the message produced a bounce that itself could not be delivered back to the sender.',
    causes: [
      'The receiving server has been unreachable or too slow for a long time',
      'A broken MX record or DNS setup for the recipient domain',
      'The original sender address cannot receive mail, so an earlier bounce could not be returned',
    ],
    senderSteps: [TELL_RECIPIENT, 'Resend once they confirm their mail is working'],
    adminSteps: [CHECK_MESSAGE_TRACE, "Test the recipient domain's MX hosts from outside (port 25, DNS answers)"],
    retry: 'after-fix',
    retryAdvice: 'Resend later, after the receiving side has been checked; an unchanged resend into the same fault expires again.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'expired',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.4.310-domain-does-not-exist',
    reply: '550',
    status: '5.4.310',
    match: [/\bDNS domain \S{1,253} does not exist/i, /\bInfoDomainNonexistent\b/i],
    title: "Microsoft 365: the recipient's domain does not exist",
    meaning:
      "Microsoft 365 looked up the domain after the @ in the recipient's address and DNS answered that no such domain exists, so there is nowhere to deliver the message. Most often the domain is misspelled; otherwise it has expired or was never registered.",
    details:
      'Exchange Online got an NXDOMAIN answer for the recipient domain and returns the message at once, without retrying: "550 5.4.310 DNS domain <domain> does not exist [Message=InfoDomainNonexistent]". A temporary lookup failure is reported as 4.4.312/5.4.312 "DNS query failed" instead.',
    causes: [
      'A typo in the domain part of the address (a letter doubled or missing, a wrong ending)',
      "The recipient's domain registration expired or was cancelled",
      "The domain's delegation at the registry is broken, so its name servers are never asked",
    ],
    senderSteps: [
      'Check the part after the @ for typos and send again to the corrected address',
      'If the address is right, reach the recipient another way: their domain does not resolve at the moment',
    ],
    adminSteps: [
      'Look the domain up from outside (dig or nslookup for its NS and MX records): NXDOMAIN confirms it does not exist',
      "If the domain should exist, its owner has to check the registration and the name servers at their registrar",
    ],
    retry: 'no',
    retryAdvice: 'Sending the same address again fails the same way; correct the address, or wait until the recipient has fixed their domain.',
    party: 'sender',
    reputation: 'low',
    reason: 'hostunknown',
    permanence: 'permanent',
    references: [NDR_TABLE, rfc('RFC 5321 §5.1 Locating the target host', 'rfc5321#section-5.1')],
  },
  ...retryPair(
    '4.312',
    'dns-query-failed',
    {
      title: "Microsoft 365: DNS lookup for the recipient's domain failed",
      match: [/dns query failed/i, /\((?:InfoNoRecords|NonExistentDomain|ServerFailure|ErrorRetry)\)/i],
      meaning:
        "Microsoft 365 could not find where to deliver mail for the recipient's domain because the DNS lookup failed. The domain may be mistyped, expired, or its DNS servers may be down.",
      details:
        'Exchange Online\'s MX/A lookup returned an error; the word in brackets says which: NonExistentDomain (NXDOMAIN), InfoNoRecords (no MX or A record), ServerFailure or ErrorRetry (the domain\'s name servers did not answer properly).',
      causes: [
        'A typo in the domain part of the address',
        'The recipient domain expired or has no MX record',
        "The recipient domain's DNS servers are down or misconfigured",
      ],
      senderSteps: ['Check the part after the @ for typos', TELL_RECIPIENT],
      adminSteps: [
        'Look up the domain\'s MX and NS records from outside (dig or nslookup) to see which lookup fails',
        CHECK_MESSAGE_TRACE,
      ],
      party: 'sender',
      reputation: 'low',
      reason: 'networkerror',
      references: [NDR_TABLE],
    },
    { retry: 'later', advice: 'A DNS outage often clears within hours and Exchange Online retries by itself; a misspelled or dead domain will not.' },
    'Correct the address, or resend once the recipient domain resolves again.',
  ),
  ...retryPair(
    '4.318',
    'connection-closed-abruptly',
    {
      title: "Microsoft 365: the recipient's server dropped the connection",
      match: [/suspiciousremoteservererror/i, /connection was closed abruptly/i, /closed the connection/i],
      meaning:
        "While Microsoft 365 was handing over your message, the recipient's mail server cut the connection without a proper answer. The problem is on the receiving side or on the network between them.",
      details:
        'Exchange Online classifies sessions that end without an SMTP reply as SuspiciousRemoteServerError; the 4.4.318 form is a retry in progress, the 5.4.318 form means it gave up after repeated drops.',
      causes: [
        'A firewall or filter in front of the destination that resets connections from Microsoft ranges',
        'The receiving server crashes or hits a limit on large messages',
        'Unstable network path or TLS failures at the destination',
      ],
      senderSteps: [WAIT_FOR_RETRIES, TELL_RECIPIENT],
      adminSteps: [CHECK_MESSAGE_TRACE, 'On the recipient side: look at the receiving firewall and server logs for resets from Microsoft 365 IPs'],
      party: 'recipient-admin',
      reputation: 'none',
      reason: 'networkerror',
      references: [NDR_TABLE],
    },
    { retry: 'later', advice: 'Exchange Online retries for about a day; intermittent drops often succeed on a later try.' },
    'Resend after the recipient\'s side has checked its server or firewall.',
  ),
  {
    ...MS,
    id: 'microsoft-365-4.4.62-wrong-region',
    status: '4.4.62',
    aliases: ['ATTR35'],
    match: [/wrong office 365 region/i, /wrong (?:microsoft|office) 365 region/i, /\bATTR35\b/i],
    title: 'Microsoft 365: mail sent to the wrong Microsoft 365 region',
    meaning:
      'The message reached a Microsoft 365 datacenter region that does not host the tenant it was meant for, so it was refused there for now. This is a routing setup problem, not an issue with your message.',
    details:
      'Exchange Online answers 4.4.62 with the marker ATTR35 when a connection (often from an on-premises server or connector with a hard-coded smart host) lands in a region that cannot attribute the mail to its tenant. Regional endpoints or cached DNS after a tenant move are typical.',
    causes: [
      'A connector or smart host pointing at a fixed regional endpoint instead of the tenant\'s MX name',
      'A tenant recently moved between regions while DNS or connectors still use the old target',
    ],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: [
      'Point connectors and smart hosts at the tenant\'s own <domain>.mail.protection.outlook.com MX name, not a regional address',
      CHECK_MESSAGE_TRACE,
    ],
    retry: 'after-fix',
    retryAdvice: 'Queued mail is retried; it goes through once routing targets the right region, otherwise it eventually bounces.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'transient',
    references: [NDR_TABLE],
  },
];

// ---- Busy, throttled or rate-limited ----

const OWN_IP_REPUTATION_STEPS = [
  'Register your sending IPs in Microsoft SNDS and watch their complaint and trap data',
  'Send only to people who asked for your mail, remove bouncing addresses, and raise volume on new IPs gradually',
];

const throttling: ProviderEntry[] = [
  {
    ...MS,
    id: 'microsoft-365-432-4.3.2-thread-limit',
    reply: '432',
    status: '4.3.2',
    match: [/recipient thread limit/i, /STOREDRV\.Deliver[^\n]{0,40}thread limit/i],
    title: "Microsoft 365: recipient's mailbox is receiving too fast",
    meaning:
      "The recipient's mailbox is getting a lot of mail at the same moment, so Microsoft 365 asked your server to slow down and try again shortly. Nothing is wrong with your message or your address.",
    details:
      "Exchange Online's store driver caps how many deliveries run in parallel to one mailbox (STOREDRV.Deliver; recipient thread limit exceeded), so one busy mailbox cannot starve others on the same database.",
    causes: ['Many messages to the same mailbox at once (a mail storm, bulk notifications, a loop)', 'A short backlog on the recipient\'s mailbox server'],
    senderSteps: [WAIT_FOR_RETRIES],
    adminSteps: ['If an automated system triggers this, spread its messages to one recipient over time', CHECK_MESSAGE_TRACE],
    retry: 'later',
    retryAdvice: 'Normal retries succeed within minutes; no action is needed unless it keeps happening for hours.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'speeding',
    permanence: 'transient',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-4.3.2-service-unavailable',
    status: '4.3.2',
    match: [/service not available/i, /temporary server error/i, /concurrent connections[^\n]{0,60}exceeded/i],
    title: 'Microsoft 365: service temporarily unavailable',
    meaning:
      'The Microsoft 365 server that answered was busy or briefly unavailable and asked your server to come back later. This is temporary and not caused by your message.',
    details:
      'Exchange Online front ends answer 421 or 451 4.3.2 during load peaks, maintenance or when a sending source exceeds concurrent-connection limits for a resource forest; markers such as ATTR17 or PRX8 name the internal component.',
    causes: ['Load or maintenance on the Microsoft 365 side', 'Too many simultaneous connections from your server'],
    senderSteps: [WAIT_FOR_RETRIES],
    adminSteps: ['Keep the number of parallel connections to Microsoft 365 modest and let the queue retry', 'Check the Microsoft 365 service health page if it lasts more than an hour'],
    retry: 'later',
    retryAdvice: 'Retries after a few minutes normally succeed; persistent failures for hours point to a service incident or a connection-limit problem.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-451-4.7.0-temporary-server-error',
    reply: '451',
    status: '4.7.0',
    match: [/temporary server error/i, /\bPRX\d{1,2}\b/],
    title: 'Microsoft 365: temporary server error',
    meaning:
      'A Microsoft 365 server in the delivery path had a passing fault and asked your server to try again later. It is not caused by your message.',
    details:
      'Exchange Online front-end proxies answer 451 4.7.0 "Temporary server error. Please try again later" with a marker such as PRX1 to PRX8 naming the proxy stage that failed, often with "NextHop" naming the internal destination.',
    causes: ['A transient fault or load in Exchange Online\'s front-end proxy', 'Short-lived DNS or routing trouble inside Microsoft\'s network'],
    senderSteps: [WAIT_FOR_RETRIES],
    adminSteps: ['Let the queue retry; check the Microsoft 365 service health page if it lasts more than an hour', CHECK_MESSAGE_TRACE],
    retry: 'later',
    retryAdvice: 'Retries after a few minutes normally succeed.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-451-4.4.0-replication-failed',
    reply: '451',
    status: '4.4.0',
    match: [/failed to be replicated/i, /no healthy secondary server/i],
    title: 'Microsoft 365: could not store a safety copy yet',
    meaning:
      'Microsoft 365 keeps a second copy of each incoming message on another server before accepting it, and no such server was ready. Your server will try again shortly.',
    details:
      'Exchange Online\'s shadow redundancy requires a replica on a second transport server before it acknowledges a message. "Message failed to be replicated: No healthy secondary server available to accept replica" means none was available at that moment.',
    causes: ['Load or maintenance in the Exchange Online datacentre that serves the recipient'],
    senderSteps: [WAIT_FOR_RETRIES],
    adminSteps: ['No change needed; keep retrying normally', 'Check the Microsoft 365 service health page if it persists for hours'],
    retry: 'later',
    retryAdvice: 'Retries after a few minutes normally succeed.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-450-4.7.3-queue-quota',
    reply: '450',
    status: '4.7.3',
    match: [/organization queue quota exceeded/i],
    title: "Microsoft 365: recipient organisation's queue is full",
    meaning:
      "The recipient's organisation has too much mail waiting in Microsoft 365's queues right now, so new mail is held back for a while. Your server will try again.",
    details:
      'Exchange Online limits how many messages one tenant may have queued. When a tenant\'s onward delivery is stuck (for example its on-premises server is down in a hybrid setup), new messages for it get 450 4.7.3 until the backlog drains.',
    causes: ['The recipient tenant\'s onward delivery (on-premises server, connector target) is failing', 'A sudden flood of mail to that organisation'],
    senderSteps: [WAIT_FOR_RETRIES],
    adminSteps: ['On the recipient side: find what blocks onward delivery (queue viewer, message trace, connector validation)', 'On the sending side: let the queue retry; do not resend copies'],
    retry: 'later',
    retryAdvice: 'Usually clears within hours once the recipient organisation\'s backlog drains.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemfull',
    permanence: 'transient',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-451-4.7.500-699-throttled',
    reply: '451',
    status: '4.7.500-699',
    aliases: ['AS(nnnn) with 4.7.500-699'],
    match: [/access denied,? please try again later/i, /server busy[^\n]{0,20}try again later/i, /\bAS\(\d{0,12}/i],
    title: 'Microsoft 365: sending temporarily restricted (IP throttling)',
    meaning:
      "Microsoft 365 noticed that the server sending your mail suddenly sends much more, or differently, than before, and it slows such sources down while it looks closer. The mail is not refused for good; your server should try again.",
    details:
      'EOP graylists IPs with little or changed sending history: it answers 451 4.7.5xx–4.7.6xx with "Access denied, please try again later" or "Server busy" and an AS(nnnn) identifier. Trust builds as the IP keeps sending clean mail; legitimate spikes are released after evaluation.',
    causes: [
      'A new sending IP, or a jump in volume from an existing one',
      'An EOP customer relaying through an outbound connector that is not set up correctly',
      'A burst of bulk mail to Microsoft 365 recipients',
    ],
    senderSteps: [WAIT_FOR_RETRIES, 'If you send newsletters, send them in smaller batches'],
    adminSteps: [
      'Ramp new IPs up slowly over days and keep retrying deferred mail rather than dropping it',
      'If you relay your own mail through EOP, define an inbound connector for your servers\' IPs or certificate',
      ...OWN_IP_REPUTATION_STEPS.slice(0, 1),
    ],
    retry: 'later',
    retryAdvice: 'Keep retrying for several hours; throttling typically lifts within an hour to a day as the IP establishes a history.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'speeding',
    permanence: 'transient',
    references: [NDR_TABLE, FIX_ASXXX, SNDS],
  },
  {
    ...MS,
    id: 'microsoft-365-4.7.850-899-ip-under-review',
    status: '4.7.850-899',
    match: [/access denied,? please try again later/i],
    title: 'Microsoft 365: sending IP temporarily restricted for review',
    meaning:
      'Microsoft 365 saw suspicious activity from the server that sends your mail and paused its mail while it takes a closer look. If the traffic is legitimate, the pause is lifted on its own.',
    details:
      'Codes 4.7.850 to 4.7.899 mean the connecting IP itself is under evaluation after a suspicious pattern (unlike 4.7.500–699, which mostly reflects volume changes). The deferral is temporary by design.',
    causes: [
      'A spike of mail from the IP that looks like spam or a compromised account',
      'Other senders on a shared IP behaving badly',
    ],
    senderSteps: [WAIT_FOR_RETRIES],
    adminSteps: [
      'Check the sending server for compromised accounts or scripts sending mail you did not intend',
      ...OWN_IP_REPUTATION_STEPS,
    ],
    retry: 'later',
    retryAdvice: 'Let the server retry over the next hours; if it turns into a 5.7.6xx ban, use the delist portal.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'badreputation',
    permanence: 'transient',
    references: [NDR_TABLE, SNDS],
  },
  ...(['4.7.650', '4.7.651'] as const).map(
    (status): ProviderEntry => ({
      ...MS,
      id: `microsoft-365-451-${status}-ip-reputation`,
      reply: '451',
      status,
      match: [/rate limited due to ip reputation/i, /temporarily rate limited due to/i],
      title: 'Microsoft: sending IP rate-limited for poor reputation',
      meaning:
        "Microsoft's mail servers are accepting only a little mail from the server that sent yours, because that server's reputation is poor at the moment. The message will be retried.",
      details:
        'Microsoft\'s consumer and business edge (the reply often names postmaster.live.com and an S-number such as S843 or S3114) defers mail with 451 4.7.650/4.7.651 when the connecting IP\'s reputation is low: complaints, spam traps or a sudden volume change.',
      causes: [
        'Spam complaints or spam-trap hits from the IP (often a shared hosting or ESP IP)',
        'A new IP, or a sharp increase in volume to Microsoft recipients',
      ],
      senderSteps: [WAIT_FOR_RETRIES, 'If it keeps happening, ask your email provider about the reputation of its sending IP'],
      adminSteps: [...OWN_IP_REPUTATION_STEPS, 'If the IP is clean and still limited, open a ticket through the Outlook.com postmaster sender support form'],
      retry: 'later',
      retryAdvice: 'Deferred mail usually goes through within hours at a lower rate; lasting limits need reputation work.',
      party: 'sender-admin',
      reputation: 'high',
      reason: 'badreputation',
      permanence: 'transient',
      references: [SNDS, OUTLOOK_POSTMASTER],
    }),
  ),
  {
    ...MS,
    id: 'microsoft-365-451-4.7.652-too-many-connections',
    reply: '451',
    status: '4.7.652',
    match: [/maximum number of connections/i, /exceeded the maximum number of (?:concurrent )?connections/i],
    title: 'Microsoft: too many connections from your sending IP',
    meaning:
      "The server sending your mail opened more simultaneous connections to Microsoft than it allows, so some were turned away for now. The messages are retried.",
    details:
      'Microsoft\'s edge limits concurrent SMTP sessions per connecting IP; beyond the limit it answers 451 4.7.652 and expects the client to queue and come back.',
    causes: ['A mail server or sending platform configured with many parallel connections to Microsoft', 'Several systems sharing one outbound IP'],
    senderSteps: [WAIT_FOR_RETRIES],
    adminSteps: ['Lower the per-destination concurrency for Microsoft MX hosts (for example a few connections per IP)', 'Spread heavy sending over time or over more IPs with their own reputation'],
    retry: 'later',
    retryAdvice: 'Retries within minutes usually work once fewer connections are open.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'toomanyconn',
    permanence: 'transient',
    references: [NDR_TABLE, SNDS],
  },
  {
    ...MS,
    id: 'microsoft-365-4.7.700-pfa-busy',
    status: '4.7.700',
    match: [/pfa agent busy/i, /protocol filter agent[^\n]{0,30}busy/i],
    title: 'Microsoft 365: filtering agent busy',
    meaning:
      "One of Microsoft 365's checking components was too busy to look at your message, so it asked your server to try again. It is a passing issue on Microsoft's side.",
    details:
      'The transient 4.7.700 "PFA agent busy, please try again" comes from the protocol filter agent on Exchange Online\'s front end. It is unrelated to the permanent 5.7.700 tenant bans.',
    causes: ['Load on Microsoft 365\'s filtering layer'],
    senderSteps: [WAIT_FOR_RETRIES],
    adminSteps: ['Let the queue retry; check Microsoft 365 service health if it lasts more than an hour'],
    retry: 'later',
    retryAdvice: 'Normally succeeds on the next retry within minutes.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'transient',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-4.5.3-too-many-recipients',
    status: '4.5.3',
    match: [/too many recipients/i],
    title: 'Microsoft 365: too many recipients in one delivery',
    meaning:
      'The message was handed to Microsoft 365 with more than 200 recipients at the same domain in one go. Microsoft 365 accepts part of them and asks for the rest to be sent again in smaller groups.',
    details:
      'EOP accepts up to 200 envelope recipients (RCPT TO) per domain in one SMTP transaction and defers the rest with 452/4.5.3. A conforming sending server splits the list and retries automatically.',
    causes: ['A sending server or app that does not split large recipient lists', 'A mailing sent to a big list at one Microsoft 365 domain'],
    senderSteps: [WAIT_FOR_RETRIES, 'If it keeps failing, send to the list in smaller groups'],
    adminSteps: ['Configure the sending server to send at most 200 recipients per transaction to one domain and to retry deferred recipients'],
    retry: 'later',
    retryAdvice: 'A standard mail server resends the deferred recipients by itself within minutes.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'exceedlimit',
    permanence: 'transient',
    references: [NDR_TABLE, rfc('RFC 5321 §4.5.3.1.8 Recipients buffer', 'rfc5321#section-4.5.3.1.8')],
  },
  {
    ...MS,
    id: 'microsoft-365-5.2.121-sender-hourly-limit',
    status: '5.2.121',
    match: [/per hour message receive limit from specific sender/i, /number of messages they can send to this recipient per hour/i],
    title: 'Microsoft 365: too many messages from you to this recipient this hour',
    meaning:
      'You (or your system) sent this one recipient more messages within an hour than Microsoft 365 allows from a single sender. The limit protects mailboxes from automated floods; it resets after the hour.',
    details:
      'Exchange Online caps how many messages one sender may deliver to one recipient per hour. Beyond it, it answers 550/554 5.2.121. Typical triggers are alerting systems, scanners or scripts.',
    causes: ['An automated system (monitoring, scanner, web form) mailing one person repeatedly', 'A mail loop between two systems'],
    senderSteps: ['Wait an hour and send again, and send fewer messages to this person', 'Bundle automatic notifications into digests'],
    adminSteps: ['Throttle or aggregate the automated sender so it stays well below the hourly per-recipient limit'],
    retry: 'later',
    retryAdvice: 'Send again after the hour has passed; keep the rate lower afterwards.',
    party: 'sender',
    reputation: 'low',
    reason: 'speeding',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-5.2.122-recipient-hourly-limit',
    status: '5.2.122',
    match: [/per hour message receive limit exceeded/i],
    title: 'Microsoft 365: recipient got too many messages this hour',
    meaning:
      'The recipient received more messages within the last hour, from everyone together, than Microsoft 365 allows for one mailbox. Your message was turned away; it can be sent again later.',
    details:
      'Exchange Online limits the total number of messages a mailbox accepts per hour from all senders. The limit guards mailboxes against mail storms; 5.2.122 reports that the recipient, not the sender, is over it.',
    causes: ['A mail storm or loop hitting the recipient mailbox', 'The mailbox used as a collector for many automated systems'],
    senderSteps: ['Send the message again in an hour or two', TELL_RECIPIENT],
    adminSteps: ['On the recipient side: find what floods the mailbox (message trace by recipient) and stop or redirect it'],
    retry: 'later',
    retryAdvice: 'Resend after an hour or so, once the recipient\'s hourly count has dropped.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'speeding',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.508-ipv6-range-limit',
    reply: '550',
    status: '5.7.508',
    match: [/has exceeded permitted limits within/i],
    title: 'Microsoft 365: your IPv6 range sent too much too fast',
    meaning:
      'Mail came from an IPv6 network range that sent Microsoft 365 too many messages in a short time, so your message was refused. The block is about the range\'s volume, not your message.',
    details:
      'EOP rate-limits IPv6 senders by range ("Access denied, [ip] has exceeded permitted limits within [range] range"), since a single host can rotate through many IPv6 addresses.',
    causes: ['Bulk sending over IPv6 from one network range', 'Other hosts in the same IPv6 range sending heavily (shared hosting)'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Send to Microsoft 365 over IPv4 from an IP with established reputation, or lower the rate over IPv6', 'Give the IPv6 sender proper reverse DNS, SPF and DKIM'],
    retry: 'later',
    retryAdvice: 'Retry later at a lower rate or over IPv4.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'speeding',
    permanence: 'permanent',
    references: [NDR_TABLE, IPV6_INBOUND],
  },
];

// ---- The Microsoft 365 sender's own account or tenant ----

const ownAccount: ProviderEntry[] = [
  {
    ...MS,
    id: 'microsoft-365-550-5.1.8-bad-outbound-sender',
    reply: '550',
    status: '5.1.8',
    match: [/bad outbound sender/i],
    title: 'Microsoft 365: your account is blocked from sending (suspected spam)',
    meaning:
      'Microsoft 365 has stopped your mailbox from sending to anyone, because it sent mail that looked like spam. Most often this means someone else got into the account and used it.',
    details:
      'Exchange Online\'s outbound spam policy restricted the user after it exceeded sending limits or sent detected spam. The user appears on the Restricted entities page of the Microsoft Defender portal until an admin releases it.',
    causes: ['The account was compromised (phished password, malware) and sent spam', 'A legitimate bulk send exceeded outbound spam limits'],
    senderSteps: ['Tell your IT team now; change your password from a clean device', 'Check your Sent Items and inbox rules for anything you did not create'],
    adminSteps: [SECURE_ACCOUNT, 'Then release the user on the Restricted entities page (security.microsoft.com); sending returns within about an hour'],
    retry: 'after-fix',
    retryAdvice: 'Resend only after the admin has secured and released the account.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'rejected',
    permanence: 'permanent',
    references: [NDR_TABLE, fixPage('5.1.8', 'fix-error-code-5-1-8-in-exchange-online'), RESTRICTED_ENTITIES],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.1.90-daily-recipient-limit',
    reply: '550',
    status: '5.1.90',
    match: [/daily limit for message recipients/i, /reached your daily limit/i],
    title: 'Microsoft 365: you reached your daily recipient limit',
    meaning:
      'You have sent to more recipients in the last 24 hours than Microsoft 365 allows one mailbox. The limit resets on its own, but a sudden hit can also mean someone is misusing the account.',
    details:
      'Exchange Online enforces a recipient rate limit per mailbox (10,000 recipients a day for most plans). Reaching it blocks further sending until the rolling 24-hour window frees up.',
    causes: ['A large mailing sent from a normal mailbox', 'A compromised account sending spam'],
    senderSteps: ['Wait until the 24 hours since the heavy sending pass, then send again', 'Use a mailing service for newsletters instead of your mailbox'],
    adminSteps: ['Check the account for compromise (sign-ins, Sent Items, inbox rules)', 'Move bulk mail to a service built for it; mailbox limits cannot be raised for that'],
    retry: 'later',
    retryAdvice: 'Sending works again once the rolling 24-hour count drops below the limit.',
    party: 'sender',
    reputation: 'low',
    reason: 'speeding',
    permanence: 'permanent',
    references: [NDR_TABLE, SENDING_LIMITS],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.2.2-submission-quota',
    reply: '550',
    status: '5.2.2',
    match: [/submission quota (?:was )?exceeded/i, /sender'?s submission quota/i],
    title: 'Microsoft 365: sending quota exceeded',
    meaning:
      'Your mailbox has sent too many messages, or to too many recipients, in a short time, and Microsoft 365 paused its sending. It recovers by itself, but check that nobody else is using your account.',
    details:
      'Exchange Online reached the mailbox\'s recipient rate or message rate limit (per minute or per day) and refused further submissions with 5.2.2 "Submission quota exceeded".',
    causes: ['A bulk send or an app sending through the mailbox too fast', 'A compromised account sending spam'],
    senderSteps: ['Wait a while (up to 24 hours for the daily limit) and send again in smaller batches', 'Tell IT if you did not send a lot of mail yourself'],
    adminSteps: ['Check the account for compromise', 'Move bulk or automated sending to a dedicated service or a relay designed for volume'],
    retry: 'later',
    retryAdvice: 'Retry after the rate window passes; per-minute limits clear in minutes, the daily one within 24 hours.',
    party: 'sender',
    reputation: 'low',
    reason: 'speeding',
    permanence: 'permanent',
    references: [NDR_TABLE, SENDING_LIMITS],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.501-spam-abuse',
    reply: '550',
    status: '5.7.501',
    match: [/spam abuse detected/i],
    title: 'Microsoft 365: sending account banned for spam abuse',
    meaning:
      'Microsoft 365 has banned the account that sent this from sending mail, because it detected spam coming from it. Usually the account was taken over by someone else.',
    details:
      'EOP bans an account\'s outbound mail after detecting spam activity ("Access denied, spam abuse detected"). Unlike a Restricted entities block, lifting it needs Microsoft support once the account is clean.',
    causes: ['A compromised account used to send spam', 'Bulk mail from a mailbox that EOP judged abusive'],
    senderSteps: ['Tell your IT team; change your password from a clean device'],
    adminSteps: [SECURE_ACCOUNT, 'Then ask Microsoft support, through your normal admin channel, to restore sending for the account'],
    retry: 'after-fix',
    retryAdvice: 'Sending works again only after Microsoft lifts the ban.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'rejected',
    permanence: 'permanent',
    references: [NDR_TABLE, FIX_ASXXX],
  },
  ...(['5.7.502', '5.7.503'] as const).map(
    (status): ProviderEntry => ({
      ...MS,
      id: `microsoft-365-550-${status}-banned-account`,
      reply: '550',
      status,
      match: [/\bbanned sender\b/i],
      title: 'Microsoft 365: sending account banned',
      meaning:
        'The account that sent this message is banned from sending mail through Microsoft 365 because spam was detected from it. The cause is almost always a compromised account.',
      details:
        `EOP answers ${status} "Access denied, banned sender" when the sending account (not the IP) has been banned for detected spam. Compare 5.7.511 (banned IP) and 5.7.800 (banned domain), which use the same words.`,
      causes: ['A compromised account that sent spam', 'Mass mail from a mailbox that looked abusive'],
      senderSteps: ['Tell your IT team; change your password from a clean device'],
      adminSteps: [SECURE_ACCOUNT, 'Then ask Microsoft support, through your normal admin channel, to restore sending for the account'],
      retry: 'after-fix',
      retryAdvice: 'Sending works again only after the account is cleaned up and Microsoft lifts the ban.',
      party: 'sender-admin',
      reputation: 'high',
      reason: 'rejected',
      permanence: 'permanent',
      references: [NDR_TABLE],
    }),
  ),
  {
    ...MS,
    id: 'microsoft-365-550-5.7.700-749-tenant-banned',
    reply: '550',
    status: '5.7.700-749',
    match: [/access denied/i, /tenant has exceeded threshold/i],
    title: "Microsoft 365: your organisation's sending is banned",
    meaning:
      'Microsoft 365 has stopped your whole organisation from sending mail, because most of its recent outgoing mail looked suspicious. This often hits new or trial subscriptions.',
    details:
      'Codes 5.7.700 to 5.7.749 are tenant-level outbound bans: EOP found most of the tenant\'s traffic suspicious (spam, open relay through a connector, compromised admin). Support must lift the ban after the cause is fixed.',
    causes: [
      'Compromised accounts or an on-premises server relaying spam through Microsoft 365',
      'A newly created or trial tenant sending a burst of mail to many external recipients',
      'A connector created by a compromised admin account',
    ],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Find and close the source: compromised users, unexpected connectors, open relays on-premises', 'Then contact Microsoft support through the admin center to lift the tenant block'],
    retry: 'after-fix',
    retryAdvice: 'Nothing can be sent until Microsoft lifts the tenant block.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'rejected',
    permanence: 'permanent',
    references: [NDR_TABLE, FIX_TENANT_BANS],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.703-tenant-block-list',
    reply: '550',
    status: '5.7.703',
    match: [/tenant allow ?\/? ?block list/i, /blocked by your organization using tenant/i],
    title: "Microsoft 365: recipient blocked by your own organisation's block list",
    meaning:
      "Your own organisation has blocked the address or domain you wrote to, so Microsoft 365 did not send the message to anyone on it. Only your email administrator can change that.",
    details:
      'A block entry in the tenant\'s Tenant Allow/Block List matches one recipient. If any recipient or domain of the message is blocked, the whole message is stopped, including for internal and other external recipients.',
    causes: ['An admin added the recipient address or domain to the Tenant Allow/Block List', 'A broad domain block catching a partner\'s address'],
    senderSteps: ['Remove the blocked address and resend to the others, or ask your IT team why the address is blocked'],
    adminSteps: ['Review block entries in the Tenant Allow/Block List (Defender portal) and remove or narrow the one that matches'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the block entry is removed, or without the blocked recipient.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'policyviolation',
    permanence: 'permanent',
    references: [FIX_TENANT_BANS, TENANT_ALLOW_BLOCK],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.705-tenant-threshold',
    reply: '550',
    status: '5.7.705',
    match: [/tenant has exceeded threshold/i],
    title: 'Microsoft 365: organisation blocked for sending too much spam',
    meaning:
      "Microsoft 365 blocked outgoing mail from your whole organisation because too much of it was spam or bulk mail. An administrator has to find the cause and ask Microsoft to lift the block.",
    details:
      'EOP bans a tenant\'s outbound mail when its spam or bulk share passes a threshold; common sources are a compromised on-premises server relaying through Exchange Online or a connector created with a stolen admin account. A renewed, previously expired subscription can be blocked for up to a day.',
    causes: ['A compromised on-premises server or account sending spam through the tenant', 'A malicious connector set up with a compromised admin account', 'A recently renewed subscription (short temporary block)'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Secure admin and user accounts, remove unknown connectors, close open relays', 'Then contact Microsoft support to remove the block'],
    retry: 'after-fix',
    retryAdvice: 'Sending resumes only after Microsoft removes the block.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'rejected',
    permanence: 'permanent',
    references: [NDR_TABLE, FIX_TENANT_BANS],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.708-ip-not-accepted',
    reply: '550',
    status: '5.7.708',
    match: [/traffic not accepted from this ip/i],
    title: 'Microsoft 365: traffic not accepted from this IP',
    meaning:
      "Microsoft 365 refuses mail that your organisation sends from this IP address, because the IP has a poor reputation. It typically affects new or trial tenants relaying mail from their own servers.",
    details:
      'EOP returns 5.7.708 "Access denied, traffic not accepted from this IP" when a tenant relays through Exchange Online from a low-reputation IP (often an on-premises server behind an inbound connector).',
    causes: ['Relaying through Microsoft 365 from an IP with a bad reputation', 'A trial tenant whose first traffic looked suspicious'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Relay from an IP with good reputation, or send directly from Exchange Online mailboxes', 'Fix the cause, then contact Microsoft support to restore the traffic'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the sending path is changed or the block is lifted.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [NDR_TABLE, FIX_TENANT_BANS],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.750-unregistered-domain',
    reply: '550',
    status: '5.7.750',
    match: [/unregistered domains?/i],
    title: 'Microsoft 365: sending from domains not registered in the tenant is blocked',
    meaning:
      'Your organisation sent a lot of mail from addresses whose domain is not added to its Microsoft 365 subscription, so Microsoft 365 blocked that sending. The domain needs to be added and verified.',
    details:
      'EOP saw a suspicious number of messages from unprovisioned sender domains (not accepted domains of the tenant), typically relayed from on-premises servers or apps, and answered "Client blocked from sending from unregistered domains".',
    causes: ['An app, device or on-premises server relaying mail with a From domain the tenant does not own', 'A domain removed from the tenant while systems still send from it'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Add and verify every domain you send from as an accepted domain in Microsoft 365', 'Make relaying devices use an accepted domain in their From address'],
    retry: 'after-fix',
    retryAdvice: 'Resend once the domain is added and verified in the tenant.',
    party: 'sender-admin',
    reputation: 'medium',
    // "Client blocked from sending": Microsoft blocks the sending tenant's client, as the reply says.
    reason: 'blocked',
    permanence: 'permanent',
    references: [NDR_TABLE, FIX_TENANT_BANS, ACCEPTED_DOMAINS],
  },
  {
    ...MS,
    id: 'microsoft-365-5.7.520-external-forwarding',
    status: '5.7.520',
    match: [/does not allow external forwarding/i, /external forwarding/i],
    title: 'Microsoft 365: automatic forwarding to outside addresses is blocked',
    meaning:
      'A rule or setting tried to forward mail automatically to an address outside the organisation, and the organisation\'s policy forbids that. The forwarded copy was stopped; the original is still in the mailbox.',
    details:
      'Exchange Online\'s outbound spam policy controls automatic external forwarding (inbox rules, mailbox forwarding). Its default blocks it, and blocked copies bounce with 5.7.520 "Access denied, Your organisation does not allow external forwarding".',
    causes: ['An inbox rule or mailbox forwarding to a personal or partner address', 'A compromised account whose attacker set up silent forwarding'],
    senderSteps: ['Check your inbox rules and forwarding settings; remove forwarding you do not need', 'If you need it for work, ask IT to allow it for your mailbox'],
    adminSteps: ['Allow forwarding for specific users with a dedicated outbound spam policy if it is justified', 'Investigate unexpected forwarding rules: they are a common sign of compromise'],
    retry: 'after-fix',
    retryAdvice: 'Only mail forwarded after the policy is changed will go out; earlier copies are not resent.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'policyviolation',
    permanence: 'permanent',
    references: [EXTERNAL_FORWARDING],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.3.190-journaling-disabled',
    reply: '550',
    status: '5.3.190',
    match: [/journaling archive is disabled/i, /journaling on-premises messages[^\n]{0,80}not supported/i],
    title: 'Microsoft 365: journaling to the cloud is turned off',
    meaning:
      'An on-premises journaling rule sends copies of mail to Microsoft 365 for archiving, but the organisation has not enabled that feature there. The journal copies are refused; normal mail is not affected.',
    details:
      'Journaling on-premises messages into Exchange Online requires the tenant\'s Journaling Archive setting. With it disabled, each journal report is rejected with 5.3.190.',
    causes: ['A journaling rule on an on-premises Exchange server targets Microsoft 365 while Journaling Archive is off'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Enable Journaling Archive in the tenant, or point the on-premises journaling rule at another mailbox or archive'],
    retry: 'after-fix',
    retryAdvice: 'Journal reports are accepted again once the setting or the rule is changed.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'policyviolation',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
];

// ---- Addresses and directory ----

const DBEB_TEXT = {
  ...MS,
  reply: '550',
  status: '5.4.1',
  title: 'Microsoft 365: recipient not in the directory (access denied)',
  meaning:
    "The receiving organisation uses Microsoft 365, and its servers say no mailbox with this address exists there. Despite the words \"access denied\", this is usually a wrong or deleted address, not a block on you.",
  details:
    "Exchange Online Protection's Directory-Based Edge Blocking (DBEB) checks every recipient against the tenant's directory before accepting mail; an unknown address is refused at RCPT TO with 550 5.4.1 and the identifier AS(201806281). It can also appear when the domain is set up as internal relay by mistake.",
  causes: [
    'The address is mistyped or the person\'s mailbox was removed',
    'The recipient organisation has just moved to Microsoft 365 and the user or alias is not synchronised yet',
    'The recipient domain is configured as authoritative although some mailboxes still live elsewhere',
  ],
  senderSteps: [
    'Check the address against a recent message from this person, or confirm it by phone or chat',
    'If the address is right, tell the recipient: their IT team has to add or sync the mailbox',
  ],
  adminSteps: [
    'On the recipient side: confirm the user, alias or mail contact exists in Exchange Online and that directory sync has run',
    'On the recipient side: if some mailboxes are hosted elsewhere, set the accepted domain to Internal Relay instead of Authoritative',
  ],
  retryAdvice: 'Resending to the same address fails until the recipient organisation adds it; retry after they confirm.',
  retry: 'after-fix' as const,
  party: 'recipient-admin' as const,
  reputation: 'low' as const,
  reason: 'userunknown' as const,
  permanence: 'permanent' as const,
  references: [NDR_TABLE, DBEB],
};

const addresses: ProviderEntry[] = [
  {
    ...DBEB_TEXT,
    id: 'microsoft-365-550-5.4.1-dbeb',
    token: 'AS(201806281)',
    match: [/recipient address rejected: access denied/i, /AS\(201806281\)/i],
  },
  {
    // The same refusal without the AS(201806281) marker (older or relayed replies), found by its wording.
    ...DBEB_TEXT,
    id: 'microsoft-365-550-5.4.1-dbeb-unmarked',
    match: [/recipient address rejected:? ?access denied/i, /all recipient addresses rejected ?: ?access denied/i],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.4.1-relay-access-denied',
    reply: '550',
    status: '5.4.1',
    match: [/relay access denied/i],
    title: 'Microsoft 365: domain not accepted here (relay access denied)',
    meaning:
      "The Microsoft 365 server that received your message does not handle mail for the recipient's domain, so it refused to pass it on. This is a setup problem on the recipient's side, usually in their DNS.",
    details:
      "The recipient domain's MX points to Exchange Online Protection, but the domain is not an accepted domain of any tenant there (or was removed), so EOP treats the mail as an unauthorised relay attempt.",
    causes: [
      'The recipient organisation removed the domain from Microsoft 365 but left its MX record pointing there',
      'A newly added domain not yet verified or not set as an accepted domain',
      'A stale MX record after a move to another mail provider',
    ],
    senderSteps: [TELL_RECIPIENT, 'Check that the domain part of the address is spelled right'],
    adminSteps: [
      'On the recipient side: add and verify the domain as an accepted domain, or point its MX record to the mail service that now hosts it',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend after the recipient organisation fixes its domain setup.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'norelaying',
    permanence: 'permanent',
    references: [NDR_TABLE, fixPage('5.4.1', 'fix-error-code-550-5-4-1-in-exchange-online'), ACCEPTED_DOMAINS],
  },
  {
    id: 'microsoft-365-550-5.1.10',
    kind: 'provider',
    authority: 'Microsoft',
    reply: '550',
    status: '5.1.10',
    match: [/recipient ?not ?found/i, /RESOLVER\.ADR\.RecipientNotFound/i],
    title: 'Microsoft 365: recipient not found',
    meaning:
      'Microsoft 365 looked the address up in the receiving organisation\'s directory and found nobody. The address is probably mistyped or no longer in use.',
    details:
      'Exchange Online resolved the recipient by SMTP address (the RESOLVER.ADR.RecipientNotFound category) and found no matching mailbox, group or contact. When the sender is also in Microsoft 365 this can come from a stale entry in Outlook\'s autocomplete list.',
    causes: [
      'A typo in the address, or the mailbox was deleted',
      'Outlook autocomplete offered an old cached address for this person',
      'The recipient\'s alias was removed after a name change',
    ],
    senderSteps: [
      'Retype the address instead of picking it from autocomplete, and remove the stale suggestion (the X next to it)',
      'Confirm the current address with the recipient another way',
    ],
    adminSteps: [
      'If the recipient is in your own tenant, check the mailbox and its proxy addresses in the Exchange admin center',
      'For a former employee, add the old address as an alias of a shared mailbox if mail should still arrive',
    ],
    retryAdvice: 'Do not resend to the same address; send again to the corrected one.',
    retry: 'no',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [
      NDR_TABLE,
      {
        title: 'Microsoft Learn: Fix NDR error 550 5.1.10 in Exchange Online',
        url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-1-10-in-exchange-online',
      },
    ],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.1.1-bad-mailbox',
    reply: '550',
    status: '5.1.1',
    match: [/bad destination mailbox address/i, /RESOLVER\.ADR\.ExRecipNotFound/i],
    title: 'Microsoft 365: no such mailbox',
    meaning:
      'The address you wrote to does not exist in the receiving organisation. It may be mistyped, or it belonged to someone whose mailbox was removed or moved.',
    details:
      'Exchange resolved the recipient and found no mailbox ("Bad destination mailbox address", RESOLVER.ADR.ExRecipNotFound). Inside one organisation this also happens when Outlook\'s cached entry points to an old legacyExchangeDN after a mailbox move.',
    causes: [
      'A typo or an address that was never valid',
      'The mailbox was deleted or renamed',
      'An outdated Outlook autocomplete entry for a moved mailbox (same organisation)',
    ],
    senderSteps: ['Check the address letter by letter and retype it instead of using autocomplete', 'Start a new message rather than resending the bounced one'],
    adminSteps: ['For an internal recipient, add the old legacyExchangeDN as an X500 proxy address on the current mailbox'],
    retry: 'no',
    retryAdvice: 'Resending to the same address fails again; use the corrected address.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [NDR_TABLE, FIX_5_1_X],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.1.0-sender-denied',
    reply: '550',
    status: '5.1.0',
    match: [/sender denied/i],
    title: 'Microsoft 365: address could not be resolved (sender denied)',
    meaning:
      'Microsoft 365 could not work out where to deliver your message, or could not match the sender. It often happens when replying to a message that was saved as a file and opened again later.',
    details:
      'Exchange Online could not resolve a recipient or the sender: a message saved from Outlook keeps only the legacyExchangeDN of its addresses, so replying to it offline can produce an address lookup that fails. A malformed recipient address gives the same result.',
    causes: [
      'Replying to a message saved as a file (.msg) that carries an internal legacy address',
      'A malformed recipient address',
    ],
    senderSteps: ['Start a new message and type the address by hand instead of replying to the saved copy', 'Check the recipient address for typos'],
    adminSteps: ['If it repeats for internal recipients, add the old legacyExchangeDN as an X500 proxy address'],
    retry: 'after-fix',
    retryAdvice: 'Send a new message with the address typed in; resending the same one fails again.',
    party: 'sender',
    reputation: 'none',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [NDR_TABLE, fixPage('5.1.0', 'fix-error-code-550-5-1-0-in-exchange-online')],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.5.0-mailbox-unavailable',
    reply: '550',
    status: '5.5.0',
    match: [/requested action not taken: mailbox unavailable/i],
    title: 'Microsoft: Outlook.com address not found',
    meaning:
      'The address you wrote to is at Outlook.com or Hotmail (Microsoft\'s free mail), and no account with that name exists there. It is probably mistyped or closed.',
    details:
      'For consumer domains such as outlook.com and hotmail.com, Microsoft answers an unknown recipient with 550 5.5.0 "Requested action not taken: mailbox unavailable" rather than 5.1.10; the meaning is the same.',
    causes: ['A typo in the address', 'The Outlook.com account was closed or deleted for inactivity'],
    senderSteps: ['Check the spelling and ask the person for their current address another way', 'Remove the address from your lists if it keeps bouncing'],
    adminSteps: ['Suppress the address in mailing tools: repeated sends to unknown addresses hurt your reputation with Microsoft'],
    retry: 'no',
    retryAdvice: 'Sending again to the same address fails; only a corrected address helps.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.504-recipient-rejected',
    reply: '550',
    status: '5.7.504',
    match: [/recipient address rejected:? ?access denied/i],
    title: 'Microsoft 365: recipient address rejected as invalid',
    meaning:
      'Microsoft 365 refused the address you wrote to because it is not valid at the receiving organisation. Check the address and try again.',
    details:
      'EOP returns 5.7.504 "Recipient address rejected: Access denied" when it considers the recipient invalid at the edge, much like the directory check behind 5.4.1.',
    causes: ['A typo or an address that no longer exists', 'The recipient organisation removed the address'],
    senderSteps: ['Check the address and confirm it with the person another way'],
    adminSteps: ['On the recipient side: confirm the address exists and is synchronised to Exchange Online'],
    retry: 'no',
    retryAdvice: 'Resending unchanged fails again; use a verified address.',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.505-banned-recipient',
    reply: '550',
    status: '5.7.505',
    match: [/banned recipient/i],
    title: 'Microsoft 365: recipient address is blocked or invalid',
    meaning:
      'Microsoft 365 will not deliver to this recipient address: it treats the address as invalid or banned. This is about the recipient, not about you.',
    details:
      'EOP answers 5.7.505 "Access denied, banned recipient" for recipient addresses it has marked as invalid. Microsoft suggests contacting support if you believe it is wrong.',
    causes: ['The address is invalid or has been banned by Microsoft', 'A typo that happens to hit a blocked address'],
    senderSteps: ['Confirm the address with the recipient another way', TELL_RECIPIENT],
    adminSteps: ['If the address is valid and yours to manage, open a case with Microsoft support'],
    retry: 'no',
    retryAdvice: 'Resending does not help unless the recipient or Microsoft resolves the ban.',
    party: 'recipient-admin',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
];

// ---- Restrictions set by the recipient organisation ----

const INTERNAL_ONLY_STEPS = {
  senderSteps: [TELL_RECIPIENT, 'Ask them to let external senders (or your address) write to it'],
  adminSteps: [
    'On the recipient side: in the Exchange admin center, turn off "require that all senders are authenticated" for this recipient, or allow specific senders',
  ],
};

function internalOnly(status: string, slug: string, what: string, match: RegExp[], setting: string, refs: Reference[]): ProviderEntry {
  return {
    ...MS,
    id: `microsoft-365-550-${status}-${slug}`,
    reply: '550',
    status,
    match,
    title: `Microsoft 365: ${what} accepts mail only from inside its organisation`,
    meaning: `The ${what} you wrote to is set to accept mail only from people inside its own organisation, and you are outside it. Only its owner or email administrator can change that.`,
    details: `Exchange Online refused the message because the recipient (${what}) requires authenticated senders (${setting}); mail from the internet is never authenticated in that sense.`,
    causes: [`The ${what} is meant for internal use only`, 'Someone switched on the internal-only restriction without expecting outside mail'],
    ...INTERNAL_ONLY_STEPS,
    retry: 'after-fix',
    retryAdvice: 'Resend after the recipient organisation allows external senders for this address.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'rejected',
    permanence: 'permanent',
    references: [NDR_TABLE, ...refs],
  };
}

const PUBLIC_FOLDER_MATCH = [/not authenticated for public folder/i, /SenderNotAuthenticatedForPublicFolder/i];
const FIX_PUBLIC_FOLDER = fixPage('5.7.13 or 5.7.135', 'fix-error-code-5-7-13-or-5-7-135-in-exchange-online');

const recipientRules: ProviderEntry[] = [
  {
    ...MS,
    id: 'microsoft-365-550-5.7.1-delivery-not-authorized',
    reply: '550',
    status: '5.7.1',
    match: [/delivery not authorized/i, /RESOLVER\.RST\.NotAuthorized/i, /not authorized to send/i],
    title: 'Microsoft 365: you are not allowed to send to this recipient',
    meaning:
      'The recipient, often a group or distribution list, only accepts mail from certain people, and you are not one of them. Or a mail rule at the receiving organisation refused the message.',
    details:
      'Exchange Online found a delivery restriction: the group or mailbox accepts mail only from listed senders or members (RESOLVER.RST.NotAuthorized), or a transport rule rejected the message with 5.7.1.',
    causes: [
      'The distribution group accepts mail only from its members or chosen senders',
      'A moderated or restricted mailbox',
      'A mail flow rule at the recipient side rejecting this kind of message',
    ],
    senderSteps: ['Ask the group owner or the recipient to allow you as a sender', TELL_RECIPIENT],
    adminSteps: ['On the recipient side: check the group\'s delivery management (allowed senders) and mail flow rules matching this message'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the owner adds you as an allowed sender.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'rejected',
    permanence: 'permanent',
    references: [NDR_TABLE, FIX_5_7_1],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.1-unable-to-relay',
    reply: '550',
    status: '5.7.1',
    match: [/unable to relay/i],
    title: 'Microsoft 365: relaying refused',
    meaning:
      'The server you handed the message to is not the recipient\'s mail server and will not pass mail on for you. Either the recipient\'s DNS points to the wrong place or your app is not allowed to send through it.',
    details:
      'The receiving system does not accept mail for the recipient domain from an unauthenticated client: the domain\'s MX points to a server where it is not accepted, or a device/app tried to relay through Microsoft 365 without a connector or login.',
    causes: [
      'A printer, scanner or app relaying through Microsoft 365 without authentication or a matching connector',
      "The recipient domain's MX record points to a system that does not host it",
      'A spammer using a forged return address (the bounce reached you by mistake)',
    ],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: [
      'For devices and apps: use SMTP AUTH submission or set up an inbound connector for their IP (see Microsoft\'s guide for devices)',
      'For a recipient domain: fix its MX record or accept the domain on the system it points to',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend after the relay permission or the MX record is fixed.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'norelaying',
    permanence: 'permanent',
    references: [NDR_TABLE, FIX_5_7_1, DEVICE_RELAY],
  },
  {
    ...MS,
    id: 'microsoft-365-5.7.1-client-not-authenticated',
    status: '5.7.1',
    // RESOLVER.RST.AuthRequired is a recipient's delivery restriction, not a connector setting: see the
    // internal-only entry below.
    match: [/client was not authenticated/i],
    title: 'Microsoft 365: the receiving server requires authentication',
    meaning:
      'The receiving mail server only accepts messages from senders that log in to it, and the server delivering your message did not. Usually the receiving side is set up not to accept normal internet mail.',
    details:
      'The destination answered 530/550 5.7.1 "Client was not authenticated": its receive connector does not allow anonymous SMTP, which internet mail always is. Often seen with on-premises Exchange whose default receive connector lost the Anonymous users permission.',
    causes: [
      'The receiving server does not allow anonymous (internet) mail on the connector in use',
      'A sending system configured to log in but sending without credentials',
    ],
    senderSteps: [TELL_RECIPIENT],
    adminSteps: [
      'On the recipient side: allow anonymous users on the internet-facing receive connector',
      'On the sending side: if you meant to authenticate, configure the app or connector with the right credentials',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend after the receiving server accepts anonymous internet mail or the sender authenticates.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [NDR_TABLE, FIX_5_7_1],
  },
  // RESOLVER.RST.AuthRequired: the group or mailbox has "Require that all senders are authenticated"
  // (RequireSenderAuthenticationEnabled) on; the notice says it only accepts mail from its organisation.
  // The fix is that delivery restriction, not the receive connector. Sisimai files it as securityerror.
  {
    ...internalOnly(
      '5.7.1',
      'auth-required-internal-only',
      'group or mailbox',
      [/RESOLVER\.RST\.AuthRequired/i],
      'the delivery restriction "Require that all senders are authenticated", RequireSenderAuthenticationEnabled',
      [FIX_5_7_1],
    ),
    reason: 'securityerror',
  },
  internalOnly(
    '5.7.12',
    'internal-only-organization',
    'recipient',
    [/not authenticated by organization/i, /SenderNotAuthenticatedByOrganization/i],
    'the organisation-wide restriction to internal senders',
    [fixPage('5.7.12', 'fix-error-code-5-7-12-in-exchange-online')],
  ),
  internalOnly('5.7.13', 'internal-only-public-folder', 'public folder', PUBLIC_FOLDER_MATCH, 'RequireSenderAuthenticationEnabled on the mail-enabled folder', [FIX_PUBLIC_FOLDER]),
  internalOnly('5.7.135', 'internal-only-public-folder', 'public folder', PUBLIC_FOLDER_MATCH, 'RequireSenderAuthenticationEnabled on the mail-enabled folder', [FIX_PUBLIC_FOLDER]),
  internalOnly(
    '5.7.133',
    'internal-only-group',
    'group',
    [/not authenticated for group/i, /SenderNotAuthenticatedForGroup/i],
    'RequireSenderAuthenticationEnabled on the distribution group',
    [fixPage('5.7.133', 'fix-error-code-5-7-133-in-exchange-online')],
  ),
  internalOnly(
    '5.7.134',
    'internal-only-mailbox',
    'mailbox',
    [/not authenticated for mailbox/i, /SenderNotAuthenticatedForMailbox/i],
    'RequireSenderAuthenticationEnabled on the mailbox',
    [fixPage('5.7.134', 'fix-error-code-5-7-134-in-exchange-online')],
  ),
  internalOnly(
    '5.7.136',
    'internal-only-mail-user',
    'mail user',
    [/sender was not authenticated/i, /SenderNotAuthenticated\b/i],
    'RequireSenderAuthenticationEnabled on the mail user',
    [fixPage('5.7.136', 'fix-error-code-5-7-136-in-exchange-online')],
  ),
  {
    ...MS,
    id: 'microsoft-365-550-5.7.124-not-allowed-sender',
    reply: '550',
    status: '5.7.124',
    match: [/not in allowed-?senders list/i, /allowed[- ]senders list/i],
    title: "Microsoft 365: you are not on the group's allowed-senders list",
    meaning:
      'The group you wrote to accepts mail only from a list of allowed senders, and your address is not on it. The group owner can add you.',
    details:
      'The distribution group has AcceptMessagesOnlyFrom (or from members) set and the sender is not included. Depending on the setup, even the group\'s own owner must be on the list.',
    causes: ['The group is restricted to chosen senders', 'You write from a different address than the one that was allowed'],
    senderSteps: ['Ask the group owner to add your address as an allowed sender', 'Make sure you send from the address they allowed'],
    adminSteps: ['In the Exchange admin center, open the group\'s delivery management and add the sender'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the owner adds you.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'rejected',
    permanence: 'permanent',
    references: [NDR_TABLE, fixPage('5.7.124', 'fix-error-code-5-7-124-in-exchange-online')],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.193-group-external-senders',
    reply: '550',
    status: '5.7.193',
    match: [/unifiedgroupagent/i, /isn'?t a group member or external senders/i],
    title: 'Microsoft 365: the group does not accept mail from outside',
    meaning:
      "The Microsoft 365 group you wrote to does not accept messages from people outside the organisation (or from non-members). Only the group's owner or admin can change that.",
    details:
      'The UnifiedGroupAgent refused delivery because the Microsoft 365 group (not a classic distribution list) has "Let people outside the organisation email the group" turned off, or the sender is not a member.',
    causes: ['External senders are not allowed for this Microsoft 365 group (its default)', 'Automated mail from services (for example SharePoint) sent from outside addresses'],
    senderSteps: [TELL_RECIPIENT, 'Ask the group owner to allow external senders'],
    adminSteps: ['In the Microsoft 365 admin center, edit the group and allow external senders (or Set-UnifiedGroup -RequireSenderAuthenticationEnabled $false)'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the group allows external senders.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'rejected',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.6.0-approval-invalid-expiry',
    reply: '550',
    status: '5.6.0',
    match: [/APPROVAL\.InvalidExpiry/i, /expiry policy[^\n]{0,40}(?:couldn'?t|could not|cannot) be read/i],
    title: 'Microsoft 365: moderation approval could not be processed',
    meaning:
      "The recipient is moderated, meaning someone must approve messages before they arrive. The approval step failed because Microsoft 365 could not read the approval request's expiry information, so the message was not delivered.",
    details:
      'Moderated delivery failed with APPROVAL.InvalidExpiry: the arbitration mailbox could not evaluate the expiry of the approval request. It points to a problem in the moderation (approval) setup rather than in the message.',
    causes: ['A damaged or missing approval request in the arbitration mailbox', 'A moderation configuration problem on the recipient\'s group or mailbox'],
    senderSteps: [TELL_RECIPIENT, 'Send the message again later, or directly to a member of the group'],
    adminSteps: ['On the recipient side: check the moderation settings and the arbitration mailbox, and re-create the moderation if needed'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the recipient\'s admin has checked the moderation setup.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'systemerror',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.507-rejected-by-recipient',
    reply: '550',
    status: '5.7.507',
    match: [/rejected by recipient/i],
    title: "Microsoft 365: the recipient's organisation blocked your sending IP",
    meaning:
      "The organisation you wrote to has blocked the server address your mail comes from. Only they can lift it, so contact them another way.",
    details:
      'EOP answers 5.7.507 "Access denied, rejected by recipient" when the recipient tenant\'s own settings refuse the connecting IP. Microsoft does not lift this; it is the recipient\'s choice.',
    causes: ['The recipient blocked your IP or your provider\'s IP in its filtering', 'Spam from the same shared IP reached the recipient before'],
    senderSteps: [TELL_RECIPIENT, 'Ask them to unblock your mail server or domain'],
    adminSteps: ['Tell the recipient which IP you send from and ask them to remove it from their block settings'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the recipient removes the block.',
    party: 'recipient-admin',
    reputation: 'medium',
    reason: 'blocked',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.513-customer-block-list',
    reply: '550',
    status: '5.7.513',
    aliases: ['AS16012607'],
    match: [/customer block ?list/i, /\bAS16012607\b/i],
    title: "Microsoft 365: your IP is on the recipient's own block list",
    meaning:
      "The organisation you wrote to added the address of your mail server to its own block list. Microsoft cannot remove it; the recipient has to.",
    details:
      'EOP answers 5.7.513 "Service unavailable, Client host [ip] blocked by <domain> using Customer Block list (AS16012607)" when the IP is in the recipient tenant\'s connection filter block list.',
    causes: ['The recipient blocked your IP after unwanted mail', 'Your IP is shared with another sender the recipient blocked'],
    senderSteps: [TELL_RECIPIENT, 'Ask them to remove your server\'s IP (from this bounce) from their block list'],
    adminSteps: ['Give the recipient\'s admin the IP in the bounce; they remove it from their connection filter policy\'s IP block list'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the recipient removes the entry.',
    party: 'recipient-admin',
    reputation: 'medium',
    reason: 'blocked',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.510-no-ipv6',
    reply: '550',
    status: '5.7.510',
    match: [/does not accept e-?mail over ipv6/i],
    title: 'Microsoft 365: recipient does not accept mail over IPv6',
    meaning:
      "Your mail server connected to Microsoft 365 over IPv6, but the recipient's organisation accepts mail only over IPv4. Sending over IPv4 fixes it.",
    details:
      'EOP answers 5.7.510 "Access denied, [domain] does not accept email over IPv6" when the recipient tenant has not opted in to inbound IPv6.',
    causes: ['The sending server prefers IPv6 and the recipient domain has not enabled IPv6 inbound'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Make the sending server use IPv4 for Microsoft 365 destinations (or fall back to IPv4 after this reply)'],
    retry: 'after-fix',
    retryAdvice: 'Resend once your server delivers to Microsoft 365 over IPv4.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'notaccept',
    permanence: 'permanent',
    references: [NDR_TABLE, IPV6_INBOUND],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.900-999-transport-rule',
    reply: '550',
    status: '5.7.900-999',
    match: [/delivery not authorized,? message refused/i],
    title: 'Microsoft 365: rejected by a mail flow rule',
    meaning:
      "A rule set up by the receiving organisation (or by your own) refused the message, for example because of its content, attachments or who it came from. The rule's owner decides what it allows.",
    details:
      'Exchange transport (mail flow) rules can reject with an admin-chosen code in 5.7.900–5.7.999 and default text "Delivery not authorized, message refused", or custom text. Which organisation ran the rule shows in the reporting server name.',
    causes: ['A mail flow rule matching an attachment type, keyword, size or sender', 'A rule blocking mail from outside to certain recipients'],
    senderSteps: ['Look at the rest of the bounce for a reason written by the organisation', TELL_RECIPIENT],
    adminSteps: ['Whoever owns the rule: run a message trace to see which rule fired and adjust it', CHECK_MESSAGE_TRACE],
    retry: 'after-fix',
    retryAdvice: 'Resend only after changing what the rule objects to, or after the rule is changed.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'policyviolation',
    permanence: 'permanent',
    references: [EXCHANGE_SERVER_NDRS, NDR_TABLE],
  },
];

// ---- Connectors, relay and forwarding ----

const routing: ProviderEntry[] = [
  {
    ...MS,
    id: 'microsoft-365-550-5.7.64-tenant-attribution',
    reply: '550',
    status: '5.7.64',
    aliases: ['ATTR36'],
    match: [/tenantattribution/i, /\bATTR36\b/i],
    title: 'Microsoft 365: relay denied, mail not matched to your connector',
    meaning:
      'Your organisation\'s own mail server tried to send through Microsoft 365, but Microsoft 365 could not tell that the mail belongs to your subscription, so it refused to relay it.',
    details:
      'Exchange Online attributes relayed mail to a tenant through an inbound connector (by sending IP or by TLS certificate name). When neither matches, it answers "TenantAttribution; Relay Access Denied" (marker ATTR36). A changed public IP or renewed certificate is typical.',
    causes: [
      'The on-premises server\'s public IP changed and the connector still lists the old one',
      'A renewed certificate with another name than the connector expects',
      'A hybrid connector that was deleted or edited',
    ],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: [
      'Update the inbound connector in the Exchange admin center with the current IP or certificate name (or rerun the Hybrid Configuration Wizard)',
      'Validate the connector and send a test message',
    ],
    retry: 'after-fix',
    retryAdvice: 'Mail relays again as soon as the connector matches; resend anything that bounced.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'norelaying',
    permanence: 'permanent',
    references: [NDR_TABLE, fixPage('5.7.64', 'fix-error-code-5-7-64-in-exchange-online')],
  },
  {
    ...MS,
    id: 'microsoft-365-5.7.57-anonymous-submission',
    status: '5.7.57',
    match: [/not authenticated to send anonymous mail/i, /client not authenticated to send mail/i],
    title: 'Microsoft 365: app or device sent without logging in',
    meaning:
      'A program, printer or scanner tried to send mail through Microsoft 365 (smtp.office365.com) without signing in first, so it was refused. Its mail settings need fixing.',
    details:
      'SMTP client submission to smtp.office365.com port 587 requires AUTH before MAIL FROM; a client that skips it gets 530 5.7.57. Also seen when SMTP AUTH is disabled for the mailbox or tenant, or when TLS is not started.',
    causes: [
      'The device has no credentials configured or stored a wrong password',
      'SMTP AUTH is turned off for the mailbox or tenant',
      'The device does not start TLS on port 587',
    ],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: [
      'Configure the device with a licensed mailbox\'s credentials and STARTTLS on port 587, and enable SMTP AUTH for that mailbox',
      'Or use direct send / an inbound connector for devices that cannot authenticate',
    ],
    retry: 'after-fix',
    retryAdvice: 'Send again after the device signs in properly.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [NDR_TABLE, fixPage('5.7.57', 'fix-error-code-5-7-57-in-exchange-online'), DEVICE_RELAY],
  },
  {
    ...MS,
    id: 'microsoft-365-5.7.60-send-as-denied',
    status: '5.7.60',
    match: [/(?:does not|doesn'?t) have permissions? to send as/i],
    title: 'Microsoft 365: no permission to send as that address',
    meaning:
      'You tried to send from an address (a shared mailbox, a colleague, a group) that your account is not allowed to send as. Ask for the permission or send from your own address.',
    details:
      'Exchange Online checks Send As / Send on Behalf rights when the From address differs from the signed-in mailbox; without them submission fails with 5.7.60 "Client does not have permissions to send as this sender". Apps using SMTP AUTH hit this when From does not match the login.',
    causes: [
      'The Send As permission on the shared mailbox or group is missing or was removed',
      'An app logs in with one mailbox and sets another address as From',
    ],
    senderSteps: ['Send from your own address, or ask IT to grant you Send As on the address you need'],
    adminSteps: ['Grant Send As (or Send on Behalf) for the mailbox or group, and allow time for it to take effect', 'For apps, make the From address match the account they log in with'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the permission is granted (it can take up to an hour to apply).',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'securityerror',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.350-forwarded-as-spam',
    reply: '550',
    status: '5.7.350',
    match: [/remote server returned message detected as spam/i],
    title: 'Microsoft 365: forwarded copy rejected as spam downstream',
    meaning:
      'Your message was forwarded by the recipient\'s Microsoft 365 setup to another mail server, and that server rejected the copy as spam. The original recipient may still have received it.',
    details:
      'Exchange Online relayed or forwarded the message to an outside server, which refused it as spam; the text after "->" quotes that server\'s own reply. Forwarded mail often fails SPF at the final hop, which raises spam scores.',
    causes: ['The recipient forwards mail to another provider that filters strictly', 'Your message lacked DKIM, so it lost authentication when forwarded'],
    senderSteps: [TELL_RECIPIENT, 'Ask them whether they forward their mail elsewhere'],
    adminSteps: ['Sign your mail with DKIM so forwarded copies still authenticate', 'On the recipient side: review forwarding to outside providers'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the forwarding is changed or your mail authenticates with DKIM.',
    party: 'recipient-admin',
    reputation: 'medium',
    reason: 'spamdetected',
    permanence: 'permanent',
    references: [NDR_TABLE, RELAY_POOL],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.367-relay-pool',
    reply: '550',
    status: '5.7.367',
    match: [/not permitted to relay/i],
    title: 'Microsoft 365: forwarded or relayed mail refused downstream',
    meaning:
      "A copy of your message that Microsoft 365 forwarded or relayed to another mail server was refused there. The copy left Microsoft through its 'relay pool', which the next server would not accept.",
    details:
      'When forwarded or relayed mail fails SPF or DKIM, Exchange Online sends it from a separate relay pool of IPs; the downstream server (the part after "->") then rejects it, often with "Relaying denied". Fix authentication so the message is not routed through that pool.',
    causes: [
      'Forwarded mail whose original domain has no DKIM, so authentication fails after forwarding',
      'A third-party gateway in front of Microsoft 365 without Enhanced Filtering for Connectors',
      'Relaying for a sender domain that is not an accepted domain of the tenant',
    ],
    senderSteps: [FORWARD_TO_ADMIN, TELL_RECIPIENT],
    adminSteps: [
      'Sign mail with DKIM for the sender domain so forwarded copies authenticate',
      'With a gateway in front of Microsoft 365, enable Enhanced Filtering for Connectors; relay only for accepted domains',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend after authentication is fixed or the forwarding path changed.',
    party: 'recipient-admin',
    reputation: 'low',
    reason: 'norelaying',
    permanence: 'permanent',
    references: [RELAY_POOL, NDR_TABLE],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.4.14-routing-loop',
    reply: '550',
    status: '5.4.14',
    match: [/routing loop detected/i, /hop count exceeded/i],
    title: 'Microsoft 365: mail loop detected',
    meaning:
      'Your message kept going round in a circle between mail systems, so Microsoft 365 stopped it. A forwarding rule or a routing setting at the receiving side usually causes this.',
    details:
      'Exchange Online breaks a loop after about 20 hops and returns 5.4.14 "Routing loop detected". Typical are mailbox forwarding between two addresses that forward to each other, or a domain routed between Exchange Online and another system that sends it back.',
    causes: [
      'Two mailboxes or systems forwarding to each other',
      'An MX or connector setup that sends the domain back to Microsoft 365',
      'A hybrid domain set as authoritative in both places',
    ],
    senderSteps: [TELL_RECIPIENT],
    adminSteps: ['Check forwarding rules on the sender and recipient mailboxes', 'Check connectors, MX records and accepted-domain types for a route that leads back'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the loop is broken.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'permanent',
    references: [NDR_TABLE, fixPage('5.4.6 or 5.4.14', 'fix-error-code-5-4-6-through-5-4-20-in-exchange-online')],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.4.6-routing-loop',
    reply: '550',
    status: '5.4.6',
    match: [/routing loop detected/i, /hop count exceeded/i],
    title: 'Microsoft 365: mail loop detected (on-premises Exchange)',
    meaning:
      'Your message kept going round between mail servers, and an on-premises Exchange server stopped it. A forwarding rule or routing setting between the organisation\'s own servers and Microsoft 365 usually causes it.',
    details:
      'The on-premises side of a hybrid organisation reports loops with 5.4.6 (Exchange Online uses 5.4.14). Routes that point a domain back and forth between on-premises and Exchange Online, or mutual forwarding, are the usual cause.',
    causes: [
      'A hybrid domain routed from on-premises to Exchange Online and back',
      'Mailbox forwarding between two addresses that forward to each other',
    ],
    senderSteps: [TELL_RECIPIENT],
    adminSteps: ['Check send connectors, accepted-domain types and targetAddress values in the hybrid setup', 'Check mailbox forwarding on both ends'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the loop is broken.',
    party: 'recipient-admin',
    reputation: 'none',
    reason: 'networkerror',
    permanence: 'permanent',
    references: [NDR_TABLE, fixPage('5.4.6 or 5.4.14', 'fix-error-code-5-4-6-through-5-4-20-in-exchange-online')],
  },
];

// ---- Message format ----

const format: ProviderEntry[] = [
  {
    ...MS,
    id: 'microsoft-365-550-5.0.350-generic',
    reply: '550',
    status: '5.0.350',
    match: [/x-dg-ref header is too long/i],
    title: 'Microsoft 365: rejected by the recipient organisation (generic 5.0.350)',
    meaning:
      'The receiving organisation refused the message without a specific code. When the bounce mentions "x-dg-ref header is too long", the cause is a message written in Outlook\'s Rich Text format that contains attached messages.',
    details:
      '5.0.350 is a catch-all Exchange Online uses for non-specific refusals from the recipient side. The x-dg-ref variant comes from Rich Text (TNEF) messages whose attachments include an e-mail that itself has attachments, which inflates a header beyond limits.',
    causes: [
      'A Rich Text message with an attached e-mail (which has its own attachments)',
      'Another refusal by the recipient organisation that Exchange Online could not map to a specific code',
    ],
    senderSteps: ['Switch the message format to HTML in Outlook and send again', 'Attach files directly rather than as attachments of an attached e-mail'],
    adminSteps: ['Set Outlook or the remote domain to send HTML or plain text instead of Rich Text', CHECK_MESSAGE_TRACE],
    retry: 'after-fix',
    retryAdvice: 'Resend after changing the format or the attachments.',
    party: 'sender',
    reputation: 'none',
    reason: 'contenterror',
    permanence: 'permanent',
    references: [NDR_TABLE, fixPage('550 5.0.350', 'fix-error-code-550-5-0-350-in-exchange-online')],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.0.350-nested-attachments',
    reply: '550',
    status: '5.0.350',
    aliases: ['AS345'],
    match: [/policy violation detected \(AS345\)/i, /\bAS345\b/i],
    title: 'Microsoft 365: too many embedded files in an attachment',
    meaning:
      'An attachment (for example a Word or Excel file) has many other files embedded inside it, and the receiving organisation refuses such messages. Send the files separately or as a link.',
    details:
      'Exchange Online answers "Requested action not taken: policy violation detected (AS345)" when an attachment carries 20 or more embedded objects (nested attachments), which the filter treats as a policy violation.',
    causes: ['A document with many embedded files or objects', 'Files nested inside attachments several levels deep'],
    senderSteps: ['Send the embedded files as separate attachments, zip them, or share a link', 'Remove embedded objects from the document'],
    adminSteps: ['Offer a file-sharing link for documents with many embedded objects'],
    retry: 'after-fix',
    retryAdvice: 'Resend after removing or separating the embedded files.',
    party: 'sender',
    reputation: 'none',
    reason: 'policyviolation',
    permanence: 'permanent',
    references: [NDR_TABLE, fixPage('550 5.0.350', 'fix-error-code-550-5-0-350-in-exchange-online')],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.1.20-multiple-from',
    reply: '550',
    status: '5.1.20',
    match: [/multiple from addresses/i, /more than one (?:from|sender) address/i],
    title: 'Microsoft 365: several From addresses but no Sender header',
    meaning:
      'The message names more than one author in its From line but does not say which one actually sent it. Microsoft 365 requires a Sender line in that case, so the message was refused.',
    details:
      'RFC 5322 allows several addresses in From only when a single Sender header names the actual sender. Exchange Online rejects messages that break this with 5.1.20; usually an app builds the header wrongly.',
    causes: ['An app, script or CRM putting several addresses in From', 'A From header joined with a comma by mistake'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Fix the sending app so From holds one address, or add a Sender header naming the real sender'],
    retry: 'after-fix',
    retryAdvice: 'Resend after fixing the headers.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'notcompliantrfc',
    permanence: 'permanent',
    references: [FIX_5_1_X, rfc('RFC 5322 §3.6.2 Originator fields', 'rfc5322#section-3.6.2')],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.512-invalid-from',
    reply: '550',
    status: '5.7.512',
    match: [/rfc 5322 section 3\.6\.2/i, /must be rfc ?5322[^\n]{0,30}compliant/i],
    title: 'Microsoft 365: no valid From address in the message',
    meaning:
      'The message has no proper sender address in its From line (missing or malformed), and Microsoft 365 refuses mail like that. The sending program needs to fill in a real address.',
    details:
      'EOP requires a From header with a valid address, e.g. "Name <user@example.com>", per RFC 5322 §3.6.2, and answers "Access denied, message must be RFC 5322 section 3.6.2 compliant" otherwise.',
    causes: ['A script, device or app sending without a From header or with only a display name', 'A malformed address (missing angle brackets, stray characters)'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Configure the sending app to set From as "Name <address@domain>" with a real address'],
    retry: 'after-fix',
    retryAdvice: 'Resend once the From header is valid.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'notcompliantrfc',
    permanence: 'permanent',
    references: [NDR_TABLE, rfc('RFC 5322 §3.6.2 Originator fields', 'rfc5322#section-3.6.2')],
  },
  {
    ...MS,
    id: 'microsoft-365-5.6.11-bare-linefeeds',
    status: '5.6.11',
    match: [/invalid characters/i, /BareLinefeedsAreIllegal/i, /bare line ?feeds?/i],
    title: 'Microsoft 365: message contains bare line feeds',
    meaning:
      'The program that created your message ended some lines the wrong way (a "bare line feed"), and the next server could not accept it. The sending program or server needs a fix.',
    details:
      'SMTP requires CRLF line endings; a lone LF is not allowed in DATA. Exchange Online reports 5.6.11 (SMTPSEND.BareLinefeedsAreIllegal) when it must relay such a message to a server that does not support BDAT/CHUNKING.',
    causes: ['A script or app generating mail with LF-only line endings', 'An on-premises system passing such messages through Microsoft 365'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Fix the generating app to use CRLF line endings', 'Update or reconfigure the relaying server so it normalises line endings'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the sending app is fixed.',
    party: 'sender-admin',
    reputation: 'none',
    reason: 'notcompliantrfc',
    permanence: 'permanent',
    references: [NDR_TABLE, fixPage('5.6.11', 'fix-error-code-550-5-6-11-in-exchange-online'), rfc('RFC 5321 §2.3.8 Lines', 'rfc5321#section-2.3.8')],
  },
];

// ---- Authentication, DNS and HELO of the sending server ----

const authentication: ProviderEntry[] = [
  {
    ...MS,
    id: 'microsoft-365-4.7.26-ipv6-unauthenticated',
    status: '4.7.26',
    match: [/must pass either spf or dkim/i, /sent over ipv6[^\n]{0,80}spf or dkim/i],
    title: 'Microsoft 365: mail over IPv6 must pass SPF or DKIM',
    meaning:
      'Your server delivered over IPv6, and Microsoft 365 accepts IPv6 mail only if it passes SPF or DKIM (proof that the server may send for your domain). This message passed neither, so it is being held back.',
    details:
      'EOP requires anonymous inbound IPv6 mail to pass SPF or DKIM and defers it otherwise with 450 4.7.26 ("this message is not signed"). Over IPv4 the same message might be accepted.',
    causes: ['The IPv6 address is not in the SPF record of the envelope domain', 'The message is not DKIM-signed'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Add the server\'s IPv6 address (ip6:) to the SPF record, and sign outgoing mail with DKIM', 'Or deliver to Microsoft 365 over IPv4'],
    retry: 'after-fix',
    retryAdvice: 'Deferred mail is retried and goes through once SPF or DKIM passes or delivery uses IPv4.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'transient',
    references: [NDR_TABLE, IPV6_INBOUND, SPF_SETUP],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.25-ipv6-no-ptr',
    reply: '550',
    status: '5.7.25',
    match: [/must have a reverse dns record/i],
    title: 'Microsoft 365: sending IPv6 address has no reverse DNS',
    meaning:
      'Your mail server sent over IPv6 from an address with no reverse DNS name (a PTR record), and Microsoft 365 requires one for IPv6 mail. The server\'s network provider or admin can add it.',
    details:
      'EOP answers "Access denied, the sending IPv6 address [addr] must have a reverse DNS record" when the PTR lookup for the connecting IPv6 address returns nothing.',
    causes: ['No PTR record for the server\'s IPv6 address', 'The server picks a random or temporary IPv6 address without a PTR'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Ask the IP owner (hosting or ISP) to set a PTR for the IPv6 address that resolves back to it', 'Or send to Microsoft 365 over IPv4'],
    retry: 'after-fix',
    retryAdvice: 'Resend once the PTR exists or delivery uses IPv4.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'requireptr',
    permanence: 'permanent',
    references: [NDR_TABLE, IPV6_INBOUND],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.23-spf-violation',
    reply: '550',
    status: '5.7.23',
    match: [/sender policy framework violation/i, /rejected because of spf/i],
    title: 'Microsoft 365: rejected for failing SPF',
    meaning:
      "The receiving server checked your domain's SPF record (the DNS list of servers allowed to send as you) and the server that sent this message is not on it. The fix is in your DNS.",
    details:
      'The destination validates SPF on the envelope sender and rejected on fail. When the sender is in Microsoft 365, the SPF record usually lacks include:spf.protection.outlook.com, or has a syntax error or too many lookups.',
    causes: [
      'The SPF record does not include the service that sent the message (for Microsoft 365: include:spf.protection.outlook.com)',
      'Two SPF records, a syntax error or more than 10 DNS lookups',
      'Forwarding through a server not in the record',
    ],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Publish one SPF TXT record listing every sending service, e.g. v=spf1 include:spf.protection.outlook.com -all', 'Check it with an SPF validator and sign mail with DKIM as well'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the SPF record covers the sending server.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [NDR_TABLE, fixPage('5.7.23', 'fix-error-code-5-7-23-in-exchange-online'), SPF_SETUP],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.509-dmarc-reject',
    reply: '550',
    status: '5.7.509',
    match: [/does not pass dmarc verification/i, /dmarc policy of reject/i],
    title: "Microsoft 365: rejected by your domain's DMARC policy",
    meaning:
      "The domain in your From address has a DMARC policy telling receivers to reject mail that fails its checks, and this message failed. Microsoft 365 followed that instruction.",
    details:
      'EOP evaluated DMARC for the From (5322.From) domain: neither SPF nor DKIM passed for an aligned domain, and _dmarc says p=reject, so it answered "Access denied, sending domain [x] does not pass DMARC verification and has a DMARC policy of reject".',
    causes: [
      'A sending service signs with its own domain, so SPF/DKIM do not align with From',
      'Forwarding broke SPF and DKIM was missing or broken',
      'Someone forging your domain (then the rejection is correct)',
    ],
    senderSteps: [FORWARD_TO_ADMIN, 'If you did not send this, your domain is being spoofed: tell your administrator'],
    adminSteps: ['Make every service that sends as your domain DKIM-sign with your domain, or pass aligned SPF', 'Read DMARC aggregate (rua) reports to find unaligned sources'],
    retry: 'after-fix',
    retryAdvice: 'Resend once SPF or DKIM aligns with the From domain.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [NDR_TABLE, DMARC_SETUP, rfc('RFC 7489 DMARC', 'rfc7489')],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.506-bad-helo',
    reply: '550',
    status: '5.7.506',
    match: [/bad helo/i],
    title: "Microsoft 365: your server greeted with the receiver's own name",
    meaning:
      'When it connected, the server sending your mail introduced itself with the name of the Microsoft 365 server it was talking to instead of its own. Spam software does that, so Microsoft 365 refused.',
    details:
      'EOP answers 5.7.506 "Access Denied, Bad HELO" when the EHLO/HELO name is the receiving server\'s own name (or address) rather than the client\'s fully qualified domain name, a classic spambot trait.',
    causes: ['A misconfigured mail server or app using the destination host as its HELO name', 'Malware sending from the machine'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Set the server\'s HELO/EHLO name to its own FQDN, matching its reverse DNS', 'Check the machine for malware if you did not configure it that way'],
    retry: 'after-fix',
    retryAdvice: 'Resend after the HELO name is fixed.',
    party: 'sender-admin',
    reputation: 'medium',
    reason: 'blocked',
    permanence: 'permanent',
    references: [NDR_TABLE, rfc('RFC 5321 §4.1.1.1 EHLO', 'rfc5321#section-4.1.1.1')],
  },
];

// ---- Blocklists and bans at Microsoft's edge ----

const SPAMHAUS_SHARED = {
  ...MS,
  reply: '550',
  status: '5.7.1',
  retry: 'after-fix' as const,
  party: 'sender-admin' as const,
  reputation: 'high' as const,
  reason: 'blocked' as const,
  permanence: 'permanent' as const,
};

const blocklists: ProviderEntry[] = [
  {
    ...MS,
    id: 'microsoft-365-550-5.7.606-649-banned-ip',
    reply: '550',
    status: '5.7.606-649',
    aliases: ['AS(1430)', 'AS16012609'],
    match: [/banned sending ip/i, /AS\(1430\)/i, /\bAS16012609\b/i],
    title: "Microsoft 365: sending IP is on Microsoft's blocked list",
    meaning:
      "Microsoft 365 has banned the server address your mail comes from, because of spam or other abuse seen from it. If the server is legitimate, its operator can ask for removal through Microsoft's delist portal.",
    details:
      'EOP answers 5.7.606 to 5.7.649 "Access denied, banned sending IP [ip]" (with markers such as AS(1430) or AS16012609) when the connecting IP is on its blocked senders list. Self-service removal is at sender.office.com.',
    causes: [
      'Spam sent from the IP, often through a compromised account or website',
      'A shared hosting or ESP IP used by another, abusive sender',
      'A new IP with a history of abuse from a previous user',
    ],
    senderSteps: [FORWARD_TO_ADMIN, 'If you use a hosting or mail provider, send them this bounce: the IP is theirs'],
    adminSteps: [
      'Find and stop the abuse (compromised accounts, forms, scripts), then request removal at sender.office.com with the IP from the bounce',
      'Register the IP in Microsoft SNDS to watch its reputation afterwards',
    ],
    retry: 'after-fix',
    retryAdvice: 'Resend after the delist request is confirmed; removal usually takes effect within hours.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [NDR_TABLE, DELIST_DOC, DELIST_PORTAL, SNDS],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.511-banned-ip',
    reply: '550',
    status: '5.7.511',
    match: [/\bbanned sender\b/i],
    title: 'Microsoft 365: sending IP banned (delist by email)',
    meaning:
      'Microsoft 365 has banned the server address your mail comes from. Unlike other bans, this one is not lifted through the web portal: the server operator has to write to Microsoft.',
    details:
      'EOP answers 5.7.511 "Access denied, banned sender" for an IP it has banned. Microsoft\'s NDR table says to request delisting by email (delist@microsoft.com) with the full NDR text and the IP address.',
    causes: ['Spam or abuse from the IP', 'A shared IP used by an abusive sender'],
    senderSteps: [FORWARD_TO_ADMIN, 'If a hosting or mail provider runs your server, send them this bounce'],
    adminSteps: ['Stop the abuse, then email delist@microsoft.com with the full bounce text and the IP', 'Register the IP in Microsoft SNDS to watch it afterwards'],
    retry: 'after-fix',
    retryAdvice: 'Resend after Microsoft confirms the removal.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [NDR_TABLE, DELIST_DOC, SNDS],
  },
  {
    ...MS,
    id: 'microsoft-365-550-5.7.800-banned-domain',
    reply: '550',
    status: '5.7.800',
    match: [/\bbanned sender\b/i],
    title: 'Microsoft 365: sending domain banned for spam',
    meaning:
      'Microsoft 365 has banned a domain used by this message (in the server greeting, the envelope or the From line) because of spam seen from it. Only Microsoft support can restore it, after the cause is fixed.',
    details:
      'EOP answers 5.7.800 "Access denied, banned sender" when the EHLO domain, the envelope sender (P1) domain or the From (P2) domain is on its banned list for spam activity. There is no self-service delisting for domains.',
    causes: ['Spam sent with the domain, from compromised accounts or abused services', 'Spoofed spam using the domain (less common for a ban)'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Find what sent spam with the domain and stop it; secure accounts and sending services', 'Then contact Microsoft support to restore the domain'],
    retry: 'after-fix',
    retryAdvice: 'Resend only after Microsoft lifts the domain ban.',
    party: 'sender-admin',
    reputation: 'high',
    reason: 'blocked',
    permanence: 'permanent',
    references: [NDR_TABLE],
  },
  {
    ...SPAMHAUS_SHARED,
    id: 'microsoft-365-550-5.7.1-spamhaus-ip',
    aliases: ['AS16012611'],
    match: [/client host \[[^\]\n]{1,60}\] blocked using spamhaus/i, /\bAS16012611\b/i],
    title: 'Microsoft 365: sending IP listed by Spamhaus',
    meaning:
      "Microsoft 365 refused the message because the server address it came from is on a Spamhaus blocklist (a widely used list of spam sources). The listing must be fixed with Spamhaus, not Microsoft.",
    details:
      'EOP checks connecting IPs against Spamhaus data and answers "550 5.7.1 Service unavailable, Client host [ip] blocked using Spamhaus" with marker AS16012611. The Spamhaus lookup names the list (SBL, XBL/CSS or PBL) and the removal path.',
    causes: [
      'The IP sent spam or is infected (SBL, CSS or XBL listing)',
      'The IP is a dynamic or end-user address listed on the PBL and should not send mail directly',
    ],
    senderSteps: [FORWARD_TO_ADMIN, 'If a provider runs your mail server, send them this bounce'],
    adminSteps: ['Look the IP up at check.spamhaus.org, fix the cause it names, and request removal there', 'For a PBL listing, send through your provider\'s mail server instead of directly'],
    retryAdvice: 'Resend after Spamhaus has removed the listing (often within hours of removal).',
    references: [SPAMHAUS_CHECK, NDR_TABLE],
  },
  {
    ...SPAMHAUS_SHARED,
    id: 'microsoft-365-S8001',
    token: 'S8001',
    match: [/helo domain is listed in spamhaus/i, /\bS8001\b/i],
    title: "Microsoft: your server's HELO domain is listed by Spamhaus",
    meaning:
      "The name your mail server used to introduce itself (its HELO name) belongs to a domain on a Spamhaus blocklist, so Microsoft refused the message. The domain's listing must be fixed with Spamhaus.",
    details:
      'Microsoft checks the EHLO/HELO domain against the Spamhaus Domain Blocklist (DBL) and answers "550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus" with marker (S8001). A clean IP does not help while the HELO domain is listed.',
    causes: ['The HELO domain appeared in spam or is considered abused', 'A server using a generic or borrowed hostname that is listed'],
    senderSteps: [FORWARD_TO_ADMIN],
    adminSteps: ['Look the HELO domain up at check.spamhaus.org and follow its removal steps', 'Give the server a HELO name under your own clean domain, matching its reverse DNS'],
    retryAdvice: 'Resend after the domain is delisted or the HELO name is changed.',
    references: [SPAMHAUS_CHECK],
  },
  {
    ...SPAMHAUS_SHARED,
    id: 'microsoft-365-S8002',
    token: 'S8002',
    match: [/mail ?from domain is listed in spamhaus/i, /\bS8002\b/i],
    title: "Microsoft: your envelope sender's domain is listed by Spamhaus",
    meaning:
      "The domain of the address your mail server used as the envelope sender (the bounce address) is on a Spamhaus blocklist, so Microsoft refused the message. The listing must be fixed with Spamhaus.",
    details:
      'Microsoft checks the MAIL FROM domain against the Spamhaus Domain Blocklist (DBL) and answers "550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus" with (S8002). With sending platforms the envelope domain is often the platform\'s, not yours.',
    causes: ['The envelope-sender domain appeared in spam', 'A sending platform\'s shared bounce domain got listed'],
    senderSteps: [FORWARD_TO_ADMIN, 'If you send through a mailing platform, send them this bounce'],
    adminSteps: ['Look the MAIL FROM domain up at check.spamhaus.org and follow its removal steps', 'Use a custom bounce (return-path) domain of your own with your sending platform'],
    retryAdvice: 'Resend after the domain is delisted or a different envelope domain is used.',
    references: [SPAMHAUS_CHECK],
  },
];

const entries: ProviderEntry[] = [
  ...addresses,
  ...recipientRules,
  ...blocklists,
  ...authentication,
  ...ownAccount,
  ...throttling,
  ...routing,
  ...format,
  ...delivery,
  ...transportSecurity,
];

export const microsoft365: ProviderFile = {
  id: 'microsoft-365',
  name: 'Microsoft 365 / Exchange Online',
  covers: ['Microsoft 365 / Exchange Online'],
  home: NDR_TABLE,
  signatures: [
    /\.protection\.outlook\.com\b/i,
    /\bprod\.outlook\.com\b/i,
    /\.prod\.exchangelabs\.com\b/i,
    /\boutlook\.office365\.com\b/i,
    /\bAS\(\d{3,10}\)/,
    /RESOLVER\.[A-Z]{2,5}\./,
    /\bSTOREDRV\.[A-Za-z]{3,12}\b/,
    /\bsender\.office\.com\b/i,
    // Exchange Online ends its replies with the answering host in brackets: "[....outlook.com]".
    /\[[a-z0-9.-]{0,120}\boutlook\.com(?: #)?\]/i,
    // The headings of Exchange Online's own notice ("enhanced" NDR: "Your message to a@b couldn't be
    // delivered", then "More Info for Email Admins", "Original Message Details"), in its languages: its
    // codes (5.1.10 RecipientNotFound) are Microsoft 365's even where no host of theirs is named.
    /^[ \t]{0,8}(?:More Info for Email Admins|Weitere Informationen für E-Mail-Administratoren|Plus d[’']informations pour les administrateurs de messagerie|Más información para administradores de correo electrónico)[ \t]{0,4}$/im,
    /^[ \t]{0,8}(?:Original Message Details|Details zur ursprünglichen Nachricht|Détails du message d[’']origine|Detalles del mensaje original)[ \t]{0,4}$/im,
  ],
  entries,
};
