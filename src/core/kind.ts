// What kind of message this is: bounce, delay, auto-reply, complaint, delivery report or none.
import { DELIVERED_NOTICE } from './systems/windowsdsn';
import type { MessageKind } from './types';

const COMPLAINT = /^Feedback-Type:|message\/feedback-report|"notificationType"[ \t]{0,3}:[ \t]{0,3}"Complaint"/im;
/** Complaint reports without ARF fields (Hotmail/Outlook's JMRP: "complaint about message from 192.0.2.1"). */
const COMPLAINT_SUBJECT = /^[ \t]{0,4}complaint about message from\b/i;
const AUTOREPLY_HEADER = /^Auto-Submitted:[ \t]{0,4}auto-replied/im;
const AUTOREPLY_SUBJECT = /^(?:Auto(?:matic)?[ -]?(?:reply|response|antwort)|Out of (?:the )?office|Abwesenheit|Absence|R[ée]ponse automatique|Vacation|On vacation|Away|Autosvar|Auto:)/i;
/** The same subjects as localised clients write them: Outlook's "Automatische Antwort:", "Respuesta automática:",
 *  "Resposta automática:", "Risposta automatica:", "Automatisch antwoord:", "自動応答:", and out-of-office words. */
const AUTOREPLY_SUBJECT_LOCAL = /^(?:Automatische Antwort|Abwesenheitsnotiz|Respuesta autom[aá]tica|Fuera de (?:la )?oficina|Resposta autom[aá]tica|Fora do escrit[oó]rio|Ausente do escrit[oó]rio|Risposta automatica|Fuori (?:sede|ufficio)|Automatisch antwoord|Afwezigheidsbericht|Niet aanwezig|自動応答|自動返信|不在(?:通知|のお知らせ))/i;
/** What a delay notice says about itself: the message is still queued and will be tried again. */
const DELAY_WORDS = /Delivery Status Notification \(Delay\)|has not (?:yet )?been delivered|(?:will|continue to) (?:retry|try)|still trying|Warning: (?:message|could not send)|not yet been delivered|Delivery delayed|Delayed Mail|retry(?:ing)? (?:for|until|again)|warning only|do not need to resend|will be retried|will keep (?:on )?trying|(?:will|shall) (?:try|attempt) (?:again|to deliver)|Delivery attempts will continue/i;
/** Exchange's delay notice as it localises it (and other servers that word a delay the same way): the
 *  subject ("Zustellung verzögert:", "Remise différée :", "Entrega retrasada:", "Recapito ritardato:",
 *  "Bezorging vertraagd:") and the sentences saying the message is not delivered yet and will be tried again
 *  ("Diese Nachricht wurde noch nicht zugestellt. Die Zustellung wird weiterhin versucht.", "Ce message n'a
 *  pas encore été remis. La remise continuera d'être tentée.", "Este mensaje todavía no se ha entregado. Se
 *  seguirá intentando la entrega.", pt "ainda não foi entregue ... continuará a ser tentada", it "non è stato
 *  ancora recapitato ... continuerà a tentare", nl "is nog niet bezorgd ... wordt nog steeds geprobeerd"). */
const DELAY_WORDS_LOCAL = /Zustellung (?:[^\n]{0,60} )?(?:ist |wurde )?verz[öo]gert|noch nicht zugestellt|Zustellung wird weiterhin versucht|Remise diff[ée]r[ée]e|(?:remise|distribution) [^\n]{0,60}est diff[ée]r[ée]e|pas encore été (?:remis|distribué)|continuera d['’]être tentée|Entrega (?:retrasada|atrasada)|(?:entrega|envío) [^\n]{0,60}se ha retrasado|todav[íi]a no se ha entregado|Se seguir[áa] intentando|ainda não foi entregue|continuar[áa] a ser tentad|entrega [^\n]{0,60}(?:está|foi) atrasad|Recapito ritardato|recapito [^\n]{0,60}è (?:stato )?ritardato|non è (?:ancora stato|stato ancora) (?:recapitato|consegnato)|continuer[àa] a tentare|Bezorging (?:[^\n]{0,60} )?(?:is )?vertraagd|nog niet (?:bezorgd|afgeleverd)|wordt nog steeds geprobeerd/i;
/** Words that also stand in a final bounce's last error: Postfix returns a message that timed out with the
 *  last temporary error it met ("delivery temporarily suspended: connect to ...: Connection refused"), and a
 *  quoted reply may say "message delayed". They make a notice a delay only where it does not say the message
 *  could not be delivered (FINAL_FAILURE). */
const DELAY_ERROR_WORDS = /delivery (?:has been |is )?(?:temporarily )?(?:delayed|suspended)|message (?:is )?delayed/i;
/** A notice's own sentence that the message was returned undelivered (Postfix, Exim, Sendmail, qmail). Postfix's
 *  delay notice also says "could not be delivered for more than 4 hour(s)", hence the exception; DELAY_WORDS
 *  ("warning only", "will be retried") are read first anyway. */
const FINAL_FAILURE = /I'm sorry to have to inform you|could not be delivered(?! for more than)|couldn't be delivered|permanent (?:fatal )?(?:error|failure)|failed permanently|returning message to sender|(?:was|has been) returned to (?:the )?sender|Message (?:was )?not delivered|giving up|gave up/i;

/** A Postfix log line's outcome: "status=deferred" is a delay (the queue keeps the message), unless another
 *  line of the same paste says a message was returned ("status=bounced", "status=expired"). */
const LOG_DEFERRED = /\bdsn=4\.\d{1,3}\.\d{1,3},[ \t]{0,4}status=deferred\b/i;
const LOG_RETURNED = /\bstatus=(?:bounced|expired)\b/i;

/** Whether the notice is a delay: its own words say it is still trying, or a delay error stands with no
 *  sentence saying the message came back. */
function delayWorded(text: string): boolean {
  return DELAY_WORDS.test(text) || DELAY_WORDS_LOCAL.test(text) || (DELAY_ERROR_WORDS.test(text) && !FINAL_FAILURE.test(text)) || (LOG_DEFERRED.test(text) && !LOG_RETURNED.test(text));
}

/** A delivery report in words (systems/windowsdsn.ts: Windows' and Exchange's "Delivery Status Notification
 *  (Success)" and "(Relay)"). Read only where no code of a failure stands and no sentence says a recipient
 *  failed. */
const SOME_FAILED = /following recipients?(?: or groups)? (?:failed|has been delayed|could not)|Delivery has failed|wasn't delivered|could not be delivered|couldn't be delivered/i;

/** An out-of-office as its body starts when pasted: the client's subject line or the person's own words. */
const AUTOREPLY_BODY = /^[ \t]{0,4}(?:Subject:[ \t]{0,4})?(?:Automatic reply|Auto(?:matic)?[ -]?(?:reply|response)|Out of (?:the )?office)\b|\bI(?: am|'m|’m| will be) (?:currently )?(?:away|out of (?:the )?office|on (?:leave|vacation|holiday))\b[^\n]{0,80}\b(?:until|till|through|returning|back)\b/im;
/** The same in the other languages the detector reads: the localised subject line ("Betreff: Abwesenheitsnotiz",
 *  "Objet : Réponse automatique") or the person saying they are away in the present tense with an end date
 *  ("Ich bin bis ... nicht im Büro", "je suis absent du bureau jusqu'au", "estoy fuera de la oficina hasta").
 *  As in English, a past "ich war letzte Woche nicht im Büro" is not an out-of-office, nor is a bare
 *  "ich bin morgen nicht im Büro" without "bis"/"until". */
const AUTOREPLY_BODY_LOCAL = [
  /^[ \t]{0,4}(?:Betreff|Objet|Asunto|Assunto|Oggetto|Onderwerp|件名)[ \t]{0,2}[:：][ \t]{0,4}(?:Automatische Antwort|Abwesenheitsnotiz|R[ée]ponse automatique|Respuesta autom[aá]tica|Resposta autom[aá]tica|Risposta automatica|Automatisch antwoord|自動応答|自動返信)/im,
  // de: "Ich bin bis einschließlich 14.06. nicht im Büro", "Ich bin vom 3. bis 14. Juni abwesend", "Ich bin nicht im Büro bis ..."
  /\bIch bin\b[^\n]{0,40}\bbis\b[^\n]{0,60}\b(?:nicht im Büro|nicht erreichbar|abwesend|im Urlaub|außer Haus)|\bIch bin (?:derzeit |zurzeit |aktuell )?(?:nicht im Büro|abwesend|im Urlaub|außer Haus)\b[^\n]{0,40}\bbis\b/i,
  // fr: "je suis absent(e) (du bureau) jusqu'au 12 juin", "je serai absent(e) du ... au ..."
  /\bje (?:suis|serai) (?:actuellement )?(?:absente?|en (?:congés?|vacances))\b[^\n]{0,60}\b(?:jusqu['’]au|jusqu['’]à|du [^\n]{1,30} au|retour)/i,
  // es: "estoy fuera de la oficina hasta", "estaré ausente hasta"; pt: "estou fora do escritório até", "estarei ausente até"
  /\b(?:estoy|estar[eé]) (?:fuera de la oficina|ausente|de vacaciones)\b[^\n]{0,60}\b(?:hasta|regres)|\b(?:estou|estarei) (?:fora do escrit[oó]rio|ausente|de f[eé]rias)\b[^\n]{0,60}\b(?:at[eé]|retorno|regress)/i,
  // it: "sono fuori ufficio fino al"; nl: "ik ben tot en met 14 juni afwezig", "ik ben afwezig tot"
  /\bsono (?:fuori (?:ufficio|sede)|assente|in ferie)\b[^\n]{0,60}\b(?:fino al|fino a|rientro)|\bik ben\b[^\n]{0,40}\btot\b[^\n]{0,60}\b(?:afwezig|niet op kantoor|met vakantie)|\bik ben (?:afwezig|niet op kantoor|met vakantie)\b[^\n]{0,40}\btot\b/i,
  // ja: "...まで不在にしております"
  /まで(?:不在|休暇|出張)(?:にしております|のため|です)/,
];

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
  if (!s.actions.length && !failures.length && !temporaries.length && DELIVERED_NOTICE.test(s.text.slice(0, 4000)) && !SOME_FAILED.test(s.text.slice(0, 4000))) return 'delivered';
  if (!failures.length && temporaries.length && (delayWorded(s.text) || DELAY_WORDS.test(s.subject ?? '') || DELAY_WORDS_LOCAL.test(s.subject ?? '') || DELAY_ERROR_WORDS.test(s.subject ?? ''))) return 'delay';
  if (!failures.length && !temporaries.length && (/auto-?replied|auto-generated/i.test(s.autoSubmitted ?? '') || AUTOREPLY_HEADER.test(s.text) || AUTOREPLY_SUBJECT.test(s.subject ?? '') || AUTOREPLY_SUBJECT_LOCAL.test(s.subject ?? '') || AUTOREPLY_BODY.test(s.text.slice(0, 2000)) || AUTOREPLY_BODY_LOCAL.some((re) => re.test(s.text.slice(0, 2000))))) {
    if (!s.hasBounceSignals) return 'autoreply';
  }
  if (failures.length || temporaries.length) {
    if (!failures.length && delayWorded(s.text)) return 'delay';
    return 'bounce';
  }
  if (s.statuses.some((c) => c[0] === '2')) return 'delivered';
  if (s.hasBounceSignals) return delayWorded(`${s.subject ?? ''}\n${s.text.slice(0, 3000)}`) ? 'delay' : 'bounce';
  return 'none';
}
