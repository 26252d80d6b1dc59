// PSBL, the Passive Spam Block List (psbl.surriel.com): IPs that sent mail to spam traps, minus known good
// mail servers. Anyone can remove an IP at psbl.org; entries also expire when the trap hits stop.
import type { ProviderFile, Reference } from '../schema';

const PSBL: Reference = { title: 'PSBL: lookup and self-service removal', url: 'https://psbl.org/', tool: true };

export const psbl: ProviderFile = {
  id: 'psbl',
  name: 'PSBL',
  covers: ['PSBL'],
  home: PSBL,
  signatures: [/\bpsbl\.(?:surriel\.com|org)\b/i],
  entries: [
    {
      kind: 'provider',
      authority: 'PSBL',
      id: 'psbl-psbl.surriel.com',
      token: 'psbl.surriel.com',
      aliases: ['PSBL', 'Passive Spam Block List'],
      match: [/psbl\.surriel\.com/i, /(?<![\w-])psbl(?![\w-])/i, /passive spam block ?list/i],
      title: 'PSBL: sending IP sent mail to spam traps',
      meaning:
        'The server your mail comes from is on the Passive Spam Block List (PSBL) because it sent mail to addresses that only ever receive spam. You can remove the listing yourself, and it also expires once the spam stops.',
      details:
        'PSBL (psbl.surriel.com, answer 127.0.0.2) lists IPs that mailed its spam traps, leaving out servers known to send mostly legitimate mail. Anyone can remove an IP at psbl.org, and entries expire on their own after a while without new trap hits.',
      causes: [
        'Spam or backscatter from the IP (compromised account, bounces to forged senders)',
        'Mail to old addresses that now serve as spam traps',
      ],
      senderSteps: ['Forward this bounce to your IT team or email provider'],
      adminSteps: ['Look the IP up at psbl.org and use the self-service removal', 'Stop whatever mailed the traps, or the IP is listed again'],
      retry: 'after-fix',
      retryAdvice: 'Resend after removing the IP at psbl.org; removal takes effect quickly.',
      party: 'sender-admin',
      reputation: 'medium',
      reason: 'blocked',
      permanence: 'permanent',
      references: [PSBL],
    },
  ],
};
