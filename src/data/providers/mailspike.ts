// Mailspike: IP reputation (rep.mailspike.net, levels L5 worst to H5 best) and a zero-hour list of IPs in
// current spam waves (z.mailspike.net). bl.mailspike.net combines the zero-hour list with the worst levels.
import type { ProviderFile, Reference } from '../schema';

const IP_VERIFY: Reference = {
  title: 'Mailspike IP Verify: lookup, reputation levels and delisting',
  url: 'https://mailspike.io/ip_verify/about',
  tool: true,
};

export const mailspike: ProviderFile = {
  id: 'mailspike',
  name: 'Mailspike',
  covers: ['Mailspike'],
  home: IP_VERIFY,
  signatures: [/\bmailspike\.(?:net|io|org)\b/i],
  entries: [
    {
      kind: 'provider',
      authority: 'Mailspike',
      id: 'mailspike-bl.mailspike.net',
      token: 'bl.mailspike.net',
      aliases: ['Mailspike', 'z.mailspike.net', 'rep.mailspike.net', 'ZBI'],
      match: [/mailspike/i],
      title: 'Mailspike: sending IP has a poor Mailspike reputation',
      meaning:
        "The server your mail comes from has a poor reputation with Mailspike, a reputation service the recipient's server consults, or was seen taking part in a current spam wave. The refusal is about that server's address.",
      details:
        'bl.mailspike.net combines the zero-hour list (z.mailspike.net: IPs seen in a distributed spam wave) with the worst levels (L3 to L5) of rep.mailspike.net. Reputation is recalculated continuously; delisting can be requested with Mailspike IP Verify and is processed automatically.',
      causes: [
        'Spam from the IP, often from an infected device or compromised account',
        'A sudden burst of mail that looks like a spam wave',
        'A new or shared IP with a poor history',
      ],
      senderSteps: ['Forward this bounce to your IT team or email provider'],
      adminSteps: [
        'Look the IP up with Mailspike IP Verify and request delisting once the cause is fixed',
        'Clean infected devices and compromised accounts first, or the IP is listed again',
      ],
      retry: 'after-fix',
      retryAdvice: 'Resend after delisting, which Mailspike processes within hours to a day or so.',
      party: 'sender-admin',
      reputation: 'high',
      reason: 'blocked',
      permanence: 'permanent',
      references: [IP_VERIFY],
    },
  ],
};
