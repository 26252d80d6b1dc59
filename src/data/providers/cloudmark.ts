// Cloudmark Sender Intelligence (CSI, owned by Proofpoint): IP reputation used by many ISPs and carriers.
// Rejections name Cloudmark or CSI and often link csi.cloudmark.com for a reset request.
import type { ProviderFile, Reference } from '../schema';

const CSI: Reference = {
  title: 'Cloudmark Sender Intelligence: IP lookup and reset request',
  url: 'https://csi.cloudmark.com/',
  tool: true,
};

export const cloudmark: ProviderFile = {
  id: 'cloudmark',
  name: 'Cloudmark CSI',
  covers: ['Cloudmark CSI'],
  home: CSI,
  // Not X-Cloudmark-* headers of a forwarded original: only the name standing alone or the CSI host.
  signatures: [/\bcsi\.cloudmark\.com\b/i, /cloudmark sender intelligence/i, /(?<![\w-])cloudmark(?![\w-])/i],
  entries: [
    {
      kind: 'provider',
      authority: 'Cloudmark',
      id: 'cloudmark-csi',
      token: 'Cloudmark Sender Intelligence',
      aliases: ['CSI', 'csi.cloudmark.com', 'Cloudmark'],
      match: [/(?<![\w-])cloudmark(?![\w-])/i, /csi\.cloudmark\.com/i],
      title: 'Cloudmark: sending IP has a poor Cloudmark reputation',
      meaning:
        "The recipient's provider uses Cloudmark Sender Intelligence (CSI), a reputation service, and it rates the server your mail comes from as a spam source. The block is on the server's address, not on your account or text.",
      details:
        'Cloudmark (owned by Proofpoint) scores IPs from spam reports and traffic seen by the providers using it, many of them large ISPs and mobile carriers. Rejections name Cloudmark or CSI and often link csi.cloudmark.com, where a reset of the reputation can be requested.',
      causes: [
        'Recent spam, or many complaints about mail from the IP',
        'A shared or newly assigned IP with a bad history',
        'An infected device or compromised account using the IP',
      ],
      senderSteps: ['Forward this bounce to your IT team or email provider'],
      adminSteps: [
        'Look the IP up at csi.cloudmark.com and submit a reset request once the cause is fixed',
        'Keep complaint rates low: mail only people who opted in and honour unsubscribes quickly',
      ],
      retry: 'after-fix',
      retryAdvice: 'Resending from the same IP fails until Cloudmark rates it better, after the spam stops or a reset request is accepted.',
      party: 'sender-admin',
      reputation: 'high',
      reason: 'blocked',
      permanence: 'permanent',
      references: [CSI],
    },
  ],
};
