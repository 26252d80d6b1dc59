// Standard delivery status notifications (RFC 3464): every block starts at Final-Recipient.
import { ADDR } from '../text';
import type { SendingSystem } from './types';

export const rfc3464: SendingSystem = {
  id: 'rfc3464',
  signatures: [/^Final-Recipient:/im, /^Reporting-MTA:/im],
  recipientAnchors: [
    new RegExp(String.raw`^[ \t]{0,4}(?:Final-Recipient|X-Actual-Recipient):[ \t]{0,8}(?:[a-z0-9-]{1,20}[ \t]{0,2};[ \t]{0,8})?<?(?<addr>${ADDR})`, 'gim'),
  ],
};
