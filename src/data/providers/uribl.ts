// URIBL: lists of domains found in message bodies, combined in multi.uribl.com (black, grey and red lists as
// answer bits). An answer of 127.0.0.1 means the receiver's resolver was refused, not a listing.
import type { ProviderFile, Reference } from '../schema';

const LOOKUP: Reference = { title: 'URIBL lookup and removal requests', url: 'https://admin.uribl.com/', tool: true };
const HOME: Reference = { title: 'URIBL (realtime URI blocklist)', url: 'https://uribl.com/' };

export const uribl: ProviderFile = {
  id: 'uribl',
  name: 'URIBL',
  covers: ['URIBL'],
  home: HOME,
  signatures: [/\buribl\.com\b/i],
  entries: [
    {
      kind: 'provider',
      authority: 'URIBL',
      id: 'uribl-multi.uribl.com',
      token: 'multi.uribl.com',
      aliases: ['URIBL', 'black.uribl.com', 'grey.uribl.com'],
      // \b keeps SpamAssassin rule names (URIBL_BLOCKED) in forwarded headers out.
      match: [/(?<![\w-])uribl\b/i],
      title: 'URIBL: a link in the message is on the URIBL domain list',
      meaning:
        "A domain linked in your message is on URIBL, a list of domains seen in spam. The recipient's server refused the message because of that link, not because of your server.",
      details:
        'URIBL checks domains found in message bodies; multi.uribl.com answers with bits for its lists (black for spam domains, grey for mixed bulk senders). An answer of 127.0.0.1 means the receiver was refused for too many queries, which is not a listing. Lookups and removal requests go through admin.uribl.com.',
      causes: [
        'A link to a domain used in spam, often a URL shortener, tracking or free hosting domain',
        'Your own domain appeared in unsolicited mail or its site was hacked',
        'A link copied from another email',
      ],
      senderSteps: ['Remove links, especially shortened ones, and send again', 'Forward this bounce to your IT team if the listed domain is your own'],
      adminSteps: [
        'Check each link domain at admin.uribl.com',
        'If your domain is listed, stop the cause and file a removal request there',
      ],
      retry: 'after-fix',
      retryAdvice: 'Send again without the listed link, or after the domain is removed.',
      party: 'sender',
      reputation: 'medium',
      reason: 'spamdetected',
      permanence: 'permanent',
      references: [LOOKUP, HOME],
    },
  ],
};
