// Gmail / Google Workspace: "Your message wasn't delivered to a@b because ...", "Delivery to the
// following recipient failed permanently:" then the address, "The response was:" then the reply.
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const gmail: SendingSystem = {
  id: 'gmail',
  signatures: [/Your message wasn'?t delivered to [^\n]{1,200} because/i, /DNS Error: \d{1,12} DNS type/i, /Google tried to deliver your message/i, /The response was:/i, /Delivery to the following recipient/i],
  reasons: [
    ['userunknown', [/because the address couldn'?t be found/i]],
    // Google refused to send as an address whose "Send mail as" settings it could not use: the sender.
    ['rejected', [/sending this from a different address or alias using the '?Send mail as'? feature/i]],
    // A DNS failure in Gmail's delay notice ("There was a temporary problem ... DNS Error: DNS server returned
    // answer with no data"): the lookup is the reason, nothing has expired yet.
    ['networkerror', [/temporary problem delivering your message[^\n]{0,300}\n(?:[^\n]{0,300}\n){0,6}[ \t]{0,8}DNS Error:/i]],
    ['expired', [/did not accept our requests to connect/i, /will be retried for/i, /has been delayed|delivery incomplete/i]],
    // Google's own DNS report. A null MX says the domain takes no mail. An NXDOMAIN answer ("Address not
    // found ... the domain X couldn't be found", "Domain name not found") says the domain does not exist:
    // Google does not retry it (Sisimai's key reads it as networkerror; the words say an unknown host).
    // Its other DNS failures (SERVFAIL, a timeout, "try again") are temporary and stay network errors.
    ['notaccept', [/DNS Error: [^\n]{0,160}doesn'?t receive email/i]],
    ['hostunknown', [/DNS Error: [^\n]{0,160}\bNXDOMAIN\b/i, /DNS Error: [^\n]{0,160}\bDomain name not found\b/i, /because the domain [^\s]{1,253} couldn'?t be found/i]],
  ],
  recipientAnchors: [
    new RegExp(String.raw`(?:wasn't|was not|couldn't be|could not be|hasn't been|has not been|isn't|is not) (?:yet )?delivered to <?(?<addr>${ADDR})`, 'gi'),
    // "There was a problem ..." (failure) and "There was a temporary problem ..." (Gmail's delay notice).
    new RegExp(String.raw`There was a (?:temporary )?problem delivering your message to <?(?<addr>${ADDR})`, 'gi'),
    new RegExp(String.raw`Delivery to the following recipients? (?:failed|has been delayed)[^\n]{0,40}\n[ \t\n]{0,40}(?:[*-][ \t]{1,3})?<?(?<addr>${ADDR})`, 'gi'),
  ],
};
