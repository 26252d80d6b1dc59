// Trend Micro Email Reputation Services (ERS, the former MAPS lists at mail-abuse.com/.org): RBL+ (known spam
// sources and the Dynamic User List of end-user ranges) and QIL, a short-lived list that mostly defers with 450.
import type { ProviderFile, Reference } from '../schema';

const ERS_BLOCKED: Reference = {
  title: 'Trend Micro Email Reputation Services: why an IP is blocked and how to request removal',
  url: 'https://docs.trendmicro.com/en-us/documentation/article/email-reputation-services-service-central-blocked',
};
const ERS_FAQ: Reference = {
  title: 'Trend Micro: FAQ on messages blocked by Email Reputation Services',
  url: 'https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers',
};
const ERS_LOOKUP: Reference = { title: 'Trend Micro ERS IP lookup (mail-abuse.com)', url: 'https://www.mail-abuse.com/', tool: true };

export const trendMicro: ProviderFile = {
  id: 'trend-micro',
  name: 'Trend Micro ERS',
  covers: ['Trend Micro ERS'],
  home: ERS_BLOCKED,
  signatures: [/\bmail-abuse\.(?:com|org)\b/i, /trend ?micro (?:rbl|ers\b|email reputation)/i],
  entries: [
    {
      kind: 'provider',
      authority: 'Trend Micro',
      id: 'trend-micro-mail-abuse.com',
      token: 'mail-abuse.com',
      aliases: [
        'mail-abuse.com (Trend Micro ERS)',
        'mail-abuse.org',
        'rbl-plus.mail-abuse.org',
        'Trend Micro ERS',
        'Trend Micro RBL+',
        'QIL',
        'DUL',
      ],
      match: [/mail-abuse\.(?:com|org)/i, /trend ?micro (?:rbl\+?|ers\b|email reputation)/i],
      title: "Trend Micro ERS: sending IP on Trend Micro's reputation lists",
      meaning:
        "The recipient's server checks Trend Micro Email Reputation Services, and the server your mail comes from is on one of its lists: known spam sources, home or dynamic address ranges, or a short-term list of currently suspicious senders.",
      details:
        'ERS (mail-abuse.com, formerly MAPS) has RBL+ with the Known Spam Source list and the Dynamic User List (DUL, end-user ranges), and QIL, whose entries last about 5 minutes to 12 hours and mostly cause 450 deferrals. Replies read "refused by rbl-plus.mail-abuse.org" or "blocked using Trend Micro RBL+".',
      causes: [
        'Spam or an infected device on the IP (Known Spam Source, QIL)',
        'Sending directly from a home or dynamic IP (DUL)',
        'An open relay or compromised host on the IP',
      ],
      senderSteps: [
        'Forward this bounce to your IT team or email provider',
        "If you send from home with your own mail program, use your provider's mail server with login instead",
      ],
      adminSteps: [
        'Look the IP up with the ERS lookup linked from mail-abuse.com; removal requests must come from the owner of the IP',
        'Fix the cause first (close open relays, clean infected hosts); for DUL, relay through a proper mail server',
      ],
      retry: 'after-fix',
      retryAdvice: 'QIL deferrals clear by themselves within hours; RBL+ and DUL listings need a fix and a removal request.',
      party: 'sender-admin',
      reputation: 'high',
      reason: 'blocked',
      permanence: 'permanent',
      references: [ERS_BLOCKED, ERS_FAQ, ERS_LOOKUP],
    },
  ],
};
