// SpamCop Blocking List (bl.spamcop.net, run by Cisco): an automatic, short-lived list of IPs that people
// reported for spam or that hit SpamCop's traps. Rejections usually link spamcop.net/bl.shtml with the IP.
import type { ProviderFile, Reference } from '../schema';

const SCBL: Reference = {
  title: 'SpamCop Blocking List: lookup and how listings work',
  url: 'https://www.spamcop.net/bl.shtml',
  tool: true,
};

export const spamcop: ProviderFile = {
  id: 'spamcop',
  name: 'SpamCop',
  covers: ['SpamCop'],
  home: SCBL,
  signatures: [/\bspamcop\.net\b/i, /(?<![\w-])spamcop(?![\w-])/i],
  entries: [
    {
      kind: 'provider',
      authority: 'SpamCop',
      id: 'spamcop-bl.spamcop.net',
      token: 'bl.spamcop.net',
      aliases: ['SpamCop', 'SCBL', 'SpamCop Blocking List'],
      match: [/(?<![\w-])spamcop(?![\w-])/i, /\bbl\.spamcop\.net\b/i],
      title: 'SpamCop: sending IP recently reported as a spam source',
      meaning:
        "The server your mail comes from is on the SpamCop Blocking List, which the recipient's server consults. SpamCop lists addresses that people recently reported for spam or that sent to its spam traps; the listing drops off by itself once the reports stop.",
      details:
        'bl.spamcop.net (answer 127.0.0.2) is built automatically from user spam reports and spam-trap hits, weighed against the volume of mail seen. An entry expires about 24 hours after the last report; there is no way to force or buy removal. Rejections usually link spamcop.net/bl.shtml?<IP>.',
      causes: [
        'Recipients reported your mail as spam (including newsletters they signed up for and forgot)',
        'Mail to spam-trap addresses from old or bought lists',
        'A compromised account or infected device sending spam from the IP',
        'Backscatter: your server sends bounces or auto-replies to forged senders',
      ],
      senderSteps: [
        'Forward this bounce to your IT team or email provider',
        'If you send newsletters, mail only people who opted in and make unsubscribing easy',
      ],
      adminSteps: [
        'Look the IP up at spamcop.net/bl.shtml to see whether it is still listed and why',
        'Stop the source (compromised account, backscatter, mail without consent); the entry then expires within about a day',
      ],
      retry: 'after-fix',
      retryAdvice: 'Resend once the listing has expired, usually within 24 hours of the last report after the spam has stopped.',
      party: 'sender-admin',
      reputation: 'high',
      reason: 'blocked',
      permanence: 'permanent',
      references: [SCBL],
    },
  ],
};
