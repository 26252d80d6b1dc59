// The card's words for the engine's enums. Kept apart from the components so the popup, the overlay and
// tests share one wording. The words themselves live in public/_locales (see i18n.ts): these maps only
// name the message for each value, so every key stays a literal the catalogue test can find.
import type { Finding, MessageKind, Party, Permanence, Retry } from '../core/types';
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

/** A success code: a 2.x.x enhanced status, or a 2xx reply when no status was given. */
export function isSuccessCode(reply: string | null | undefined, status: string | null | undefined): boolean {
  if (status) return /^2\./.test(status);
  return /^2\d\d$/.test(reply ?? '');
}

/** A failure code: a 4.x.x/5.x.x status or a 4xx/5xx reply. */
const isFailureCode = (reply: string | null, status: string | null): boolean => /^[45]/.test(status ?? reply ?? '');

/** How the card reads a finding: a success, an automatic reply, a spam complaint, or a failure. */
export type FindingMode = 'delivered' | 'autoreply' | 'complaint' | 'failure';

export function findingMode(finding: Pick<Finding, 'reason' | 'reply' | 'status'>, kind?: MessageKind): FindingMode {
  const { reason, reply, status } = finding;
  if (reason === 'delivered' || isSuccessCode(reply, status)) return 'delivered';
  if (isFailureCode(reply, status)) return 'failure';
  if (reason === 'vacation' || kind === 'autoreply') return 'autoreply';
  if (reason === 'feedback' || kind === 'complaint') return 'complaint';
  if (kind === 'delivered') return 'delivered';
  return 'failure';
}

/** The tone of one finding: a success or a report (auto-reply, complaint) is never shown as a failure. */
export function findingTone(finding: Pick<Finding, 'reason' | 'reply' | 'status' | 'permanent' | 'entry'>, kind?: MessageKind): Tone {
  const mode = findingMode(finding, kind);
  if (mode === 'delivered') return 'success';
  if (mode === 'autoreply' || mode === 'complaint') return 'info';
  return toneOf(finding.entry?.permanence, finding.permanent);
}

/** The tone of a looked-up entry: a 2xx/2.x.x code is a success whatever else the entry says. */
export function entryTone(entry: { permanence: Permanence; code: string }): Tone {
  const [first = ''] = entry.code.trim().split(/\s+/);
  if (/^2(?:\d\d|\.\d{1,3}\.\d{1,3})$/.test(first)) return 'success';
  return toneOf(entry.permanence, entry.permanence === 'permanent');
}

/** The tone of the whole card, from its kind and the tones of its findings. */
export function reportTone(kind: MessageKind, findingTones: readonly Tone[]): Tone {
  if (kind === 'delivered') return 'success';
  if (kind === 'bounce') {
    if (findingTones.length === 0 || findingTones.includes('permanent')) return 'permanent';
    if (findingTones.every((tone) => tone === 'success')) return 'success';
    return 'transient';
  }
  if (kind === 'delay') return 'transient';
  return 'info';
}

/** Where a failed copy stands: what the reader does about sending it again. */
export type Resend = 'no' | 'after-fix' | 'wait' | 'returned' | 'later';

export interface FailureState {
  /** The sending server still holds the message and retries it (a delay, or a recipient the DSN marks delayed). */
  retrying: boolean;
  /** A temporary failure in a final bounce: the sending server already retried and gave up. */
  returned: boolean;
  resend: Resend;
}

/** How a failure stands, from the report's kind and the finding's own DSN action and retry advice. */
export function failureState(finding: Pick<Finding, 'retry' | 'facts'>, kind?: MessageKind): FailureState {
  const delayed = finding.facts.action === 'delayed';
  const retrying = kind === 'delay' || delayed;
  const returned = kind === 'bounce' && finding.retry === 'later' && !delayed;
  const resend: Resend = retrying ? 'wait' : returned ? 'returned' : finding.retry;
  return { retrying, returned, resend };
}

const PARTY_SHORT_KEY: Record<Party, MessageKey> = {
  sender: 'verdict_party_sender',
  'sender-admin': 'verdict_party_sender_admin',
  recipient: 'verdict_party_recipient',
  'recipient-admin': 'verdict_party_recipient_admin',
};

const RESEND_VERDICT_KEY: Record<Resend, MessageKey> = {
  no: 'verdict_resend_no',
  'after-fix': 'verdict_resend_after_fix',
  wait: 'verdict_resend_wait',
  returned: 'verdict_resend_returned',
  later: 'verdict_resend_later',
};

const RESEND_SHORT_KEY: Record<Resend, MessageKey> = {
  no: 'summary_resend_no',
  'after-fix': 'summary_resend_after_fix',
  wait: 'summary_resend_wait',
  returned: 'summary_resend_returned',
  later: 'summary_resend_later',
};

/** The one-line verdict under a failure's title: how final, who acts, whether to send it again. */
export function verdictParts(tone: Tone, party: Party, state: FailureState): string[] {
  const how = tone === 'permanent' ? t('verdict_permanent') : t('verdict_transient');
  const who = state.retrying ? t('verdict_party_nobody') : t(PARTY_SHORT_KEY[party]);
  return [how, who, t(RESEND_VERDICT_KEY[state.resend])];
}

/** The few words of the summary list's "send again?" column. */
export const resendShort = (resend: Resend): string => t(RESEND_SHORT_KEY[resend]);
