// The card's words for the engine's enums. Kept apart from the components so the popup, the overlay and
// tests share one wording.
import type { MessageKind, Party, Permanence, Retry } from '../core/types';

export const PARTY_LABEL: Record<Party, string> = {
  sender: 'You, the sender',
  'sender-admin': 'Whoever runs email for your domain (your IT or email provider)',
  recipient: 'The person you wrote to',
  'recipient-admin': "The recipient's email administrator",
};

export const RETRY_LABEL: Record<Retry, string> = {
  no: 'Do not send it again as it is',
  later: 'Likely to go through later',
  'after-fix': 'Send again once it is fixed',
};

/** The card's headline for the kind of message. */
export const KIND_HEADLINE: Record<MessageKind, string> = {
  bounce: 'Your message was not delivered',
  delay: 'Your message is delayed: the server is still trying',
  autoreply: 'This is an automatic reply, not a bounce: your message was delivered',
  complaint: 'This is a spam complaint report about a message you sent',
  delivered: 'This is a delivery report: your message was delivered',
  none: 'No delivery problem found in this message',
};

export type Tone = 'permanent' | 'transient' | 'success' | 'info';

export const TONE_LABEL: Record<Tone, string> = {
  permanent: 'Permanent failure',
  transient: 'Temporary problem',
  success: 'Delivered',
  info: 'Information',
};

export function toneOf(permanence: Permanence | undefined, permanent: boolean): Tone {
  if (permanence === 'success') return 'success';
  if (permanent || permanence === 'permanent') return 'permanent';
  return 'transient';
}

/** The tone of the whole card, from its kind and its findings. */
export function reportTone(kind: MessageKind, permanentFindings: number, findings: number): Tone {
  if (kind === 'delivered') return 'success';
  if (kind === 'bounce' && (permanentFindings > 0 || findings === 0)) return 'permanent';
  if (kind === 'bounce' || kind === 'delay') return 'transient';
  return 'info';
}
