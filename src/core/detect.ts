// Cheap bounce detection used by the content script on every webmail page. It must stay tiny and must
// not import the dataset: the engine and the data load only once this says "bounce".
// Webmails and mail servers localise what they write: subjects ("Unzustellbar:", "Non remis :",
// "配信不能:"), Gmail's headings ("Adresse introuvable", "Mensaje no entregado") and Exchange's sentences
// ("Ihre Nachricht an ... konnte nicht übermittelt werden"). Each language below is one family of wordings,
// covered with positives and negatives in test/content/detect-languages.test.ts. Apostrophes come straight
// or curly ('’).
export interface BounceSignals {
  subject?: string;
  from?: string;
  /** The first few KB of the body text are enough. */
  text?: string;
}

/** Who sends bounces: the daemons, and the display names webmails give them. */
const SENDER = [
  /mailer[- ]daemon|postmaster@|mail delivery (?:subsystem|system|service)|microsoft outlook|mail administrator|delivery status notification/i,
  // de, fr, es, pt, it, nl, ja display names of the delivery system
  /mail-zustellsystem|e-mail-zustellsystem|syst[eè]me de distribution|subsistema de entrega|sistema de entrega de (?:correo|e-?mail)|sottosistema di consegna|bezorgsubsysteem|メール配信システム/i,
];

/** Subjects of bounces and delay notices. */
const SUBJECT = [
  /delivery status notification|undeliverable|undelivered mail|undeliverable mail|mail delivery failed|returned mail|delivery failure|failure notice|delivery (?:has )?failed|could not be delivered|message not delivered|delivery notification|warning(?::|-{1,2}) ?(?:message|could not)|delayed mail|delivery delayed|mail system error|rejected:|non-?delivery/i,
  // de
  /unzustellbar|nicht zustellbar|zustellungsbenachrichtigung|benachrichtigung zum zustellungsstatus|zustellung (?:fehlgeschlagen|verz[oö]gert)|nicht zugestellt/i,
  // fr
  /non remis|non distribuable|notification d['’][eé]tat de (?:remise|distribution)|message non distribu[eé]|[eé]chec de (?:la )?(?:remise|distribution)|remise diff[eé]r[eé]e/i,
  // es
  /no se puede entregar|no entregado|notificaci[oó]n de estado de (?:entrega|env[ií]o)|mensaje no entregado|error de entrega|entrega retrasada/i,
  // pt
  /n[aã]o [eé] poss[ií]vel entregar|n[aã]o entregue|notifica[cç][aã]o de (?:status|estado) d[ae] entrega|mensagem n[aã]o entregue|falha na entrega|entrega atrasada/i,
  // it
  /non recapitabile|impossibile recapitare|notifica (?:sullo )?stato (?:di|della) consegna|messaggio non (?:recapitato|consegnato)|mancato recapito|recapito ritardato/i,
  // nl
  /onbestelbaar|kan niet worden bezorgd|niet bezorgd|melding (?:over de )?(?:bezorgingsstatus|bezorgstatus)|bezorging (?:mislukt|vertraagd)/i,
  // ja
  /配信不能|配送エラー|配信エラー|配信の状態の通知|配信状態通知|配信ステータス通知|配信できませんでした|配信されませんでした|配信が遅延/i,
];

/** Lines only a bounce's body carries: DSN fields, Gmail's and Exchange's sentences, MTA boilerplate, and the
 *  refusals of Google Groups and Mailman, which quote no code. */
const BODY = [
  /^[ \t]{0,4}(?:Final-Recipient:[ \t]{0,4}(?:[a-z0-9-]{1,20}[ \t]{0,2};[ \t]{0,4})?<?[^\s@<>;]{1,64}@|Diagnostic-Code:[ \t]{0,4}(?:[a-z0-9-]{1,20}[ \t]{0,2};|[2-5]\d\d\b)|Action:[ \t]{0,4}(?:failed|delayed)(?=[ \t]{0,20}(?:\(|$)))|Remote Server returned|The response from the remote server was|couldn't be delivered|wasn't delivered to|could not be delivered to|Delivery to the following recipient|following address(?:es)?\(?e?s?\)? failed|I'm sorry to have to inform you|This is the mail system at host|Transcript of session follows|I'm afraid I wasn't able to deliver|unable to deliver your message to the following address|has not been delivered yet|(?:temporary )?problem delivering your message to|Delivery has failed to these recipients|Diagnostic information for administrators|\(in reply to (?:RCPT TO|end of DATA|MAIL FROM) command\)|group you tried to contact \(|not allowed to post to this (?:mailing )?list|rejected by the list moderator/im,
  // de: Gmail, Exchange (new and old). "Nachricht" keeps parcel notices ("Paket ... nicht zugestellt") out.
  /Ihre Nachricht wurde nicht an [^\n]{1,200} zugestellt|Ihre Nachricht an [^\n]{1,200} konnte nicht (?:zugestellt|übermittelt) werden|Die Antwort des (?:Remote-)?Servers lautete|Fehler bei der Zustellung an folgende Empfänger|Diagnoseinformationen für Administratoren/im,
  // fr
  /Votre message (?:à [^\n]{1,200} )?n['’]a pas (?:été (?:distribué|remis)|pu être (?:remis|distribué))|La réponse du serveur (?:distant )?(?:a été|était)|La remise à ces destinataires ou groupes a échoué|Informations de diagnostic pour les administrateurs/im,
  // es
  /(?:Tu|Su) mensaje (?:para [^\n]{1,200} )?no se (?:ha entregado|ha podido entregar|pudo entregar)|La respuesta del servidor remoto (?:fue|ha sido)|Error en la entrega a (?:estos|los siguientes) destinatarios|Información de diagnóstico para administradores/im,
  // pt
  /(?:Sua|A sua) mensagem não foi entregue|Não foi possível entregar (?:a )?(?:sua )?mensagem|A resposta do servidor remoto foi|Falha na entrega para (?:estes|os seguintes) destinatários|Informações de diagnóstico para administradores/im,
  // it
  /(?:Il tuo|Il) messaggio non è stato (?:recapitato|consegnato)|Impossibile recapitare il (?:tuo )?messaggio|La risposta del server remoto è stata|Recapito non riuscito per i seguenti destinatari|Informazioni di diagnostica per gli amministratori/im,
  // nl
  /(?:Je|Uw) bericht (?:aan [^\n]{1,200} )?(?:is niet bezorgd|kan niet worden bezorgd)|Het antwoord van de externe server was|Bezorging is mislukt voor (?:deze|de volgende) ontvangers|Diagnostische gegevens voor beheerders/im,
  // ja
  /メッセージ[^\n]{0,200}配信(?:されませんでした|できませんでした)|リモート ?サーバーからの応答|次の受信者またはグループへの配信に失敗しました|管理者向けの診断情報/im,
];

/** Notices that quote no code and name their recipient in their own sentence, or that open with the
 *  daemon's subject line pasted into the body. Each names an address or is a daemon's fixed line, so that a
 *  person's "my message could not be delivered, can you check?" stays ordinary mail. */
const TO_ADDRESS = String.raw`[ \t]{1,4}<?[^\s@<>"]{1,64}@[^\s@<>"]{1,253}>?`;
const PLAIN_NOTICES = [
  // en: "Your message to <a@b> could not be delivered because ...", "Delivery to a@b failed permanently: ..."
  new RegExp(String.raw`Your (?:message|e-?mail) to${TO_ADDRESS},? (?:could not|couldn't|cannot|can't) be delivered|Delivery to${TO_ADDRESS} (?:has )?failed permanently`, 'i'),
  // es/pt: "El mensaje enviado a <a@b> no se pudo entregar", "Sua mensagem para <a@b> não pôde ser entregue"
  new RegExp(String.raw`\b(?:El|Su|Tu) (?:mensaje|correo)(?: enviado)? (?:a|para)${TO_ADDRESS} no (?:se )?(?:ha )?(?:podido|pudo|puede) (?:ser )?entregar|\b(?:A|Sua|A sua) mensagem(?: enviada)? para${TO_ADDRESS} não (?:pôde|pode|foi possível) (?:ser )?entreg`, 'i'),
  // ja: "宛先 <a@b> のメールボックスが容量超過のため ... 配信できませんでした"
  new RegExp(String.raw`宛先[ \t:：]{0,4}<?[^\s@<>]{1,64}@[^\s@<>]{1,253}>?[^\n]{0,80}(?:配信|送信)(?:できませんでした|されませんでした|に失敗しました)`),
  // The daemon's subject line as the first lines of a pasted body (Exim, Postfix, Sendmail).
  /^[ \t]{0,4}(?:Subject:[ \t]{0,4})?(?:Mail delivery failed: returning message to sender|Undelivered Mail Returned to Sender|Returned mail: see transcript for details)[ \t]{0,4}$/im,
  // MDaemon's notices: "The attached message has not been delivered to the intended recipients." (delay) and
  // "The attached message had PERMANENT fatal delivery errors!"; Exim's and MDaemon's delay line, with the words
  // after it that a courier's "Delivery attempts will continue tomorrow" does not have.
  /The attached message (?:has not been delivered to the intended recipients|had PERMANENT fatal delivery errors)|^[ \t]{0,4}Delivery attempts will continue(?:[;,][ \t]{0,4}no action is required|[ \t]{1,4}for some time)/im,
];

/** Gmail's headings above its bounce text, each on a line of its own, in the same languages. Common words,
 *  so a heading counts only with a second sign (a code, a daemon sender, a bounce subject). */
const HEADINGS = [
  /^[ \t]{0,4}(?:Address not found|Message not delivered|Message blocked|Delivery incomplete)[ \t]{0,4}$/im, // en
  /^[ \t]{0,4}(?:Adresse nicht gefunden|Nachricht nicht zugestellt|Nachricht blockiert|Zustellung unvollständig)[ \t]{0,4}$/im, // de
  /^[ \t]{0,4}(?:Adresse introuvable|Message non distribué|Message bloqué|Distribution incomplète)[ \t]{0,4}$/im, // fr
  /^[ \t]{0,4}(?:Dirección no encontrada|Mensaje no entregado|Mensaje bloqueado|Entrega incompleta)[ \t]{0,4}$/im, // es
  /^[ \t]{0,4}(?:Endereço não encontrado|Mensagem não entregue|Mensagem bloqueada)[ \t]{0,4}$/im, // pt
  /^[ \t]{0,4}(?:Indirizzo non trovato|Messaggio non recapitato|Messaggio bloccato|Recapito incompleto)[ \t]{0,4}$/im, // it
  /^[ \t]{0,4}(?:Adres niet gevonden|Bericht niet bezorgd|Bericht geblokkeerd|Bezorging onvolledig)[ \t]{0,4}$/im, // nl
  /^[ \t]{0,4}(?:アドレスが見つかりません|メッセージは配信されませんでした|メッセージがブロックされました|配信が完了していません)[ \t]{0,4}$/im, // ja
];

/** A daemon sender by address or name, in any of the languages above. */
const DAEMON = /mailer[- ]daemon|postmaster|mail delivery|zustellsystem|distribution du courrier|subsistema de entrega|sottosistema di consegna|bezorgsubsysteem|メール配信システム/i;
const ANY_CODE = /\b[245]\.\d{1,3}\.\d{1,3}\b|\b[45]\d\d\b/;
const REPLY_LINE = /\b[45]\d\d[ -]/;

const matches = (patterns: readonly RegExp[], text: string): boolean => patterns.some((pattern) => pattern.test(text));

export function looksLikeBounce(signals: BounceSignals): boolean {
  const subject = signals.subject ?? '';
  const from = signals.from ?? '';
  const text = (signals.text ?? '').slice(0, 8192);
  if (matches(BODY, text) || matches(PLAIN_NOTICES, text)) return true;
  const bounceSubject = matches(SUBJECT, subject);
  if (matches(HEADINGS, text) && (ANY_CODE.test(text) || DAEMON.test(from) || bounceSubject)) return true;
  if (bounceSubject && (matches(SENDER, from) || ANY_CODE.test(text) || !from)) return true;
  if (DAEMON.test(from) && matches(SENDER, from) && (bounceSubject || REPLY_LINE.test(text))) return true;
  return false;
}
