// Google (Gmail and Google Workspace): what Google's servers mean by the codes they send.
// Google's replies end with "- gsmtp" and often carry a support.google.com link.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';

const SMTP_ERRORS: Reference = {
  title: 'Google Workspace Admin Help: Gmail SMTP errors and codes',
  url: 'https://support.google.com/a/answer/3726730',
};
const SENDER_GUIDELINES: Reference = {
  title: 'Gmail: Email sender guidelines',
  url: 'https://support.google.com/mail/answer/81126',
};
const POSTMASTER_TOOLS: Reference = {
  title: 'Google Postmaster Tools (check your domain and IP reputation)',
  url: 'https://postmaster.google.com/',
  tool: true,
};
const DMARC_HELP: Reference = {
  title: 'Google Workspace Admin Help: Set up DMARC',
  url: 'https://support.google.com/a/answer/2466580',
};

const authShared = {
  kind: 'provider' as const,
  authority: 'Google',
  reply: '550',
  status: '5.7.26',
  reason: 'authfailure' as const,
  permanence: 'permanent' as const,
  retry: 'after-fix' as const,
  party: 'sender-admin' as const,
  reputation: 'medium' as const,
};

const entries: ProviderEntry[] = [
  {
    id: 'google-550-5.1.1',
    kind: 'provider',
    authority: 'Google',
    reply: '550',
    status: '5.1.1',
    match: [/does not exist/i, /no such user/i, /double-checking the recipient/i],
    title: 'Gmail: no such account',
    meaning:
      "Gmail has no account with the address you wrote to. Nothing is wrong with your own email: the address is mistyped, was never created, or has been deleted.",
    details:
      'Google answered RCPT TO with 550 5.1.1 after looking the local part up in its directory (consumer Gmail or a Workspace domain). The domain itself is hosted at Google, so the MX lookup worked; only the mailbox is unknown.',
    causes: [
      'A typo in the part before the @ (a missing dot, swapped letters, an extra space)',
      'The person left the organisation and their Workspace account was removed',
      'The address was guessed or copied from an old list',
    ],
    senderSteps: [
      'Check the address letter by letter against a recent message from this person, or ask them for it another way',
      'Remove the address from your lists and CRM so you do not send to it again',
    ],
    adminSteps: [
      'If many addresses at the same Workspace domain fail, confirm with the recipient organisation that the users still exist',
      'Suppress hard-bouncing addresses automatically: repeated sends to unknown users hurt your sender reputation at Gmail',
    ],
    retryAdvice: 'Sending again to the same address will fail the same way; only a corrected address helps.',
    retry: 'no',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [SMTP_ERRORS, { title: 'RFC 3463 §3.2 Address status', url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.2' }],
  },
  {
    ...authShared,
    id: 'google-550-5.7.26-unauthenticated',
    match: [/authenticate with either spf or dkim/i, /does not have authentication information/i, /fails to pass authentication checks/i, /sender is unauthenticated/i],
    title: 'Gmail: message not authenticated (no SPF or DKIM pass)',
    meaning:
      "Gmail refused the message because it could not prove it really came from your domain. Gmail asks every sender to pass SPF (a DNS list of servers allowed to send for the domain) or DKIM (a cryptographic signature on the message), and this one passed neither.",
    details:
      "Google checked SPF for the envelope sender (MAIL FROM) and DKIM signatures on the message; neither produced a pass that Gmail accepts. Since 2024 Google's sender requirements make SPF or DKIM mandatory for all senders (both, plus DMARC, for bulk senders).",
    causes: [
      'The mail was sent through a server or service (a CRM, newsletter tool, website form) not listed in the domain\'s SPF record',
      'DKIM signing is not set up for this sending service, or its DNS key record is missing or wrong',
      'The message was forwarded or changed in transit, breaking the DKIM signature',
    ],
    senderSteps: [
      'Forward this bounce to whoever runs your email domain: the fix is a DNS or sending-service setting, not something in the message',
      'Until it is fixed, send important mail from your normal mailbox rather than the tool that bounced',
    ],
    adminSteps: [
      'Add the sending service to the SPF TXT record of the envelope domain (for example include:_spf.example-provider.net), keeping a single v=spf1 record under 10 DNS lookups',
      'Turn on DKIM signing in the sending service and publish its selector TXT/CNAME record; confirm with a test message that Gmail shows dkim=pass in "Show original"',
      'Check the domain in Google Postmaster Tools once volume allows',
    ],
    retryAdvice: 'Retrying unchanged fails again; send again once SPF or DKIM passes for the domain.',
    references: [SMTP_ERRORS, SENDER_GUIDELINES, POSTMASTER_TOOLS, { title: 'RFC 7372 §3.3 Multiple authentication failures', url: 'https://www.rfc-editor.org/rfc/rfc7372#section-3.3' }],
  },
  {
    ...authShared,
    id: 'google-550-5.7.26-spf-hardfail',
    match: [/hard fail policy/i, /fails to pass spf checks/i, /spf record with a hard fail/i],
    title: 'Gmail: SPF hard fail for your domain',
    meaning:
      "Your domain's SPF record (the DNS list of servers allowed to send as you) says the server that sent this message is not allowed, and it ends in a strict \"-all\". Gmail took the domain at its word and refused the mail.",
    details:
      'The SPF check on the MAIL FROM domain returned fail under a -all policy and no DKIM signature rescued the message. Gmail applies the domain owner\'s published policy.',
    causes: [
      'A new sending service or server was added without updating the SPF record',
      'The SPF record exceeds 10 DNS lookups or has a syntax error, so the intended include never counts',
      'Mail was relayed through a forwarder whose IP is not in the record',
    ],
    senderSteps: [
      'Forward this bounce to whoever manages your domain\'s DNS',
      'Tell them which tool or account you sent from, so they can authorise it',
    ],
    adminSteps: [
      'Add the sending server or service to the SPF TXT record (ip4:/ip6:/include:) and re-check it with an SPF validator',
      'Also sign with DKIM so that a forwarded message can still authenticate',
    ],
    retryAdvice: 'Send again after the SPF record includes the sending server.',
    references: [SMTP_ERRORS, SENDER_GUIDELINES, { title: 'RFC 7208 Sender Policy Framework', url: 'https://www.rfc-editor.org/rfc/rfc7208' }],
  },
  {
    ...authShared,
    id: 'google-550-5.7.26-dmarc',
    match: [/domain'?s dmarc policy/i, /dmarc policy/i],
    title: "Gmail: rejected by the sender domain's DMARC policy",
    meaning:
      "The domain in your From address publishes a DMARC policy (a DNS rule telling receivers what to do with mail that fails its checks) set to reject, and this message failed it. Gmail followed the rule and refused it.",
    details:
      'DMARC needs SPF or DKIM to pass for a domain aligned with the From header. Neither aligned, and the _dmarc record says p=reject (or quarantine), so Google rejected at SMTP time.',
    causes: [
      'A sending service signs or bounces with its own domain, so SPF/DKIM pass but do not align with your From domain',
      'The message was forwarded and SPF broke while DKIM was absent or broken',
      'Someone is sending mail that forges your domain (then the rejection is doing its job)',
    ],
    senderSteps: [
      'Forward this bounce to your email or DNS administrator',
      'If you did not send this message, your domain is being spoofed: tell your administrator, no reply is needed',
    ],
    adminSteps: [
      'Set up DKIM with your own domain (custom DKIM) in every service that sends as you, so the signature aligns with From',
      'Read your DMARC aggregate reports (rua) to find unaligned sources before tightening or after changing the policy',
    ],
    retryAdvice: 'Retry only once DKIM or SPF aligns with the From domain.',
    references: [SMTP_ERRORS, DMARC_HELP, { title: 'RFC 7489 DMARC', url: 'https://www.rfc-editor.org/rfc/rfc7489' }],
  },
];

export const google: ProviderFile = {
  id: 'google',
  name: 'Google Gmail / Workspace',
  signatures: [/\bgsmtp\b/i, /\.google\.com\b/i, /googlemail\.com/i, /support\.google\.com/i],
  entries,
};
