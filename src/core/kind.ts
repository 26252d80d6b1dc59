// What kind of message this is: bounce, delay, auto-reply, complaint, delivery report or none.
import type { MessageKind } from './types';

const COMPLAINT = /^Feedback-Type:|message\/feedback-report|"notificationType"[ \t]{0,3}:[ \t]{0,3}"Complaint"/im;
/** Complaint reports without ARF fields (Hotmail/Outlook's JMRP: "complaint about message from 192.0.2.1"). */
const COMPLAINT_SUBJECT = /^[ \t]{0,4}complaint about message from\b/i;
const AUTOREPLY_HEADER = /^Auto-Submitted:[ \t]{0,4}auto-replied/im;
const AUTOREPLY_SUBJECT = /^(?:Auto(?:matic)?[ -]?(?:reply|response|antwort)|Out of (?:the )?office|Abwesenheit|Absence|R[ée]ponse automatique|Vacation|On vacation|Away|Autosvar|Auto:)/i;
const DELAY_WORDS = /Delivery Status Notification \(Delay\)|delivery (?:has been |is )?(?:temporarily )?(?:delayed|suspended)|has not (?:yet )?been delivered|(?:will|continue to) (?:retry|try)|still trying|Warning: (?:message|could not send)|not yet been delivered|Delivery delayed|Delayed Mail|message (?:is )?delayed|retry(?:ing)? (?:for|until|again)|warning only|do not need to resend|will be retried|will keep (?:on )?trying|(?:will|shall) (?:try|attempt) (?:again|to deliver)/i;

/** An out-of-office as its body starts when pasted: the client's subject line or the person's own words. */
const AUTOREPLY_BODY = /^[ \t]{0,4}(?:Subject:[ \t]{0,4})?(?:Automatic reply|Auto(?:matic)?[ -]?(?:reply|response)|Out of (?:the )?office)\b|\bI(?: am|'m|’m| will be) (?:currently )?(?:away|out of (?:the )?office|on (?:leave|vacation|holiday))\b[^\n]{0,80}\b(?:until|till|through|returning|back)\b/im;

export interface KindSignals {
  text: string;
  subject?: string;
  actions: string[];
  statuses: string[];
  replies: string[];
  autoSubmitted?: string;
  hasBounceSignals: boolean;
}

export function decideKind(s: KindSignals): MessageKind {
  if (COMPLAINT.test(s.text) || COMPLAINT_SUBJECT.test(s.subject ?? '')) return 'complaint';
  const failures = [...s.statuses, ...s.replies].filter((c) => c[0] === '5');
  const temporaries = [...s.statuses, ...s.replies].filter((c) => c[0] === '4');
  if (s.actions.length && s.actions.every((a) => /^(?:delivered|relayed|expanded)/.test(a))) return 'delivered';
  if (s.actions.some((a) => a === 'failed')) return 'bounce';
  if (s.actions.some((a) => a === 'delayed') && !failures.length) return 'delay';
  if (!failures.length && temporaries.length && (DELAY_WORDS.test(s.text) || DELAY_WORDS.test(s.subject ?? ''))) return 'delay';
  if (!failures.length && !temporaries.length && (/auto-?replied|auto-generated/i.test(s.autoSubmitted ?? '') || AUTOREPLY_HEADER.test(s.text) || AUTOREPLY_SUBJECT.test(s.subject ?? '') || AUTOREPLY_BODY.test(s.text.slice(0, 2000)))) {
    if (!s.hasBounceSignals) return 'autoreply';
  }
  if (failures.length || temporaries.length) {
    if (!failures.length && DELAY_WORDS.test(s.text)) return 'delay';
    return 'bounce';
  }
  if (s.statuses.some((c) => c[0] === '2')) return 'delivered';
  if (s.hasBounceSignals) return DELAY_WORDS.test(`${s.subject ?? ''}\n${s.text.slice(0, 3000)}`) ? 'delay' : 'bounce';
  return 'none';
}
