// invaluement: three commercial blocklists, ivmSIP (sending IPs), ivmSIP/24 (ranges) and ivmURI (domains and
// IPs found in message bodies). Lookup and removal requests go through invaluement.com.
import type { ProviderFile, Reference } from '../schema';

const INVALUEMENT: Reference = { title: 'invaluement anti-spam blocklists: lookup and removal requests', url: 'https://www.invaluement.com/', tool: true };

export const invaluement: ProviderFile = {
  id: 'invaluement',
  name: 'Invaluement',
  covers: ['Invaluement'],
  home: INVALUEMENT,
  signatures: [/\binvaluement\b/i, /\bivm(?:SIP|URI)\b/i],
  entries: [
    {
      kind: 'provider',
      authority: 'invaluement',
      id: 'invaluement-ivmsip',
      token: 'ivmSIP',
      aliases: ['ivmURI', 'ivmSIP/24', 'invaluement', 'ivmSIP / ivmURI'],
      match: [/invaluement/i, /\bivm(?:SIP|URI)\b/i],
      title: 'Invaluement: sending IP or linked domain on an invaluement list',
      meaning:
        "The recipient's server uses the invaluement blocklists. Either the server your mail comes from (ivmSIP, or its range in ivmSIP/24) or a domain linked in your message (ivmURI) is listed as a spam source.",
      details:
        'invaluement runs three subscription lists: ivmSIP (single sending IPs), ivmSIP/24 (ranges where spam patterns were seen) and ivmURI (domains and IPs found in message bodies). Listings rest on spam evidence rather than traps alone. Removal requests go through the lookup form at invaluement.com.',
      causes: [
        'Spam or complaint-heavy mail from the IP or its range',
        'A link to a domain listed in ivmURI (sometimes a hacked legitimate site)',
        'Mailing lists without clear consent',
      ],
      senderSteps: ['Forward this bounce to your IT team or email provider', 'If the reply points at a link, send again without it'],
      adminSteps: [
        'Look the IP and your link domains up at invaluement.com and use its removal form once the cause is fixed',
        'For ivmURI, clean and secure a hacked site before asking for removal',
      ],
      retry: 'after-fix',
      retryAdvice: 'Resending fails while the IP or domain is listed; send again after removal or without the listed link.',
      party: 'sender-admin',
      reputation: 'high',
      reason: 'blocked',
      permanence: 'permanent',
      references: [INVALUEMENT],
    },
  ],
};
