// References and step sentences that many data files cite word for word. One copy here keeps them
// identical everywhere and keeps each authority's file about what is specific to that authority.
import type { Reference } from './schema';

export const IANA: Reference = {
  title: 'IANA: SMTP Enhanced Status Codes registry',
  url: 'https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml',
};

export const rfc3463 = (section: string): Reference => ({
  title: `RFC 3463 §${section}`,
  url: `https://www.rfc-editor.org/rfc/rfc3463#section-${section}`,
});

export const rfc5321 = (section: string, what: string): Reference => ({
  title: `RFC 5321 §${section} (${what})`,
  url: `https://www.rfc-editor.org/rfc/rfc5321#section-${section}`,
});

export const RFC3463_ADDRESS: Reference = {
  title: 'RFC 3463 §3.2 Address status',
  url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.2',
};

export const DMARC: Reference = { title: 'RFC 7489 DMARC', url: 'https://www.rfc-editor.org/rfc/rfc7489' };

export const SPAMHAUS_CHECK: Reference = {
  title: 'Spamhaus: check an IP address or domain and request removal',
  url: 'https://check.spamhaus.org/',
  tool: true,
};

export const CLOUDMARK_RESET: Reference = {
  title: 'Cloudmark Sender Intelligence: reputation reset request',
  url: 'https://csi.cloudmark.com/reset-request/',
  tool: true,
};

export const FORWARD_TO_ADMIN =
  'Forward this bounce to your email provider or IT team: only whoever runs the sending server can fix it';
export const USE_OTHER_ACCOUNT = 'If the message is urgent, send it from a different email account meanwhile';
export const FIND_SPAM_SOURCE =
  'Find what sent the bad mail (a hacked mailbox, a website form, a script) and stop it before asking for removal';
