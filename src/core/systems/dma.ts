// DragonFly Mail Agent (dma, the small MTA of DragonFly BSD and some Linux systems): "There was an error
// delivering your mail to <addr>." with the cause on the next line and no reply code when the failure was
// its own (DNS, retries running out).
import type { SendingSystem } from './types';

export const dma: SendingSystem = {
  id: 'dma',
  signatures: [/^This is the DragonFly Mail Agent\b/m],
  recipientAnchors: [/There was an error delivering your mail to <(?<addr>[^\s<>@]{1,64}@[^\s<>]{1,253})>/g],
  reasons: [
    // dma's resolver answer for a name with no address at all: the domain or host does not exist.
    ['hostunknown', [/^DNS lookup failure: host [^\s]{1,253} not found/im]],
    // It stops after its queue lifetime: "Could not deliver for the last 432000 seconds. Giving up."
    ['expired', [/^Could not deliver for the last \d{1,9} seconds\. Giving up\./im]],
  ],
};
