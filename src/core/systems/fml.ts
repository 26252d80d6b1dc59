// fml (a Japanese mailing-list manager): when a post comes back to the list it sends the list admin a
// "Loop Alert" instead of distributing it again; the list server, not a remote one, refused the post.
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const fml: SendingSystem = {
  id: 'fml',
  signatures: [/^X-MLServer:[ \t]{0,4}fml\b/im, /^Duplicated Message-ID in <[^>\n]{3,300}>\.?[ \t]{0,4}$/m],
  headers: [/Loop Alert: Duplicated Message-ID/i],
  recipientAnchors: [new RegExp(String.raw`^Duplicated Message-ID in <(?<addr>${ADDR})>`, 'gm')],
  failureNotice: [/^Duplicated Message-ID in <[^>\n]{3,300}>/m],
  reasons: [['systemerror', [/Duplicated Message-ID in </i, /Loop Alert:/i]]],
};
