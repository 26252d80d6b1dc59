// Hostpoint (Swiss web and mail hosting): its inbound servers write the SPF refusal as a continued line
// "550-SPF-check failed: 550 <domain> doesn't allow sending mails from <IP>".
import type { ProviderEntry, ProviderFile, Reference } from '../schema';
import { FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT } from '../shared';

const HOME: Reference = { title: 'Hostpoint support', url: 'https://support.hostpoint.ch/' };
const SPF_RFC: Reference = { title: 'RFC 7208 SPF', url: 'https://www.rfc-editor.org/rfc/rfc7208' };
const base = { kind: 'provider' as const, authority: 'Hostpoint' };

const entries: ProviderEntry[] = [
  {
    ...base,
    id: 'hostpoint-550-spf-check-failed',
    reply: '550',
    match: [/spf-?check failed/i, /doesn'?t allow sending (?:e-?)?mails? from/i],
    title: 'Hostpoint: rejected by the sender domain\'s SPF record',
    meaning:
      'The domain in your sender address publishes an SPF record (a DNS list of servers allowed to send its mail), and the server that delivered your message is not on it, so Hostpoint refused the message.',
    details: 'Hostpoint checks SPF at MAIL FROM and refuses on a fail with "SPF-check failed: <domain> doesn\'t allow sending mails from <IP>". Forwarders that keep the original envelope sender fail this unless they use SRS.',
    causes: ['A service sending as your domain is missing from the SPF record', 'A forwarder without SRS', 'A forged sender'],
    senderSteps: [FORWARD_TO_ADMIN, USE_OTHER_ACCOUNT],
    adminSteps: ['Add the sending server or service to the domain\'s SPF TXT record', 'If mail is forwarded, enable SRS on the forwarding server'],
    retry: 'after-fix',
    retryAdvice: 'Resend once the SPF record lists the sending server.',
    party: 'sender-admin',
    reputation: 'low',
    reason: 'authfailure',
    permanence: 'permanent',
    references: [HOME, SPF_RFC],
  },
];

export const hostpoint: ProviderFile = {
  id: 'hostpoint',
  name: 'Hostpoint',
  covers: [],
  home: HOME,
  signatures: [/\bhostpoint\.ch\b/i, /\bhostpoint\b/i, /\bspf-check failed:/i],
  entries,
};
