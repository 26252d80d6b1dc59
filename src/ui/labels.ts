// The card's words for the engine's enums. Kept apart from the components so the popup, the overlay and
// tests share one wording. The words themselves live in public/_locales (see i18n.ts): these maps only
// name the message for each value, so every key stays a literal the catalogue test can find.
import type { MessageKind, Party, Permanence, Retry } from '../core/types';
import { t, type MessageKey } from './i18n';

const PARTY_KEY: Record<Party, MessageKey> = {
  sender: 'party_sender',
  'sender-admin': 'party_sender_admin',
  recipient: 'party_recipient',
  'recipient-admin': 'party_recipient_admin',
};

const RETRY_KEY: Record<Retry, MessageKey> = {
  no: 'retry_no',
  later: 'retry_later',
  'after-fix': 'retry_after_fix',
};

const KIND_KEY: Record<MessageKind, MessageKey> = {
  bounce: 'kind_bounce',
  delay: 'kind_delay',
  autoreply: 'kind_autoreply',
  complaint: 'kind_complaint',
  delivered: 'kind_delivered',
  none: 'kind_none',
};

export type Tone = 'permanent' | 'transient' | 'success' | 'info';

const TONE_KEY: Record<Tone, MessageKey> = {
  permanent: 'tone_permanent',
  transient: 'tone_transient',
  success: 'tone_success',
  info: 'tone_info',
};

export const partyLabel = (party: Party): string => t(PARTY_KEY[party]);
export const retryLabel = (retry: Retry): string => t(RETRY_KEY[retry]);
/** The card's headline for the kind of message. */
export const kindHeadline = (kind: MessageKind): string => t(KIND_KEY[kind]);
export const toneLabel = (tone: Tone): string => t(TONE_KEY[tone]);

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
