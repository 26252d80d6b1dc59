// SORBS (Spam and Open Relay Blocking System) was shut down by its owner Proofpoint on 5 June 2024 and holds no
// data any more. A rejection that still names it comes from a receiver with an outdated configuration.
import type { ProviderFile, Reference } from '../schema';

const SORBS_SITE: Reference = { title: 'SORBS website (decommissioning notice, June 2024)', url: 'https://www.sorbs.net/' };

export const sorbs: ProviderFile = {
  id: 'sorbs',
  name: 'SORBS',
  covers: ['SORBS'],
  home: SORBS_SITE,
  // SpamAssassin rule names such as RCVD_IN_SORBS_SPAM in forwarded headers are not SORBS rejections.
  signatures: [/\bsorbs\.net\b/i, /(?<![\w-])sorbs(?![\w-])/i],
  entries: [
    {
      kind: 'provider',
      authority: 'SORBS',
      id: 'sorbs-dnsbl.sorbs.net',
      token: 'dnsbl.sorbs.net',
      aliases: ['SORBS', 'sorbs.net', 'Spam and Open Relay Blocking System'],
      match: [/\bsorbs\.net\b/i, /(?<![\w-])sorbs(?![\w-])/i],
      title: 'SORBS: rejected by a blocklist that closed in June 2024',
      meaning:
        "The recipient's server says your server is on SORBS. SORBS was shut down by its owner, Proofpoint, in June 2024 and holds no data any more, so a rejection citing it today comes from an outdated filter at the recipient (or the bounce is old).",
      details:
        'SORBS (dnsbl.sorbs.net and its sub-zones) was decommissioned on 5 June 2024 and its zones were emptied. A receiver that still queries sorbs.net zones has a stale configuration; depending on how the dead zones answer, it may reject senders for no reason. No delisting exists any more.',
      causes: [
        "The recipient's mail server still has SORBS in its blocklist configuration",
        'An old bounce from before June 2024, when SORBS was still running',
      ],
      senderSteps: [
        'Check the date of the bounce: before June 2024 it was a real SORBS listing',
        'Otherwise tell the recipient another way that their filter still uses the closed SORBS list',
      ],
      adminSteps: [
        'Do not look for a delisting form: SORBS no longer exists',
        "Ask the recipient's postmaster to remove the sorbs.net zones from their mail server's blocklists",
      ],
      retry: 'after-fix',
      retryAdvice: 'Resending fails for as long as the recipient keeps the dead list in their configuration.',
      party: 'recipient-admin',
      reputation: 'none',
      reason: 'blocked',
      permanence: 'permanent',
      references: [SORBS_SITE],
    },
  ],
};
