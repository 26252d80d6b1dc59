// SURBL: lists of domains found in message bodies (links), combined in multi.surbl.org; the answer's bits
// tell the phishing, malware, abuse (spam) and cracked-site lists apart.
import type { ProviderFile, Reference } from '../schema';

const LOOKUP: Reference = { title: 'SURBL lookup (check a domain and request removal)', url: 'https://www.surbl.org/surbl-analysis', tool: true };
const HOME: Reference = { title: 'SURBL (domain reputation lists)', url: 'https://www.surbl.org/' };

export const surbl: ProviderFile = {
  id: 'surbl',
  name: 'SURBL',
  covers: ['SURBL'],
  home: HOME,
  signatures: [/\bsurbl\.org\b/i],
  entries: [
    {
      kind: 'provider',
      authority: 'SURBL',
      id: 'surbl-multi.surbl.org',
      token: 'multi.surbl.org',
      aliases: ['SURBL'],
      match: [/(?<![\w-])surbl\b/i],
      title: 'SURBL: a link in the message is on the SURBL domain list',
      meaning:
        "A web address in your message (a link, or a domain written in the text) is on SURBL, a list of domains used in spam, phishing or malware. The recipient's server refused the message because of that link, not because of your server.",
      details:
        'SURBL lists domains that appear in message bodies; multi.surbl.org combines its phishing, malware, abuse (spam) and cracked-site lists, told apart by bits in the answer. Shared URL shorteners and hacked legitimate sites are common reasons an ordinary message hits it.',
      causes: [
        'A link to a domain used by spammers, often a URL shortener or free host',
        'Your own website was hacked and now hosts spam or phishing pages',
        'A link copied from another email',
      ],
      senderSteps: ['Remove links, especially shortened ones, and send again', 'Forward this bounce to your IT team if the listed domain is your own'],
      adminSteps: [
        'Check each link domain with the SURBL lookup',
        'If your domain is listed, remove the cause (hacked pages, abusive mailing) and request removal there',
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
