// Microsoft 365 / Exchange Online Protection (EOP): what Microsoft's cloud mail servers mean by their codes.
// Their replies name hosts under protection.outlook.com and often end with an AS(nnnn) anti-spam identifier.
import type { ProviderEntry, ProviderFile, Reference } from '../schema';

const NDR_TABLE: Reference = {
  title: 'Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online',
  url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
};
const DBEB: Reference = {
  title: 'Microsoft Learn: Directory-Based Edge Blocking',
  url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-directory-based-edge-blocking',
};

const entries: ProviderEntry[] = [
  {
    id: 'microsoft-365-550-5.4.1-dbeb',
    kind: 'provider',
    authority: 'Microsoft',
    reply: '550',
    status: '5.4.1',
    token: 'AS(201806281)',
    match: [/recipient address rejected: access denied/i, /AS\(201806281\)/i],
    title: 'Microsoft 365: recipient not in the directory (access denied)',
    meaning:
      "The receiving organisation uses Microsoft 365, and its servers say no mailbox with this address exists there. Despite the words \"access denied\", this is usually a wrong or deleted address, not a block on you.",
    details:
      "Exchange Online Protection's Directory-Based Edge Blocking (DBEB) checks every recipient against the tenant's directory before accepting mail; an unknown address is refused at RCPT TO with 550 5.4.1 and the identifier AS(201806281). It can also appear when the domain is set up as internal relay by mistake.",
    causes: [
      'The address is mistyped or the person\'s mailbox was removed',
      'The recipient organisation has just moved to Microsoft 365 and the user or alias is not synchronised yet',
      'The recipient domain is configured as authoritative although some mailboxes still live elsewhere',
    ],
    senderSteps: [
      'Check the address against a recent message from this person, or confirm it by phone or chat',
      'If the address is right, tell the recipient: their IT team has to add or sync the mailbox',
    ],
    adminSteps: [
      'On the recipient side: confirm the user, alias or mail contact exists in Exchange Online and that directory sync has run',
      'On the recipient side: if some mailboxes are hosted elsewhere, set the accepted domain to Internal Relay instead of Authoritative',
    ],
    retryAdvice: 'Resending to the same address fails until the recipient organisation adds it; retry after they confirm.',
    retry: 'after-fix',
    party: 'recipient-admin',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [NDR_TABLE, DBEB],
  },
  {
    id: 'microsoft-365-550-5.1.10',
    kind: 'provider',
    authority: 'Microsoft',
    reply: '550',
    status: '5.1.10',
    match: [/recipient ?not ?found/i, /RESOLVER\.ADR\.RecipientNotFound/i],
    title: 'Microsoft 365: recipient not found',
    meaning:
      'Microsoft 365 looked the address up in the receiving organisation\'s directory and found nobody. The address is probably mistyped or no longer in use.',
    details:
      'Exchange Online resolved the recipient by SMTP address (the RESOLVER.ADR.RecipientNotFound category) and found no matching mailbox, group or contact. When the sender is also in Microsoft 365 this can come from a stale entry in Outlook\'s autocomplete list.',
    causes: [
      'A typo in the address, or the mailbox was deleted',
      'Outlook autocomplete offered an old cached address for this person',
      'The recipient\'s alias was removed after a name change',
    ],
    senderSteps: [
      'Retype the address instead of picking it from autocomplete, and remove the stale suggestion (the X next to it)',
      'Confirm the current address with the recipient another way',
    ],
    adminSteps: [
      'If the recipient is in your own tenant, check the mailbox and its proxy addresses in the Exchange admin center',
      'For a former employee, add the old address as an alias of a shared mailbox if mail should still arrive',
    ],
    retryAdvice: 'Do not resend to the same address; send again to the corrected one.',
    retry: 'no',
    party: 'sender',
    reputation: 'low',
    reason: 'userunknown',
    permanence: 'permanent',
    references: [
      NDR_TABLE,
      {
        title: 'Microsoft Learn: Fix NDR error 550 5.1.10 in Exchange Online',
        url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-1-10-in-exchange-online',
      },
    ],
  },
];

export const microsoft365: ProviderFile = {
  id: 'microsoft-365',
  name: 'Microsoft 365 / Exchange Online',
  signatures: [/\.protection\.outlook\.com\b/i, /\bprod\.outlook\.com\b/i, /\bAS\(\d{3,10}\)/, /RESOLVER\.[A-Z]{2,5}\./],
  entries,
};
